// Words the dashboard shows: category names, dates, and a one-sentence summary of a trend.
import type { Category } from '../../lib/engine/types.ts';
import { bucketOf, type Bucket, type HistoryFilter, type TrendPoint } from '../../lib/store/aggregate.ts';

export const CATEGORY_LABELS: Record<Category, string> = {
  blame: 'Blame',
  'org-centric': 'Organisation-centric',
  'output-only': 'Output-only targets',
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(at: number): string {
  return DATE.format(new Date(at));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Start (UTC ms) of a bucket key ("YYYY-MM" or a Monday "YYYY-MM-DD"), or NaN for anything else. */
function keyTime(key: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) : NaN;
}

/**
 * Every period from the first point to the last, with null where no notes fell: the chart then leaves a gap
 * instead of drawing Dec 2025 and Dec 2026 side by side as if a month apart.
 */
export function continuousPeriods(points: readonly TrendPoint[], bucket: Bucket): { key: string; label: string; point: TrendPoint | null }[] {
  if (points.length === 0) return [];
  const byKey = new Map(points.map((p) => [p.key, p]));
  const start = keyTime(points[0].key);
  const end = keyTime(points[points.length - 1].key);
  if (Number.isNaN(start) || Number.isNaN(end)) return points.map((p) => ({ key: p.key, label: p.label, point: p }));
  const out: { key: string; label: string; point: TrendPoint | null }[] = [];
  // Bounded: ten years of weeks at most, so a stray date cannot make the chart draw for ever.
  for (let at = start, i = 0; at <= end && i < 520; i++) {
    const { key, label } = bucketOf(at, bucket);
    out.push({ key, label, point: byKey.get(key) ?? null });
    const d = new Date(at);
    at = bucket === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : at + 7 * 86_400_000;
  }
  return out;
}

/** What the dashboard is showing, in words: the caption starts with it, so a mixed view never passes for one series. */
export function scopeLabel(filter: HistoryFilter, seriesCount: number): string {
  if (filter.kind === 'site') return `Notes from ${filter.value}`;
  if (filter.kind === 'series') return `Series “${filter.value}”`;
  return seriesCount > 1
    ? `All notes, ${seriesCount} series together (choose one under Show to follow a single series)`
    : 'All notes';
}

/** "Blame findings per 1,000 words went from 9.1 (Jan 2025) to 0.8 (Dec 2025) over 12 months." */
export function trendSummary(points: readonly TrendPoint[], bucket: Bucket, scope?: string): string {
  const text = summaryOf(points, bucket) + partnershipSummary(points);
  return scope ? `${scope}. ${text}` : text;
}

/** " Partnership language per 1,000 words: 1.2 (Jan 2026) to 3.4 (Jun 2026)." — from periods that were counted only. */
function partnershipSummary(points: readonly TrendPoint[]): string {
  const known = points.filter((p) => typeof p.partnership === 'number');
  if (!known.length) return '';
  const [a, b] = [known[0], known[known.length - 1]];
  if (a === b) return ` Partnership language: ${a.partnership!.toFixed(1)} per 1,000 words (${a.label}).`;
  return ` Partnership language per 1,000 words: ${a.partnership!.toFixed(1)} (${a.label}) to ${b.partnership!.toFixed(1)} (${b.label}).`;
}

function summaryOf(points: readonly TrendPoint[], bucket: Bucket): string {
  if (points.length === 0) return 'No history to chart yet.';
  const first = points[0];
  const last = points[points.length - 1];
  const unit = bucket === 'month' ? 'month' : 'week';
  const span = continuousPeriods(points, bucket).length;
  if (points.length === 1) {
    return `One ${unit} of history (${first.label}): ${first.rates.total.toFixed(1)} findings per 1,000 words, ${first.rates.blame.toFixed(1)} of them blame.`;
  }
  const change = (what: string, a: number, b: number) => {
    const [from, to] = [a.toFixed(1), b.toFixed(1)];
    if (from === to) return `${what} stayed at ${from}`;
    return `${what} ${Number(to) < Number(from) ? 'fell' : 'rose'} from ${from}${what.startsWith('blame') ? ` (${first.label})` : ''} to ${to}${what.startsWith('blame') ? ` (${last.label})` : ''}`;
  };
  const over = span > points.length ? `${plural(span, unit)} (notes in ${points.length} of them)` : plural(points.length, unit);
  return `Over ${over}, ${change('blame findings per 1,000 words', first.rates.blame, last.rates.blame)}; ${change('all findings', first.rates.total, last.rates.total)}.`;
}

/** A destructive action waiting for the user's confirmation. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  action: () => Promise<void> | void;
}
