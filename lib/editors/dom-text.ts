// Reads the text a rich editor renders (blocks as '\n') with a map from text offsets back to DOM Ranges.

/** Text offsets [start, end) of the read text come from node.data[nodeStart, nodeStart + end - start). */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface ReadOptions {
  /** Elements whose content is not document text (placeholders, widgets, cursor helpers). */
  skip?: (el: Element) => boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL',
]);
/** Characters editors insert for caret placement (zero-width space, BOM, CKEditor's word joiner filler). */
const FILLER = /[\u200B\uFEFF\u2060]/;

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** A BR with nothing after it in its block only keeps an empty line open; it adds no line of its own. */
function isTrailingBreak(br: Element): boolean {
  let node: Node | null = br;
  // nodeType, not instanceof: nodes inside iframes come from another realm's Element.
  while (node && !(node.nodeType === 1 && isBlock(node as Element))) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 ? (next as Text).data.length > 0 : next.nodeType === 1) return false;
    }
    node = node.parentNode;
  }
  return true;
}

/** Walks root and returns its text, one '\n' between blocks, and the segments that map it back to text nodes. */
export function readText(root: Element, opts: ReadOptions = {}): TextMap {
  const segments: TextSegment[] = [];
  let text = '';
  let started = false;
  let needBreak = false;

  const emitBreak = () => {
    if (needBreak && started) text += '\n';
    needBreak = false;
  };
  const pushText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    let runStart = -1;
    for (let i = 0; i <= data.length; i++) {
      const filler = i === data.length || FILLER.test(data[i]);
      if (!filler && runStart < 0) runStart = i;
      if (filler && runStart >= 0) {
        emitBreak();
        segments.push({ start: text.length, end: text.length + i - runStart, node, nodeStart: runStart });
        // Editors render edge and double spaces as no-break spaces (CKEditor 5); the model holds plain spaces.
        text += data.slice(runStart, i).replace(/\u00A0/g, ' ');
        started = true;
        runStart = -1;
      }
    }
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) return pushText(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && (opts.skip?.(el) || el.getAttribute('contenteditable') === 'false')) return;
    if (el.tagName === 'BR') {
      if (isTrailingBreak(el)) return;
      emitBreak();
      started = true;
      needBreak = true;
      return;
    }
    const block = el !== root && isBlock(el);
    if (block) needBreak = true;
    const lengthBefore = text.length;
    const segmentsBefore = segments.length;
    let hasBlockChild = false;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && isBlock(child as Element)) hasBlockChild = true;
      visit(child);
    }
    if (!block) return;
    // An empty leaf block is an empty line: it still counts as one paragraph.
    if (!hasBlockChild && text.length === lengthBefore && segments.length === segmentsBefore) {
      emitBreak();
      started = true;
    }
    needBreak = true;
  };
  visit(root);
  return { text, segments };
}

/** Index of the first segment whose end is > offset (forward) or >= offset (backward), by binary search. */
function search(segments: TextSegment[], offset: number, backward: boolean): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = segments[mid].end;
    if (backward ? end >= offset : end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** DOM position of a text offset; a range start leans forward into the next text, an end leans back. */
export function positionAt(map: TextMap, offset: number, lean: 'forward' | 'backward'): { node: Text; offset: number } | null {
  const { segments } = map;
  if (!segments.length) return null;
  if (lean === 'forward') {
    const i = search(segments, offset, false);
    const seg = segments[Math.min(i, segments.length - 1)];
    const at = Math.max(seg.start, Math.min(offset, seg.end));
    return { node: seg.node, offset: seg.nodeStart + at - seg.start };
  }
  const i = search(segments, offset, true);
  let seg = segments[Math.min(i, segments.length - 1)];
  if (seg.start >= offset && i > 0 && offset > 0) seg = segments[i - 1];
  const at = Math.max(seg.start, Math.min(offset, seg.end));
  return { node: seg.node, offset: seg.nodeStart + at - seg.start };
}

/** A DOM Range covering text offsets [start, end), or null if the map has no text there. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = positionAt(map, start, 'forward');
  const b = positionAt(map, Math.max(start, end), start === end ? 'forward' : 'backward');
  if (!a || !b) return null;
  return rangeBetween(a, b);
}

/** A DOM Range from one text position to another, or null when the DOM refuses it (e.g. end before start). */
export function rangeBetween(a: { node: Node; offset: number }, b: { node: Node; offset: number }): Range | null {
  const range = (a.node.ownerDocument ?? document).createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/** Client rects of [start, end), one text node at a time so block boxes between lines are never included. */
export function rectsFor(map: TextMap, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  const first = search(map.segments, start, false);
  for (let i = first; i < map.segments.length; i++) {
    const seg = map.segments[i];
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    if (to <= from || !seg.node.isConnected) continue;
    const range = seg.node.ownerDocument.createRange();
    range.setStart(seg.node, seg.nodeStart + from - seg.start);
    range.setEnd(seg.node, seg.nodeStart + to - seg.start);
    for (const r of range.getClientRects()) if (r.width > 0 || r.height > 0) rects.push(r);
  }
  return rects;
}

/**
 * Reads root one top-level block at a time and keeps each block's map until a mutation inside it, so a keystroke
 * in a long document re-reads one paragraph. Falls back to a full read when root holds inline content directly.
 */
export class BlockReader {
  private blocks = new WeakMap<Node, TextMap>();

  constructor(
    private root: Element,
    private opts: ReadOptions = {},
  ) {}

  /** Forgets the top-level block that holds node (call for every mutation target). */
  invalidate(node: Node): void {
    let n: Node | null = node;
    while (n && n.parentNode !== this.root) n = n.parentNode;
    if (n) this.blocks.delete(n);
  }

  read(): TextMap {
    const parts: TextMap[] = [];
    for (let child = this.root.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).data) return readText(this.root, this.opts);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (this.opts.skip?.(el) || el.getAttribute('contenteditable') === 'false') continue;
      if (!isBlock(el)) return readText(this.root, this.opts);
      let map = this.blocks.get(el);
      if (!map) {
        map = readText(el, this.opts);
        this.blocks.set(el, map);
      }
      parts.push(map);
    }
    const segments: TextSegment[] = [];
    let offset = 0;
    for (const [i, part] of parts.entries()) {
      if (i) offset += 1;
      for (const s of part.segments) segments.push({ start: s.start + offset, end: s.end + offset, node: s.node, nodeStart: s.nodeStart });
      offset += part.text.length;
    }
    return { text: parts.map((p) => p.text).join('\n'), segments };
  }
}
