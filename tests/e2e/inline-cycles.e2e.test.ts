// End-to-end: 200 random fix-and-undo cycles through the textarea and plain contenteditable adapters in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM, ROOT, startPageServer } from './harness.ts';
import { installRandomEdits, type RandomEditsWindow } from './editor-page.ts';

const PARAGRAPHS = [
  'The council dropped the ball on discharge letters yet again.',
  'That is not our problem, it is one for the council to sort.',
  'Target: 12,000 appointments by March.',
  'We agreed to meet the families together next month.',
];

let browser: Browser;
let origin: string;
let closeServer: () => void;
let bundle: string;

beforeAll(async () => {
  // The adapters as the content script uses them, bundled for the page (no extension needed for this check).
  const out = await build({
    stdin: {
      contents: `import { textareaFamily } from './lib/editors/textarea.ts';
        import { contentEditableFamily, sameVisibleText } from './lib/editors/contenteditable.ts';
        window.cgPlain = { textareaFamily, contentEditableFamily, sameVisibleText };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    absWorkingDir: ROOT,
  });
  bundle = out.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const served = await startPageServer(join(ROOT, 'tests/e2e/pages'));
  origin = served.origin;
  closeServer = () => served.server.close();
});

afterAll(async () => {
  await browser?.close();
  closeServer?.();
});

async function cycles(page: Page, n: number, seed: number) {
  await installRandomEdits(page);
  return page.evaluate(
    async ([n, seed]) => {
      const nextEdit = (window as unknown as RandomEditsWindow).cgRandomEdits(seed);
      const el = document.getElementById('ed')!;
      type Family = { match(e: Element): HTMLElement | null; create(r: HTMLElement): { getText(): string; replace(s: number, e: number, t: string): Promise<boolean> } };
      const w = window as unknown as { cgPlain: { textareaFamily: Family; contentEditableFamily: Family; sameVisibleText(a: string, b: string): boolean } };
      // A textarea keeps every space; a contenteditable may drop spaces at the edges of a line, which are not rendered.
      const same = (a: string, b: string) => (el.tagName === 'TEXTAREA' ? a === b : w.cgPlain.sameVisibleText(a, b));
      const family = el.tagName === 'TEXTAREA' ? w.cgPlain.textareaFamily : w.cgPlain.contentEditableFamily;
      const adapter = family.create(family.match(el)!);
      const model = () => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : [...el.children].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'));
      const original = model();
      const failures: string[] = [];
      for (let i = 0; i < n; i++) {
        const edit = nextEdit(adapter.getText());
        if (!edit) continue;
        const { start, end, replacement, expected } = edit;
        const ok = await adapter.replace(start, end, replacement);
        if (!ok || !same(model(), expected)) failures.push(`#${i} replace ok=${ok} model=${JSON.stringify(model())} adapter=${JSON.stringify(adapter.getText())} want=${JSON.stringify(expected)}`);
        document.execCommand('undo');
        await new Promise((r) => setTimeout(r, 0));
        if (model() !== original) {
          failures.push(`#${i} undo → ${JSON.stringify(model())}`);
          break;
        }
      }
      return { failures, final: model(), original };
    },
    [n, seed] as const,
  );
}

describe.each(['textarea', 'contenteditable'])('fix-and-undo cycles in a %s', (kind) => {
  it('leaves the editor equal to the expected text after 200 random fixes, each undone', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/${kind}.html`);
    await page.addScriptTag({ content: bundle });
    await page.evaluate((paras) => {
      const el = document.getElementById('ed')!;
      if (el instanceof HTMLTextAreaElement) el.value = paras.join('\n');
      else {
        // One paragraph has a bold run, so fixes also cross formatting boundaries.
        el.replaceChildren(...paras.map((t, i) => {
          const p = document.createElement('p');
          if (i === 0) {
            const b = document.createElement('b');
            b.textContent = 'dropped the ball';
            p.append('The council ', b, ' on discharge letters yet again.');
          } else p.textContent = t;
          return p;
        }));
      }
    }, PARAGRAPHS);
    const report = await cycles(page, 200, kind === 'textarea' ? 7 : 11);
    expect(report.failures).toEqual([]);
    expect(report.final).toBe(PARAGRAPHS.join('\n'));
    await page.close();
  });
});
