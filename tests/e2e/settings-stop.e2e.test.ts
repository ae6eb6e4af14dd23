// End-to-end: an unknown rule id never switches checking off; settings the engine cannot use say "checking stopped".
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { poll, problemsOf, setSettings, tabIdOf, useExtensionSession } from './extension-helpers.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

const stored = () => ext.session.worker.evaluate(() => chrome.storage.local.get('settings'));

const badgeOf = (tabId: number): Promise<{ text: string; title: string }> =>
  ext.session.worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);

describe('settings that cannot be used', () => {
  let notes: Page;
  let tabId: number;
  let found = 0;

  it('imports a file with an unknown rule id: the rest applies, the id is named, checking goes on', async () => {
    const url = `${ext.origin}/panel-page.html?settings-stop`;
    notes = await ext.session.context.newPage();
    await notes.goto(url);
    tabId = await tabIdOf(ext.session, url);
    await poll(async () => (await problemsOf(ext.session, tabId))?.problems.length ?? 0, { timeout: 20000 }).toBeGreaterThan(2);
    found = (await problemsOf(ext.session, tabId))!.problems.length;

    const options = await ext.session.context.newPage();
    await options.goto(`chrome-extension://${ext.session.extensionId}/options.html`);
    await options.locator('#import input[type=file]').setInputFiles({
      name: 'cli-config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ organisation: 'Riverside Council', rules: { 'no-such-rule': 'off' } })),
    });
    await poll(() => options.locator('#import [role=status]').textContent()).toContain('Left out: No rule has the id “no-such-rule”');
    expect((await stored()).settings).toEqual({ organisation: 'Riverside Council' });
    await options.close();

    await notes.bringToFront();
    await notes.evaluate(() => {
      const ed = document.querySelector('textarea')!;
      ed.value += '\nThe council dropped the ball again.';
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await poll(async () => (await problemsOf(ext.session, tabId))?.problems.length ?? 0, { timeout: 15000 }).toBeGreaterThan(found);
    expect((await problemsOf(ext.session, tabId))!.stopped).toBeUndefined();
    await poll(async () => (await badgeOf(tabId)).text).toMatch(/^\d+$/);
  });

  it('stored settings the schema refuses: the page, badge and panel say checking stopped and why; reset brings it back', async () => {
    // What an older version or a hand-edited storage could hold: a severity the engine does not know.
    await setSettings(ext.session, { organisation: 'Riverside Council', rules: { 'no-blame-idiom': 'loud' } });
    await poll(async () => (await problemsOf(ext.session, tabId))?.stopped?.reason ?? '', { timeout: 15000 }).toMatch(/Invalid settings at "rules\.no-blame-idiom"/);
    expect((await problemsOf(ext.session, tabId))!.problems).toEqual([]);
    await poll(async () => (await badgeOf(tabId)).text).toBe('!');
    expect((await badgeOf(tabId)).title).toMatch(/^Common Ground stopped checking\. The saved settings cannot be used\./);

    const panel = await ext.session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
    const alert = panel.locator('.stopped[role=alert]');
    await poll(() => alert.textContent(), { timeout: 15000 }).toContain('Checking stopped.');
    expect(await alert.textContent()).toContain('Invalid settings at "rules.no-blame-idiom"');
    expect(await panel.locator('main').textContent()).not.toContain('No problems have been detected');
    await screenshot(panel, 'panel-checking-stopped');

    await panel.getByRole('button', { name: 'Reset rule settings' }).click();
    await poll(async () => (await stored()).settings).toEqual({ organisation: 'Riverside Council' });
    await poll(async () => (await problemsOf(ext.session, tabId))?.problems.length ?? 0, { timeout: 15000 }).toBeGreaterThan(found);
    expect((await problemsOf(ext.session, tabId))!.stopped).toBeUndefined();
    await poll(async () => (await badgeOf(tabId)).text).toMatch(/^\d+$/);
    await poll(() => panel.locator('.stopped').count()).toBe(0);
    expect(ext.session.foreignRequests).toEqual([]);
  });
});
