// Export history as JSON (the import format) or CSV (one row per snapshot, same leading columns as `stats`).
import Papa from 'papaparse';
import { per1000 } from '../engine/stats.ts';
import { CATEGORIES } from '../engine/types.ts';
import { dayKey } from '../store/aggregate.ts';
import type { HistoryDB } from '../store/db.ts';
import { pageAddress } from '../store/page-address.ts';
import type { DismissalRecord, SnapshotRecord } from '../store/types.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedSnapshot, type HistoryExport } from './schema.ts';

function snapshotOut(s: SnapshotRecord): ExportedSnapshot {
  const out: ExportedSnapshot = {
    at: s.at,
    words: s.words,
    countsByRule: { ...s.countsByRule },
    countsByCategory: { blame: s.countsByCategory.blame ?? 0, 'org-centric': s.countsByCategory['org-centric'] ?? 0, 'output-only': s.countsByCategory['output-only'] ?? 0 },
    reason: s.reason,
  };
  if (s.review) out.review = { ...s.review };
  if (s.readyToCirculate !== undefined) out.readyToCirculate = s.readyToCirculate;
  if (s.excerpts) out.excerpts = s.excerpts.map((e) => ({ ...e }));
  if (s.partnership !== undefined) out.partnership = s.partnership;
  return out;
}

/** The whole history as one JSON-ready object; documents by creation, snapshots by time. */
export async function exportHistory(db: HistoryDB, now = new Date()): Promise<HistoryExport> {
  return db.transaction('r', db.documents, db.snapshots, db.dismissals, async () => {
    const [docs, snaps, dismissals] = await Promise.all([db.documents.toArray(), db.snapshots.orderBy('at').toArray(), db.dismissals.toArray()]);
    const snapsBy = new Map<number, SnapshotRecord[]>();
    for (const s of snaps) {
      const list = snapsBy.get(s.docId);
      if (list) list.push(s);
      else snapsBy.set(s.docId, [s]);
    }
    const dismissalsBy = new Map<number, DismissalRecord[]>();
    for (const d of dismissals) {
      const list = dismissalsBy.get(d.docId);
      if (list) list.push(d);
      else dismissalsBy.set(d.docId, [d]);
    }
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      documents: docs.map((d) => ({
        key: d.key,
        // Older versions kept the full address: exports never carry a query or fragment.
        url: pageAddress(d.url),
        title: d.title,
        site: d.site,
        series: d.series,
        createdAt: d.createdAt,
        lastAt: d.lastAt,
        snapshots: (snapsBy.get(d.id as number) ?? []).map(snapshotOut),
        dismissals: (dismissalsBy.get(d.id as number) ?? [])
          .sort((a, b) => a.at - b.at)
          .map((x) => ({ ruleId: x.ruleId, at: x.at, ...(x.excerpt !== undefined ? { excerpt: x.excerpt } : {}) })),
      })),
    };
  });
}

export async function exportHistoryJson(db: HistoryDB, now = new Date()): Promise<string> {
  return JSON.stringify(await exportHistory(db, now), null, 2) + '\n';
}

/** The leading columns match the CLI's `stats --format csv`; the rest describe where the snapshot came from. */
export const CSV_HEADERS = [
  'document',
  'date',
  'words',
  ...CATEGORIES,
  'total',
  ...CATEGORIES.map((c) => `${c}/1000`),
  'total/1000',
  'title',
  'site',
  'series',
  'reason',
  'time',
  'ready to circulate',
  'review before',
  'review after',
  'rules',
  // Last, so scripts reading the earlier columns by position are unaffected; empty for snapshots from before it was counted.
  'partnership',
  'partnership/1000',
];

/** One row per snapshot, oldest first. Excerpts are never written to CSV. */
export async function exportHistoryCsv(db: HistoryDB): Promise<string> {
  const data = await exportHistory(db);
  const rows: (string | number)[][] = [];
  for (const d of data.documents) {
    for (const s of d.snapshots) {
      const total = CATEGORIES.reduce((n, c) => n + s.countsByCategory[c], 0);
      rows.push([
        d.url,
        dayKey(s.at),
        s.words,
        ...CATEGORIES.map((c) => s.countsByCategory[c]),
        total,
        ...CATEGORIES.map((c) => per1000(s.countsByCategory[c], s.words).toFixed(2)),
        per1000(total, s.words).toFixed(2),
        d.title,
        d.site,
        d.series,
        s.reason,
        new Date(s.at).toISOString(),
        s.readyToCirculate === undefined ? '' : s.readyToCirculate ? 'yes' : 'no',
        s.review?.before ?? '',
        s.review?.after ?? '',
        Object.entries(s.countsByRule)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, n]) => `${id}:${n}`)
          .join(' '),
        s.partnership ?? '',
        s.partnership === undefined ? '' : per1000(s.partnership, s.words).toFixed(2),
      ]);
    }
  }
  rows.sort((a, b) => String(a[CSV_HEADERS.indexOf('time')]).localeCompare(String(b[CSV_HEADERS.indexOf('time')])) || String(a[0]).localeCompare(String(b[0])));
  // Titles and file names come from pages and files: a cell starting with = + - @ must not run as a formula.
  return Papa.unparse({ fields: CSV_HEADERS, data: rows }, { newline: '\n', escapeFormulae: true }) + '\n';
}
