// History database: schema, upgrade from version 1 with data, availability errors.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, explainStorageError, HistoryDB, openHistory, SCHEMA_V1 } from '../../lib/store/db.ts';

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
    expect(db.verno).toBe(2);
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
