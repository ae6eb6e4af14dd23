// Writing history: document identity, series from titles, throttled snapshots, deletion, retention, merging.
import type { SnapshotRequest } from '../messages.ts';
import type { HistoryDB } from './db.ts';
import type { DocumentRecord, SnapshotReason, SnapshotRecord } from './types.ts';
import type { Category } from '../engine/types.ts';
import { pageAddress } from './page-address.ts';

export const HOUR_MS = 60 * 60 * 1000;
export const IMPORTED_SITE = 'Imported';

const MONTH_WORDS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_BITS = new RegExp(
  [
    '\\d{4}-\\d{1,2}-\\d{1,2}',
    '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORDS})\\.?,?(?:\\s+\\d{4})?`,
    `(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?`,
    `(?:${MONTH_WORDS})\\s+\\d{4}`,
    '\\b\\d{4}\\b',
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
  ].join('|'),
  'gi',
);
const NOISE = /\b(?:minutes|notes|meeting|agenda|draft|final|v\d+|held on|of the|google docs|word|docx?|md|txt)\b/gi;

/** Identity of a document: the URL without query or fragment, plus its title. */
export function documentKey(url: string, title: string): string {
  let base = url.trim();
  try {
    const u = new URL(base);
    base = `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    // Not a URL (an imported file name): keep it as it is.
  }
  return `${base}\n${title.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** The site a URL belongs to; imported files are grouped under "Imported". */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname;
  } catch {
    // Falls through to the import group.
  }
  return IMPORTED_SITE;
}

/** Groups minutes into a series by dropping dates, "minutes", separators and numbers from the title. */
export function seriesFromTitle(title: string): string {
  const cleaned = title
    .replace(/\.(md|markdown|txt|docx)$/i, '')
    .replace(/[_]+/g, ' ')
    .replace(DATE_BITS, ' ')
    .replace(NOISE, ' ')
    .replace(/[-–—:|()[\]#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return 'Untitled';
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

function emptyCategories(): Record<Category, number> {
  return { blame: 0, 'org-centric': 0, 'output-only': 0 };
}

/** Finds or creates the document for a URL and title. Must run inside a transaction on documents. */
export async function ensureDocument(
  db: HistoryDB,
  input: { url: string; title: string; series?: string; site?: string },
  now: number,
): Promise<DocumentRecord> {
  const key = documentKey(input.url, input.title);
  const existing = await db.documents.where('key').equals(key).first();
  if (existing) return existing;
  const doc: DocumentRecord = {
    key,
    url: pageAddress(input.url),
    title: input.title.trim() || 'Untitled',
    site: input.site ?? siteOf(input.url),
    series: input.series?.trim() || seriesFromTitle(input.title),
    createdAt: now,
    lastAt: now,
  };
  doc.id = await db.documents.add(doc);
  return doc;
}

export interface RecordOptions {
  keepExcerpts: boolean;
  now?: number;
  reason?: SnapshotReason;
}

export type RecordResult = { ok: true; snapshotId: number } | { ok: false; reason: string };

/** Saves a snapshot: always for a finished review, at most once per document per hour of editing. */
export async function recordSnapshot(db: HistoryDB, req: SnapshotRequest, opts: RecordOptions): Promise<RecordResult> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', db.documents, db.snapshots, async () => {
    const doc = await ensureDocument(db, req, now);
    const docId = doc.id as number;
    if (req.reason === 'editing') {
      const last = await db.snapshots.where('[docId+at]').between([docId, now - HOUR_MS], [docId, now], true, true).last();
      if (last) return { ok: false as const, reason: 'A snapshot of this document was saved less than an hour ago.' };
    }
    const snap: SnapshotRecord = {
      docId,
      at: now,
      words: req.words,
      countsByRule: { ...req.countsByRule },
      countsByCategory: { ...emptyCategories(), ...req.countsByCategory },
      reason: opts.reason ?? req.reason,
    };
    if (req.review) snap.review = { ...req.review };
    if (req.readyToCirculate !== undefined) snap.readyToCirculate = req.readyToCirculate;
    if (req.partnership !== undefined) snap.partnership = req.partnership;
    if (opts.keepExcerpts && req.excerpts?.length) snap.excerpts = req.excerpts.map((e) => ({ ...e }));
    const snapshotId = (await db.snapshots.add(snap)) as number;
    if (now > doc.lastAt) await db.documents.update(docId, { lastAt: now });
    return { ok: true as const, snapshotId };
  });
}

/** Records that a finding was dismissed (rule id only; the excerpt only when allowed). */
export async function recordDismissal(
  db: HistoryDB,
  input: { url: string; title: string; ruleId: string; excerpt?: string },
  opts: { keepExcerpts: boolean; now?: number },
): Promise<void> {
  const now = opts.now ?? Date.now();
  await db.transaction('rw', db.documents, db.dismissals, async () => {
    const doc = await ensureDocument(db, input, now);
    await db.dismissals.add({
      docId: doc.id as number,
      ruleId: input.ruleId,
      at: now,
      ...(opts.keepExcerpts && input.excerpt ? { excerpt: input.excerpt } : {}),
    });
  });
}

export async function deleteDocument(db: HistoryDB, docId: number): Promise<void> {
  await db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    await db.snapshots.where('docId').equals(docId).delete();
    await db.dismissals.where('docId').equals(docId).delete();
    await db.documents.delete(docId);
  });
}

export async function deleteSeries(db: HistoryDB, series: string): Promise<number> {
  return db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    const ids = (await db.documents.where('series').equals(series).primaryKeys()) as number[];
    await db.snapshots.where('docId').anyOf(ids).delete();
    await db.dismissals.where('docId').anyOf(ids).delete();
    await db.documents.bulkDelete(ids);
    return ids.length;
  });
}

export async function deleteEverything(db: HistoryDB): Promise<void> {
  await db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    await Promise.all([db.documents.clear(), db.snapshots.clear(), db.dismissals.clear()]);
  });
}

/** Renames a series; renaming onto an existing series merges the two. */
export async function renameSeries(db: HistoryDB, from: string, to: string): Promise<number> {
  const name = to.trim();
  if (!name) throw new Error('A series needs a name.');
  return db.documents.where('series').equals(from).modify({ series: name });
}

/** Moves one document (e.g. a renamed page) into another: its snapshots and dismissals follow. */
export async function mergeDocuments(db: HistoryDB, fromId: number, intoId: number): Promise<void> {
  if (fromId === intoId) return;
  await db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    const [from, into] = await Promise.all([db.documents.get(fromId), db.documents.get(intoId)]);
    if (!from || !into) throw new Error('Both documents must exist to merge them.');
    await db.snapshots.where('docId').equals(fromId).modify({ docId: intoId });
    await db.dismissals.where('docId').equals(fromId).modify({ docId: intoId });
    await db.documents.update(intoId, { lastAt: Math.max(from.lastAt, into.lastAt) });
    await db.documents.delete(fromId);
  });
}

/** The moment N calendar months before now (UTC). */
export function monthsAgo(months: number, now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.getTime();
}

/** Deletes snapshots and dismissals older than N months (0 keeps all) and documents left with no snapshots. */
export async function applyRetention(db: HistoryDB, months: number, now = Date.now()): Promise<number> {
  if (!(months > 0)) return 0;
  const cutoff = monthsAgo(months, now);
  return db.transaction('rw', db.documents, db.snapshots, db.dismissals, async () => {
    const removed = await db.snapshots.where('at').below(cutoff).delete();
    await db.dismissals.filter((d) => d.at < cutoff).delete();
    if (removed > 0) {
      const live = new Set((await db.snapshots.orderBy('docId').uniqueKeys()) as number[]);
      const orphans = ((await db.documents.toCollection().primaryKeys()) as number[]).filter((id) => !live.has(id));
      await db.dismissals.where('docId').anyOf(orphans).delete();
      await db.documents.bulkDelete(orphans);
    }
    return removed;
  });
}
