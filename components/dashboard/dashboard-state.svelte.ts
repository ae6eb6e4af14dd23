// Dashboard state: opens history, loads documents and snapshots, filters and buckets them into a view.
import { Dexie } from 'dexie';
import { DB_NAME, openHistory, explainStorageError, type HistoryDB } from '../../lib/store/db.ts';
import { buildView, type Bucket, type HistoryFilter, type HistoryView, type RuleInfo } from '../../lib/store/aggregate.ts';
import { applyRetention } from '../../lib/store/history.ts';
import { pruneReviews } from '../../lib/review/store.ts';
import type { DismissalRecord, DocumentRecord, SnapshotRecord } from '../../lib/store/types.ts';
import { DEFAULT_PREFERENCES, preferencesItem, type Preferences } from '../../lib/settings-store.ts';

export type Status = { kind: 'loading' } | { kind: 'off'; reason: string } | { kind: 'ready' };

/** Filters are encoded as "all", "site:<host>" or "series:<name>" for a single <select>. */
export function encodeFilter(f: HistoryFilter): string {
  return f.kind === 'all' ? 'all' : `${f.kind}:${f.value}`;
}
export function decodeFilter(value: string): HistoryFilter {
  if (value.startsWith('site:')) return { kind: 'site', value: value.slice(5) };
  if (value.startsWith('series:')) return { kind: 'series', value: value.slice(7) };
  return { kind: 'all' };
}

export class DashboardState {
  status = $state<Status>({ kind: 'loading' });
  documents = $state.raw<DocumentRecord[]>([]);
  snapshots = $state.raw<SnapshotRecord[]>([]);
  dismissals = $state.raw<DismissalRecord[]>([]);
  rules = $state.raw<RuleInfo[]>([]);
  filter = $state<HistoryFilter>({ kind: 'all' });
  bucket = $state<Bucket>('month');
  preferences = $state<Preferences>(DEFAULT_PREFERENCES);
  /** A short line for the live region after imports, exports and deletions. */
  notice = $state('');
  db: HistoryDB | undefined;
  /** True while this page writes in bulk (an import): it reloads once at the end instead of on every change. */
  bulkWriting = false;

  view: HistoryView = $derived(
    buildView(this.documents, this.snapshots, {
      filter: this.filter,
      bucket: this.bucket,
      rules: this.rules,
      dismissals: this.dismissals,
    }),
  );

  async open(): Promise<void> {
    const status = await openHistory();
    if (!status.ok) {
      this.status = { kind: 'off', reason: status.reason };
      return;
    }
    this.db = status.db;
    try {
      this.preferences = { ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) };
    } catch {
      this.preferences = DEFAULT_PREFERENCES;
    }
    // The options page edits the same preferences: follow its changes.
    preferencesItem.watch((value) => (this.preferences = { ...DEFAULT_PREFERENCES, ...value }));
    if (this.preferences.retentionMonths > 0) {
      await applyRetention(this.db, this.preferences.retentionMonths).catch(() => 0);
      await pruneReviews(this.preferences.retentionMonths).catch(() => 0);
    }
    await this.reload();
    this.status = { kind: 'ready' };
    this.followChanges();
  }

  /** Snapshots saved by the background (a finished review, inline editing) appear without reopening the page. */
  private followChanges(): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    Dexie.on('storagemutated', (parts) => {
      if (this.bulkWriting || !Object.keys(parts).some((p) => p.startsWith(`idb://${DB_NAME}/`))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), 250);
    });
  }

  /** Re-reads everything; one read transaction so the view is never half old, half new. */
  async reload(): Promise<void> {
    const db = this.db;
    if (!db) return;
    try {
      const [documents, snapshots, dismissals] = await db.transaction('r', db.documents, db.snapshots, db.dismissals, () =>
        Promise.all([db.documents.toArray(), db.snapshots.toArray(), db.dismissals.toArray()]),
      );
      this.documents = documents;
      this.snapshots = snapshots;
      this.dismissals = dismissals;
      // Keep the filter meaningful after deletions.
      const f = this.filter;
      if (f.kind === 'site' && !documents.some((d) => d.site === f.value)) this.filter = { kind: 'all' };
      if (f.kind === 'series' && !documents.some((d) => d.series === f.value)) this.filter = { kind: 'all' };
    } catch (error) {
      this.status = { kind: 'off', reason: explainStorageError(error) };
    }
  }

  /** Rule meta (pure data, without the language parser), loaded after the first draw so opening stays quick. */
  async loadRules(): Promise<void> {
    const { RULES } = await import('../../lib/rules/index.ts');
    this.rules = RULES.map((r) => ({ id: r.id, category: r.category, practice: r.practice, description: r.description }));
  }

  async savePreferences(next: Partial<Preferences>): Promise<void> {
    this.preferences = { ...this.preferences, ...next };
    await preferencesItem.setValue($state.snapshot(this.preferences));
    if (this.db && this.preferences.retentionMonths > 0) {
      const removed = await applyRetention(this.db, this.preferences.retentionMonths);
      await pruneReviews(this.preferences.retentionMonths).catch(() => 0);
      await this.reload();
      this.notice = removed ? `Deleted ${removed} snapshot${removed === 1 ? '' : 's'} older than ${this.preferences.retentionMonths} months.` : 'Retention saved.';
    } else {
      this.notice = 'Retention saved: history is kept until you delete it.';
    }
  }
}
