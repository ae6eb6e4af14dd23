// History database: schema, upgrade from version 1 with data, availability errors.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, explainStorageError, HistoryDB, openHistory, SCHEMA_V1, SCHEMA_V2, upgradeToV2 } from '../../lib/store/db.ts';
import { buildView } from '../../lib/store/aggregate.ts';
import { recordSnapshot } from '../../lib/store/history.ts';

let n = 0;
const names: string[] = [];
function freshName(): string {
  const name = `db-test-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema', () => {
  it('opens at the current version with every table and index', async () => {
    const db = new HistoryDB(freshName());
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['dismissals', 'documents', 'snapshots']);
    expect(db.snapshots.schema.idxByName['[docId+at]']).toBeDefined();
    expect(db.documents.schema.idxByName.lastAt).toBeDefined();
    db.close();
  });
});

describe('upgrade from version 1', () => {
  it('keeps every record and fills lastAt from the latest snapshot', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const docs = [
      { key: 'https://a.example/x\nboard', url: 'https://a.example/x', title: 'Board', site: 'a.example', series: 'Board', createdAt: 1000 },
      { key: 'minutes.md\nminutes', url: 'minutes.md', title: 'Minutes', site: 'Imported', series: 'Minutes', createdAt: 2000 },
      { key: 'https://b.example/y\nempty', url: 'https://b.example/y', title: 'Empty', site: 'b.example', series: 'Empty', createdAt: 3000 },
    ];
    const ids = (await v1.table('documents').bulkAdd(docs, { allKeys: true })) as number[];
    const cats = { blame: 1, 'org-centric': 0, 'output-only': 2 };
    const snaps = [
      { docId: ids[0], at: 5000, words: 100, countsByRule: { 'no-x': 1 }, countsByCategory: cats, reason: 'review', review: { changed: 1, dismissed: 0, skipped: 0, before: 3, after: 2 } },
      { docId: ids[0], at: 9000, words: 120, countsByRule: {}, countsByCategory: cats, reason: 'editing' },
      { docId: ids[1], at: 7000, words: 80, countsByRule: { 'no-y': 2 }, countsByCategory: cats, reason: 'import', excerpts: [{ ruleId: 'no-y', text: 'dropped the ball' }] },
    ];
    await v1.table('snapshots').bulkAdd(snaps);
    await v1.table('dismissals').add({ docId: ids[1], ruleId: 'no-y', at: 7100 });
    const before = {
      documents: await v1.table('documents').toArray(),
      snapshots: await v1.table('snapshots').toArray(),
      dismissals: await v1.table('dismissals').toArray(),
    };
    v1.close();

    const db = new HistoryDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const documents = await db.documents.toArray();
    expect(documents.map(({ lastAt, ...rest }) => rest)).toEqual(before.documents);
    expect(documents.map((d) => d.lastAt)).toEqual([9000, 7000, 3000]);
    expect(await db.snapshots.toArray()).toEqual(before.snapshots);
    expect(await db.dismissals.toArray()).toEqual(before.dismissals);
    // The new compound index answers queries on upgraded data.
    const recent = await db.snapshots.where('[docId+at]').between([ids[0], 6000], [ids[0], 10000]).toArray();
    expect(recent.map((s) => s.at)).toEqual([9000]);
    db.close();
  });
});

describe('upgrade from version 2 (partnership language)', () => {
  it('keeps every record valid, adds no made-up 0, and old periods show no partnership value', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    await v2.open();
    const docId = (await v2.table('documents').add({
      key: 'https://a.example/x\nboard', url: 'https://a.example/x', title: 'Board', site: 'a.example', series: 'Board', createdAt: 1000, lastAt: 5000,
    })) as number;
    const cats = { blame: 2, 'org-centric': 0, 'output-only': 1 };
    const jan = Date.UTC(2026, 0, 15);
    const oldSnaps = [
      { docId, at: jan, words: 1000, countsByRule: { 'no-x': 2 }, countsByCategory: cats, reason: 'editing' },
      // A stray value (a hand-edited import): not a count, so it is dropped rather than drawn.
      { docId, at: jan + 1000, words: 500, countsByRule: {}, countsByCategory: cats, reason: 'import', partnership: 'lots' },
    ];
    await v2.table('snapshots').bulkAdd(oldSnaps);
    v2.close();

    const db = new HistoryDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    const snaps = await db.snapshots.toArray();
    expect(snaps).toHaveLength(2);
    expect(snaps.every((s) => !('partnership' in s))).toBe(true);
    expect(snaps[0]).toMatchObject({ words: 1000, countsByCategory: cats, reason: 'editing' });

    // A new snapshot carries its count; the old month has no value (null), the new one a rate.
    const mar = Date.UTC(2026, 2, 10);
    const rec = await recordSnapshot(
      db,
      { url: 'https://a.example/x', title: 'Board', words: 2000, countsByRule: {}, countsByCategory: { blame: 0, 'org-centric': 0, 'output-only': 0 }, reason: 'review', partnership: 6 },
      { keepExcerpts: false, now: mar },
    );
    expect(rec.ok).toBe(true);
    const view = buildView(await db.documents.toArray(), await db.snapshots.toArray(), { filter: { kind: 'all' }, bucket: 'month' });
    expect(view.points.map((p) => [p.key, p.partnership])).toEqual([
      ['2026-01', null],
      ['2026-03', 3],
    ]);
    db.close();
  });
});

describe('availability', () => {
  it('explains quota, private-window and newer-version errors in plain words', () => {
    expect(explainStorageError({ name: 'QuotaExceededError' })).toMatch(/no storage space left/);
    expect(explainStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/no storage space/);
    expect(explainStorageError({ name: 'MissingAPIError' })).toMatch(/private window/);
    expect(explainStorageError({ name: 'VersionError' })).toMatch(/newer version/);
    expect(explainStorageError(new Error('boom'))).toMatch(/could not be opened \(boom\)/);
  });

  it('openHistory reports a missing IndexedDB instead of throwing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const status = await openHistory(freshName());
      expect(status.ok).toBe(false);
      if (!status.ok) expect(status.reason).toMatch(/History is off/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('openHistory opens a working database', async () => {
    const status = await openHistory(freshName());
    expect(status.ok).toBe(true);
    if (status.ok) status.db.close();
  });
});
