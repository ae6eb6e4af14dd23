// End-to-end: the options page in real Chromium — a setting changes the page's underlines; a bad import changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { axeSerious, poll, underlines as underlineBoxes, useExtensionSession } from './extension-helpers.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

const stored = () => ext.session.worker.evaluate(() => chrome.storage.local.get(null));

async function problemsOf(url: string): Promise<PageProblems | null> {
  return ext.session.worker.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t: { url?: string; id?: number }) => t.url === u);
    if (!tab?.id) return null;
    const reply = await new Promise<{ res?: unknown } | undefined>((ok) =>
      chrome.tabs.sendMessage(tab.id!, { id: Date.now(), type: 'getProblems', timestamp: Date.now() }, { frameId: 0 }, ok),
    );
    return (reply?.res ?? null) as never;
  }, url);
}

const underlines = async (page: Page) => (await underlineBoxes(page)).length;

describe('Options page', () => {
  let notes: Page;
  let options: Page;
  const notesUrl = () => `${ext.origin}/panel-page.html?options`;

  it('shows every section and the rules table, without serious axe violations', async () => {
    notes = await ext.session.context.newPage();
    await notes.goto(notesUrl());
    await poll(async () => (await problemsOf(notesUrl()))?.problems.length ?? 0, { timeout: 15000 }).toBeGreaterThan(3);
    options = await ext.session.context.newPage();
    await options.goto(`chrome-extension://${ext.session.extensionId}/options.html`);
    await options.locator('#rules-h').waitFor();
    const sections = await options.locator('main h2').allTextContents();
    expect(sections).toEqual(['Rules', 'Organisation & partners', 'Allowed phrases', 'Custom phrase rules', 'Sites', 'Display', 'Privacy', 'Import and export']);
    expect(await options.locator('tr[data-rule]').count()).toBeGreaterThan(5);
    await screenshot(options, 'settings');
    expect(await axeSerious(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(options)).toEqual([]);
    await screenshot(options, 'settings-dark');
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('turns a category off and the page’s underlines change', async () => {
    const before = (await problemsOf(notesUrl()))!;
    const blame = before.problems.filter((p) => p.diagnostic.category === 'blame').length;
    expect(blame).toBeGreaterThan(0);
    await notes.bringToFront();
    await poll(() => underlines(notes)).toBe(before.problems.length);
    await options.bringToFront();
    await options.getByLabel('Blame', { exact: true }).uncheck();
    await poll(async () => (await stored()).settings?.categories).toEqual({ blame: 'off' });
    await notes.bringToFront();
    await poll(async () => (await problemsOf(notesUrl()))!.problems.filter((p) => p.diagnostic.category === 'blame').length, { timeout: 10000 }).toBe(0);
    await poll(() => underlines(notes)).toBe(before.problems.length - blame);
    // One rule switched back on inside the category that is off.
    await options.bringToFront();
    const rule = before.problems.find((p) => p.diagnostic.category === 'blame')!.diagnostic.ruleId;
    await options.getByLabel(`Turn ${rule} on`).check();
    await notes.bringToFront();
    await poll(async () => (await problemsOf(notesUrl()))!.problems.some((p) => p.diagnostic.ruleId === rule), { timeout: 10000 }).toBe(true);
  });

  it('searches settings', async () => {
    await options.bringToFront();
    await options.locator('#search').fill('retention');
    await poll(() => options.locator('main h2').allTextContents()).toEqual(['Privacy']);
    await options.locator('#search').fill('');
  });

  it('refuses a malformed settings file with a clear message and keeps the old settings', async () => {
    await options.locator('#organisation-name').fill('Riverside Council');
    await options.locator('#organisation-name').press('Tab');
    await poll(async () => (await stored()).settings?.organisation).toBe('Riverside Council');
    const before = await stored();
    const bad = JSON.stringify({
      format: 'common-ground-settings',
      version: 2,
      settings: { organisation: 'Someone Else', rules: { 'no-blame-idiom': 'loud' } },
      preferences: { keepExcerpts: true, retentionMonths: 0 },
      sites: {},
    });
    await options.locator('#import input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await poll(() => options.locator('#import [role=alert]').textContent()).toMatch(/Invalid settings file at "settings\.rules\.no-blame-idiom".*Nothing was changed\./);
    expect(await stored()).toEqual(before);
    await options.locator('#import [role=alert]').scrollIntoViewIfNeeded();
    await screenshot(options, 'settings-import-error');
    await options.locator('#import input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    await poll(() => options.locator('#import [role=alert]').textContent()).toMatch(/not valid JSON/);
    expect(await stored()).toEqual(before);
  });

  it('edits as JSON and exports a file that imports back', async () => {
    await options.getByRole('button', { name: 'Edit as JSON' }).click();
    const area = options.locator('#json-text');
    await poll(async () => JSON.parse(await area.inputValue()).settings.organisation).toBe('Riverside Council');
    const json = JSON.parse(await area.inputValue());
    json.settings.partners = ['North Trust'];
    await area.fill(JSON.stringify(json, null, 2));
    await options.getByRole('button', { name: 'Save JSON' }).click();
    await poll(async () => (await stored()).settings?.partners).toEqual(['North Trust']);
    await poll(() => options.locator('#json [role=status]').textContent()).toContain('Imported all settings from the editor');
    await area.fill('{ "format": "common-ground-settings", "version": 7 }');
    await options.getByRole('button', { name: 'Save JSON' }).click();
    await poll(() => options.locator('#json-check').textContent()).toContain('newer Common Ground');
    await poll(() => options.locator('#json-error').textContent()).toContain('Nothing was changed');
    await screenshot(options, 'settings-json');
    await options.getByRole('button', { name: 'Edit as JSON' }).click();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings…' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'common-ground-settings', version: 2, settings: { partners: ['North Trust'] } });
    expect(ext.session.foreignRequests).toEqual([]);
  });
});
