// End-to-end: the Problems side panel beside a page of minutes in real Chromium — list, reveal, fixes, review, report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { axeSerious, poll, problemsOf, tabIdOf, useExtensionSession } from './extension-helpers.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

/** Waits until the tab's content script answers at all (a page without editors answers null). */
async function waitForContentScript(tabId: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const answered = await ext.session.worker.evaluate(async (id) => {
      const reply = await new Promise<unknown>((ok) =>
        chrome.tabs.sendMessage(id, { id: Date.now(), type: 'getProblems', timestamp: Date.now() }, { frameId: 0 }, (r: unknown) => {
          void chrome.runtime.lastError;
          ok(r);
        }),
      );
      return reply !== undefined;
    }, tabId);
    if (answered) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The content script never answered');
}

async function waitForProblems(tabId: number, atLeast = 1): Promise<PageProblems> {
  for (let i = 0; i < 100; i++) {
    const page = await problemsOf(ext.session, tabId).catch(() => null);
    if (page && page.problems.length >= atLeast) return page;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The page never reported its problems');
}

async function openNotes(file: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.session.context.newPage();
  await page.goto(`${ext.origin}/${file}`);
  return { page, tabId: await tabIdOf(ext.session, `${ext.origin}/${file}`) };
}

async function openPanel(tabId: number): Promise<Page> {
  const panel = await ext.session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

const selection = (page: Page) =>
  page.evaluate(() => {
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    return [ed.selectionStart, ed.selectionEnd];
  });

describe('Problems side panel', () => {
  let notes: Page;
  let tabId: number;
  let panel: Page;
  let initial: PageProblems;

  it('lists the page’s problems grouped by category, with a summary', async () => {
    ({ page: notes, tabId } = await openNotes('panel-page.html?list'));
    initial = await waitForProblems(tabId, 5);
    panel = await openPanel(tabId);
    await panel.waitForSelector('button.row-main');
    await poll(() => panel.locator('button.row-main').count()).toBe(initial.problems.length);
    const heads = await panel.locator('.group-head').allTextContents();
    const cats = new Set(initial.problems.map((p) => p.diagnostic.category));
    expect(heads.length).toBe(cats.size);
    const summary = (await panel.locator('.summary').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toContain(`${initial.problems.length} findings in ${initial.words} words`);
    expect(summary).toContain('Practice most at stake');
    await screenshot(panel, 'panel');
  });

  it('reveals and selects the words in the page on click and on Enter', async () => {
    const [a, b] = initial.problems;
    await panel.locator(`li[data-problem-id="${a.id}"] button.row-main`).click();
    await poll(() => selection(notes)).toEqual([a.diagnostic.start, a.diagnostic.end]);
    await panel.locator(`li[data-problem-id="${b.id}"] button.row-main`).focus();
    await panel.keyboard.press('Enter');
    await poll(() => selection(notes)).toEqual([b.diagnostic.start, b.diagnostic.end]);
  });

  it('is usable by keyboard alone and has no serious or critical axe violations, light and dark', async () => {
    await panel.locator('#filter').focus();
    await panel.keyboard.type('council');
    await poll(() => panel.locator('button.row-main').count()).toBeLessThan(initial.problems.length);
    await panel.keyboard.press('Control+A');
    await panel.keyboard.press('Backspace');
    await poll(() => panel.locator('button.row-main').count()).toBe(initial.problems.length);
    // Tab reaches the first row; arrows walk the list.
    const first = panel.locator('button.row-main').first();
    await first.focus();
    await panel.keyboard.press('ArrowDown');
    expect(await panel.evaluate(() => document.activeElement?.closest('li')?.dataset.problemId)).toBe(
      await panel.locator('li.row').nth(1).getAttribute('data-problem-id'),
    );
    expect(await axeSerious(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(panel)).toEqual([]);
    const bg = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(31, 31, 31)');
    await screenshot(panel, 'panel-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('updates live as the user types, and applies a quick fix from a row', async () => {
    // In the browser the panel sits beside a visible page; bring the page to the front as the user would be typing there.
    await notes.bringToFront();
    await notes.locator('#ed').focus();
    await notes.keyboard.press('Control+End');
    await notes.keyboard.type('\nThe trust dropped the ball on the rota.');
    await poll(() => panel.locator('button.row-main').count(), { timeout: 10000 }).toBe(initial.problems.length + 1);
    const fixable = initial.problems.find((p) => p.diagnostic.suggestions.some((s) => s.replacement !== undefined))!;
    const before = await notes.locator('#ed').inputValue();
    // Fixes sit in the row's details; the button names the words it will write.
    await panel.locator(`li[data-problem-id="${fixable.id}"] .twist`).click();
    const fixButton = panel.locator(`li[data-problem-id="${fixable.id}"] .fix`).first();
    expect(await fixButton.textContent()).toContain(fixable.diagnostic.suggestions.find((s) => s.replacement !== undefined)!.replacement);
    await fixButton.click();
    await poll(() => notes.locator('#ed').inputValue()).not.toBe(before);
    // The fixed words leave the list (a rewrite can clear a neighbouring finding too).
    await poll(() => panel.locator(`li[data-problem-id="${fixable.id}"]`).count()).toBe(0);
    expect(await panel.locator('button.row-main').count()).toBeLessThanOrEqual(initial.problems.length);
  });

  it('checks a read-only page and a selection', async () => {
    const ro = await openNotes('panel-readonly.html');
    await waitForContentScript(ro.tabId);
    const roPanel = await openPanel(ro.tabId);
    await roPanel.getByRole('button', { name: 'Check this page' }).click();
    await poll(() => roPanel.locator('button.row-main').count()).toBeGreaterThanOrEqual(2);
    await ro.page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('second')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await roPanel.getByRole('button', { name: 'Check selection' }).click();
    await poll(async () => (await roPanel.locator('mark.words').allTextContents()).join('|')).not.toContain('dropped the ball');
    expect(await roPanel.locator('button.row-main').count()).toBeGreaterThanOrEqual(1);
    await roPanel.close();
    await ro.page.close();
  });
});

describe('Review before circulation', () => {
  it('walks every finding, survives closing the panel, and ends in a report', async () => {
    const { page: notes, tabId } = await openNotes('panel-page.html?review');
    const start = await waitForProblems(tabId, 5);
    let panel = await openPanel(tabId);
    await panel.waitForSelector('button.row-main');
    await panel.getByRole('button', { name: 'Review' }).click();
    await panel.getByRole('heading', { name: `Finding 1 of ${start.problems.length}` }).waitFor();
    await screenshot(panel, 'review-step');
    await panel.getByRole('button', { name: 'Skip' }).click();
    await panel.getByRole('heading', { name: `Finding 2 of ${start.problems.length}` }).waitFor();

    // Close the panel and open it again: the review resumes where it was.
    await panel.close();
    panel = await openPanel(tabId);
    await panel.getByRole('button', { name: 'Review' }).click();
    await panel.getByRole('heading', { name: `Finding 2 of ${start.problems.length}` }).waitFor();

    // Each way through a finding is taken at least once: finding 2 is edited by hand, finding 3 dismissed as quoted
    // verbatim, the rest take their rewrite where one is offered (most are) or are dismissed.
    for (let step = 2; step <= start.problems.length; step++) {
      await panel.getByRole('heading', { name: `Finding ${step} of ${start.problems.length}` }).waitFor();
      const accept = panel.locator('button:has-text("Accept:")').first();
      if (step === 2) {
        await panel.getByRole('button', { name: 'Edit…' }).click();
        await panel.locator('#edit-text').fill('once more');
        await panel.getByRole('button', { name: 'Apply' }).click();
      } else if (step > 3 && (await accept.count()) && (await accept.isEnabled())) {
        await accept.click();
      } else {
        await panel.getByRole('button', { name: 'Dismiss…' }).click();
        await panel.getByLabel('Quoted verbatim').check();
        await panel.getByRole('button', { name: 'Dismiss', exact: true }).click();
      }
    }
    await panel.getByRole('heading', { name: 'Review complete' }).waitFor();
    const text = await notes.locator('#ed').inputValue();
    expect(text).not.toBe(start.problems.map(() => '').join(''));
    expect(text).toContain('once more');
    const report = (await panel.locator('.report').textContent())!.replace(/\s+/g, ' ');
    expect(report).toMatch(/Changed \([1-9]\d*\)/);
    expect(report).toContain('Quoted verbatim');
    expect(report).toContain('Skipped (1)');
    const rows = await panel.locator('.report tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows[0][0]).toBe('Findings');
    // Partnership language is a positive count beside the findings (noticed, not flagged).
    expect(rows.map((r) => r[0])).toEqual(['Findings', '– Blame', '– Organisation-centric', '– Output-only', 'Partnership language', 'Words']);
    expect(Number(rows[0][1])).toBe(start.problems.length);
    expect(Number(rows[0][2])).toBeLessThan(start.problems.length);

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download Markdown' }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('# Review of “Partnership board minutes”');
    expect(md).toContain('## Dismissed');
    const [htmlDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download HTML' }).click()]);
    expect(readFileSync((await htmlDownload.path())!, 'utf8')).toContain('<h2>Changed (');

    await panel.getByRole('button', { name: 'Mark ready to circulate' }).click();
    await poll(() => panel.locator('.report .status').textContent()).toMatch(/Marked ready to circulate|Not saved|Could not save/);
    await screenshot(panel, 'review-report');
    expect(await panel.locator('.report .status').textContent()).toContain('Marked ready to circulate');
    expect(ext.session.foreignRequests).toEqual([]);
    await panel.close();
    await notes.close();
  });
});
