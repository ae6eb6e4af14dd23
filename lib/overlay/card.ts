// Hover card: the finding, the practice it breaks, fixes as buttons, and ignore/turn-off/allow actions.
import type { Diagnostic } from '../engine/types.ts';
import { PRACTICES } from '../practices.ts';
import { placeCard, type Box } from './geometry.ts';

export const CATEGORY_LABEL: Record<Diagnostic['category'], string> = {
  blame: 'Blame',
  'org-centric': 'Organisation-centric',
  'output-only': 'Output-only target',
};
export const CATEGORY_COLOUR: Record<Diagnostic['category'], string> = {
  blame: '#c77700',
  'org-centric': '#1f6feb',
  'output-only': '#8250df',
};

export interface CardActions {
  apply(suggestionIndex: number): void;
  ignore(): void;
  disableRule(): void;
  allowPhrase(): void;
  /** The card closed; 'escape' means focus should go back to the editor. */
  closed(reason: 'escape' | 'dismiss' | 'action'): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Acts only on events the browser made from real input (a pointer click, or Enter/Space on a focused button):
 * a page script's synthetic click must never edit the notes or change settings.
 */
export function trusted(fn: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) fn();
  };
}

export class Card {
  readonly element: HTMLDivElement;
  private actions: CardActions | null = null;
  private notice: HTMLParagraphElement | null = null;
  diagnosticId: string | null = null;

  constructor(private doc: Document, parent: Node) {
    this.element = el(doc, 'div', 'card');
    this.element.hidden = true;
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', 'Common Ground');
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.close('escape');
      }
    });
    parent.appendChild(this.element);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Fills the card (all page text as text nodes, never HTML) and places it next to the anchor rect. */
  open(id: string, d: Diagnostic, match: string, anchor: Box, actions: CardActions, focus: boolean): void {
    const doc = this.doc;
    const card = this.element;
    this.actions = actions;
    this.diagnosticId = id;
    card.replaceChildren();
    card.style.setProperty('--c', CATEGORY_COLOUR[d.category]);
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'cat', CATEGORY_LABEL[d.category]), el(doc, 'span', 'match', `“${match.length > 60 ? `${match.slice(0, 57)}…` : match}”`));
    card.appendChild(head);
    card.appendChild(el(doc, 'p', 'msg', d.message));
    // The reported-speech note, once per card (not inside every message).
    if (d.note) card.appendChild(el(doc, 'p', 'note', d.note));
    const p = PRACTICES[d.practice];
    if (p) {
      const box = el(doc, 'p', 'practice');
      box.appendChild(el(doc, 'b', undefined, `Practice ${p.id}: ${p.title}`));
      box.appendChild(doc.createTextNode(p.guidance));
      card.appendChild(box);
    }
    const fixes = el(doc, 'div', 'row');
    d.suggestions.forEach((s, i) => {
      if (s.replacement === undefined) {
        card.appendChild(el(doc, 'p', 'tip', s.title));
        return;
      }
      const label = s.replacement === '' ? s.title : s.replacement;
      const b = el(doc, 'button', 'fix', label);
      b.type = 'button';
      b.title = s.title;
      b.dataset.action = 'fix';
      b.addEventListener('click', trusted(() => this.actions?.apply(i)));
      fixes.appendChild(b);
    });
    if (fixes.childElementCount) card.appendChild(fixes);
    const row = el(doc, 'div', 'row');
    const add = (label: string, action: string, fn: () => void) => {
      const b = el(doc, 'button', undefined, label);
      b.type = 'button';
      b.dataset.action = action;
      b.addEventListener('click', trusted(fn));
      row.appendChild(b);
    };
    add('Ignore once', 'ignore', () => this.actions?.ignore());
    add('Turn off this rule', 'disable-rule', () => this.actions?.disableRule());
    add('Allow this phrase', 'allow-phrase', () => this.actions?.allowPhrase());
    card.appendChild(row);
    this.notice = el(doc, 'p', 'notice');
    this.notice.setAttribute('role', 'status');
    card.appendChild(this.notice);
    card.hidden = false;
    const view = doc.defaultView;
    const { left, top } = placeCard(anchor, card.offsetWidth, card.offsetHeight, {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    if (focus) card.querySelector('button')?.focus();
  }

  /** Moves the open card to a new anchor (after a scroll) without rebuilding it. */
  move(anchor: Box): void {
    const view = this.doc.defaultView;
    const { left, top } = placeCard(anchor, this.element.offsetWidth, this.element.offsetHeight, {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
  }

  say(message: string): void {
    if (this.notice) this.notice.textContent = message;
  }

  close(reason: 'escape' | 'dismiss' | 'action' = 'dismiss'): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.diagnosticId = null;
    const actions = this.actions;
    this.actions = null;
    actions?.closed(reason);
  }

  /** True when keyboard focus is inside the card. */
  hasFocus(root: ShadowRoot): boolean {
    return !!root.activeElement && this.element.contains(root.activeElement);
  }
}
