// Inline checking controller: tracks editors, runs the engine off the typing path, paints and applies fixes.
import type { Diagnostic } from '../engine/types.ts';
import type { CheckingStopped, PageProblems, Problem } from '../messages.ts';
import type { EditorAdapter } from '../editors/types.ts';
import { findEditor } from '../editors/index.ts';
import { intersect, type Box } from '../overlay/geometry.ts';
import { measure } from './measure.ts';
import { Overlay, type MarkItem, type PaintItem } from '../overlay/overlay.ts';
import { checkedPart } from './text-diff.ts';
import { applyFix, FIX_MESSAGES } from './fix.ts';
import { combinedEdit, planFixAll } from '../rewrite/fix-all.ts';
import { partnershipOf } from './partnership-count.ts';
import { FixAllUndo, recordLastFirst, type AppliedEdit } from './fix-all-undo.ts';
import { marksOf, measureMarks, type PartnershipMarks } from './partnership-marks.ts';
import { ignoreKey, problemId, toProblem, visibleDiagnostics } from './problems.ts';
import { pickAtCaret, pickNext } from './navigation.ts';
import { stoppedFrom } from './analyze-client.ts';
import { editorLabel } from './editor-label.ts';
import { applyTextChange, wordsOf } from './keystroke.ts';

export interface ControllerDeps {
  analyze(key: string, text: string): Promise<Diagnostic[]>;
  report(page: PageProblems): void;
  disableRule(ruleId: string): Promise<void>;
  allowPhrase(phrase: string): Promise<void>;
  log(where: string, err: unknown): void;
}

interface Tracked {
  key: string;
  adapter: EditorAdapter;
  /** Text the findings refer to (shifted while typing, replaced when the engine answers). */
  text: string;
  diagnostics: Diagnostic[];
  version: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  unsubscribe: () => void;
  words: number;
  wordsOf: string;
  /** Its name for people, shown by the panel when the page has several editors. */
  label: string;
  /** Partnership phrases for the optional mark (found with each analysis; drawn only while the text is unchanged). */
  marks?: PartnershipMarks;
}

/**
 * Short enough that underlines follow a pause in typing within ~150 ms (the engine runs in the background and
 * answers in a few ms; the rest is messaging and painting), long enough that a fast burst is checked once.
 */
const DEBOUNCE_MS = 50;
/** Editors checked as soon as they are found; past this many, each is checked when it nears the viewport or gets focus. */
const EAGER_EDITORS = 50;
/** Longer texts are checked up to a line break before this many characters (about 30,000 words). */
export const MAX_CHECKED_CHARS = 200_000;

/** Editors whose model is plain text: fix-all makes its changes as one edit there, undone with one Ctrl+Z. */
const PLAIN_TEXT_FAMILIES = new Set(['textarea', 'codemirror']);
/** Editors with no undo history of their own: Ctrl+Z there is the browser's document-wide undo stack. */
const NATIVE_UNDO_FAMILIES = new Set(['textarea', 'contenteditable']);

const stop = (p: Problem) => ({ id: p.id, editorKey: p.editorKey, start: p.diagnostic.start, end: p.diagnostic.end });

export class Controller {
  readonly overlay: Overlay;
  private editors = new Map<HTMLElement, Tracked>();
  private ignored = new Set<string>();
  private nextKey = 1;
  private frame = 0;
  private items: (PaintItem & { key: string })[] = [];
  private lastRevealed: string | null = null;
  private warnedLong = false;
  /** Why checking stopped, until an analysis succeeds again; reported so nobody reads it as "no problems". */
  private stopped: CheckingStopped | null = null;
  private resize = new ResizeObserver(() => this.requestPaint());
  /** Set by page.ts on the user's own input in a checked editor (a pre-filled editor only opened is not history). */
  typed = false;
  /** Editors found past the eager number, waiting to come into view (no fixed cap: pages with hundreds of fields work). */
  private deferred = new Set<HTMLElement>();
  private lazy =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => this.cameIntoView(entries), { rootMargin: '300px 0px' })
      : null;
  /** Set by pointer tracking: drops a pending hover-open, which would otherwise rebuild a keyboard-opened card. */
  cancelHoverOpen: () => void = () => {};

  /** keyPrefix keeps editor keys unique when frames of one page have controllers of their own. */
  constructor(readonly doc: Document, private deps: ControllerDeps, private keyPrefix = '') {
    this.overlay = new Overlay(doc);
  }

  get trackedCount(): number {
    return this.editors.size;
  }

  private cameIntoView(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) if (e.isIntersecting) this.attach(e.target, true);
  }

  /** Editors found but not checked yet (they will be once they scroll into view). */
  get waitingCount(): number {
    for (const el of [...this.deferred]) {
      if (!el.isConnected) {
        this.deferred.delete(el);
        this.lazy?.unobserve(el);
      }
    }
    return this.deferred.size;
  }

  /** Starts checking the editor that owns el (if any, and not opted out); now: at once, past the eager number too. */
  attach(el: Element, now = false): Tracked | null {
    const found = findEditor(el);
    if (!found) return null;
    const existing = this.editors.get(found.root);
    if (existing) return existing;
    if (!now && this.lazy && this.editors.size >= EAGER_EDITORS) {
      if (!this.deferred.has(found.root)) {
        this.deferred.add(found.root);
        this.lazy.observe(found.root);
      }
      return null;
    }
    if (this.deferred.delete(found.root)) this.lazy?.unobserve(found.root);
    const adapter = found.family.create(found.root);
    const n = this.nextKey++;
    const t: Tracked = { key: `${this.keyPrefix}e${n}`, adapter, text: '', diagnostics: [], version: 0, timer: undefined, unsubscribe: () => {}, words: 0, wordsOf: '', label: editorLabel(found.root, n) };
    t.unsubscribe = adapter.onChange(() => this.changed(t));
    this.editors.set(found.root, t);
    this.resize.observe(found.root);
    this.schedule(t, 0);
    return t;
  }

  /** Text changed: move old findings along at once (cheap), analyse after a pause in typing. */
  private changed(t: Tracked): void {
    try {
      // Work in proportion to the edit: findings shifted and the word count updated from the changed span only.
      applyTextChange(t, t.adapter.getText());
      this.requestPaint();
    } catch (err) {
      this.deps.log('change', err);
    }
    this.schedule(t, DEBOUNCE_MS);
  }

  private schedule(t: Tracked, delay: number): void {
    clearTimeout(t.timer);
    t.timer = setTimeout(() => void this.run(t), delay);
  }

  /** Sends the editor's text to the engine; a newer edit makes older answers void. */
  async run(t: Tracked): Promise<void> {
    if (!t.adapter.element.isConnected) return this.detach(t.adapter.element);
    const version = ++t.version;
    try {
      const text = t.adapter.getText();
      const part = checkedPart(text, MAX_CHECKED_CHARS);
      if (part.length < text.length && !this.warnedLong) {
        this.warnedLong = true;
        this.overlay.toast('This text is very long: Common Ground checks its first 30,000 words or so.');
      }
      const diagnostics = part.trim() ? await this.deps.analyze(t.key, part) : [];
      if (version !== t.version || t.adapter.getText() !== text) return;
      t.text = text;
      t.diagnostics = diagnostics;
      t.marks = this.markPartnership ? marksOf(text) : undefined;
      this.stopped = null;
      this.requestPaint();
      this.publish();
    } catch (err) {
      this.deps.log('analyse', err);
      if (version === t.version) this.halt(t, stoppedFrom(err));
    }
  }

  /** Analysis failed: no stale underlines, and the page, panel and badge say checking stopped and why. */
  private halt(t: Tracked, stopped: CheckingStopped): void {
    const first = this.stopped?.reason !== stopped.reason;
    this.stopped = stopped;
    t.diagnostics = [];
    if (first) this.overlay.toast(`Common Ground stopped checking. ${stopped.reason} Open the Problems panel to fix it.`, 15_000);
    this.requestPaint();
    this.publish();
  }

  /** Re-checks every editor now (settings changed, or the panel asked). */
  async refresh(): Promise<void> {
    await Promise.all([...this.editors.values()].map((t) => this.run(t)));
  }

  detach(root: HTMLElement): void {
    const t = this.editors.get(root);
    if (!t) return;
    clearTimeout(t.timer);
    t.version++;
    t.unsubscribe();
    this.resize.unobserve(root);
    try {
      t.adapter.dispose();
    } catch (err) {
      this.deps.log('dispose', err);
    }
    this.editors.delete(root);
    this.requestPaint();
    this.publish();
  }

  /** Drops editors that left the document (re-rendered or closed). */
  prune(): void {
    for (const root of [...this.editors.keys()]) if (!root.isConnected) this.detach(root);
  }

  requestPaint(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** Measures every visible finding and redraws the underlines. */
  paint(): void {
    const view = this.doc.defaultView;
    const viewport: Box = { left: 0, top: 0, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    const items: (PaintItem & { key: string })[] = [];
    const marks: MarkItem[] = [];
    for (const t of this.sorted()) {
      try {
        const el = t.adapter.element;
        if (!el.isConnected) continue;
        const r = el.getBoundingClientRect();
        const clip = intersect({ left: r.left, top: r.top, width: r.width, height: r.height }, viewport);
        if (!clip) continue;
        items.push(...measure(t.key, t.adapter, visibleDiagnostics(t.text, t.diagnostics, this.ignored), clip));
        // Hidden while typing (the spans belong to the analysed text) and back with the next analysis.
        if (t.marks && t.marks.of === t.text) marks.push(...measureMarks(t.key, t.adapter, t.marks, clip));
      } catch (err) {
        this.deps.log('paint', err);
      }
    }
    this.items = items;
    this.overlay.paint(items);
    this.overlay.paintMarks(marks);
    const open = this.overlay.card.diagnosticId;
    if (open) {
      const item = items.find((i) => i.id === open);
      if (item) this.overlay.card.move(item.rects[0]);
    }
  }

  /** The optional subtle mark for partnership language (Settings; off by default). */
  markPartnership = false;
  setMarkPartnership(on: boolean): void {
    if (on === this.markPartnership) return;
    this.markPartnership = on;
    for (const t of this.editors.values()) t.marks = on ? marksOf(t.text) : undefined;
    this.requestPaint();
  }

  /** Painted findings, for hit tests of the pointer. */
  painted(): readonly (PaintItem & { key: string })[] {
    return this.items;
  }

  /** Editors in document order. */
  private sorted(): Tracked[] {
    return [...this.editors.values()].sort((a, b) =>
      a.adapter.element.compareDocumentPosition(b.adapter.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    for (const t of this.sorted()) {
      for (const d of visibleDiagnostics(t.text, t.diagnostics, this.ignored)) out.push({ ...toProblem(t.key, t.text, d), editor: t.label });
    }
    return out;
  }

  words(): number {
    let n = 0;
    // Kept up to date edit by edit (lib/content/keystroke.ts); counted in full only for text that arrived otherwise.
    for (const t of this.editors.values()) n += wordsOf(t);
    return n;
  }

  pageProblems(): PageProblems {
    const waiting = this.waitingCount;
    const page: PageProblems = {
      url: location.href, title: this.doc.title, words: this.words(), problems: this.problems(), source: 'editors', typed: this.typed,
      partnership: this.partnership(), ...(waiting ? { waiting } : {}),
    };
    return this.stopped ? { ...page, stopped: this.stopped } : page;
  }

  /** Partnership language in the checked texts (noticed, never underlined): kept edit by edit (partnership-count.ts). */
  private partnership(): number {
    let n = 0;
    for (const t of this.editors.values()) n += partnershipOf(t);
    return n;
  }

  publish(): void {
    try {
      this.deps.report(this.pageProblems());
    } catch (err) {
      this.deps.log('report', err);
    }
  }

  /** The finding with this id and its editor, if it is still there. */
  find(id: string): { t: Tracked; d: Diagnostic } | null {
    for (const t of this.editors.values()) {
      if (!id.startsWith(`${t.key}:`)) continue;
      const d = t.diagnostics.find((x) => problemId(t.key, x) === id);
      if (d) return { t, d };
    }
    return null;
  }

  /** Opens the card for a finding: by pointer (focus stays put) or by keyboard (focus moves into the card). */
  openCard(id: string, focus: boolean): boolean {
    const found = this.find(id);
    if (!found) return false;
    const { t, d } = found;
    if (focus) this.cancelHoverOpen();
    let rects = t.adapter.getRects(d.start, d.end);
    if (!rects.length && focus) {
      t.adapter.select(d.start, d.end);
      this.doc.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'center' });
      t.adapter.element.scrollIntoView({ block: 'nearest' });
      rects = t.adapter.getRects(d.start, d.end);
    }
    const anchor = rects[0] ?? t.adapter.element.getBoundingClientRect();
    this.lastRevealed = id;
    this.overlay.setActive(id);
    this.overlay.card.open(id, d, t.text.slice(d.start, d.end), anchor, {
      apply: (i) => void this.apply(id, i),
      ignore: () => this.ignore(id),
      disableRule: () => void this.deps.disableRule(d.ruleId).catch((e) => this.deps.log('settings', e)),
      allowPhrase: () => void this.deps.allowPhrase(t.text.slice(d.start, d.end)).catch((e) => this.deps.log('settings', e)),
      closed: (reason) => {
        this.overlay.setActive(null);
        if (reason === 'escape') {
          const now = this.find(id);
          if (now) now.t.adapter.select(now.d.end, now.d.end);
          else t.adapter.element.focus({ preventScroll: true });
        }
      },
    }, focus);
    return true;
  }

  ignore(id: string): boolean {
    const found = this.find(id);
    if (!found) return false;
    this.ignored.add(ignoreKey(found.t.text, found.d, found.t.diagnostics));
    if (this.overlay.card.diagnosticId === id) this.overlay.card.close('action');
    this.requestPaint();
    this.publish();
    return true;
  }

  /** Fix all: per editor, the planned rewrites of the given problems (one edit, one Ctrl+Z, where the model is plain text). */
  async applyAll(ids: string[]): Promise<{ ok: boolean; applied: number; message?: string }> {
    const byEditor = new Map<Tracked, Diagnostic[]>();
    for (const id of ids) {
      const found = this.find(id);
      if (found) byEditor.set(found.t, [...(byEditor.get(found.t) ?? []), found.d]);
    }
    let applied = 0;
    // The array fills as edits land: an undo then puts back exactly what was changed, even after a failure midway.
    const undo: AppliedEdit[] = [];
    this.fixAllUndo.record(undo);
    // A card left open (the review reveals each finding) would go on quoting words the rewrite removed.
    if (byEditor.size) this.overlay.card.close('action');
    // The browser keeps one undo stack per document, shared by every field that relies on it: those fields go
    // last, so their edit sits on top and Ctrl+Z in them undoes it rather than a rich editor's buried input.
    const nativeUndo = (t: Tracked) => Number(NATIVE_UNDO_FAMILIES.has(t.adapter.family));
    for (const [t, ds] of [...byEditor].sort(([a], [b]) => nativeUndo(a) - nativeUndo(b))) {
      const plan = planFixAll(t.text, ds);
      if (!plan.length) continue;
      // One edit over the whole span is one undo step, but in a rich editor it would rewrite the untouched text
      // between the changes and drop its formatting and block types: there each change is its own edit (last
      // first, so earlier offsets hold), and each takes its own undo.
      const edits = PLAIN_TEXT_FAMILIES.has(t.adapter.family)
        ? [combinedEdit(t.text, plan)!]
        : [...plan].reverse().map((f) => ({ start: f.start, end: f.end, text: f.replacement }));
      let text = t.text;
      const mine: AppliedEdit[] = [];
      for (const [i, e] of edits.entries()) {
        const outcome = await applyFix(t.adapter, text, { ...ds[0], start: e.start, end: e.end }, e.text);
        if (!outcome.ok) {
          this.schedule(t, 0);
          return { ok: false, applied: applied + (edits.length === 1 ? 0 : i), message: outcome.message };
        }
        const done: AppliedEdit = { adapter: t.adapter, start: e.start, before: text.slice(e.start, e.end), after: e.text };
        recordLastFirst(mine, done);
        undo.push(done);
        text = text.slice(0, e.start) + e.text + text.slice(e.end);
      }
      this.schedule(t, 0);
      applied += plan.length;
    }
    return { ok: applied > 0, applied, ...(applied ? {} : { message: 'No safe rewrites to apply.' }) };
  }

  /** The last fix-all, undone in one step (the review's Undo button); see fix-all-undo.ts. */
  readonly fixAllUndo = new FixAllUndo();

  /** Applies a suggestion through the editor, then re-reads the text to confirm it landed. */
  async apply(id: string, suggestionIndex: number): Promise<{ ok: boolean; message?: string }> {
    const found = this.find(id);
    const s = found?.d.suggestions[suggestionIndex];
    if (!found || s?.replacement === undefined) return { ok: false, message: 'That suggestion is no longer available.' };
    return this.replace(id, s.replacement, { range: s.range, select: s.select });
  }

  async replace(id: string, replacement: string, opts: Parameters<typeof applyFix>[4] = {}): Promise<{ ok: boolean; message?: string }> {
    const found = this.find(id);
    if (!found) return { ok: false, message: 'That problem is no longer in the text.' };
    const { t, d } = found;
    const card = this.overlay.card;
    try {
      const outcome = await applyFix(t.adapter, t.text, d, replacement, opts);
      this.schedule(t, 0);
      if (!outcome.ok && outcome.stale) card.say(outcome.message);
      else card.close('action');
      if (!outcome.ok && !outcome.stale) this.overlay.toast(outcome.message);
      return outcome;
    } catch (err) {
      this.deps.log('fix', err);
      card.close('action');
      this.overlay.toast(FIX_MESSAGES.failed);
      return { ok: false, message: FIX_MESSAGES.failed };
    }
  }

  /** Next or previous finding from the caret (or the last one shown), wrapping around the page. */
  navigate(direction: 1 | -1): boolean {
    const list = this.problems();
    const i = pickNext(list.map(stop), direction, this.caret(), this.lastRevealed);
    return i >= 0 ? this.reveal(list[i].id) : false;
  }

  /** Opens the fixes for the finding at the caret (or the nearest after it). */
  quickFix(): boolean {
    const list = this.problems();
    const i = pickAtCaret(list.map(stop), this.caret());
    return i >= 0 ? this.reveal(list[i].id) : false;
  }

  reveal(id: string): boolean {
    const found = this.find(id);
    if (!found) return false;
    found.t.adapter.select(found.d.start, found.d.end);
    return this.openCard(id, true);
  }

  /** The focused editor and caret offset, when the adapter can tell (textarea, contenteditable). */
  private caret(): { key: string; offset: number } | null {
    for (const t of this.editors.values()) {
      const a = t.adapter as EditorAdapter & { caret?: () => number | null };
      const el = t.adapter.element;
      if (!el.contains(this.doc.activeElement) && this.doc.activeElement !== el) continue;
      const offset = a.caret?.() ?? null;
      return offset === null ? null : { key: t.key, offset };
    }
    return null;
  }

  destroy(): void {
    for (const root of [...this.editors.keys()]) this.detach(root);
    this.resize.disconnect();
    this.lazy?.disconnect();
    this.deferred.clear();
    cancelAnimationFrame(this.frame);
    this.overlay.destroy();
  }
}
