// End-to-end: inline checking in a textarea and a plain contenteditable, with the built extension in Chromium.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { analyze, type Settings } from '../../lib/engine/index.ts';
import { ask, badge, cardState, clickCardButton, poll, problemsFor, underlines, useExtensionSession } from './extension-helpers.ts';

const SENTENCES = [
  'The council dropped the ball on discharge letters yet again.',
  'That is not our problem, it is one for the council to sort.',
  'Target: 12,000 appointments by March.',
];
/** A user phrase rule with a replacement, so a one-click fix exists whatever the built-in rules suggest. */
const SETTINGS: Settings = {
  version: 1,
  customRules: [
    { id: 'custom-discharge', phrase: 'discharge letters', category: 'output-only', message: 'Say who the letters help.', suggestion: 'letters that get people home' },
  ],
};
const TEXT = SENTENCES.join('\n');

const ext = useExtensionSession({ settings: SETTINGS });

/** The editor's own text: a textarea's value, or the contenteditable's paragraphs joined by newlines. */
const editorText = (page: Page) =>
  page.evaluate(() => {
    const ed = document.getElementById('ed')!;
    if (ed instanceof HTMLTextAreaElement) return ed.value;
    return [...ed.children].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  });

/** The words' own rects, measured independently: a fresh mirror for a textarea, a DOM Range otherwise. */
const textRects = (page: Page, start: number, end: number) =>
  page.evaluate(
    ({ start, end }) => {
      const ed = document.getElementById('ed')!;
      if (ed instanceof HTMLTextAreaElement) {
        const cs = getComputedStyle(ed);
        const box = ed.getBoundingClientRect();
        const div = document.createElement('div');
        for (const p of cs) div.style.setProperty(p, cs.getPropertyValue(p));
        Object.assign(div.style, { position: 'fixed', left: `${box.left}px`, top: `${box.top}px`, whiteSpace: 'pre-wrap', overflow: 'hidden', visibility: 'hidden', width: `${box.width}px`, height: `${box.height}px` });
        div.textContent = ed.value;
        document.body.appendChild(div);
        div.scrollTop = ed.scrollTop;
        const range = document.createRange();
        range.setStart(div.firstChild!, start);
        range.setEnd(div.firstChild!, end);
        const rects = [...range.getClientRects()].map((r) => ({ left: r.left, right: r.right, bottom: r.bottom }));
        div.remove();
        return rects;
      }
      let offset = 0;
      const rects: { left: number; right: number; bottom: number }[] = [];
      for (const p of ed.children) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const from = Math.max(start, offset) - offset;
          const to = Math.min(end, offset + n.data.length) - offset;
          if (to > from) {
            const range = document.createRange();
            range.setStart(n, from);
            range.setEnd(n, to);
            for (const r of range.getClientRects()) rects.push({ left: r.left, right: r.right, bottom: r.bottom });
          }
          offset += n.data.length;
        }
        offset += 1;
      }
      return rects;
    },
    { start, end },
  );

describe.each(['textarea', 'contenteditable'])('inline checking in a %s', (kind) => {
  it('underlines the right words, opens the card by mouse and keyboard, fixes, undoes, badges, stays offline', async () => {
    const page = await ext.session.context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${ext.origin}/${kind}.html`);
    await page.click('#ed');
    for (const [i, s] of SENTENCES.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.type(s);
    }
    expect(await editorText(page)).toBe(TEXT);

    // The same findings as the engine gives for the text; the clean and opted-out editors add none.
    const expected = analyze(TEXT, SETTINGS);
    const categories = new Set(expected.map((d) => d.category));
    expect([...categories].sort()).toEqual(['blame', 'org-centric', 'output-only']);
    const found = await problemsFor(ext.session, expected.length);
    expect(found.problems.map((p) => [p.diagnostic.ruleId, p.match]).sort()).toEqual(
      expected.map((d) => [d.ruleId, TEXT.slice(d.start, d.end)]).sort(),
    );

    // Every underline sits under its words' own rects.
    await poll(async () => (await underlines(page)).length).toBeGreaterThanOrEqual(expected.length);
    const boxes = await underlines(page);
    for (const p of found.problems) {
      const want = await textRects(page, p.diagnostic.start, p.diagnostic.end);
      const got = boxes.filter((b) => b.id === p.id);
      expect(got.length, p.match).toBe(want.length);
      got.forEach((b, i) => {
        expect(Math.abs(b.left - want[i].left)).toBeLessThanOrEqual(2);
        expect(Math.abs(b.right - want[i].right)).toBeLessThanOrEqual(2);
        expect(Math.abs(b.bottom - want[i].bottom)).toBeLessThanOrEqual(3);
      });
    }
    await poll(() => badge(ext.session)).toBe(String(expected.length));

    // Hover card by mouse.
    const fixable = found.problems.find((p) => p.diagnostic.ruleId === 'custom-discharge')!;
    const [first] = await textRects(page, fixable.diagnostic.start, fixable.diagnostic.end);
    await page.mouse.move(first.left + 5, first.bottom - 6);
    await poll(async () => (await cardState(page)).open).toBe(true);
    const card = await cardState(page);
    expect(card.text).toContain('Say who the letters help.');
    expect(card.text).toMatch(/Practice 2: Outcomes, not outputs/);
    expect(card.text).toContain('Ignore once');
    await screenshot(page, `inline-${kind}-hover`);

    // Fix by click: the editor's own value changes, and Ctrl+Z restores it.
    await clickCardButton(page, 'button.fix');
    const fixed = TEXT.replace('discharge letters', 'letters that get people home');
    await poll(() => editorText(page)).toBe(fixed);
    await page.keyboard.press('Control+z');
    await poll(() => editorText(page)).toBe(TEXT);

    // Keyboard: the next-problem command (what Chrome sends for Alt+Shift+Period) opens the card with focus in it.
    await page.mouse.move(1000, 800);
    await page.click('#ed');
    await problemsFor(ext.session, expected.length);
    expect(await ask(ext.session, 'runCommand', { command: 'next-problem' })).toBe(true);
    await poll(async () => (await cardState(page)).focusInCard).toBe(true);
    await screenshot(page, `inline-${kind}-keyboard`);
    await page.keyboard.press('Escape');
    await poll(() => cardState(page)).toMatchObject({ open: false, activeId: 'ed' });

    // A clean sentence gets no underline; the badge follows.
    await page.evaluate(() => {
      const ed = document.getElementById('ed')!;
      ed.focus();
      document.execCommand('selectAll');
    });
    await page.keyboard.type('We agreed to meet the families together next month.');
    await problemsFor(ext.session, 0);
    await poll(async () => (await underlines(page)).length).toBe(0);
    await poll(() => badge(ext.session)).toBe('');

    expect(ext.session.foreignRequests).toEqual([]);
    await page.close();
  });
});
