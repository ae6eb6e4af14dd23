// The dashboard's one-sentence trend summary, read by screen readers as the chart's caption.
import { describe, expect, it } from 'vitest';
import { continuousPeriods, scopeLabel, trendSummary } from '../../components/dashboard/labels.ts';
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

  it('names the scope and does not pass two far-apart months for neighbours', () => {
    const dec25 = { ...point('Dec 2025', 4, 10), key: '2025-12' };
    const dec26 = { ...point('Dec 2026', 1, 5), key: '2026-12' };
    const scope = scopeLabel({ kind: 'all' }, 2);
    expect(scope).toBe('All notes, 2 series together (choose one under Show to follow a single series)');
    expect(trendSummary([dec25, dec26], 'month', scope)).toBe(
      `${scope}. Over 13 months (notes in 2 of them), blame findings per 1,000 words fell from 4.0 (Dec 2025) to 1.0 (Dec 2026); all findings fell from 10.0 to 5.0.`,
    );
    expect(scopeLabel({ kind: 'series', value: 'Riverside Board' }, 2)).toBe('Series “Riverside Board”');
    expect(scopeLabel({ kind: 'all' }, 1)).toBe('All notes');
  });

  it('fills the periods between points with gaps for the chart, by month and by week', () => {
    const periods = continuousPeriods([{ ...point('Nov 2025', 1, 1), key: '2025-11' }, { ...point('Feb 2026', 1, 1), key: '2026-02' }], 'month');
    expect(periods.map((p) => [p.key, p.label, p.point ? 'data' : 'gap'])).toEqual([
      ['2025-11', 'Nov 2025', 'data'],
      ['2025-12', 'Dec 2025', 'gap'],
      ['2026-01', 'Jan 2026', 'gap'],
      ['2026-02', 'Feb 2026', 'data'],
    ]);
    const weeks = continuousPeriods([{ ...point('a', 1, 1), key: '2025-01-13' }, { ...point('b', 1, 1), key: '2025-02-03' }], 'week');
    expect(weeks.map((p) => p.key)).toEqual(['2025-01-13', '2025-01-20', '2025-01-27', '2025-02-03']);
  });
});
