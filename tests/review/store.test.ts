// Review persistence in storage.local (WXT fake browser): survives a reload, one record per document.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decide, startReview } from '../../lib/review/review.ts';
import { clearReview, loadReview, saveReview } from '../../lib/review/store.ts';
import { samplePage } from '../panel/make-problems.ts';

describe('review store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves and loads a review by document key, and clears it', async () => {
    const s = decide(startReview(samplePage()), { kind: 'skipped' });
    await saveReview(s);
    expect(await loadReview(s.key)).toEqual(s);
    const other = startReview(samplePage({ title: 'Another meeting' }));
    expect(await loadReview(other.key)).toBeNull();
    await clearReview(s.key);
    expect(await loadReview(s.key)).toBeNull();
  });

  it('treats a damaged record as no review', async () => {
    const s = startReview(samplePage());
    await fakeBrowser.storage.local.set({ [`review:${s.key}`]: { version: 1, items: 'x' } });
    expect(await loadReview(s.key)).toBeNull();
  });
});
