// Helpers for the editor-family e2e tests: open a test page, seed its editor, read its model, random fix-and-undo cycles in-page.
import type { Frame, Page } from 'playwright-core';

/** Test page file (tests/e2e/pages/<page>.html) → adapter family that should own its editor. */
export const EDITOR_PAGES = [
  { page: 'tiptap', family: 'prosemirror', rich: true, selector: '.ProseMirror' },
  { page: 'quill', family: 'quill', rich: true, selector: '.ql-editor' },
  { page: 'ckeditor5', family: 'ckeditor5', rich: true, selector: '.ck-editor__editable' },
  { page: 'lexical', family: 'lexical', rich: true, selector: '#editor' },
  { page: 'codemirror', family: 'codemirror', rich: false, selector: '.cm-content' },
  { page: 'slate', family: 'slate', rich: true, selector: '[data-slate-editor]' },
] as const;

export type Run = [string, boolean?];
export type Doc = Run[][];

/** Three findings (blame, org-centric, output-only) and a clean line; "ball" is bold where the editor allows it. */
export const MINUTES: Doc = [
  [['The council dropped the '], ['ball', true], [' on discharge letters yet again.']],
  [['That is not our problem, it is one for the council to sort.']],
  [['Target: 12,000 appointments by March.']],
  [['We agreed to meet the families together next month.']],
];

export const docText = (doc: Doc) => doc.map((p) => p.map(([t]) => t).join('')).join('\n');

/** tsx/esbuild may wrap functions passed to page.evaluate in __name(); define it in every page. */
export async function guardNames(page: Page): Promise<void> {
  await page.addInitScript('window.__name = (f) => f');
}

export async function openEditorPage(page: Page, origin: string, name: string): Promise<void> {
  await page.goto(`${origin}/${name}.html`);
  await page.waitForSelector('html[data-editor-ready]', { timeout: 20000 });
}

export async function seed(target: Page | Frame, doc: Doc): Promise<void> {
  await target.evaluate((d) => window.testEditor.setDoc(d as never), doc);
  await target.waitForFunction((t) => window.testEditor.getModelText() === t, docText(doc));
}

export const modelText = (target: Page | Frame) => target.evaluate(() => window.testEditor.getModelText());
export const boldText = (target: Page | Frame) => target.evaluate(() => window.testEditor.getBoldText());

/** Loads the test-only adapter bundle into a page or frame and attaches it to the editor there. */
export async function attachAdapters(target: Page | Frame, origin: string): Promise<string | null> {
  await target.addScriptTag({ url: `${origin}/dist/adapters.js`, type: 'module' });
  await target.waitForFunction(() => 'cgTest' in window);
  return target.evaluate(() => window.cgTest.attach());
}

/** One random edit: replace text[start, end) with `replacement`, giving `expected`. */
export interface RandomEdit {
  start: number;
  end: number;
  replacement: string;
  expected: string;
}
export type RandomEditsWindow = { cgRandomEdits: (seedValue: number) => (text: string) => RandomEdit | null };

/**
 * Runs in the page: a seeded source of random edits, each replacing 1–4 words of one paragraph of the text it is
 * given (null when the edit would change nothing). Seeded, so failures reproduce; shared by the fix-and-undo tests.
 */
function randomEdits(seedValue: number): (text: string) => RandomEdit | null {
  let state = seedValue >>> 0;
  const rand = (k: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % k;
  };
  const words = ['', 'x', 'we', 'a delay', 'the team', 'ours to fix', 'it, together', 'by March'];
  return (text) => {
    const spans = [...text.matchAll(/[^\s]+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    const a = rand(spans.length);
    let b = Math.min(spans.length - 1, a + rand(4));
    while (b > a && text.slice(spans[a][0], spans[b][1]).includes('\n')) b--;
    const [start, end] = [spans[a][0], spans[b][1]];
    const replacement = words[rand(words.length)];
    const expected = text.slice(0, start) + replacement + text.slice(end);
    return expected === text ? null : { start, end, replacement, expected };
  };
}

/** Defines window.cgRandomEdits (see randomEdits) in a page or frame, for code passed to evaluate(). */
export async function installRandomEdits(target: Page | Frame): Promise<void> {
  await target.evaluate(`window.cgRandomEdits = ${randomEdits.toString()}`);
}

export interface CycleReport {
  cycles: number;
  failures: string[];
  finalModel: string;
  ms: number;
}

/**
 * Runs n random fix-and-undo cycles in the page through the attached adapter: each replaces 1–4 words of one
 * paragraph, checks the editor's model, undoes, and checks the model is back. Seeded, so failures reproduce.
 */
export async function randomCycles(target: Page | Frame, n: number, seedValue: number): Promise<CycleReport> {
  await installRandomEdits(target);
  return target.evaluate(
    async ([n, seedValue]) => {
      const nextEdit = (window as unknown as RandomEditsWindow).cgRandomEdits(seedValue);
      const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
      const adapter = window.cgTest.adapter!;
      const api = window.testEditor;
      const original = api.getModelText();
      const failures: string[] = [];
      const started = performance.now();
      const waitModel = async (want: string) => {
        for (let i = 0; i < 60 && (api.getModelText() !== want || adapter.getText() !== want); i++) await sleep(10);
        return api.getModelText() === want && adapter.getText() === want;
      };
      for (let i = 0; i < n; i++) {
        const text = adapter.getText();
        const edit = nextEdit(text);
        if (!edit) continue;
        const { start, end, replacement, expected } = edit;
        const ok = await adapter.replace(start, end, replacement);
        const landed = await waitModel(expected);
        if (!ok || !landed) failures.push(`#${i} replace ${JSON.stringify(text.slice(start, end))}→${JSON.stringify(replacement)}: ok=${ok} model=${JSON.stringify(api.getModelText())}`);
        api.undo();
        if (!(await waitModel(original))) {
          failures.push(`#${i} undo: model=${JSON.stringify(api.getModelText())}`);
          break;
        }
      }
      return { cycles: n, failures, finalModel: api.getModelText(), ms: Math.round(performance.now() - started) };
    },
    [n, seedValue] as const,
  );
}
