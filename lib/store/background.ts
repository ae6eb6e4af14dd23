// Background side of history: records snapshots sent by the side panel's review, applying privacy and retention.
import { browser } from 'wxt/browser';
import { onMessage, type PageProblems, type SnapshotRequest } from '../messages.ts';
import { preferencesItem, DEFAULT_PREFERENCES, type Preferences } from '../settings-store.ts';
import { explainStorageError, openHistory, type HistoryDB } from './db.ts';
import { applyRetention, documentKey, HOUR_MS, recordDismissal, recordSnapshot } from './history.ts';
import { CATEGORIES, type Category } from '../engine/types.ts';
import { pruneReviews, tidyReviews } from '../review/store.ts';

let opening: Promise<{ ok: true; db: HistoryDB } | { ok: false; reason: string }> | undefined;
let lastRetention = 0;

async function history() {
  opening ??= openHistory();
  const status = await opening;
  // A failed open is retried next time (the user may have freed space).
  if (!status.ok) opening = undefined;
  return status;
}

async function preferences(): Promise<Preferences> {
  try {
    return { ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Saves one snapshot; never throws, so a storage problem cannot break checking. */
export async function handleSnapshot(req: SnapshotRequest, now = Date.now()): Promise<{ ok: boolean; reason?: string }> {
  const status = await history();
  if (!status.ok) return { ok: false, reason: status.reason };
  try {
    const prefs = await preferences();
    const result = await recordSnapshot(status.db, req, { keepExcerpts: prefs.keepExcerpts, now });
    if (prefs.retentionMonths > 0 && now - lastRetention > HOUR_MS) {
      lastRetention = now;
      await applyRetention(status.db, prefs.retentionMonths, now);
      await pruneReviews(prefs.retentionMonths, now);
    }
    return result.ok ? { ok: true } : { ok: false, reason: result.reason };
  } catch (error) {
    return { ok: false, reason: explainStorageError(error) };
  }
}

/** Below this, a page is a form field or a chat box rather than notes: not worth a history entry. */
const MIN_WORDS = 50;
const lastEditingAttempt = new Map<string, number>();

/** The snapshot an edited page's problems describe (excerpts go along; handleSnapshot drops them unless allowed). */
export function editingSnapshot(page: PageProblems): SnapshotRequest {
  const countsByRule: Record<string, number> = {};
  const countsByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const p of page.problems) {
    countsByRule[p.diagnostic.ruleId] = (countsByRule[p.diagnostic.ruleId] ?? 0) + 1;
    countsByCategory[p.diagnostic.category]++;
  }
  return {
    url: page.url,
    title: page.title,
    words: page.words,
    countsByRule,
    countsByCategory,
    reason: 'editing',
    ...(page.partnership !== undefined ? { partnership: page.partnership } : {}),
    excerpts: page.problems.map((p) => ({ ruleId: p.diagnostic.ruleId, text: p.match })),
  };
}

/**
 * Called when a page's problems change while the user edits: at most one snapshot per document per hour.
 * The database enforces the hour; the memory check only spares it a read on every keystroke.
 */
export async function recordEditingSnapshot(page: PageProblems, now = Date.now()): Promise<{ ok: boolean; reason?: string }> {
  if (page.source !== 'editors' || page.words < MIN_WORDS) return { ok: false, reason: 'Not notes being edited.' };
  // A page only opened (a pre-filled editor) is not the user's notes: history starts when they type there.
  if (!page.typed) return { ok: false, reason: 'Nothing was typed on this page.' };
  const key = documentKey(page.url, page.title);
  const last = lastEditingAttempt.get(key);
  if (last !== undefined && now - last < HOUR_MS) return { ok: false, reason: 'A snapshot of this document was saved less than an hour ago.' };
  lastEditingAttempt.set(key, now);
  return handleSnapshot(editingSnapshot(page), now);
}

/** Notes a dismissed finding; like snapshots, storage problems are reported, not thrown. */
export async function handleDismissal(
  data: { url: string; title: string; ruleId: string; excerpt?: string },
  now = Date.now(),
): Promise<{ ok: boolean; reason?: string }> {
  const status = await history();
  if (!status.ok) return { ok: false, reason: status.reason };
  try {
    const prefs = await preferences();
    await recordDismissal(status.db, data, { keepExcerpts: prefs.keepExcerpts, now });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: explainStorageError(error) };
  }
}

export const DASHBOARD_MENU_ID = 'common-ground-open-dashboard';

/** "Open history dashboard" in the toolbar button's right-click menu (needs the contextMenus permission). */
function registerDashboardMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    try {
      menus.create({ id: DASHBOARD_MENU_ID, title: 'Open history dashboard', contexts: ['action'] });
    } catch {
      // Already there after an update: nothing to do.
    }
  });
  menus.onClicked.addListener((info) => {
    if (info.menuItemId !== DASHBOARD_MENU_ID) return;
    // Typed loosely: the public path list is generated by `wxt prepare`.
    const getURL = browser.runtime.getURL as (path: string) => string;
    void browser.tabs.create({ url: getURL('/dashboard.html') });
  });
}

/** Called once from entrypoints/background.ts; returns a function that removes the message handler. */
export function registerHistoryHandlers(): () => void {
  const removers = [
    onMessage('recordSnapshot', ({ data }) => handleSnapshot(data)),
    onMessage('recordDismissal', ({ data }) => handleDismissal(data)),
  ];
  registerDashboardMenu();
  // Reviews saved by earlier versions, or while excerpts were allowed, keep only what the settings allow now.
  const tidy = () => void tidyReviews().catch(() => {});
  tidy();
  const unwatch = preferencesItem.watch(tidy);
  removers.push(unwatch);
  return () => removers.forEach((remove) => remove());
}
