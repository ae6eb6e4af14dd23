// History writes and queries: identity, series, throttling, privacy, deletion, merging, retention, aggregation.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryDB } from '../../lib/store/db.ts';
import {
  applyRetention,
  deleteDocument,
  deleteEverything,
  deleteSeries,
  documentKey,
  HOUR_MS,
  mergeDocuments,
  recordDismissal,
  recordSnapshot,
  renameSeries,
  seriesFromTitle,
  siteOf,
} from '../../lib/store/history.ts';
import { bucketOf, buildView } from '../../lib/store/aggregate.ts';
import type { SnapshotRequest } from '../../lib/messages.ts';

let db: HistoryDB;
let n = 0;
beforeEach(async () => {
  db = new HistoryDB(`history-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const T0 = Date.UTC(2025, 0, 15, 12);
function req(over: Partial<SnapshotRequest> = {}): SnapshotRequest {
  return {
    url: 'https://docs.example.org/d/abc?tab=1#h',
    title: 'Partnership Board minutes 15 January 2025',
    words: 1000,
    countsByRule: { 'no-person-as-cause': 2, 'prefer-outcome': 1 },
    countsByCategory: { blame: 2, 'org-centric': 0, 'output-only': 1 },
    reason: 'review',
    ...over,
  };
}

describe('identity and series', () => {
  it('ignores query and fragment, and case and spacing of the title', () => {
    expect(documentKey('https://x.org/a?b=1#c', ' Board  Minutes ')).toBe(documentKey('https://x.org/a', 'board minutes'));
    expect(documentKey('https://x.org/a', 'One')).not.toBe(documentKey('https://x.org/b', 'One'));
  });
  it('groups titles into series by dropping dates and "minutes"', () => {
    expect(seriesFromTitle('Partnership Board minutes 15 January 2025')).toBe('Partnership Board');
    expect(seriesFromTitle('Partnership Board – Minutes – 2025-03-12')).toBe('Partnership Board');
    expect(seriesFromTitle('riverside-2025-01-15.md')).toBe('Riverside');
    expect(seriesFromTitle('Minutes 12/03/2025')).toBe('Untitled');
  });
  it('names the site by host; files are "Imported"', () => {
    expect(siteOf('https://docs.example.org/x')).toBe('docs.example.org');
    expect(siteOf('minutes/jan.md')).toBe('Imported');
  });
});

describe('recordSnapshot', () => {
  it('stores counts and rule ids, and no excerpts unless allowed', async () => {
    const excerpts = [{ ruleId: 'no-person-as-cause', text: 'dropped the ball' }];
    await recordSnapshot(db, req({ excerpts }), { keepExcerpts: false, now: T0 });
    await recordSnapshot(db, req({ excerpts }), { keepExcerpts: true, now: T0 + 1 });
    const [a, b] = await db.snapshots.orderBy('at').toArray();
    expect(a.excerpts).toBeUndefined();
    expect(a.countsByRule).toEqual({ 'no-person-as-cause': 2, 'prefer-outcome': 1 });
    expect(b.excerpts).toEqual(excerpts);
    expect(await db.documents.count()).toBe(1);
    const doc = await db.documents.toCollection().first();
    expect(doc).toMatchObject({ site: 'docs.example.org', series: 'Partnership Board', lastAt: T0 + 1 });
  });

  it('saves editing snapshots at most once per document per hour; reviews always', async () => {
    expect((await recordSnapshot(db, req({ reason: 'editing' }), { keepExcerpts: false, now: T0 })).ok).toBe(true);
    const again = await recordSnapshot(db, req({ reason: 'editing' }), { keepExcerpts: false, now: T0 + HOUR_MS - 1 });
    expect(again.ok).toBe(false);
    expect((await recordSnapshot(db, req({ reason: 'editing', title: 'Other' }), { keepExcerpts: false, now: T0 + 5 })).ok).toBe(true);
    expect((await recordSnapshot(db, req({ reason: 'review' }), { keepExcerpts: false, now: T0 + 10 })).ok).toBe(true);
    expect((await recordSnapshot(db, req({ reason: 'editing' }), { keepExcerpts: false, now: T0 + 10 + HOUR_MS + 1 })).ok).toBe(true);
    expect(await db.snapshots.count()).toBe(4);
  });

  it('keeps review outcome and readiness', async () => {
    const review = { changed: 2, dismissed: 1, skipped: 0, before: 3, after: 0 };
    await recordSnapshot(db, req({ review, readyToCirculate: true }), { keepExcerpts: false, now: T0 });
    expect(await db.snapshots.toCollection().first()).toMatchObject({ review, readyToCirculate: true, reason: 'review' });
  });

  it('records dismissals without text unless allowed', async () => {
    await recordDismissal(db, { url: 'https://x.org/a', title: 'A', ruleId: 'r', excerpt: 'secret' }, { keepExcerpts: false, now: T0 });
    await recordDismissal(db, { url: 'https://x.org/a', title: 'A', ruleId: 'r', excerpt: 'kept' }, { keepExcerpts: true, now: T0 });
    expect((await db.dismissals.toArray()).map((d) => d.excerpt)).toEqual([undefined, 'kept']);
  });
});

async function seed() {
  await recordSnapshot(db, req({ url: 'https://a.org/1', title: 'Board 2025-01-15' }), { keepExcerpts: false, now: T0 });
  await recordSnapshot(db, req({ url: 'https://a.org/2', title: 'Board 2025-02-15' }), { keepExcerpts: false, now: T0 + 31 * 24 * HOUR_MS });
  await recordSnapshot(db, req({ url: 'https://b.org/3', title: 'Huddle 2025-02-20' }), { keepExcerpts: false, now: T0 + 36 * 24 * HOUR_MS });
  await recordDismissal(db, { url: 'https://a.org/1', title: 'Board 2025-01-15', ruleId: 'r' }, { keepExcerpts: false, now: T0 });
}

describe('deleting and merging', () => {
  it('deletes one document with its snapshots and dismissals', async () => {
    await seed();
    const id = (await db.documents.filter((d) => d.url === 'https://a.org/1').first())!.id!;
    await deleteDocument(db, id);
    expect(await db.documents.count()).toBe(2);
    expect(await db.snapshots.where('docId').equals(id).count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);
  });
  it('deletes a series', async () => {
    await seed();
    expect(await deleteSeries(db, 'Board')).toBe(2);
    expect((await db.documents.toArray()).map((d) => d.series)).toEqual(['Huddle']);
    expect(await db.snapshots.count()).toBe(1);
  });
  it('deletes everything', async () => {
    await seed();
    await deleteEverything(db);
    expect([await db.documents.count(), await db.snapshots.count(), await db.dismissals.count()]).toEqual([0, 0, 0]);
  });
  it('renames a series onto another, which merges them', async () => {
    await seed();
    expect(await renameSeries(db, 'Huddle', 'Board')).toBe(1);
    expect(new Set((await db.documents.toArray()).map((d) => d.series))).toEqual(new Set(['Board']));
    await expect(renameSeries(db, 'Board', '  ')).rejects.toThrow(/needs a name/);
  });
  it('merges one document into another', async () => {
    await seed();
    const [a, b] = await db.documents.orderBy('id').toArray();
    await mergeDocuments(db, a.id!, b.id!);
    expect(await db.documents.count()).toBe(2);
    expect(await db.snapshots.where('docId').equals(b.id!).count()).toBe(2);
    expect(await db.dismissals.where('docId').equals(b.id!).count()).toBe(1);
  });
});

describe('retention', () => {
  it('deletes snapshots older than N months and documents left empty', async () => {
    await seed();
    const now = Date.UTC(2025, 2, 25);
    expect(await applyRetention(db, 0, now)).toBe(0);
    expect(await applyRetention(db, 2, now)).toBe(1);
    expect((await db.documents.toArray()).map((d) => d.url).sort()).toEqual(['https://a.org/2', 'https://b.org/3']);
    expect(await db.dismissals.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(2);
  });
});

describe('buildView', () => {
  const rules = [
    { id: 'no-person-as-cause', category: 'blame' as const, practice: 4 as const, description: 'Blames a person.' },
    { id: 'prefer-outcome', category: 'output-only' as const, practice: 2 as const, description: 'Output only.' },
  ];
  it('buckets by month with rates per 1,000 words, filters by site and series, lists latest state', async () => {
    await seed();
    const [docs, snaps, dismissals] = [await db.documents.toArray(), await db.snapshots.toArray(), await db.dismissals.toArray()];
    const all = buildView(docs, snaps, { filter: { kind: 'all' }, bucket: 'month', rules, dismissals });
    expect(all.topDismissed).toEqual([{ id: 'r', count: 1, info: undefined }]);
    expect(buildView(docs, snaps, { filter: { kind: 'site', value: 'b.org' }, bucket: 'month', dismissals }).topDismissed).toEqual([]);
    expect(all.points.map((p) => p.key)).toEqual(['2025-01', '2025-02']);
    expect(all.points[1]).toMatchObject({ words: 2000, counts: { blame: 4, 'output-only': 2 }, rates: { blame: 2, 'output-only': 1, total: 3 } });
    expect(all.topRules[0]).toMatchObject({ id: 'no-person-as-cause', count: 6 });
    expect(all.practices).toEqual([{ practice: 4, count: 6 }, { practice: 2, count: 3 }]);
    expect(all.documents.map((d) => d.url)).toEqual(['https://b.org/3', 'https://a.org/2', 'https://a.org/1']);
    expect(all.sites).toEqual(['a.org', 'b.org']);
    expect(all.series).toEqual(['Board', 'Huddle']);
    const site = buildView(docs, snaps, { filter: { kind: 'site', value: 'b.org' }, bucket: 'month', rules });
    expect(site.totals).toMatchObject({ documents: 1, snapshots: 1 });
    const series = buildView(docs, snaps, { filter: { kind: 'series', value: 'Board' }, bucket: 'week', rules });
    expect(series.points.map((p) => p.key)).toEqual(['2025-01-13', '2025-02-10']);
  });
  it('starts weeks on Monday', () => {
    expect(bucketOf(Date.UTC(2025, 0, 19), 'week').key).toBe('2025-01-13');
    expect(bucketOf(Date.UTC(2025, 0, 20), 'week').key).toBe('2025-01-20');
  });
  it('is empty for an empty history', () => {
    const v = buildView([], [], { filter: { kind: 'all' }, bucket: 'month' });
    expect(v.points).toEqual([]);
    expect(v.totals).toEqual({ documents: 0, snapshots: 0, words: 0, findings: 0 });
  });
});
