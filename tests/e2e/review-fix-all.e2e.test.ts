// End-to-end: fix-all inside the review in real Chromium — preview of every change, applied in the page as one step
// with each finding accepted, and the review's Undo putting the page's words back.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { axeSerious, poll, tabIdOf, useExtensionSession } from './extension-helpers.ts';
import type { PageProblems } from '../../lib/messages.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

async function waitForProblems(tabId: number): Promise<PageProblems> {
  for (let i = 0; i < 100; i++) {
    const page = await ext.session.worker
      .evaluate(async (id) => {
        const reply = await new Promise<{ res?: unknown } | undefined>((ok) =>
          chrome.tabs.sendMessage(id, { id: Date.now(), type: 'getProblems', timestamp: Date.now() }, { frameId: 0 }, (r: unknown) => {
            void chrome.runtime.lastError;
            ok(r as { res?: unknown });
          }),
        );
        return (reply?.res ?? null) as never;
      }, tabId)
      .catch(() => null);
    if (page && (page as PageProblems).problems.length) return page;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The page never reported its problems');
}

describe('review fix-all', () => {
  let notes: Page;
  let panel: Page;
  let original = '';

  it('previews every change of the document (the whole range replaced) before making it', async () => {
    notes = await ext.session.context.newPage();
    const url = `${ext.origin}/panel-page.html?review-fix-all`;
    await notes.goto(url);
    const tabId = await tabIdOf(ext.session, url);
    const page = await waitForProblems(tabId);
    original = await notes.locator('#ed').inputValue();
    const fixable = page.problems.filter((p) => p.diagnostic.suggestions.some((s) => s.replacement !== undefined));
    expect(fixable.length).toBeGreaterThan(0);

    panel = await ext.session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('button', { name: 'Review', exact: true }).click();
    await panel.getByText(/^Finding 1 of \d+$/).waitFor();
    await panel.getByRole('button', { name: /^Apply all safe rewrites/ }).click();
    const items = panel.locator('.review-fix-all .preview li');
    await poll(() => items.count()).toBeGreaterThan(0);
    // Every struck range is in the page's text as it stands, whole.
    for (const del of await items.locator('del').allTextContents()) expect(original).toContain(del);
    await screenshot(panel, 'review-fix-all-preview');
    // The preview is readable and operable for everyone, light and dark.
    expect(await axeSerious(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(panel)).toEqual([]);
    await screenshot(panel, 'review-fix-all-preview-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('applies them in the page in one step, records each as accepted, and Undo restores the text', async () => {
    const count = await panel.locator('.review-fix-all .preview li').count();
    const news = await panel.locator('.review-fix-all .preview li ins').allTextContents();
    await panel.getByRole('button', { name: /^Apply \d+ changes?$/ }).click();
    await poll(() => notes.locator('#ed').inputValue()).not.toBe(original);
    const changed = await notes.locator('#ed').inputValue();
    for (const text of news) expect(changed).toContain(text);
    await panel.getByText(`${count} ${count === 1 ? 'change' : 'changes'} made in the page.`).waitFor();
    await poll(async () => (await panel.locator('.step-head .muted, .report').first().textContent()) ?? '').toMatch(/changed|Review complete/);
    await screenshot(panel, 'review-fix-all-applied');

    await panel.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(() => notes.locator('#ed').inputValue()).toBe(original);
    await panel.getByText(/^Finding 1 of \d+$/).waitFor();
    await poll(async () => (await panel.locator('.step-head .muted').textContent())?.replace(/\s+/g, ' ')).toContain('0 changed');
  });
});
