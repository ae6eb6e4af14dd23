// Review state persisted per document in storage.local (WXT storage), so it survives closing the panel or reloading.
// With excerpts off it holds no note text, a finished review keeps only counts, and history deletion covers it.
import { storage } from 'wxt/utils/storage';
import type { Problem } from '../messages.ts';
import { monthsAgo } from '../store/history.ts';
import { DEFAULT_PREFERENCES, preferencesItem } from '../settings-store.ts';
import { parseReviewState, type ReviewState } from './review.ts';
import { hydrateReview, storedForm } from './redact.ts';

const PREFIX = 'review:';
const itemKey = (key: string) => `local:${PREFIX}${key}` as const;

async function keepExcerpts(): Promise<boolean> {
  try {
    return ({ ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) }).keepExcerpts === true;
  } catch {
    return false;
  }
}

/** The review in progress for a document; a finished one (counts only) or a damaged record counts as none. */
export async function loadReview(key: string, live: readonly Problem[] = []): Promise<ReviewState | null> {
  const state = parseReviewState(await storage.getItem(itemKey(key)));
  return state ? hydrateReview(state, live) : null;
}

export async function saveReview(state: ReviewState, now = Date.now()): Promise<void> {
  await storage.setItem(itemKey(state.key), storedForm(state, await keepExcerpts(), now));
}

export async function clearReview(key: string): Promise<void> {
  await storage.removeItem(itemKey(key));
}

/** Keys of every stored review record (running or finished). */
async function reviewKeys(): Promise<string[]> {
  const all = await storage.snapshot('local');
  return Object.keys(all).filter((k) => k.startsWith(PREFIX));
}

/** "Delete all history" removes reviews too. */
export async function clearAllReviews(): Promise<number> {
  const keys = await reviewKeys();
  await storage.removeItems(keys.map((k) => `local:${k}` as const));
  return keys.length;
}

/** Retention: reviews started more than N months ago go (0 keeps all), as history snapshots do. */
export async function pruneReviews(months: number, now = Date.now()): Promise<number> {
  if (!(months > 0)) return 0;
  const cutoff = monthsAgo(months, now);
  const all = await storage.snapshot('local');
  const old = Object.entries(all)
    .filter(([k, v]) => k.startsWith(PREFIX) && !((v as { startedAt?: unknown })?.startedAt as number >= cutoff))
    .map(([k]) => `local:${k}` as const);
  await storage.removeItems(old);
  return old.length;
}

/** Rewrites records saved by earlier versions (full text, finished reviews in full) to what may be kept now. */
export async function tidyReviews(now = Date.now()): Promise<void> {
  const keep = await keepExcerpts();
  const all = await storage.snapshot('local');
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const state = parseReviewState(v);
    if (!state) continue;
    const next = storedForm(state, keep, now);
    if (JSON.stringify(next) !== JSON.stringify(v)) await storage.setItem(`local:${k}`, next);
  }
}
