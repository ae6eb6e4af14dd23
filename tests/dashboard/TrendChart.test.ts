// @vitest-environment happy-dom
// Component test of the dashboard trend: partnership language per 1,000 words beside the three problem rates.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import TrendChart from '../../components/dashboard/TrendChart.svelte';
import type { TrendPoint } from '../../lib/store/aggregate.ts';

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

const point = (key: string, label: string, partnership: number | null): TrendPoint => ({
  key,
  label,
  snapshots: 1,
  words: 1000,
  counts: { blame: 3, 'org-centric': 1, 'output-only': 2 },
  rates: { blame: 3, 'org-centric': 1, 'output-only': 2, total: 6 },
  partnership,
  partnershipCount: partnership === null ? 0 : partnership,
  partnershipWords: partnership === null ? 0 : 1000,
});

describe('TrendChart', () => {
  it('lists partnership language per 1,000 words, with no value (not 0) for periods before it was counted', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // happy-dom has no canvas context for chart.js
    const points = [point('2026-01', 'Jan 2026', null), point('2026-02', 'Feb 2026', 2.5), point('2026-03', 'Mar 2026', 4)];
    app = mount(TrendChart, { target: document.body, props: { points, bucket: 'month' as const } });
    flushSync();
    const table = document.querySelector('[data-testid="trend-table"]')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(heads).toContain('Partnership language');
    const cells = [...table.querySelectorAll('[data-testid="partnership-rate"]')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['–', '2.50', '4.00']);
    // The caption (read by screen readers for the chart) says how it moved, from the counted periods only.
    expect(document.querySelector('figcaption')!.textContent).toContain('Partnership language per 1,000 words: 2.5 (Feb 2026) to 4.0 (Mar 2026).');
  });

  it('says nothing about partnership language when no period was counted', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    app = mount(TrendChart, { target: document.body, props: { points: [point('2026-01', 'Jan 2026', null)], bucket: 'month' as const } });
    flushSync();
    expect(document.querySelector('figcaption')!.textContent).not.toContain('Partnership');
    expect(document.querySelector('[data-testid="partnership-rate"]')!.textContent?.trim()).toBe('–');
  });
});
