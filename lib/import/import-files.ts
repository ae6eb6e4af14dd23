// Imports past minutes into history: runs the engine on each file and writes it in its own transaction.
import { countWords, summarize } from '../engine/stats.ts';
import { isValidIsoDate } from '../engine/dates.ts';
import type { Diagnostic } from '../engine/types.ts';
import { explainStorageError, isQuotaError, type HistoryDB } from '../store/db.ts';
import { ensureDocument, IMPORTED_SITE, seriesFromTitle } from '../store/history.ts';
import type { SnapshotRecord } from '../store/types.ts';
import type { PreparedFile } from './read-file.ts';
import { countPartnership } from '../rewrite/partnership.ts';

export interface ImportProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ImportOptions {
  /** The engine, on this thread or in a worker. */
  analyze: (text: string) => Diagnostic[] | Promise<Diagnostic[]>;
  /** The series for all files; empty means one derived from each file's title. */
  series?: string;
  keepExcerpts?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Lets the page paint between files; defaults to a macrotask yield. */
  yieldToUi?: () => Promise<void>;
}

export interface ImportResult {
  imported: number;
  replaced: number;
  cancelled: boolean;
  errors: { path: string; message: string }[];
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Noon UTC on the meeting date, so the calendar date is the same in every time zone. */
export function meetingTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
}

/** Imports files one by one; a cancel stops between files, so every file is either fully in or not at all. */
export async function importPrepared(db: HistoryDB, files: readonly PreparedFile[], opts: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, replaced: 0, cancelled: false, errors: [] };
  const pause = opts.yieldToUi ?? macrotask;
  opts.onProgress?.({ done: 0, total: files.length });
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    opts.onProgress?.({ done: i, total: files.length, current: file.path });
    if (opts.signal?.aborted) {
      result.cancelled = true;
      break;
    }
    try {
      const date = file.date && isValidIsoDate(file.date) ? file.date : file.fallbackDate;
      const at = meetingTime(date);
      const diagnostics = await opts.analyze(file.text);
      const summary = summarize(countWords(file.text), diagnostics);
      const snapshot: Omit<SnapshotRecord, 'docId'> = {
        at,
        words: summary.words,
        countsByRule: summary.byRule,
        countsByCategory: summary.byCategory,
        reason: 'import',
        partnership: countPartnership(file.text).total,
      };
      if (opts.keepExcerpts && diagnostics.length) {
        snapshot.excerpts = diagnostics.map((d) => ({ ruleId: d.ruleId, text: file.text.slice(d.start, d.end) }));
      }
      const replaced = await db.transaction('rw', db.documents, db.snapshots, async () => {
        const doc = await ensureDocument(
          db,
          { url: file.path, title: file.title, site: IMPORTED_SITE, series: opts.series?.trim() || seriesFromTitle(file.title) },
          at,
        );
        const docId = doc.id as number;
        // Importing the same file again replaces its earlier import rather than counting it twice.
        const old = await db.snapshots
          .where('docId')
          .equals(docId)
          .filter((s) => s.reason === 'import')
          .primaryKeys();
        await db.snapshots.bulkDelete(old);
        await db.snapshots.add({ ...snapshot, docId });
        const lastAt = await db.snapshots.where('docId').equals(docId).toArray((all) => Math.max(...all.map((s) => s.at)));
        await db.documents.update(docId, { lastAt });
        return old.length > 0;
      });
      result.imported++;
      if (replaced) result.replaced++;
    } catch (error) {
      if (isQuotaError(error)) {
        // No point trying the rest: say why once and stop; files already imported stay whole.
        result.errors.push({ path: file.path, message: explainStorageError(error) });
        break;
      }
      result.errors.push({ path: file.path, message: (error as Error).message ?? String(error) });
    }
    await pause();
  }
  opts.onProgress?.({ done: result.imported + result.errors.length, total: files.length });
  return result;
}
