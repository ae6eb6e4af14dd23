// Words the dashboard shows: category names, dates, and a one-sentence summary of a trend.
import type { Category } from '../../lib/engine/types.ts';
import type { Bucket, TrendPoint } from '../../lib/store/aggregate.ts';

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

/** "Blame findings per 1,000 words went from 9.1 (Jan 2025) to 0.8 (Dec 2025) over 12 months." */
export function trendSummary(points: readonly TrendPoint[], bucket: Bucket): string {
  if (points.length === 0) return 'No history to chart yet.';
  const first = points[0];
  const last = points[points.length - 1];
  const unit = bucket === 'month' ? 'month' : 'week';
  if (points.length === 1) {
    return `One ${unit} of history (${first.label}): ${first.rates.total.toFixed(1)} findings per 1,000 words, ${first.rates.blame.toFixed(1)} of them blame.`;
  }
  const change = (what: string, a: number, b: number) => {
    const [from, to] = [a.toFixed(1), b.toFixed(1)];
    if (from === to) return `${what} stayed at ${from}`;
    return `${what} ${Number(to) < Number(from) ? 'fell' : 'rose'} from ${from}${what.startsWith('blame') ? ` (${first.label})` : ''} to ${to}${what.startsWith('blame') ? ` (${last.label})` : ''}`;
  };
  return `Over ${plural(points.length, unit)}, ${change('blame findings per 1,000 words', first.rates.blame, last.rates.blame)}; ${change('all findings', first.rates.total, last.rates.total)}.`;
}

/** A destructive action waiting for the user's confirmation. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  action: () => Promise<void> | void;
}
