// Helpers for e2e tests that drive the built extension: wait for registration, ask the content script, read the overlay.
import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from './harness.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
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
    };
  });

/** True when each underline box lies along the bottom of one of the words' rects (2–3 px tolerance). */
export function underlinesMatch(got: Box[], want: Box[]): boolean {
  if (got.length !== want.length || !got.length) return false;
  return got.every((b, i) =>
    Math.abs(b.left - want[i].left) <= 2 && Math.abs(b.right - want[i].right) <= 2 && Math.abs(b.bottom - want[i].bottom) <= 4,
  );
}
