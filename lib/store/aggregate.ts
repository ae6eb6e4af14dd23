// Reading history for the dashboard: filters, week/month buckets, latest state, recurring rules, practices, reviews.
import { per1000 } from '../engine/stats.ts';
import { CATEGORIES, type Category, type PracticeId } from '../engine/types.ts';
import type { DismissalRecord, DocumentRecord, ReviewOutcome, SnapshotRecord } from './types.ts';

export type Bucket = 'week' | 'month';
export type HistoryFilter = { kind: 'all' } | { kind: 'site'; value: string } | { kind: 'series'; value: string };

export interface RuleInfo {
  id: string;
  category: Category;
  practice: PracticeId;
  description: string;
}

export interface TrendPoint {
  key: string;
  label: string;
  snapshots: number;
  words: number;
  counts: Record<Category, number>;
  rates: Record<Category, number> & { total: number };
  /**
   * Partnership language per 1,000 words, over the period's snapshots that were counted for it (schema version 3 on);
   * null when none was (older records): shown as no value, never as 0.
   */
  partnership?: number | null;
  /** Partnership phrases and the words of the snapshots that carry a count. */
  partnershipCount?: number;
  partnershipWords?: number;
}

export interface DocumentRow {
  id: number;
  title: string;
  url: string;
  site: string;
  series: string;
  lastAt: number;
  snapshots: number;
  words: number;
  findings: number;
  rate: number;
  readyToCirculate?: boolean;
  reason: SnapshotRecord['reason'];
}

export interface ReviewRow {
  docId: number;
  title: string;
  at: number;
  review: ReviewOutcome;
}

export interface HistoryView {
  points: TrendPoint[];
  documents: DocumentRow[];
  topRules: { id: string; count: number; info?: RuleInfo }[];
  topPhrases: { text: string; count: number }[];
  /** Rules users dismiss most: a hint that a rule misfires or that the board disagrees with it. */
  topDismissed: { id: string; count: number; info?: RuleInfo }[];
  practices: { practice: PracticeId; count: number }[];
  reviews: ReviewRow[];
  sites: string[];
  series: string[];
  totals: { documents: number; snapshots: number; words: number; findings: number };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** UTC calendar date "YYYY-MM-DD" of an epoch time; the one date used by buckets and exports. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Month buckets are "YYYY-MM"; week buckets start on Monday, keyed by that Monday's date. */
export function bucketOf(at: number, bucket: Bucket): { key: string; label: string } {
  const d = new Date(at);
  if (bucket === 'month') {
    return { key: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, label: `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}` };
  }
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return {
    key: dayKey(monday.getTime()),
    label: `w/c ${monday.getUTCDate()} ${MONTH_NAMES[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`,
  };
}

function matches(doc: DocumentRecord | undefined, filter: HistoryFilter): boolean {
  if (!doc) return false;
  if (filter.kind === 'site') return doc.site === filter.value;
  if (filter.kind === 'series') return doc.series === filter.value;
  return true;
}

function zero(): Record<Category, number> {
  return { blame: 0, 'org-centric': 0, 'output-only': 0 };
}

/** Everything the dashboard draws, computed in one pass over the snapshots. */
export function buildView(
  documents: readonly DocumentRecord[],
  snapshots: readonly SnapshotRecord[],
  opts: { filter: HistoryFilter; bucket: Bucket; rules?: readonly RuleInfo[]; top?: number; dismissals?: readonly DismissalRecord[] },
): HistoryView {
  const docs = new Map<number, DocumentRecord>();
  for (const d of documents) docs.set(d.id as number, d);
  const ruleInfo = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  const buckets = new Map<string, TrendPoint>();
  const latest = new Map<number, { snap: SnapshotRecord; count: number }>();
  const ruleCounts = new Map<string, number>();
  const phraseCounts = new Map<string, number>();
  const practiceCounts = new Map<PracticeId, number>();
  const reviews: ReviewRow[] = [];
  let words = 0;
  let findings = 0;
  let count = 0;

  for (const s of snapshots) {
    const doc = docs.get(s.docId);
    if (!matches(doc, opts.filter)) continue;
    count++;
    const { key, label } = bucketOf(s.at, opts.bucket);
    let point = buckets.get(key);
    if (!point) {
      point = { key, label, snapshots: 0, words: 0, counts: zero(), rates: { ...zero(), total: 0 }, partnership: null, partnershipCount: 0, partnershipWords: 0 };
      buckets.set(key, point);
    }
    point.snapshots++;
    point.words += s.words;
    if (typeof s.partnership === 'number') {
      point.partnershipCount! += s.partnership;
      point.partnershipWords! += s.words;
    }
    words += s.words;
    for (const c of CATEGORIES) {
      const n = s.countsByCategory[c] ?? 0;
      point.counts[c] += n;
      findings += n;
    }
    for (const [rule, n] of Object.entries(s.countsByRule)) {
      ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + n);
      const info = ruleInfo.get(rule);
      if (info) practiceCounts.set(info.practice, (practiceCounts.get(info.practice) ?? 0) + n);
    }
    for (const e of s.excerpts ?? []) {
      const text = e.text.trim().toLowerCase();
      if (text) phraseCounts.set(text, (phraseCounts.get(text) ?? 0) + 1);
    }
    if (s.review && doc) reviews.push({ docId: s.docId, title: doc.title, at: s.at, review: s.review });
    const prev = latest.get(s.docId);
    if (!prev) latest.set(s.docId, { snap: s, count: 1 });
    else {
      prev.count++;
      if (s.at >= prev.snap.at) prev.snap = s;
    }
  }

  const dismissed = new Map<string, number>();
  for (const d of opts.dismissals ?? []) {
    if (matches(docs.get(d.docId), opts.filter)) dismissed.set(d.ruleId, (dismissed.get(d.ruleId) ?? 0) + 1);
  }

  const points = [...buckets.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const p of points) {
    let total = 0;
    for (const c of CATEGORIES) {
      p.rates[c] = per1000(p.counts[c], p.words);
      total += p.counts[c];
    }
    p.rates.total = per1000(total, p.words);
    p.partnership = p.partnershipWords ? per1000(p.partnershipCount ?? 0, p.partnershipWords) : null;
  }

  const rows: DocumentRow[] = [];
  for (const [docId, { snap, count: n }] of latest) {
    const doc = docs.get(docId) as DocumentRecord;
    const total = CATEGORIES.reduce((sum, c) => sum + (snap.countsByCategory[c] ?? 0), 0);
    rows.push({
      id: docId,
      title: doc.title,
      url: doc.url,
      site: doc.site,
      series: doc.series,
      lastAt: snap.at,
      snapshots: n,
      words: snap.words,
      findings: total,
      rate: per1000(total, snap.words),
      readyToCirculate: snap.readyToCirculate,
      reason: snap.reason,
    });
  }
  rows.sort((a, b) => b.lastAt - a.lastAt);

  const top = opts.top ?? 10;
  const byCount = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return {
    points,
    documents: rows,
    topRules: byCount(ruleCounts).slice(0, top).map(([id, n]) => ({ id, count: n, info: ruleInfo.get(id) })),
    topPhrases: byCount(phraseCounts).slice(0, top).map(([text, n]) => ({ text, count: n })),
    topDismissed: byCount(dismissed).slice(0, top).map(([id, n]) => ({ id, count: n, info: ruleInfo.get(id) })),
    practices: byCount(practiceCounts).map(([practice, n]) => ({ practice, count: n })),
    reviews: reviews.sort((a, b) => b.at - a.at).slice(0, 50),
    sites: [...new Set(documents.map((d) => d.site))].sort(),
    series: [...new Set(documents.map((d) => d.series))].sort(),
    totals: { documents: rows.length, snapshots: count, words, findings },
  };
}
