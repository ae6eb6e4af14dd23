// Export and import of history: JSON round trip equal to the original, CSV columns, bad files change nothing.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryDB } from '../../lib/store/db.ts';
import { deleteEverything, recordDismissal, recordSnapshot } from '../../lib/store/history.ts';
import { CSV_HEADERS, exportHistory, exportHistoryCsv, exportHistoryJson } from '../../lib/history-io/export.ts';
import { HistoryImportError, importHistoryJson, parseHistoryExport } from '../../lib/history-io/import-json.ts';

let db: HistoryDB;
let n = 0;
beforeEach(async () => {
  db = new HistoryDB(`io-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const cats = (blame: number, org: number, out: number) => ({ blame, 'org-centric': org, 'output-only': out });

async function seed() {
  const base = { countsByRule: { 'no-a': 2, 'no-b': 1 }, countsByCategory: cats(2, 0, 1) };
  await recordSnapshot(db, { ...base, url: 'https://a.org/x', title: 'Board 2025-01-15', words: 1500, reason: 'review', review: { changed: 1, dismissed: 1, skipped: 0, before: 4, after: 3 }, readyToCirculate: false }, { keepExcerpts: false, now: Date.UTC(2025, 0, 15, 12) });
  await recordSnapshot(db, { ...base, url: 'https://a.org/x', title: 'Board 2025-01-15', words: 1510, reason: 'editing', excerpts: [{ ruleId: 'no-a', text: 'their fault' }] }, { keepExcerpts: true, now: Date.UTC(2025, 0, 16, 9) });
  await recordSnapshot(db, { countsByRule: {}, countsByCategory: cats(0, 0, 0), url: 'minutes/feb.md', title: 'Feb minutes', words: 800, reason: 'review' }, { keepExcerpts: false, now: Date.UTC(2025, 1, 15, 12), reason: 'import' });
  await recordDismissal(db, { url: 'https://a.org/x', title: 'Board 2025-01-15', ruleId: 'no-b', excerpt: 'x' }, { keepExcerpts: true, now: Date.UTC(2025, 0, 15, 13) });
}

async function counts() {
  return [await db.documents.count(), await db.snapshots.count(), await db.dismissals.count()];
}

describe('JSON export and import', () => {
  it('round-trips: exporting, wiping, importing and exporting again gives the same data', async () => {
    await seed();
    const when = new Date('2025-03-01T00:00:00Z');
    const original = await exportHistoryJson(db, when);
    await deleteEverything(db);
    const summary = await importHistoryJson(db, original);
    expect(summary).toEqual({ documents: 2, snapshots: 3, dismissals: 1, skipped: 0 });
    expect(await exportHistoryJson(db, when)).toBe(original);
  });

  it('merges into existing history without duplicating snapshots', async () => {
    await seed();
    const text = await exportHistoryJson(db);
    const summary = await importHistoryJson(db, text);
    expect(summary).toMatchObject({ documents: 0, snapshots: 0, dismissals: 0, skipped: 3 });
    expect(await counts()).toEqual([2, 3, 1]);
  });

  it.each([
    ['not JSON', 'hello, this is a CSV,1,2', /not JSON/],
    ['foreign JSON', JSON.stringify({ name: 'some other app', items: [] }), /not a Common Ground history export/],
    ['an array', '[1,2,3]', /not a Common Ground history export/],
    ['a newer version', JSON.stringify({ format: 'common-ground-history', version: 99, exportedAt: '', documents: [] }), /unknown version: at "version"/],
  ])('rejects %s with a clear message and changes nothing', async (_label, text, message) => {
    await seed();
    const before = await exportHistoryJson(db, new Date(0));
    await expect(importHistoryJson(db, text)).rejects.toThrow(message);
    expect(await exportHistoryJson(db, new Date(0))).toBe(before);
  });

  it('rejects a damaged export (negative count deep inside) without importing any part of it', async () => {
    await seed();
    const data = await exportHistory(db);
    data.documents.push({ ...data.documents[0], key: 'new-doc', snapshots: [...data.documents[0].snapshots] });
    const bad = JSON.parse(JSON.stringify(data));
    bad.documents[2].snapshots[1].words = -5;
    await deleteEverything(db);
    expect(() => parseHistoryExport(JSON.stringify(bad))).toThrow(HistoryImportError);
    await expect(importHistoryJson(db, JSON.stringify(bad))).rejects.toThrow(/documents\.2\.snapshots\.1\.words/);
    expect(await counts()).toEqual([0, 0, 0]);
  });
});

describe('CSV export', () => {
  it('has one row per snapshot with the same leading columns as `stats`', async () => {
    await seed();
    const csv = await exportHistoryCsv(db);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.meta.fields).toEqual(CSV_HEADERS);
    expect(CSV_HEADERS.slice(0, 11)).toEqual(['document', 'date', 'words', 'blame', 'org-centric', 'output-only', 'total', 'blame/1000', 'org-centric/1000', 'output-only/1000', 'total/1000']);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]).toMatchObject({ document: 'https://a.org/x', date: '2025-01-15', words: '1500', blame: '2', total: '3', 'blame/1000': '1.33', 'total/1000': '2.00', reason: 'review', 'ready to circulate': 'no', 'review before': '4', rules: 'no-a:2 no-b:1' });
    expect(parsed.data[2]).toMatchObject({ document: 'minutes/feb.md', date: '2025-02-15', site: 'Imported', 'total/1000': '0.00' });
    expect(csv).not.toContain('their fault');
  });

  it('escapes spreadsheet formulae in page titles and file names', async () => {
    const counts0 = { countsByRule: {}, countsByCategory: cats(0, 0, 0), words: 100, reason: 'review' as const };
    await recordSnapshot(db, { ...counts0, url: 'https://a.org/x', title: '=HYPERLINK("http://evil.example","click")' }, { keepExcerpts: false, now: Date.UTC(2025, 0, 1) });
    await recordSnapshot(db, { ...counts0, url: '+cmd|calc.md', title: '@SUM(1+1)' }, { keepExcerpts: false, now: Date.UTC(2025, 0, 2), reason: 'import' });
    await recordSnapshot(db, { ...counts0, url: 'minutes/b.md', title: '-2+3' }, { keepExcerpts: false, now: Date.UTC(2025, 0, 3), reason: 'import' });
    const rows = Papa.parse<Record<string, string>>((await exportHistoryCsv(db)).trim(), { header: true }).data;
    expect(rows.map((r) => r.title)).toEqual([`'=HYPERLINK("http://evil.example","click")`, `'@SUM(1+1)`, `'-2+3`]);
    expect(rows[1].document).toBe(`'+cmd|calc.md`);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
