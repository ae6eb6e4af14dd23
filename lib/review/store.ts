// Review state persisted per document in storage.local (WXT storage), so it survives closing the panel or reloading.
import { storage } from 'wxt/utils/storage';
import { parseReviewState, type ReviewState } from './review.ts';

const itemKey = (key: string) => `local:review:${key}` as const;

export async function loadReview(key: string): Promise<ReviewState | null> {
  return parseReviewState(await storage.getItem(itemKey(key)));
}

export async function saveReview(state: ReviewState): Promise<void> {
  await storage.setItem(itemKey(state.key), state);
}

export async function clearReview(key: string): Promise<void> {
  await storage.removeItem(itemKey(key));
}
