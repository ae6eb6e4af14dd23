// Builds an EditorAdapter for a rich editor from the DOM it renders, replacing text through the editor's input pipeline.
import type { EditorAdapter } from './types.ts';
import { BlockReader, rangeFor, rectsFor, type TextMap } from './dom-text.ts';

/**
 * How a replacement is handed to the editor, found per family by experiment (tests/e2e/editors-adapters.e2e.test.ts):
 * - insertText: select the DOM range, then execCommand('insertText') (a trusted beforeinput + input pair);
 * - beforeinput: a synthetic beforeinput 'insertReplacementText' the editor handles itself;
 * - paste: a synthetic ClipboardEvent carrying text/plain.
 * Measured in Chromium with the real editors (tests/e2e/editors-adapters.e2e.test.ts keeps them honest):
 *   ProseMirror/Tiptap, Quill 2, CodeMirror 6  insertText works (beforeinput ignored; paste cannot delete);
 *   CKEditor 5                                  beforeinput works; insertText changes only the DOM, then the
 *                                               editor repaints it back from its model (a false "landed");
 *   Lexical                                     beforeinput works; insertText deletions across bold desync;
 *   Slate (slate-react)                         beforeinput works; insertText is repainted away by React.
 * replace() therefore waits for the text to stay right for STABLE_MS before it reports success.
 */
export type ReplaceStrategy = 'insertText' | 'beforeinput' | 'paste';

export interface DomAdapterOptions {
  family: string;
  /** The contenteditable element the editor renders into. */
  root: HTMLElement;
  /** Elements whose text is not document text (placeholders, widgets, caret helpers). */
  skip?: (el: Element) => boolean;
  /** Tried in order while the text is still unchanged. */
  strategies: ReplaceStrategy[];
  /** Milliseconds to let the editor pick up the DOM selection before editing (selectionchange is async). */
  selectionDelay?: number;
  /** The beforeinput inputType that removes the selection (strategy 'beforeinput' with empty text). */
  deleteInputType?: string;
  /** How long to wait for the edit to show in the DOM before giving up. */
  confirmTimeout?: number;
}

/** How long a confirmed edit must stay in the DOM before replace() reports success. */
const STABLE_MS = 40;
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

const WORD = /[\p{L}\p{N}_'’-]/u;

/** Shrinks a replacement to the words that really change, so untouched words keep their formatting. */
export function minimalEdit(text: string, start: number, end: number, replacement: string): [number, number, string] {
  const old = text.slice(start, end);
  let head = 0;
  while (head < old.length && head < replacement.length && old[head] === replacement[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < replacement.length - head &&
    old[old.length - 1 - tail] === replacement[replacement.length - 1 - tail]
  ) tail++;
  // Edit whole words: a half-replaced word could end up half bold.
  const word = (c: string | undefined) => c !== undefined && WORD.test(c);
  while (head > 0 && word(old[head - 1]) && (word(old[head]) || word(replacement[head]))) head--;
  while (
    tail > 0 &&
    word(old[old.length - tail]) &&
    (word(old[old.length - tail - 1]) || word(replacement[replacement.length - tail - 1]))
  ) tail--;
  return [start + head, end - tail, replacement.slice(head, replacement.length - tail)];
}

export function createDomAdapter(opts: DomAdapterOptions): EditorAdapter {
  const { root, family } = opts;
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const listeners = new Set<() => void>();
  let map: TextMap | null = null;

  const reader = new BlockReader(root, { skip: opts.skip });
  const notify = () => {
    for (const cb of listeners) cb();
  };
  const forget = (records: MutationRecord[]) => {
    for (const r of records) if (r.target !== root) reader.invalidate(r.target);
    map = null;
  };
  const observer = new MutationObserver((records) => {
    forget(records);
    notify();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  /** The text map, brought up to date with mutations not yet delivered to the observer. */
  const current = (): TextMap => {
    const pending = observer.takeRecords();
    if (pending.length) {
      forget(pending);
      queueMicrotask(notify);
    }
    return (map ??= reader.read());
  };
  const fresh = (): string => current().text;

  function select(start: number, end: number): boolean {
    if (!root.isConnected) return false;
    const range = rangeFor(current(), start, end);
    if (!range) return false;
    if (doc.activeElement !== root && !root.contains(doc.activeElement)) root.focus({ preventScroll: true });
    const sel = win.getSelection();
    if (!sel) return false;
    sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    return true;
  }

  function send(strategy: ReplaceStrategy, text: string): void {
    if (strategy === 'insertText') {
      doc.execCommand(text ? 'insertText' : 'delete', false, text);
    } else if (strategy === 'beforeinput') {
      const dataTransfer = new DataTransfer();
      dataTransfer.setData('text/plain', text);
      root.dispatchEvent(
        new InputEvent('beforeinput', {
          inputType: text ? 'insertReplacementText' : (opts.deleteInputType ?? 'deleteContentBackward'),
          data: text,
          dataTransfer,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    } else {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
    }
  }

  /** Waits until the text reads as expected and stays so briefly: some editors repaint the DOM back from their model. */
  async function waitFor(expected: string, before: string): Promise<string> {
    const until = Date.now() + (opts.confirmTimeout ?? 400);
    let now = fresh();
    for (;;) {
      if (now === expected) {
        await sleep(STABLE_MS);
        now = fresh();
        if (now === expected) return now;
      }
      if (Date.now() >= until) return now;
      await sleep(now === before ? 10 : 20);
      now = fresh();
    }
  }

  return {
    family,
    element: root,
    getText: () => (root.isConnected ? current().text : ''),
    getRects: (start, end) => (root.isConnected ? rectsFor(current(), start, end) : []),
    select,
    async replace(start, end, text) {
      const before = fresh();
      if (start < 0 || end > before.length || start > end) return false;
      const expected = before.slice(0, start) + text + before.slice(end);
      if (expected === before) return true;
      const [from, to, insert] = minimalEdit(before, start, end, text);
      for (const strategy of opts.strategies) {
        // A second try with a longer pause: under load an editor may not have synced the selection yet.
        for (const pause of [opts.selectionDelay ?? 0, (opts.selectionDelay ?? 0) * 5 + 50]) {
          if (!select(from, to)) return false;
          await sleep(pause);
          send(strategy, insert);
          const now = await waitFor(expected, before);
          if (now === expected) return true;
          // Something else landed: stacking another attempt on top would corrupt the text.
          if (now !== before) return false;
        }
      }
      return false;
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    dispose() {
      observer.disconnect();
      listeners.clear();
      map = null;
    },
  };
}
