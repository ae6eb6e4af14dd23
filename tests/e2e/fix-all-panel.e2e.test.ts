// Fix all from the Problems panel over a textarea and each rich editor: preview of every change, both models, undo, per category.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, type Category } from '../../lib/engine/index.ts';
import { applyPlan, planFixAll } from '../../lib/rewrite/fix-all.ts';
import { EDITOR_PAGES, boldText, docText, guardNames, modelText, seed, type Doc } from './editor-page.ts';
import { poll, problemsOf, tabIdOf, useExtensionSession } from './extension-helpers.ts';
import { screenshot } from './harness.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

/** The rich editor's minutes: findings in three paragraphs, a clean one with bold between them. */
const ACTIONS: Doc = [
  [['We will complete 500 home visits by June.']],
  [['The '], ['winter', true], [' plan was agreed.']],
  [['We will protect our budget from the council.']],
  [['We must find out who is to blame for the missed referrals.']],
];

const textareaValue = (page: Page) => page.locator('#ed').inputValue();

/** The page with the textarea as served and the rich editor seeded (outside its undo history), and its panel. */
async function openMinutes(editor: string, tag: string) {
  const url = `${ext.origin}/fix-all.html?editor=${editor}&${tag}`;
  const page = await ext.session.context.newPage();
  await guardNames(page);
  await page.goto(url);
  await page.waitForSelector('html[data-editor-ready]', { timeout: 20000 });
  await seed(page, ACTIONS);
  const tabId = await tabIdOf(ext.session, url);
  const plain = await textareaValue(page);
  const rich = docText(ACTIONS);
  const expected = analyze(plain).length + analyze(rich).length;
  await poll(async () => (await problemsOf(ext.session, tabId))?.problems.length ?? -1).toBe(expected);
  const panel = await ext.session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
  await poll(() => panel.locator('button.row-main').count()).toBe(expected);
  return { page, panel, plain, rich };
}

/** What fix-all should do to one editor's text: the plan the engine's findings give, as preview rows and a result. */
function planFor(text: string, category?: Category) {
  const plan = planFixAll(text, analyze(text), category);
  return { rows: plan.map((f) => `${f.before} → ${f.after}`), after: applyPlan(text, plan) };
}

const previewRows = async (panel: Page) =>
  (await panel.locator('.fix-all .preview li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** The six library editors, and a plain contenteditable (its DOM is the model, its undo the browser's stack). */
const RICH = [...EDITOR_PAGES, { page: 'editable', family: 'contenteditable', rich: true, selector: '#editor' }];

describe.each(RICH)('Apply all safe rewrites in the Problems panel, textarea and $page', ({ page: editor, selector, rich: formatted }) => {
  it('previews every change, applies them to both models (formatting kept), and undo reverts them', async () => {
    const { page, panel, plain, rich } = await openMinutes(editor, 'all');
    const want = [planFor(plain), planFor(rich)];
    expect(want[0].rows.length).toBeGreaterThanOrEqual(3);
    expect(want[1].rows.length).toBeGreaterThanOrEqual(3);
    // The rewritten texts are clear of every finding fix-all had a rewrite for (re-analysed by the engine).
    for (const [i, text] of [plain, rich].entries()) {
      const fixed = new Set(planFixAll(text, analyze(text)).map((f) => f.ruleId));
      expect(analyze(want[i].after).filter((d) => fixed.has(d.ruleId)).map((d) => d.ruleId)).toEqual([]);
    }

    await panel.getByRole('button', { name: /Apply all safe rewrites/ }).click();
    // The preview lists every change that will be made, in both editors, and nothing else.
    await poll(() => previewRows(panel)).toEqual([...want[0].rows, ...want[1].rows]);
    await screenshot(panel, 'fix-all-preview');
    const total = want[0].rows.length + want[1].rows.length;
    await panel.getByRole('button', { name: `Apply ${total} changes` }).click();

    // Both editors' own models hold every rewrite; the bold between the rich editor's changes survives.
    const bold = formatted ? ['winter'] : [];
    await poll(() => textareaValue(page)).toBe(want[0].after);
    await poll(() => modelText(page)).toBe(want[1].after);
    expect(await boldText(page)).toEqual(bold);
    await poll(() => panel.locator('button.row-main').count()).toBe(analyze(want[0].after).length + analyze(want[1].after).length);

    await page.bringToFront();
    // A rich editor: one edit over the span would have dropped the bold between the changes, so each change is its
    // own edit, and undo walks them back (one at a time, or grouped where the editor groups quick edits, as Quill
    // does) to the original text, bold intact. CodeMirror's model is plain text: one edit, one undo step.
    await page.click(selector);
    const steps: string[] = [];
    for (let i = 0; i < want[1].rows.length && (await modelText(page)) !== rich; i++) {
      const was = await modelText(page);
      await page.keyboard.press('Control+z');
      await poll(() => modelText(page)).not.toBe(was);
      steps.push(await modelText(page));
    }
    expect(steps.at(-1)).toBe(rich);
    expect(steps.length).toBeLessThanOrEqual(formatted ? want[1].rows.length : 1);
    expect(await boldText(page)).toEqual(bold);
    console.log(`fix-all ${editor}: ${want[1].rows.length} changes undone in ${steps.length} step(s)`);
    // Each step took back whole changes (the changes go in last first, so the first comes off first): every text on
    // the way is the original with the plan's later changes still applied.
    const plan = planFixAll(rich, analyze(rich));
    const reachable = new Set(plan.map((_, k) => applyPlan(rich, plan.slice(k + 1))));
    for (const t of steps) expect(reachable.has(t), t).toBe(true);
    // One undo in the textarea takes all of its changes back: they were one edit, made after the rich editor's, so it
    // sits on top of the browser's document-wide undo stack. (The plain contenteditable shares that stack: its
    // changes, made after the textarea's, come off first, which is the order used above.)
    await page.focus('#ed');
    await page.keyboard.press('Control+z');
    await poll(() => textareaValue(page)).toBe(plain);
    expect(ext.session.foreignRequests).toEqual([]);
    await panel.close();
    await page.close();
  });

});

describe('Apply all safe rewrites for one category', () => {
  it('applies the rewrites of one category only, in the textarea and Tiptap', async () => {
    const { page, panel, plain, rich } = await openMinutes('tiptap', 'category');
    const category: Category = 'output-only';
    const want = [planFor(plain, category), planFor(rich, category)];
    expect(want[0].rows.length + want[1].rows.length).toBeGreaterThanOrEqual(2);

    await panel.getByRole('button', { name: /Apply all safe rewrites/ }).click();
    await panel.locator('.fix-all select').selectOption(category);
    await poll(() => previewRows(panel)).toEqual([...want[0].rows, ...want[1].rows]);
    const total = want[0].rows.length + want[1].rows.length;
    await panel.getByRole('button', { name: `Apply ${total} ${total === 1 ? 'change' : 'changes'}` }).click();

    await poll(() => textareaValue(page)).toBe(want[0].after);
    await poll(() => modelText(page)).toBe(want[1].after);
    // The other categories' findings are still there, untouched.
    const left = [...analyze(want[0].after), ...analyze(want[1].after)];
    expect(left.filter((d) => d.category !== category).length).toBe([...analyze(plain), ...analyze(rich)].filter((d) => d.category !== category).length);
    expect(left.filter((d) => d.category === category)).toEqual([]);
    await poll(() => panel.locator('button.row-main').count()).toBe(left.length);
    await panel.close();
    await page.close();
  });
});
