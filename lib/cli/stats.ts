// `stats`: words and findings per category per 1,000 words for each file, dated from its name: an archive's trend.
import Papa from 'papaparse';
import path from 'node:path';
import { CATEGORIES, type Category, type Diagnostic } from '../engine/types.ts';
import { per1000, summarize } from '../engine/stats.ts';

export interface StatsRow {
  file: string;
  /** YYYY-MM-DD from the file name, or null when the name holds no valid calendar date. */
  date: string | null;
  words: number;
  findings: Record<Category, number> & { total: number };
  per1000: Record<Category, number> & { total: number };
}

const DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** The first real calendar date (YYYY-MM-DD) in the file's name; "2021-03-00" is not one. */
export function dateFromName(file: string): string | null {
  for (const m of path.basename(file).matchAll(DATE)) {
    const [, y, mo, d] = m;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)) {
      return m[0];
    }
  }
  return null;
}

export function statsRow(file: string, words: number, diagnostics: readonly Diagnostic[]): StatsRow {
  const s = summarize(words, diagnostics);
  return { file, date: dateFromName(file), words, findings: { ...s.byCategory, total: s.total }, per1000: s.per1000 };
}

/** By date (undated last), then by path. */
export function sortRows(rows: StatsRow[]): StatsRow[] {
  return rows.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

const HEADERS = ['file', 'date', 'words', ...CATEGORIES, 'total', ...CATEGORIES.map((c) => `${c}/1000`), 'total/1000'];

function cells(row: StatsRow): (string | number)[] {
  return [
    row.file,
    row.date ?? '',
    row.words,
    ...CATEGORIES.map((c) => row.findings[c]),
    row.findings.total,
    ...CATEGORIES.map((c) => row.per1000[c].toFixed(2)),
    row.per1000.total.toFixed(2),
  ];
}

export function formatStatsCsv(rows: readonly StatsRow[]): string {
  // File names are user data: a cell starting with = + - @ must not run as a formula (as in the history export).
  return Papa.unparse({ fields: HEADERS, data: rows.map(cells) }, { newline: '\n', escapeFormulae: true }) + '\n';
}

export function formatStatsJson(rows: readonly StatsRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

/** Aligned columns: text left, numbers right; a totals row when there is more than one file. */
export function formatStatsTable(rows: readonly StatsRow[]): string {
  const body = rows.map((r) => cells(r).map((c, i) => (i === 1 && c === '' ? '—' : String(c))));
  if (rows.length > 1) {
    const words = rows.reduce((n, r) => n + r.words, 0);
    const sum = (c: Category | 'total') => rows.reduce((n, r) => n + r.findings[c], 0);
    const rate = (n: number) => per1000(n, words).toFixed(2);
    body.push(['all files', '', String(words), ...CATEGORIES.map((c) => String(sum(c))), String(sum('total')), ...CATEGORIES.map((c) => rate(sum(c))), rate(sum('total'))]);
  }
  const table = [HEADERS, ...body];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  return out.join('\n') + '\n';
}
