// `stats`: dates from file names, sorting, table/CSV/JSON output and the shared per-1,000-word numbers.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { analyze, countWords, summarize } from '../../lib/engine/index.ts';
import { dateFromName, type StatsRow } from '../../lib/cli/stats.ts';
import { cli, FIXTURES } from './helpers.ts';

describe('dateFromName', () => {
  it('takes the first real YYYY-MM-DD from the file name only', () => {
    expect(dateFromName('minutes/2025-01-15-board.md')).toBe('2025-01-15');
    expect(dateFromName('2019/03/board-2019-03-28-minutes.md')).toBe('2019-03-28');
    expect(dateFromName('archive-2024-02-30/notes.md')).toBeNull();
    expect(dateFromName('2021-03-00-update.md')).toBeNull();
    expect(dateFromName('12025-01-150.md')).toBeNull();
    expect(dateFromName('notes.md')).toBeNull();
  });
});

describe('stats', () => {
  it('JSON rows are sorted by date (undated last) and match summarize() from the engine', async () => {
    const r = await cli(['stats', '--format', 'json', `${FIXTURES}/folder`, `${FIXTURES}/blame.md`]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as StatsRow[];
    expect(rows.map((x) => [x.file, x.date])).toEqual([
      [`${FIXTURES}/folder/sub/2025-01-15-notes.txt`, '2025-01-15'],
      [`${FIXTURES}/folder/2025-03-15-board.md`, '2025-03-15'],
      [`${FIXTURES}/blame.md`, null],
      [`${FIXTURES}/folder/undated.md`, null],
    ]);
    for (const row of rows) {
      const text = readFileSync(row.file, 'utf8');
      const expected = summarize(countWords(text), analyze(text));
      expect(row.words).toBe(expected.words);
      expect(row.findings).toEqual({ ...expected.byCategory, total: expected.total });
      expect(row.per1000).toEqual(expected.per1000);
    }
    expect(rows[0].findings.blame).toBeGreaterThan(0);
    expect(rows[1].findings.total).toBe(0);
  });

  it('CSV parses back with a header and one row a file', async () => {
    const r = await cli(['stats', '--format', 'csv', `${FIXTURES}/folder`]);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'file', 'date', 'words', 'blame', 'org-centric', 'output-only', 'total',
      'blame/1000', 'org-centric/1000', 'output-only/1000', 'total/1000',
    ]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0].date).toBe('2025-01-15');
    expect(parsed.data[2].date).toBe('');
  });

  it('the table has aligned columns and a totals row', async () => {
    const r = await cli(['stats', `${FIXTURES}/folder`]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+date\s+words\s+blame\s+org-centric\s+output-only\s+total/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines).toHaveLength(2 + 3 + 1);
    expect(lines[5]).toMatch(/^all files\s+26\s/);
    // Right-aligned numbers: every row ends at the same column as the header.
    const widths = new Set(lines.map((l) => l.length));
    expect(widths.size).toBe(1);
  });

  it('reads --stdin and rejects a check-only format', async () => {
    const r = await cli(['stats', '--stdin', '--format', 'json', '--stdin-filename', '2025-06-01-notes.md'], {
      stdin: 'The council dropped the ball yet again.',
    });
    expect((JSON.parse(r.stdout) as StatsRow[])[0].date).toBe('2025-06-01');
    const bad = await cli(['stats', '--format', 'sarif', `${FIXTURES}/folder`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('common-ground: Unknown format "sarif" for stats: use table, csv, json.\n');
  });
});
