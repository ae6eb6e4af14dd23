// The overlay: one shadow root over the page holding underline boxes, the hover card and a notice.
import type { Category, Severity } from '../engine/types.ts';
import { Card } from './card.ts';
import { markBox, underlineBox, underlineClass, type Box } from './geometry.ts';
import { OVERLAY_CSS } from './styles.ts';

export interface PaintItem {
  id: string;
  category: Category;
  severity: Severity;
  /** Visible text rects of the flagged words (viewport coordinates, already clipped). */
  rects: Box[];
}

/** A partnership-language mark (optional, off by default): never an underline, and it says what it is. */
export interface MarkItem {
  id: string;
  title: string;
  rects: Box[];
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly card: Card;
  private layer: HTMLDivElement;
  private toastEl: HTMLDivElement;
  private pool: HTMLDivElement[] = [];
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private activeId: string | null = null;
  private items: PaintItem[] = [];
  /** Marks live in their own layer, not hidden from assistive technology: each has an accessible name and a title. */
  private marksLayer: HTMLDivElement;
  private markPool: HTMLDivElement[] = [];

  constructor(private doc: Document) {
    this.host = doc.createElement('common-ground-overlay');
    // The host takes no room and no clicks; only the card inside accepts the pointer.
    this.host.style.cssText =
      'all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;';
    // Closed: the page's scripts must not read the card (it quotes the notes) or reach its buttons. The
    // reference lives only in this isolated world; end-to-end tests reach it through DevTools (extension-helpers.ts).
    this.root = this.host.attachShadow({ mode: 'closed' });
    // A constructed sheet is not subject to the page's style-src CSP; a <style> element is the fallback.
    let style: HTMLStyleElement | null = null;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      style = doc.createElement('style');
      style.textContent = OVERLAY_CSS;
    }
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.marksLayer = doc.createElement('div');
    this.marksLayer.className = 'layer marks';
    this.toastEl = doc.createElement('div');
    this.toastEl.className = 'toast';
    this.toastEl.hidden = true;
    this.toastEl.setAttribute('role', 'status');
    if (style) this.root.append(style);
    this.root.append(this.marksLayer, this.layer, this.toastEl);
    this.card = new Card(doc, this.root);
    this.mount();
  }

  /** Puts the host back if the page replaced <body> or cleared the document. */
  mount(): void {
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc.body)?.appendChild(this.host);
  }

  /** Draws underline boxes for the items, reusing elements from the previous paint. */
  paint(items: PaintItem[]): void {
    this.mount();
    this.items = items;
    let n = 0;
    const draw = (id: string, cls: string, b: Box) => {
      let div = this.pool[n];
      if (!div) {
        div = this.doc.createElement('div');
        this.pool.push(div);
        this.layer.appendChild(div);
      }
      div.className = cls;
      div.dataset.id = id;
      div.style.cssText = `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px;`;
      div.hidden = false;
      n++;
    };
    for (const item of items) {
      const cls = underlineClass(item.category, item.severity);
      for (const r of item.rects) {
        if (item.id === this.activeId) draw(item.id, `hl hl-${item.category}`, r);
        draw(item.id, cls, underlineBox(r, item.severity));
      }
    }
    for (let i = n; i < this.pool.length; i++) this.pool[i].hidden = true;
  }

  /** Draws the subtle partnership marks: a faint row of dots just under the words (not a line), with a title. */
  paintMarks(marks: MarkItem[]): void {
    let n = 0;
    for (const m of marks) {
      for (const r of m.rects) {
        let div = this.markPool[n];
        if (!div) {
          div = this.doc.createElement('div');
          div.className = 'pm';
          div.setAttribute('role', 'img');
          this.markPool.push(div);
          this.marksLayer.appendChild(div);
        }
        const b = markBox(r);
        div.dataset.id = m.id;
        div.title = m.title;
        div.setAttribute('aria-label', m.title);
        div.style.cssText = `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px;`;
        div.hidden = false;
        n++;
      }
    }
    for (let i = n; i < this.markPool.length; i++) this.markPool[i].hidden = true;
  }

  /** Visible partnership marks (for tests). */
  markBoxes(): { id: string; title: string; box: Box }[] {
    return this.markPool
      .filter((d) => !d.hidden)
      .map((d) => ({
        id: d.dataset.id ?? '',
        title: d.title,
        box: { left: parseFloat(d.style.left), top: parseFloat(d.style.top), width: parseFloat(d.style.width), height: parseFloat(d.style.height) },
      }));
  }

  /** Highlights one finding (the one whose card is open). */
  setActive(id: string | null): void {
    if (this.activeId === id) return;
    this.activeId = id;
    this.paint(this.items);
  }

  /** Every visible underline: its finding id and box (for tests and hit tests). */
  boxes(): { id: string; box: Box }[] {
    return this.pool
      .filter((d) => !d.hidden && d.classList.contains('u'))
      .map((d) => ({
        id: d.dataset.id ?? '',
        box: { left: parseFloat(d.style.left), top: parseFloat(d.style.top), width: parseFloat(d.style.width), height: parseFloat(d.style.height) },
      }));
  }

  toast(message: string, ms = 5000): void {
    this.toastEl.textContent = message;
    this.toastEl.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toastEl.hidden = true), ms);
  }

  destroy(): void {
    clearTimeout(this.toastTimer);
    this.card.close('dismiss');
    this.host.remove();
  }
}
