// Inline checking through the built extension in each real editor: underlines, hover card, fix, undo, clean text.
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness.ts';
import { analyze, type Settings } from '../../lib/engine/index.ts';
import { EDITOR_PAGES, guardNames, modelText, openEditorPage } from './editor-page.ts';
import { ask, cardState, clickCardButton, poll, problemsFor, underlines, underlinesMatch, useExtensionSession, wordRects } from './extension-helpers.ts';

const SENTENCES = [
  'The council dropped the ball on discharge letters yet again.',
  'That is not our problem, it is one for the council to sort.',
  'Target: 12,000 appointments by March.',
];
const TEXT = SENTENCES.join('\n');
const CLEAN = 'We agreed to meet the families together next month.';
/** A phrase rule with a replacement, so a one-click fix exists whatever the built-in rules suggest. */
const SETTINGS: Settings = {
  version: 1,
  customRules: [
    { id: 'custom-discharge', phrase: 'discharge letters', category: 'output-only', message: 'Say who the letters help.', suggestion: 'letters that get people home' },
  ],
};

const ext = useExtensionSession({ settings: SETTINGS });

describe.each(EDITOR_PAGES)('inline checking in $page', ({ page: name, selector }) => {
  it('underlines the right words, opens the card by mouse and keyboard, fixes through the model, undoes', async () => {
    const page = await ext.session.context.newPage();
    await guardNames(page);
    await openEditorPage(page, ext.origin, name);
    await page.click(selector);
    for (const [i, s] of SENTENCES.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.type(s);
    }
    await poll(() => modelText(page)).toBe(TEXT);
    // Editors group edits made close together into one undo step (Quill: within 1 s). Let the typing settle
    // into its own step, so the Ctrl+Z below undoes the fix alone, however fast the machine gets to it.
    await page.waitForTimeout(1200);

    // The same findings the engine gives for the text, in all three categories.
    const expected = analyze(TEXT, SETTINGS);
    expect([...new Set(expected.map((d) => d.category))].sort()).toEqual(['blame', 'org-centric', 'output-only']);
    const found = await problemsFor(ext.session, expected.length);
    expect(found.problems.map((p) => [p.diagnostic.ruleId, p.match]).sort()).toEqual(
      expected.map((d) => [d.ruleId, TEXT.slice(d.start, d.end)]).sort(),
    );

    // Each underline lies along its words' own Range rects.
    await poll(async () => new Set((await underlines(page)).map((u) => u.id)).size).toBe(expected.length);
    const boxes = await underlines(page);
    for (const p of found.problems) {
      const nth = TEXT.slice(0, p.diagnostic.start).split(p.match).length - 1;
      const want = await wordRects(page, selector, p.match, nth);
      const got = boxes.filter((b) => b.id === p.id);
      expect(underlinesMatch(got, want), `${p.match}: ${JSON.stringify({ got, want })}`).toBe(true);
    }
    await screenshot(page, `editor-${name}-underlines`);

    // Hover card by mouse over the fixable words.
    const fixable = found.problems.find((p) => p.diagnostic.ruleId === 'custom-discharge')!;
    const [first] = await wordRects(page, selector, fixable.match);
    await page.mouse.move(first.left + 5, first.bottom - 6);
    await poll(async () => (await cardState(page)).open).toBe(true);
    expect((await cardState(page)).text).toContain('Say who the letters help.');
    await screenshot(page, `editor-${name}-card`);

    // One-click fix lands in the editor's own model; Ctrl+Z in the editor restores it.
    await clickCardButton(page, 'button.fix');
    const fixed = TEXT.replace('discharge letters', 'letters that get people home');
    await poll(() => modelText(page)).toBe(fixed);
    await page.keyboard.press('Control+z');
    await poll(() => modelText(page)).toBe(TEXT);

    // Keyboard: the next-problem command opens the card with focus inside; Escape closes it.
    // (The pointer leaves the editor after the click, so no hover card is pending when the keyboard opens one.)
    await page.click(selector);
    await page.mouse.move(1200, 850);
    await problemsFor(ext.session, expected.length);
    expect(await ask(ext.session, 'runCommand', { command: 'next-problem' })).toBe(true);
    await poll(async () => (await cardState(page)).focusInCard).toBe(true);
    await screenshot(page, `editor-${name}-keyboard`);
    await page.keyboard.press('Escape');
    await poll(async () => (await cardState(page)).open).toBe(false);

    // A clean sentence gets no underline.
    await page.click(selector);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(CLEAN);
    await poll(() => modelText(page)).toBe(CLEAN);
    await problemsFor(ext.session, 0);
    await poll(async () => (await underlines(page)).length).toBe(0);

    expect(ext.session.foreignRequests).toEqual([]);
    await page.close();
  });
});
