// Rich-editor adapters against the real editors in Chromium (no extension): read, rects, replace, undo, 200 cycles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { CHROMIUM, startPageServer } from './harness.ts';
import {
  EDITOR_PAGES, MINUTES, attachAdapters, boldText, docText, guardNames, modelText, openEditorPage, randomCycles, seed,
} from './editor-page.ts';

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startPageServer());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function freshPage(name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await guardNames(page);
  await openEditorPage(page, origin, name);
  await seed(page, MINUTES);
  return page;
}

/** Replaces the first occurrence of find through the adapter; returns what replace() reported. */
const replaceFirst = (page: Page, find: string, replacement: string) =>
  page.evaluate(
    ([find, replacement]) => {
      const a = window.cgTest.adapter!;
      const at = a.getText().indexOf(find);
      return at < 0 ? Promise.resolve(false) : a.replace(at, at + find.length, replacement);
    },
    [find, replacement] as const,
  );

const undo = (page: Page) => page.evaluate(() => window.testEditor.undo());

describe.each(EDITOR_PAGES)('$page adapter', ({ page: name, family, rich }) => {
  let page: Page;
  const text = docText(MINUTES);

  beforeAll(async () => {
    page = await freshPage(name);
    expect(await attachAdapters(page, origin)).toBe(family);
  });
  afterAll(() => page?.close());

  it('reads the text the editor model holds, paragraphs as lines', async () => {
    expect(await page.evaluate(() => window.cgTest.adapter!.getText())).toBe(text);
    expect(await modelText(page)).toBe(text);
  });

  it('gives rects that sit on the words themselves', async () => {
    const result = await page.evaluate(() => {
      const a = window.cgTest.adapter!;
      const t = a.getText();
      const at = t.indexOf('appointments');
      const mine = a.getRects(at, at + 'appointments'.length);
      // The words' own rect, found independently of the adapter.
      const walker = document.createTreeWalker(a.element, NodeFilter.SHOW_TEXT);
      let own: DOMRect | null = null;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf('appointments');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'appointments'.length);
        own = r.getBoundingClientRect();
      }
      const box = (r: DOMRect) => [r.left, r.top, r.right, r.bottom].map(Math.round);
      return { mine: mine.map(box), own: own && box(own) };
    });
    expect(result.mine).toHaveLength(1);
    expect(result.own).not.toBeNull();
    result.mine[0].forEach((v, i) => expect(Math.abs(v - result.own![i])).toBeLessThanOrEqual(1));
  });

  it('replaces through the editor, keeps bold outside the change, and undo restores', async () => {
    expect(await replaceFirst(page, 'dropped the ball on', 'missed the ball on')).toBe(true);
    expect(await modelText(page)).toBe(text.replace('dropped the ball on', 'missed the ball on'));
    if (rich) expect(await boldText(page)).toEqual(['ball']);
    await undo(page);
    await page.waitForFunction((t) => window.testEditor.getModelText() === t, text);
    if (rich) expect(await boldText(page)).toEqual(['ball']);
  });

  it('replaces a range with bold inside it, and undo brings the bold back', async () => {
    expect(await replaceFirst(page, 'council dropped the ball on discharge', 'discharge')).toBe(true);
    expect(await modelText(page)).toBe(text.replace('council dropped the ball on discharge', 'discharge'));
    if (rich) expect(await boldText(page)).toEqual([]);
    await undo(page);
    await page.waitForFunction((t) => window.testEditor.getModelText() === t, text);
    if (rich) expect(await boldText(page)).toEqual(['ball']);
  });

  it('reports a change when the user types', async () => {
    // A fresh document: after an undo run from the API (not the keyboard) ProseMirror keeps the undone range as
    // its selection and re-asserts it over a programmatic caret move.
    await seed(page, MINUTES);
    const before = await page.evaluate(() => window.cgTest.changes);
    try {
      await page.evaluate(() => window.testEditor.focus());
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Note: ');
      // Where the caret sits after focus is the editor's choice; what is tested is that typing is read back.
      await page.waitForFunction(() => window.testEditor.getModelText().includes('Note: '));
      const model = await modelText(page);
      expect(model.replace('Note: ', '')).toBe(text);
      await page.waitForFunction((m) => window.cgTest.adapter!.getText() === m, model);
      expect(await page.evaluate(() => window.cgTest.changes)).toBeGreaterThan(before);
    } finally {
      await seed(page, MINUTES);
    }
  });

  it('survives 200 random fix-and-undo cycles with the model as expected', async () => {
    await seed(page, MINUTES);
    await page.waitForFunction((t) => window.testEditor.getModelText() === t, text);
    const report = await randomCycles(page, 200, 7 + name.length);
    expect(report.failures.slice(0, 5)).toEqual([]);
    expect(report.finalModel).toBe(text);
    console.log(`${name}: 200 cycles in ${report.ms} ms`);
  });
});

describe('editors inside iframes', () => {
  it('reads and fixes a Tiptap editor in a same-origin srcdoc frame', async () => {
    const page = await browser.newPage();
    await guardNames(page);
    await openEditorPage(page, origin, 'iframe');
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    expect(frame).toBeTruthy();
    await frame.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');
    await seed(frame, MINUTES);
    expect(await attachAdapters(frame, origin)).toBe('prosemirror');
    const ok = await frame.evaluate(() => {
      const a = window.cgTest.adapter!;
      const at = a.getText().indexOf('yet again');
      return a.replace(at, at + 'yet again'.length, 'this month');
    });
    expect(ok).toBe(true);
    expect(await modelText(frame)).toBe(docText(MINUTES).replace('yet again', 'this month'));
    await page.close();
  });
});
