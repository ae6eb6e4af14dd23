// Plain contenteditable adapter: text from the DOM (blocks as '\n'), offsets to Ranges, fixes via insertText.
import type { EditorAdapter, EditorFamily } from './types.ts';
import { TextMap } from './text-map.ts';
import { rangeBetween } from './dom-text.ts';

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

/** Reads an element's text with block boundaries as '\n' and no-break spaces as spaces (same length). */
export function readDom(root: Node): TextMap<Text> {
  const map = new TextMap<Text>();
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        map.push(child as Text, (child as Text).data.replace(/\u00a0/g, ' '));
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          map.pushBreak();
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) map.ensureBreak();
        walk(child);
        if (block) map.ensureBreak();
      }
    }
  };
  walk(root);
  map.trimTrailingBreaks();
  return map;
}

/** Viewport rects of [start, end), measured per text node so block boxes never count as underlines. */
export function rectsOf(map: TextMap<Text>, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const s of map.slices(start, end)) {
    if (!s.node.isConnected) return [];
    const range = s.node.ownerDocument.createRange();
    range.setStart(s.node, s.from);
    range.setEnd(s.node, s.to);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  return rects;
}

/** A DOM Range for [start, end), or null when the map is empty or stale. */
export function rangeOf(map: TextMap<Text>, start: number, end: number): Range | null {
  const a = map.locate(start, 'forward');
  const b = map.locate(end, end === start ? 'forward' : 'backward');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  return rangeBetween(a, b);
}

/** Selects a range inside an editable root and gives it focus without scrolling the page. */
export function selectRange(root: HTMLElement, range: Range): boolean {
  const sel = root.ownerDocument.getSelection();
  if (!sel) return false;
  root.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/**
 * Types text over the current selection through the browser's editing pipeline (undo stays whole):
 * execCommand('insertText') first, then a cancellable beforeinput 'insertReplacementText' for editors
 * that handle input themselves.
 */
export function insertOverSelection(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const ev = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: data,
    bubbles: true,
    cancelable: true,
    targetRanges: [new StaticRange(range)],
  });
  root.dispatchEvent(ev);
}

/** Equal as a reader sees them: spaces at the edges of a line are not rendered, so the editor may drop them. */
export function sameVisibleText(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/(^|\n) +/g, '$1').replace(/ +(?=\n|$)/g, '');
  return a === b || strip(a) === strip(b);
}

/** Waits for the editor to settle (a microtask and a frame) before reading back. */
export function settle(): Promise<void> {
  return new Promise((ok) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(ok, 0));
    else setTimeout(ok, 0);
  });
}

export class ContentEditableAdapter implements EditorAdapter {
  readonly family: string = 'contenteditable';
  private map: TextMap<Text> | null = null;
  private observer: MutationObserver;
  private listeners = new Set<() => void>();

  constructor(readonly element: HTMLElement) {
    this.observer = new MutationObserver(() => {
      this.map = null;
      for (const cb of this.listeners) cb();
    });
    this.observer.observe(element, { childList: true, characterData: true, subtree: true });
  }

  private textMap(): TextMap<Text> {
    if (!this.map) this.map = readDom(this.element);
    return this.map;
  }

  getText(): string {
    return this.textMap().text;
  }

  getRects(start: number, end: number): DOMRect[] {
    return rectsOf(this.textMap(), start, end);
  }

  /** Caret offset in getText() when the selection's focus is inside this editor. */
  caret(): number | null {
    const sel = this.element.ownerDocument.getSelection();
    const node = sel?.focusNode;
    if (!sel || !node || !this.element.contains(node)) return null;
    const piece = this.textMap().pieces.find((p) => p.node === node);
    return piece ? piece.start + Math.min(sel.focusOffset, piece.text.length) : null;
  }

  select(start: number, end: number): boolean {
    const range = rangeOf(this.textMap(), start, end);
    return range ? selectRange(this.element, range) : false;
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const before = this.getText();
    const expected = before.slice(0, start) + text + before.slice(end);
    // Chrome drops a space left at the start of a block once the words before it are deleted, even when new
    // words are typed in front of it next; carrying the space in the edit keeps the words apart.
    if (text && (start === 0 || before[start - 1] === '\n') && before[end] === ' ') {
      end += 1;
      text += ' ';
    }
    const range = rangeOf(this.textMap(), start, end);
    if (!range || !selectRange(this.element, range)) return false;
    insertOverSelection(this.element, range, text);
    this.map = null;
    await settle();
    this.map = null;
    return sameVisibleText(this.getText(), expected);
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  dispose(): void {
    this.observer.disconnect();
    this.listeners.clear();
    this.map = null;
  }
}

/** The outermost contenteditable ancestor of el (the editing host). */
export function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if ((cur as HTMLElement).isContentEditable === true) host = cur as HTMLElement;
    else if (host) break;
  }
  return host;
}

export const contentEditableFamily: EditorFamily = {
  family: 'contenteditable',
  match: (el) => editingHost(el),
  create: (root) => new ContentEditableAdapter(root),
};
