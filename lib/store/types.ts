// Records kept in the history database: documents, snapshots of their findings, and dismissals.
import type { Category } from '../engine/types.ts';

export type SnapshotReason = 'review' | 'editing' | 'import';

export interface ReviewOutcome {
  changed: number;
  dismissed: number;
  skipped: number;
  /** Findings when the review started and when it finished. */
  before: number;
  after: number;
}

export interface DocumentRecord {
  id?: number;
  /** Identity: the URL without query or fragment, plus the title (see documentKey). */
  key: string;
  url: string;
  title: string;
  /** Host name for web pages, "Imported" for files. */
  site: string;
  /** A group such as "Partnership Board", derived from the title; the user can rename or merge it. */
  series: string;
  createdAt: number;
  /** Time of the latest snapshot (added in schema version 2). */
  lastAt: number;
}

export interface SnapshotRecord {
  id?: number;
  docId: number;
  /** Epoch milliseconds. Imported minutes use noon UTC on their meeting date. */
  at: number;
  words: number;
  countsByRule: Record<string, number>;
  countsByCategory: Record<Category, number>;
  reason: SnapshotReason;
  review?: ReviewOutcome;
  readyToCirculate?: boolean;
  /** Only when the user allows excerpts in Privacy settings. */
  excerpts?: { ruleId: string; text: string }[];
  /** Partnership language noticed (schema version 3); absent in older records, which then show no value, not 0. */
  partnership?: number;
}

export interface DismissalRecord {
  id?: number;
  docId: number;
  ruleId: string;
  at: number;
  /** Only when the user allows excerpts. */
  excerpt?: string;
}
