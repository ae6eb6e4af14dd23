// Review persistence in storage.local (WXT fake browser): survives a reload, one record per document, and keeps
// no note text with excerpts off, only counts once finished, and goes with "Delete all history" and retention.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decide, startReview, type ReviewState } from '../../lib/review/review.ts';
import { clearAllReviews, clearReview, loadReview, pruneReviews, saveReview, tidyReviews } from '../../lib/review/store.ts';
import { preferencesItem, settingsItem } from '../../lib/settings-store.ts';
import { NOTES, samplePage } from '../panel/make-problems.ts';

const NOTE = 'Ann asked to keep this; Dr Patel agreed';
const EDIT = 'the referrals were not sent this week';

/** A review with every kind of decision that carries text: accepted fix, edit, dismissal with a note. */
function decided(): ReviewState {
  let s = startReview(samplePage());
  s = decide(s, { kind: 'dismissed', reason: 'other', note: NOTE });
  s = decide(s, { kind: 'edited', replacement: EDIT });
  return s;
}

const raw = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** Every piece of note text a review could hold: page words, context, messages, what the user wrote. */
function noteTexts(s: ReviewState): string[] {
  // Longer words of the notes, except those that are also part of a rule id or the page title (kept on purpose).
  const kept = [...s.items.map((i) => i.ruleId), s.title].join(' ').toLowerCase();
  const words = NOTES.split(/\W+/).filter((w) => w.length > 4 && !kept.includes(w.toLowerCase()));
  return [NOTE, EDIT, ...s.items.flatMap((i) => [i.match, i.message]), ...words];
}

describe('review store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves and loads a review by document key, and clears it (excerpts allowed)', async () => {
    await preferencesItem.setValue({ keepExcerpts: true, retentionMonths: 0 });
    const s = decide(startReview(samplePage()), { kind: 'skipped' });
    await saveReview(s);
    expect(await loadReview(s.key)).toEqual(s);
    const other = startReview(samplePage({ title: 'Another meeting' }));
    expect(await loadReview(other.key)).toBeNull();
    await clearReview(s.key);
    expect(await loadReview(s.key)).toBeNull();
  });

  it('keeps no note text with excerpts off (the default), and resumes from the live page', async () => {
    const s = decided();
    await saveReview(s);
    const stored = await raw();
    for (const t of noteTexts(s)) expect(stored, t).not.toContain(t);
    expect(stored).not.toContain('#top');
    // Resumed: findings still in the page come back in full; the place in the walk is kept.
    const page = samplePage();
    const back = (await loadReview(s.key, page.problems))!;
    expect(back.index).toBe(2);
    expect(back.items).toEqual(s.items);
    expect(back.decisions[s.items[0].id]).toEqual({ kind: 'dismissed', reason: 'other' });
    // A finding no longer in the page stays blank, and the review says so rather than showing old words.
    const gone = (await loadReview(s.key, page.problems.slice(1)))!;
    expect(gone.items[0].match).toBe('…');
    expect(gone.items.slice(1)).toEqual(s.items.slice(1));
  });

  it('keeps only counts once a review ends, with excerpts on or off', async () => {
    for (const keep of [false, true]) {
      fakeBrowser.reset();
      await preferencesItem.setValue({ keepExcerpts: keep, retentionMonths: 0 });
      const s = decide(decided(), { kind: 'skipped' });
      await saveReview(s, 5000);
      const stored = await raw();
      for (const t of noteTexts(s)) expect(stored, t).not.toContain(t);
      const record = Object.values(await fakeBrowser.storage.local.get(null)).find((v) => (v as { finished?: boolean }).finished);
      expect(record).toMatchObject({ finished: true, finishedAt: 5000, before: 3, counts: { changed: 1, dismissed: 1, skipped: 1, undecided: 0 } });
      expect(record).not.toHaveProperty('items');
      // A finished review is not resumed: opening Review again starts a new one.
      expect(await loadReview(s.key, samplePage().problems)).toBeNull();
    }
  });

  it('goes with "Delete all history" and with retention; settings stay', async () => {
    await settingsItem.setValue({ version: 1, allow: ['x'] });
    const now = Date.UTC(2025, 6, 1);
    const old = { ...startReview(samplePage({ title: 'Old' }), Date.UTC(2025, 0, 1)) };
    const recent = startReview(samplePage({ title: 'Recent' }), Date.UTC(2025, 5, 1));
    const done = decide(decide(decide(startReview(samplePage({ title: 'Done' }), Date.UTC(2024, 0, 1)), { kind: 'skipped' }), { kind: 'skipped' }), { kind: 'skipped' });
    for (const s of [old, recent, done]) await saveReview(s);
    expect(await pruneReviews(0, now)).toBe(0);
    expect(await pruneReviews(3, now)).toBe(2);
    expect(await loadReview(recent.key)).not.toBeNull();
    expect(await loadReview(old.key)).toBeNull();
    expect(await clearAllReviews()).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('review:'))).toEqual([]);
    expect(await settingsItem.getValue()).toEqual({ version: 1, allow: ['x'] });
  });

  it('tidies records written by earlier versions (full text) to what may be kept now', async () => {
    const s = decided();
    await fakeBrowser.storage.local.set({ [`review:${s.key}`]: s });
    expect(await raw()).toContain(NOTE);
    await tidyReviews();
    const stored = await raw();
    for (const t of noteTexts(s)) expect(stored, t).not.toContain(t);
    expect((await loadReview(s.key, samplePage().problems))?.index).toBe(2);
  });

  it('treats a damaged record as no review', async () => {
    const s = startReview(samplePage());
    await fakeBrowser.storage.local.set({ [`review:${s.key}`]: { version: 1, items: 'x' } });
    expect(await loadReview(s.key)).toBeNull();
  });
});
