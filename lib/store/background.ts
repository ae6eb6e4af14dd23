// Background side of history: records snapshots sent by the side panel's review, applying privacy and retention.
import { onMessage, type SnapshotRequest } from '../messages.ts';
import { preferencesItem, DEFAULT_PREFERENCES, type Preferences } from '../settings-store.ts';
import { explainStorageError, openHistory, type HistoryDB } from './db.ts';
import { applyRetention, HOUR_MS, recordSnapshot } from './history.ts';

let opening: Promise<{ ok: true; db: HistoryDB } | { ok: false; reason: string }> | undefined;
let lastRetention = 0;

async function history() {
  opening ??= openHistory();
  const status = await opening;
  // A failed open is retried next time (the user may have freed space).
  if (!status.ok) opening = undefined;
  return status;
}

async function preferences(): Promise<Preferences> {
  try {
    return { ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Saves one snapshot; never throws, so a storage problem cannot break checking. */
export async function handleSnapshot(req: SnapshotRequest, now = Date.now()): Promise<{ ok: boolean; reason?: string }> {
  const status = await history();
  if (!status.ok) return { ok: false, reason: status.reason };
  try {
    const prefs = await preferences();
    const result = await recordSnapshot(status.db, req, { keepExcerpts: prefs.keepExcerpts, now });
    if (prefs.retentionMonths > 0 && now - lastRetention > HOUR_MS) {
      lastRetention = now;
      await applyRetention(status.db, prefs.retentionMonths, now);
    }
    return result.ok ? { ok: true } : { ok: false, reason: result.reason };
  } catch (error) {
    return { ok: false, reason: explainStorageError(error) };
  }
}

/** Called once from entrypoints/background.ts. */
export function registerHistoryHandlers(): void {
  onMessage('recordSnapshot', ({ data }) => handleSnapshot(data));
}
