// End-to-end in Firefox ESR: the Firefox build loads, underlines a textarea and Tiptap, the sidebar page lists, a fix applies and undoes, nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { startPageServer } from './harness.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, launchFirefox, outsideRequests, screenshotFirefox, type FirefoxSession } from './firefox-harness.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The WebExtension API inside extension pages, where these callbacks run. */
declare const browser: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const poll = <T>(fn: () => T | Promise<T>, timeout = 15000) => expect.poll(fn, { timeout, interval: 150 });

let ff: FirefoxSession;
let server: Server;
let origin: string;
/** An extension page kept open to call the extension's APIs (as the Chromium tests use the service worker). */
let api: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, origin } = await startPageServer());
  ff = await launchFirefox();
  api = await ff.openExtensionPage('options.html');
  api.on('pageerror', (e) => errors.push(`options: ${String(e)}`));
  // The request check below must be able to fail: a request to the outside from an extension page reaches the proxy.
  await api.evaluate(() => fetch('https://canary.invalid/').catch(() => null));
  if (!ff.proxied.some((r) => r.includes('canary.invalid'))) throw new Error('the catch-all proxy saw no canary request');
  ff.proxied.length = 0;
  ff.foreignRequests.length = 0;
});

afterAll(async () => {
  await ff?.close();
  server?.close();
});

const tabIdOf = (url: string): Promise<number> =>
  api.evaluate(async (u) => (await browser.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1, url);

/** Asks the tab's top-frame content script for its problems, as the panel does (@webext-core message format). */
const problemsOf = (tabId: number): Promise<PageProblems | null> =>
  api.evaluate(async (id) => {
    try {
      const reply = await browser.tabs.sendMessage(id, { id: Date.now(), type: 'getProblems', timestamp: Date.now() }, { frameId: 0 });
      return reply?.res ?? null;
    } catch {
      return null;
    }
  }, tabId);

/**
 * Pixels of the blame underline's amber in a screenshot of the page. The overlay's shadow root is closed (page scripts,
 * and so this test, cannot look inside it), so the test looks at what the user sees instead.
 */
const underlinePixels = async (page: Page): Promise<number> => {
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(async (b64: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    // #c77700, the blame zigzag (lib/overlay/styles.ts); anti-aliasing leaves the hue, so a loose match.
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 150 && r - g > 50 && g > 60 && g - b > 40 && b < 90) n++;
    }
    return n;
  }, png as string);
};

describe('Firefox build in Firefox ESR', () => {
  let notes: Page;
  let notesTab: number;
  let panel: Page;

  it('starts its background: content script registered, commands listed with keys', async () => {
    await poll(() => api.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length)).toBeGreaterThan(0);
    const commands = await api.evaluate(async () => (await browser.commands.getAll()).map((c: { name: string; shortcut?: string }) => [c.name, c.shortcut ?? '']));
    // Firefox binds each key the manifest suggests.
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    const suggested = Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key.default]);
    expect(suggested).toHaveLength(3);
    expect(Object.fromEntries(commands)).toEqual(Object.fromEntries(suggested));
    // The options page rendered its settings.
    expect(await api.evaluate(() => document.body.innerText)).toMatch(/Rules/);
  });

  it('the sidebar page says when a command has no key (Firefox lets the user clear one)', async () => {
    await api.evaluate(() => browser.commands.update({ name: 'previous-problem', shortcut: '' }));
    const side = await ff.openExtensionPage('sidepanel.html');
    await poll(() => side.evaluate(() => document.querySelector('.shortcut-notice')?.textContent ?? '')).toContain(
      '“Go to the previous problem” has no keyboard shortcut',
    );
    await screenshotFirefox(side, 'firefox-shortcut-notice');
    await api.evaluate(() => browser.commands.reset('previous-problem'));
    await side.close();
  });

  it('underlines problem sentences typed into a textarea and counts them on the badge', async () => {
    notes = await ff.newPage();
    await notes.goto(`${origin}/textarea.html`);
    notesTab = await tabIdOf(`${origin}/textarea.html`);
    expect(notesTab).toBeGreaterThan(0);
    // Nothing amber on the page before there is text: the pixel check can fail.
    expect(await underlinePixels(notes)).toBe(0);
    await notes.click('#ed');
    await notes.keyboard.type('The council dropped the ball on discharge letters yet again.\nThat is not our problem, it is one for the council to sort.');
    await poll(() => underlinePixels(notes)).toBeGreaterThan(10);
    const page = (await problemsOf(notesTab))!;
    expect(page.problems.length).toBeGreaterThanOrEqual(2);
    await poll(() => api.evaluate((id) => browser.action.getBadgeText({ tabId: id }), notesTab)).toBe(String(page.problems.length));
    await screenshotFirefox(notes, 'firefox-textarea');
  });

  it('settings in storage take effect at once: a rule turned off leaves the page, and comes back', async () => {
    const rules = async () => ((await problemsOf(notesTab))?.problems ?? []).map((p) => p.diagnostic.ruleId);
    expect(await rules()).toContain('no-sarcastic-repetition');
    await api.evaluate(() => browser.storage.local.set({ settings: { version: 1, rules: { 'no-sarcastic-repetition': 'off' } } }));
    await poll(rules).not.toContain('no-sarcastic-repetition');
    await api.evaluate(() => browser.storage.local.remove('settings'));
    await poll(rules).toContain('no-sarcastic-repetition');
  });

  it('underlines problem sentences in a rich editor (Tiptap)', async () => {
    const rich = await ff.newPage();
    await rich.goto(`${origin}/tiptap.html`);
    await rich.waitForSelector('html[data-editor-ready]', { timeout: 20000 });
    await rich.click('.ProseMirror');
    await rich.keyboard.type('The agency carers were careless with the medication charts.');
    await poll(() => underlinePixels(rich)).toBeGreaterThan(10);
    const tab = await tabIdOf(`${origin}/tiptap.html`);
    const page = (await problemsOf(tab))!;
    expect(page.problems.map((p) => p.diagnostic.ruleId)).toContain('no-judgement-word');
    await rich.close();
  });

  it('lists the problems in the sidebar page, and a fix from it applies and undoes', async () => {
    const page = (await problemsOf(notesTab))!;
    panel = await ff.openExtensionPage(`sidepanel.html?tabId=${notesTab}`);
    panel.on('pageerror', (e) => errors.push(`sidebar: ${String(e)}`));
    await poll(() => panel.$$eval('button.row-main', (rows) => rows.length)).toBe(page.problems.length);
    await screenshotFirefox(panel, 'firefox-sidebar');

    const fixable = page.problems.find((p) => p.diagnostic.suggestions.some((s) => s.replacement !== undefined))!;
    expect(fixable).toBeTruthy();
    const before = await notes.$eval('#ed', (el) => (el as HTMLTextAreaElement).value);
    await notes.bringToFront();
    // Fixes sit in the row's details (one-line rows, as in VS Code's Problems view).
    await panel.click(`li[data-problem-id="${fixable.id}"] .twist`);
    await panel.click(`li[data-problem-id="${fixable.id}"] .fix`);
    await poll(() => notes.$eval('#ed', (el) => (el as HTMLTextAreaElement).value)).not.toBe(before);
    const after = await notes.$eval('#ed', (el) => (el as HTMLTextAreaElement).value);
    expect(after).not.toContain(before.slice(fixable.diagnostic.start, fixable.diagnostic.end));

    // The fix went through the editor's own input pipeline, so the page's undo takes it back.
    await notes.bringToFront();
    await notes.focus('#ed');
    await notes.keyboard.down('Control');
    await notes.keyboard.press('z');
    await notes.keyboard.up('Control');
    await poll(() => notes.$eval('#ed', (el) => (el as HTMLTextAreaElement).value)).toBe(before);
  });

  it('opens the dashboard, and no request left the machine', async () => {
    const dash = await ff.openExtensionPage('dashboard.html');
    dash.on('pageerror', (e) => errors.push(`dashboard: ${String(e)}`));
    await poll(() => dash.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toMatch(/\S/);
    await dash.close();
    expect(errors).toEqual([]);
    expect(ff.foreignRequests).toEqual([]);
    expect(outsideRequests(ff)).toEqual([]);
  });
});
