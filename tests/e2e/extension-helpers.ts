// Helpers for e2e tests that drive the built extension: one shared session fixture, polling, the content script, the overlay.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, ROOT, startPageServer, type ExtensionSession } from './harness.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The live state of a test file's extension session; filled in by its beforeAll, so read it inside tests. */
export interface ExtensionFixture {
  session: ExtensionSession;
  /** Where the local page server serves tests/e2e/pages. */
  origin: string;
}

/**
 * Registers beforeAll/afterAll for the calling test file: launch Chromium with the built extension, start the page
 * server, wait until the content script is registered, and store `settings` when given; afterwards close both.
 */
export function useExtensionSession(opts: { settings?: unknown } = {}): ExtensionFixture {
  const live = {} as ExtensionFixture;
  let server: Server | undefined;
  beforeAll(async () => {
    live.session = await launchExtension();
    const served = await startPageServer();
    server = served.server;
    live.origin = served.origin;
    await waitForRegistration(live.session);
    if (opts.settings !== undefined) await setSettings(live.session, opts.settings);
  });
  afterAll(async () => {
    await live.session?.close();
    server?.close();
  });
  return live;
}

/** Polls with room for a loaded CI machine (two shared cores): 10 s unless told otherwise. */
export const poll = <T>(fn: () => T | Promise<T>, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: 10000, ...opts });

/** The toolbar badge text for the active tab. */
export const badge = (session: ExtensionSession): Promise<string> =>
  session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  });

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and lists its serious and critical violations (empty when it passes). */
export async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length, at: v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ') }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.n}: ${v.at})`);
}

/** The background registers the content script on install; pages opened before that get none. */
export async function waitForRegistration(session: ExtensionSession): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('content script never registered');
}

export const setSettings = (session: ExtensionSession, settings: unknown) =>
  session.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);

/** Sends a typed message to the active tab's top-frame content script, as extension pages do (@webext-core format). */
export function ask<T>(session: ExtensionSession, type: string, data?: unknown): Promise<T> {
  return session.worker.evaluate(
    async ({ type, data }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const reply = await new Promise<{ res?: unknown }>((ok) =>
        chrome.tabs.sendMessage(tab.id, { id: Date.now(), type, data, timestamp: Date.now() }, { frameId: 0 }, ok),
      );
      return reply?.res as never;
    },
    { type, data },
  ) as Promise<T>;
}

/** Polls the content script until it reports `expected` problems (or gives the last answer). */
export async function problemsFor(session: ExtensionSession, expected: number): Promise<PageProblems> {
  let page: PageProblems | null = null;
  for (let i = 0; i < 80; i++) {
    page = await ask<PageProblems | null>(session, 'getProblems');
    if (page && page.problems.length === expected) return page;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return page!;
}

/** Underline boxes the overlay draws in this page or frame, with the finding id each belongs to. */
export const underlines = (target: Page | Frame) =>
  target.evaluate(() =>
    [...(document.querySelector('common-ground-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('.u:not([hidden])') ?? [])].map((d) => {
      const r = d.getBoundingClientRect();
      return { id: d.dataset.id!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );

/** The rects of the nth occurrence of words in the editor's DOM, measured with a plain Range (not the adapter). */
export const wordRects = (target: Page | Frame, selector: string, words: string, nth = 0) =>
  target.evaluate(
    ({ selector, words, nth }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const data = n.data.replace(/\u00a0/g, ' ');
        for (let i = data.indexOf(words); i >= 0; i = data.indexOf(words, i + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + words.length);
          return [...range.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
        }
      }
      return [];
    },
    { selector, words, nth },
  );

export const cardState = (target: Page | Frame) =>
  target.evaluate(() => {
    const root = document.querySelector('common-ground-overlay')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    return {
      open: !!card && !card.hidden,
      text: card?.innerText ?? '',
      focusInCard: !!root?.activeElement && !!card?.contains(root.activeElement),
      /** The id of the page's focused element, e.g. the editor focus returns to when the card closes. */
      activeId: document.activeElement?.id ?? '',
    };
  });

/** True when each underline box lies along the bottom of one of the words' rects (2–3 px tolerance). */
export function underlinesMatch(got: Box[], want: Box[]): boolean {
  if (got.length !== want.length || !got.length) return false;
  return got.every((b, i) =>
    Math.abs(b.left - want[i].left) <= 2 && Math.abs(b.right - want[i].right) <= 2 && Math.abs(b.bottom - want[i].bottom) <= 4,
  );
}
