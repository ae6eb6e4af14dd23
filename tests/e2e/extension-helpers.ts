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

/** The id of the tab showing `url`. */
export const tabIdOf = (session: ExtensionSession, url: string): Promise<number> =>
  session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string; id?: number }) => t.url === u)!.id!, url);

/** Asks one tab's top-frame content script for its problems, as the panel does (@webext-core message format). */
export const problemsOf = (session: ExtensionSession, tabId: number): Promise<PageProblems | null> =>
  session.worker.evaluate(async (id) => {
    const reply = await new Promise<{ res?: unknown } | undefined>((ok) =>
      chrome.tabs.sendMessage(id, { id: Date.now(), type: 'getProblems', timestamp: Date.now() }, { frameId: 0 }, (r: unknown) => {
        void chrome.runtime.lastError;
        ok(r as never);
      }),
    );
    return (reply?.res ?? null) as never;
  }, tabId);

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

type Cdp = { send(method: string, params?: object): Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };

/**
 * The overlay's shadow root is closed, so page scripts cannot reach it; tests use DevTools (as a developer would in
 * the Elements panel) to find every overlay host in the page and its same-process frames, and put each root on its
 * frame's window as `__cgOverlayRoot` for the test's own page.evaluate calls. Never used by the hostile-page test.
 */
export async function exposeOverlay(target: Page | Frame): Promise<void> {
  const fresh = await target.evaluate(() => {
    const w = window as unknown as { __cgOverlayRoot?: ShadowRoot };
    const host = document.querySelector('common-ground-overlay');
    if (!host) delete w.__cgOverlayRoot;
    return !host || w.__cgOverlayRoot?.host === host;
  });
  if (fresh) return;
  const page = 'page' in target ? target.page() : target;
  const cdp = (await page.context().newCDPSession(page)) as unknown as Cdp & { detach(): Promise<void> };
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeName === 'COMMON-GROUND-OVERLAY' && n.shadowRoots?.length) roots.push(n.shadowRoots[0]);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    for (const r of roots) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: r.backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { this.host.ownerDocument.defaultView.__cgOverlayRoot = this; }',
      });
    }
  } finally {
    await cdp.detach();
  }
}

/** Underline boxes the overlay draws in this page or frame, with the finding id each belongs to. */
export async function underlines(target: Page | Frame) {
  await exposeOverlay(target);
  return target.evaluate(() =>
    [...((window as unknown as { __cgOverlayRoot?: ShadowRoot }).__cgOverlayRoot?.querySelectorAll<HTMLElement>('.u:not([hidden])') ?? [])].map((d) => {
      const r = d.getBoundingClientRect();
      return { id: d.dataset.id!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

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

export async function cardState(target: Page | Frame) {
  await exposeOverlay(target);
  return target.evaluate(() => {
    const root = (window as unknown as { __cgOverlayRoot?: ShadowRoot }).__cgOverlayRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    return {
      open: !!card && !card.hidden,
      text: card?.innerText ?? '',
      focusInCard: !!root?.activeElement && !!card?.contains(root.activeElement),
      /** The id of the page's focused element, e.g. the editor focus returns to when the card closes. */
      activeId: document.activeElement?.id ?? '',
    };
  });
}

/** The centre of the open card's first button matching selector (e.g. 'button.fix', '[data-action="ignore"]'). */
export async function cardButton(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  await exposeOverlay(page);
  return page.evaluate((selector) => {
    const b = (window as unknown as { __cgOverlayRoot?: ShadowRoot }).__cgOverlayRoot?.querySelector<HTMLElement>(`.card:not([hidden]) ${selector}`);
    if (!b) return null;
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** Clicks a card button as a person does (real pointer input, so the card accepts it). */
export async function clickCardButton(page: Page, selector: string): Promise<void> {
  const at = await cardButton(page, selector);
  if (!at) throw new Error(`no card button ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/** True when each underline box lies along the bottom of one of the words' rects (2–3 px tolerance). */
export function underlinesMatch(got: Box[], want: Box[]): boolean {
  if (got.length !== want.length || !got.length) return false;
  return got.every((b, i) =>
    Math.abs(b.left - want[i].left) <= 2 && Math.abs(b.right - want[i].right) <= 2 && Math.abs(b.bottom - want[i].bottom) <= 4,
  );
}
