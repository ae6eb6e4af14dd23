// End-to-end: the side panel lists the problems of every frame of a page (not only the first frame to answer).
import { describe, expect, it } from 'vitest';
import { badge, poll, useExtensionSession } from './extension-helpers.ts';
import { screenshot } from './harness.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

describe('Problems panel and frames', () => {
  it('merges the problems of the top page and both framed pages, and ignores a problem in a frame', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(`${ext.origin}/panel-frames.html`);
    const url = `${ext.origin}/panel-frames.html`;
    const tabId: number = await ext.session.worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u).id,
      url,
    );
    // Every frame underlines and counts: the badge is the sum over the three documents.
    await poll(async () => Number(await badge(ext.session)) || 0, { timeout: 20000 }).toBeGreaterThanOrEqual(3);
    const total = Number(await badge(ext.session));
    const panel = await ext.session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 700 });
    await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await poll(() => panel.locator('button.row-main').count(), { timeout: 20000 }).toBe(total);
    // Rows name their editor, so the framed parts can be told from the top minutes.
    const editors = await panel.locator('li.row .editor').allTextContents();
    expect(new Set(editors.map((e) => e.replace('·', '').trim()))).toEqual(new Set(['Top minutes', 'Framed minutes']));
    await screenshot(panel, 'panel-frames');
    // An action on a framed row goes to that frame: ignoring it there takes it off the list.
    const framed = panel.locator('li.row', { has: panel.locator('.editor', { hasText: 'Framed minutes' }) }).first();
    await framed.locator('.twist').click();
    await framed.locator('.ignore').click();
    await poll(() => panel.locator('button.row-main').count()).toBe(total - 1);
    await panel.close();
    await page.close();
  });
});
