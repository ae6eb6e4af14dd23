// History keeps a page's origin and path only: never a query or fragment, in storage, exports, imports or reviews.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { pageAddress } from '../../lib/store/page-address.ts';
import { HistoryDB, openHistory } from '../../lib/store/db.ts';
import { recordDismissal, recordSnapshot } from '../../lib/store/history.ts';
import { exportHistoryCsv, exportHistoryJson } from '../../lib/history-io/export.ts';
import { importHistoryJson } from '../../lib/history-io/import-json.ts';
import { startReview } from '../../lib/review/review.ts';

const SECRET_URL = 'https://docs.example.org/d/abc?token=s3cret&user=ann#heading-ann';
const counts = { countsByRule: {}, countsByCategory: { blame: 0, 'org-centric': 0, 'output-only': 0 }, words: 10 };

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `address-test-${n++}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('pageAddress', () => {
  it('keeps origin and path', () => {
    expect(pageAddress(SECRET_URL)).toBe('https://docs.example.org/d/abc');
    expect(pageAddress('http://127.0.0.1:5173/notes.html?x#y')).toBe('http://127.0.0.1:5173/notes.html');
    expect(pageAddress('file:///home/ann/minutes.html?q')).toBe('file:///home/ann/minutes.html');
    expect(pageAddress('about:blank')).toBe('about:blank');
    expect(pageAddress('data:text/html,<p>Ann failed to send it</p>')).toBe('data:');
    // Imported files are named by their path, which is not a URL: kept as it is.
    expect(pageAddress('minutes/2025-01-15 board.md')).toBe('minutes/2025-01-15 board.md');
  });
});

describe('stored and exported addresses', () => {
  it('are stripped when recorded, exported, imported and when an older database opens', async () => {
    const name = fresh();
    const db = new HistoryDB(name);
    await db.open();
    await recordSnapshot(db, { ...counts, url: SECRET_URL, title: 'Board', reason: 'review' }, { keepExcerpts: false, now: 1000 });
    await recordDismissal(db, { url: 'https://x.org/p?id=7#c', title: 'P', ruleId: 'r' }, { keepExcerpts: false, now: 1000 });
    expect((await db.documents.toArray()).map((d) => d.url)).toEqual(['https://docs.example.org/d/abc', 'https://x.org/p']);

    // A record written by an earlier version, with the full address: exports leave the query out...
    await db.documents.add({ key: 'k', url: 'https://old.example/x?sid=1#f', title: 'Old', site: 'old.example', series: 'Old', createdAt: 1, lastAt: 1 });
    await db.snapshots.add({ ...counts, docId: 3, at: 1, reason: 'editing' });
    const json = await exportHistoryJson(db);
    const csv = await exportHistoryCsv(db);
    for (const out of [json, csv]) {
      expect(out).not.toMatch(/token|s3cret|sid=|#f|#c|id=7/);
    }
    expect(Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data.map((r) => r.document)).toContain('https://old.example/x');
    db.close();
    // ...and opening the database rewrites it.
    const opened = await openHistory(name);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect((await opened.db.documents.toArray()).map((d) => d.url)).toEqual(['https://docs.example.org/d/abc', 'https://x.org/p', 'https://old.example/x']);
    opened.db.close();

    // An export made elsewhere, with a full address, is imported without it.
    const other = new HistoryDB(fresh());
    await other.open();
    const foreign = JSON.parse(json);
    foreign.documents[0].url = SECRET_URL;
    await importHistoryJson(other, JSON.stringify(foreign));
    expect((await other.documents.toArray()).map((d) => d.url)).not.toContain(SECRET_URL);
    expect((await other.documents.toArray())[0].url).toBe('https://docs.example.org/d/abc');
    other.close();
  });

  it('a review keeps the origin and path only', () => {
    const review = startReview({ url: SECRET_URL, title: 'Board', words: 10, problems: [], source: 'editors' });
    expect(review.url).toBe('https://docs.example.org/d/abc');
  });
});
