// Textarea and text-input adapter: value as text, a hidden mirror element for rects, fixes via insertText.
import type { EditorAdapter, EditorFamily } from './types.ts';
import { rectsOf, settle } from './contenteditable.ts';
import { TextMap } from './text-map.ts';

type Field = HTMLTextAreaElement | HTMLInputElement;

/** Styles that decide where each character of a field lands. */
const COPIED = [
  'direction', 'boxSizing', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'fontKerning', 'fontFeatureSettings',
  'fontVariationSettings', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing',
  'tabSize', 'textRendering', 'overflowWrap', 'wordBreak', 'hyphens',
] as const;

const TEXT_INPUTS = new Set(['text', 'search', '']);
/** The mirror lays out at most this much text (checking stops earlier), so a 5 MB paste is not laid out twice. */
const MIRROR_LIMIT = 250_000;

const mirrorRoots = new WeakMap<Document, ShadowRoot>();

/** One hidden, closed shadow root per document holds the mirrors, outside any editor's DOM. */
function mirrorContainer(doc: Document): ShadowRoot {
  const existing = mirrorRoots.get(doc);
  if (existing && existing.host.isConnected) return existing;
  const host = doc.createElement('common-ground-mirror');
  host.style.cssText =
    'all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:visible;visibility:hidden;pointer-events:none;contain:layout style;';
  const root = host.attachShadow({ mode: 'closed' });
  (doc.documentElement ?? doc.body).appendChild(host);
  mirrorRoots.set(doc, root);
  return root;
}

export class TextFieldAdapter implements EditorAdapter {
  readonly family = 'textarea';
  private mirror: HTMLDivElement | null = null;
  /** One block per line, so typing re-lays out one line of the mirror, not the whole text. */
  private lines: string[] = [];
  private blocks: HTMLDivElement[] = [];
  private map: TextMap<Text> = new TextMap<Text>();
  private spacer: HTMLDivElement | null = null;
  private styleKey = '';
  private handlers: (() => void)[] = [];
  private synced: boolean | undefined = undefined;

  constructor(readonly element: Field) {}

  getText(): string {
    return this.element.value;
  }

  /** Lays the mirror over the field once per task (a whole paint shares it). */
  private sync(): boolean {
    if (this.synced !== undefined) return this.synced;
    this.synced = this.layout();
    queueMicrotask(() => (this.synced = undefined));
    return this.synced;
  }

  private layout(): boolean {
    const el = this.element;
    if (!el.isConnected) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const view = el.ownerDocument.defaultView;
    if (!view) return false;
    if (!this.mirror || !this.mirror.isConnected) {
      this.mirror = el.ownerDocument.createElement('div');
      this.spacer = el.ownerDocument.createElement('div');
      this.mirror.append(this.spacer);
      this.lines = [];
      this.blocks = [];
      this.styleKey = '';
      mirrorContainer(el.ownerDocument).appendChild(this.mirror);
    }
    const cs = view.getComputedStyle(el);
    const key = `${COPIED.map((p) => cs[p]).join('|')}|${box.left},${box.top},${el.clientWidth},${el.clientHeight}`;
    if (key !== this.styleKey) {
      this.styleKey = key;
      this.style(cs, box);
    }
    const full = el.value;
    this.setLines((full.length > MIRROR_LIMIT ? full.slice(0, MIRROR_LIMIT) : full).split('\n'));
    // With a cut text, a spacer keeps the mirror's scroll range as long as the field's.
    this.spacer!.style.height = full.length > MIRROR_LIMIT ? `${el.scrollHeight}px` : '0';
    this.mirror.scrollTop = el.scrollTop;
    this.mirror.scrollLeft = el.scrollLeft;
    return true;
  }

  /** Copies what decides where characters land: box, font, wrapping (clientWidth excludes the scrollbar). */
  private style(cs: CSSStyleDeclaration, box: DOMRect): void {
    const el = this.element;
    const m = this.mirror!.style;
    for (const prop of COPIED) m[prop] = cs[prop];
    const multiline = el.tagName === 'TEXTAREA';
    const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    const padY = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
    m.position = 'absolute';
    m.left = `${box.left}px`;
    m.top = `${box.top}px`;
    m.boxSizing = 'content-box';
    m.borderColor = 'transparent';
    m.width = `${Math.max(0, el.clientWidth - padX)}px`;
    m.height = `${Math.max(0, el.clientHeight - padY)}px`;
    m.overflow = 'hidden';
    m.whiteSpace = multiline ? 'pre-wrap' : 'pre';
    if (multiline) m.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
    else m.lineHeight = `${Math.max(0, el.clientHeight - padY)}px`;
  }

  /** Replaces only the lines that changed, then rebuilds the offset map (cheap: no layout). */
  private setLines(next: string[]): void {
    const prev = this.lines;
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
    if (head === prev.length && head === next.length) return;
    const doc = this.element.ownerDocument;
    const fresh = next.slice(head, next.length - tail).map((line) => {
      const div = doc.createElement('div');
      // An empty line still takes a line's height, as it does in the field.
      div.appendChild(doc.createTextNode(line || '\u200b'));
      return div;
    });
    const removed = this.blocks.splice(head, prev.length - tail - head, ...fresh);
    for (const div of removed) div.remove();
    const before = this.blocks[head + fresh.length] ?? this.spacer;
    for (const div of fresh) this.mirror!.insertBefore(div, before);
    this.lines = next;
    const map = new TextMap<Text>();
    this.lines.forEach((line, i) => {
      if (i) map.pushBreak();
      map.push(this.blocks[i].firstChild as Text, line);
    });
    this.map = map;
  }

  getRects(start: number, end: number): DOMRect[] {
    if (!this.sync() || end <= start || end > this.element.value.length || end > MIRROR_LIMIT) return [];
    return rectsOf(this.map, start, end);
  }

  /** Caret offset while the field has focus. */
  caret(): number | null {
    return this.element.ownerDocument.activeElement === this.element ? this.element.selectionEnd : null;
  }

  select(start: number, end: number): boolean {
    const el = this.element;
    if (!el.isConnected) return false;
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    return true;
  }

  async replace(start: number, end: number, text: string): Promise<boolean> {
    const el = this.element;
    const expected = el.value.slice(0, start) + text + el.value.slice(end);
    if (!this.select(start, end)) return false;
    let done = false;
    try {
      done = el.ownerDocument.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
    if (!done) {
      // Browsers without insertText on fields: the edit lands, though the page's undo may not see it.
      el.setRangeText(text, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    await settle();
    return el.value === expected;
  }

  onChange(cb: () => void): () => void {
    const el = this.element;
    el.addEventListener('input', cb);
    el.addEventListener('change', cb);
    const off = () => {
      el.removeEventListener('input', cb);
      el.removeEventListener('change', cb);
    };
    this.handlers.push(off);
    return off;
  }

  dispose(): void {
    for (const off of this.handlers) off();
    this.handlers = [];
    this.mirror?.remove();
    this.mirror = null;
  }
}

export function isTextField(el: Element): el is Field {
  // Tag names, not instanceof: fields inside same-origin frames belong to another realm.
  const f = el as Field;
  if (el.tagName === 'TEXTAREA') return !f.readOnly && !f.disabled;
  if (el.tagName === 'INPUT') return TEXT_INPUTS.has((f as HTMLInputElement).type) && !f.readOnly && !f.disabled;
  return false;
}

export const textareaFamily: EditorFamily = {
  family: 'textarea',
  match: (el) => (isTextField(el) ? (el as HTMLElement) : null),
  create: (root) => new TextFieldAdapter(root as Field),
};
