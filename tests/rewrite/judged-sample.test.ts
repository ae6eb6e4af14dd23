// The hand-judged sample of 50 rewrites (data/eval/judged-rewrites.tsv): complete, judged, and free of corpus text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const text = readFileSync(resolve(import.meta.dirname, '../../data/eval/judged-rewrites.tsv'), 'utf8');
const [head, ...rows] = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const col = (name: string) => head.indexOf(name);

describe('judged rewrite sample', () => {
  it('holds 50 judged rewrites, each with a source, line and rewrite id', () => {
    expect(rows).toHaveLength(50);
    for (const r of rows) {
      expect(r[col('source')]).toMatch(/\S/);
      expect(Number(r[col('line')])).toBeGreaterThan(0);
      expect(r[col('rewrite_id')]).toMatch(/^[\w-]+:[0-9a-f]{8}$/);
      expect(['y', 'n']).toContain(r[col('good')]);
    }
  });
  it('stores no sentence text for corpus rows (licences)', () => {
    for (const r of rows.filter((x) => x[col('source')].startsWith('corpus/'))) expect(r[col('before')] + r[col('after')]).toBe('');
  });
  it('states the count it reports', () => {
    const good = rows.filter((r) => r[col('good')] === 'y').length;
    expect(text).toContain(`# good: ${good} of 50`);
  });
});
