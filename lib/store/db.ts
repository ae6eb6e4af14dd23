// The history database (Dexie, extension origin only): schema versions, upgrades, and why history may be off.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { DismissalRecord, DocumentRecord, SnapshotRecord } from './types.ts';
import { pageAddress } from './page-address.ts';

export const DB_NAME = 'common-ground-history';

/** Version 1: documents by key, site and series; snapshots by document and time; dismissals. */
export const SCHEMA_V1 = {
  documents: '++id, &key, site, series',
  snapshots: '++id, docId, at',
  dismissals: '++id, docId, ruleId',
} as const;

/** Version 2: documents gain lastAt (sorting the table by recent activity); snapshots gain [docId+at]. */
export const SCHEMA_V2 = {
  documents: '++id, &key, site, series, lastAt',
  snapshots: '++id, docId, at, [docId+at]',
  dismissals: '++id, docId, ruleId',
} as const;

/** Version 3: snapshots may carry `partnership` (not indexed, so the stores are unchanged). */
export const SCHEMA_V3 = SCHEMA_V2;

export const CURRENT_VERSION = 3;

/** Fills documents.lastAt from their latest snapshot (or createdAt when they have none). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const latest = new Map<number, number>();
  await tx.table('snapshots').each((s: SnapshotRecord) => {
    latest.set(s.docId, Math.max(latest.get(s.docId) ?? 0, s.at));
  });
  await tx.table('documents').toCollection().modify((d: DocumentRecord) => {
    d.lastAt = latest.get(d.id as number) ?? d.createdAt ?? 0;
  });
}

/**
 * Older snapshots were never counted for partnership language: they keep no `partnership` field (unknown, drawn as a
 * gap), never a made-up 0. Only a stray non-count (from a hand-edited import) is dropped, so every record stays valid.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('snapshots')
    .filter((s: SnapshotRecord) => 'partnership' in s && !(Number.isInteger(s.partnership) && (s.partnership as number) >= 0))
    .modify((s: SnapshotRecord) => {
      delete s.partnership;
    });
}

export class HistoryDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  dismissals!: EntityTable<DismissalRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Keep every earlier version declared: Dexie runs the upgrades in order for older databases.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  }
}

export type HistoryStatus = { ok: true; db: HistoryDB } | { ok: false; reason: string };

/** True for a full disk or storage quota, however Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** A plain-English reason history cannot be used, from an IndexedDB or Dexie error. */
export function explainStorageError(error: unknown): string {
  const e = error as { name?: string; inner?: { name?: string }; message?: string } | null;
  const names = [e?.name, e?.inner?.name];
  if (names.includes('QuotaExceededError')) {
    return 'History is off: this browser has no storage space left for Common Ground. Delete old history or free up disk space. Checking notes still works.';
  }
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || names.includes('SecurityError')) {
    return 'History is off: this browser window does not allow local databases (for example, a private window). Checking notes still works.';
  }
  if (names.includes('VersionError')) {
    return 'History is off: the history was saved by a newer version of Common Ground. Update the extension to see it. Checking notes still works.';
  }
  return `History is off: the local database could not be opened (${e?.message ?? String(error)}). Checking notes still works.`;
}

/** Earlier versions kept pages' full addresses: keep origin and path only (no schema change, so no new version). */
export async function dropStoredQueries(db: HistoryDB): Promise<number> {
  return db.documents.filter((d) => pageAddress(d.url) !== d.url).modify((d) => {
    d.url = pageAddress(d.url);
  });
}

/** Opens the history database, or says why it cannot be used. Never throws. */
export async function openHistory(name = DB_NAME): Promise<HistoryStatus> {
  try {
    if (typeof indexedDB === 'undefined') throw Object.assign(new Error('indexedDB is missing'), { name: 'MissingAPIError' });
    const db = new HistoryDB(name);
    await db.open();
    await dropStoredQueries(db).catch(() => {});
    return { ok: true, db };
  } catch (error) {
    return { ok: false, reason: explainStorageError(error) };
  }
}
