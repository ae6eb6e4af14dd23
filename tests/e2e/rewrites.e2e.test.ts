// A generated rewrite applied through the card in every editor family: the editor's own model, underline gone, one undo, outcome selected.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, applySuggestion, type Category } from '../../lib/engine/index.ts';
import { guardNames, openEditorPage, seed } from './editor-page.ts';
import { ask, cardState, clickCardButton, exposeOverlay, poll, problemsFor, underlines, useExtensionSession } from './extension-helpers.ts';

const ext = useExtensionSession();

/**
 * One sentence per family, spread over the three categories; each one's finding carries a rewrite generated from
 * what its frame captured. The rewrite itself is read from the engine and the card, never written down here.
 */
const CASES: { page: string; selector: string; category: Category; text: string }[] = [
  { page: 'textarea', selector: '#ed', category: 'output-only', text: 'Target: 12,000 appointments by March.' },
  { page: 'contenteditable', selector: '#ed', category: 'blame', text: 'The trust dropped the ball on the rota.' },
  { page: 'tiptap', selector: '.ProseMirror', category: 'org-centric', text: "The delayed discharges are the council's problem, not ours." },
  { page: 'quill', selector: '.ql-editor', category: 'output-only', text: 'We will complete 500 home visits by June.' },
  { page: 'ckeditor5', selector: '.ck-editor__editable', category: 'blame', text: 'Dr Okafor failed to send the referral list before the meeting.' },
  { page: 'lexical', selector: '#editor', category: 'org-centric', text: 'We will protect our budget from the council.' },
  { page: 'codemirror', selector: '.cm-content', category: 'output-only', text: 'Aim: 300 care plans reviewed by April.' },
  { page: 'slate', selector: '[data-slate-editor]', category: 'blame', text: 'We must find out who is to blame for the missed referrals.' },
];

/** Plain editors have no model beyond the element: the textarea's value, the contenteditable's own text. */
const PLAIN = new Set(['textarea', 'contenteditable']);

/** The editor's own model text: window.testEditor reads each rich editor's state (Tiptap doc, Quill Delta, …). */
const model = (page: Page, name: string) =>
  page.evaluate((plain) => {
    const ed = document.getElementById('ed');
    if (plain && ed instanceof HTMLTextAreaElement) return ed.value;
    if (plain) return ed!.innerText.replace(/\n+$/, '');
    return window.testEditor.getModelText();
  }, PLAIN.has(name));

/** What the editor's own model holds as selected (the element's selection for the plain editors). */
const selected = (page: Page, name: string) =>
  page.evaluate((plain) => {
    const ed = document.getElementById('ed');
    if (plain && ed instanceof HTMLTextAreaElement) return ed.value.slice(ed.selectionStart, ed.selectionEnd);
    if (plain) return getSelection()?.toString() ?? '';
    return window.testEditor.getSelectedText();
  }, PLAIN.has(name));

/** The labels of the open card's one-click fixes, in order. */
async function fixLabels(page: Page): Promise<string[]> {
  await exposeOverlay(page);
  return page.evaluate(() =>
    [...((window as unknown as { __cgOverlayRoot?: ShadowRoot }).__cgOverlayRoot?.querySelectorAll<HTMLElement>('.card:not([hidden]) button.fix') ?? [])].map(
      (b) => b.textContent ?? '',
    ),
  );
}

const underlineIds = async (page: Page) => [...new Set((await underlines(page)).map((u) => u.id))].sort();

describe.each(CASES)('a generated $category rewrite in $page', ({ page: name, selector, category, text: TEXT }) => {
  it('lands in the editor model, clears its underline, and one undo restores the text', async () => {
    const page = await ext.session.context.newPage();
    await guardNames(page);
    if (PLAIN.has(name)) {
      await page.goto(`${ext.origin}/${name}.html`);
      await page.click(selector);
      await page.keyboard.type(TEXT);
      await poll(() => model(page, name)).toBe(TEXT);
      // Let the typing settle into its own undo step, so one Ctrl+Z below must undo the rewrite alone.
      await page.waitForTimeout(1200);
    } else {
      // Rich editors are seeded outside their undo history (typing in each is covered by editors-inline), so the
      // rewrite is the only step there is to undo, and one Ctrl+Z must take back exactly that.
      await openEditorPage(page, ext.origin, name);
      await seed(page, [[[TEXT]]]);
      await page.click(selector);
    }

    // The engine's findings for the sentence; the one in this case's category carries a one-click rewrite.
    const expected = analyze(TEXT);
    const d = expected.find((x) => x.category === category && x.suggestions.some((s) => s.replacement !== undefined));
    expect(d, `a ${category} finding with a rewrite in ${JSON.stringify(expected.map((x) => x.ruleId))}`).toBeTruthy();
    const index = d!.suggestions.findIndex((s) => s.replacement !== undefined);
    const s = d!.suggestions[index];
    const after = applySuggestion(TEXT, d!, index);
    expect(after).not.toBe(TEXT);
    // Re-analysed, the rewritten sentence is clear of the category it was flagged for.
    expect(analyze(after).filter((x) => x.category === category).map((x) => x.ruleId)).toEqual([]);

    const found = await problemsFor(ext.session, expected.length);
    const problem = found.problems.find((p) => p.diagnostic.ruleId === d!.ruleId && p.diagnostic.start === d!.start)!;
    expect(problem, 'the extension reports the same finding').toBeTruthy();
    await poll(() => underlineIds(page)).toContain(problem.id);

    // Open the finding's card with the keyboard command (first finding in the text), and apply its first rewrite.
    expect(found.problems[0].id).toBe(problem.id);
    expect(await ask(ext.session, 'runCommand', { command: 'next-problem' })).toBe(true);
    await poll(async () => (await cardState(page)).open).toBe(true);
    // The card offers the engine's rewrite as its first fix button.
    expect((await fixLabels(page))[0]).toBe(s.replacement === '' ? s.title : s.replacement);
    await clickCardButton(page, 'button.fix');

    // (a) The editor's own model holds the rewritten text.
    await poll(() => model(page, name)).toBe(after);
    // (b) Its underline is gone, and what is left is what the engine finds in the new text.
    const left = analyze(after).length;
    await poll(async () => (await underlineIds(page)).length).toBe(left);
    expect(await underlineIds(page)).not.toContain(problem.id);
    // (d) An inserted outcome is selected in the editor, so the user can adjust it.
    if (s.select) {
      const outcome = s.replacement!.slice(s.select.start, s.select.end);
      expect(after).toContain(outcome);
      await poll(() => selected(page, name)).toBe(outcome);
    }

    // (c) One undo step in the editor takes the whole rewrite back, and the finding returns.
    await page.keyboard.press('Control+z');
    await poll(() => model(page, name)).toBe(TEXT);
    await poll(async () => (await problemsFor(ext.session, expected.length)).problems.length).toBe(expected.length);
    expect(ext.session.foreignRequests).toEqual([]);
    await page.close();
  });
});
