// Import a JSON history export: validate everything first (zod), then merge in one transaction, or change nothing.
import type { HistoryDB } from '../store/db.ts';
import type { SnapshotRecord } from '../store/types.ts';
import { pageAddress } from '../store/page-address.ts';
import { EXPORT_FORMAT, historyExportSchema, type HistoryExport } from './schema.ts';

export class HistoryImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryImportError';
  }
}

/** Parses and validates an export, or throws HistoryImportError with a message a person can act on. */
export function parseHistoryExport(text: string): HistoryExport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new HistoryImportError('This file is not JSON, so it cannot be a Common Ground history export. Nothing was changed.');
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (!data || typeof data !== 'object' || format !== EXPORT_FORMAT) {
    throw new HistoryImportError('This JSON file is not a Common Ground history export (it has no "format": "common-ground-history"). Nothing was changed.');
  }
  const result = historyExportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    throw new HistoryImportError(`This history export is damaged or from an unknown version: at "${where}", ${issue.message}. Nothing was changed.`);
  }
  return result.data;
}

export interface ImportSummary {
  documents: number;
  snapshots: number;
  dismissals: number;
  skipped: number;
}

/** Merges an export into the database: documents by identity, snapshots and dismissals not already present. */
export async function importHistory(db: HistoryDB, data: HistoryExport): Promise<ImportSummary> {
  const summary: ImportSummary = { documents: 0, snapshots: 0, dismissals: 0, skipped: 0 };
  await db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    for (const d of data.documents) {
      const existing = await db.documents.where('key').equals(d.key).first();
      let docId: number;
      if (existing) {
        docId = existing.id as number;
        if (d.lastAt > existing.lastAt) await db.documents.update(docId, { lastAt: d.lastAt });
      } else {
        docId = (await db.documents.add({
          key: d.key,
          url: pageAddress(d.url),
          title: d.title,
          site: d.site,
          series: d.series,
          createdAt: d.createdAt,
          lastAt: d.lastAt,
        })) as number;
        summary.documents++;
      }
      const have = new Set(
        (await db.snapshots.where('docId').equals(docId).toArray()).map((s) => `${s.at}:${s.reason}`),
      );
      const fresh: SnapshotRecord[] = [];
      for (const s of d.snapshots) {
        if (have.has(`${s.at}:${s.reason}`)) {
          summary.skipped++;
          continue;
        }
        have.add(`${s.at}:${s.reason}`);
        fresh.push({ ...s, docId });
      }
      await db.snapshots.bulkAdd(fresh);
      summary.snapshots += fresh.length;
      const seen = new Set((await db.dismissals.where('docId').equals(docId).toArray()).map((x) => `${x.at}:${x.ruleId}`));
      const newDismissals = d.dismissals.filter((x) => !seen.has(`${x.at}:${x.ruleId}`)).map((x) => ({ ...x, docId }));
      await db.dismissals.bulkAdd(newDismissals);
      summary.dismissals += newDismissals.length;
    }
  });
  return summary;
}

/** Validates then imports; on any failure the database is left as it was. */
export async function importHistoryJson(db: HistoryDB, text: string): Promise<ImportSummary> {
  return importHistory(db, parseHistoryExport(text));
}
