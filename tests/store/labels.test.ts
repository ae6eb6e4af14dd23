// The dashboard's one-sentence trend summary, read by screen readers as the chart's caption.
import { describe, expect, it } from 'vitest';
import { trendSummary } from '../../components/dashboard/labels.ts';
import type { TrendPoint } from '../../lib/store/aggregate.ts';

const point = (label: string, blame: number, total: number): TrendPoint => ({
  key: label,
  label,
  snapshots: 1,
  words: 1000,
  counts: { blame, 'org-centric': 0, 'output-only': total - blame },
  rates: { blame, 'org-centric': 0, 'output-only': total - blame, total },
});

describe('trendSummary', () => {
  it('says when there is nothing yet', () => {
    expect(trendSummary([], 'month')).toBe('No history to chart yet.');
  });
  it('describes a single period', () => {
    expect(trendSummary([point('Jan 2025', 2, 5)], 'week')).toBe('One week of history (Jan 2025): 5.0 findings per 1,000 words, 2.0 of them blame.');
  });
  it('says whether blame and all findings fell, rose or stayed', () => {
    expect(trendSummary([point('Jan 2025', 12.17, 26.8), point('Dec 2025', 1.46, 26.8)], 'month')).toBe(
      'Over 2 months, blame findings per 1,000 words fell from 12.2 (Jan 2025) to 1.5 (Dec 2025); all findings stayed at 26.8.',
    );
    expect(trendSummary([point('A', 1, 2), point('B', 1.01, 3)], 'month')).toBe(
      'Over 2 months, blame findings per 1,000 words stayed at 1.0; all findings rose from 2.0 to 3.0.',
    );
  });
});
