// Benchmark: the content script's work per keystroke in a very large editor text (5 MB paste), outside the editor itself.
// `--path=full` runs what the controller did before (diff by a character loop inside shiftDiagnostics, full word count);
// `--path=incremental` runs applyTextChange (block-wise diff, word count from the edit). Run: npm run bench:keystroke.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countWords } from '../lib/engine/stats.ts';
import { shiftDiagnostics } from '../lib/content/text-diff.ts';
import type { Diagnostic } from '../lib/engine/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { path: { type: 'string', default: 'both' }, mb: { type: 'string', default: '5' }, keys: { type: 'string', default: '200' } },
  strict: true,
});

/** The fictional Riverside minutes, repeated to the size of the paste. */
function bigText(bytes: number): string {
  const dir = path.join(ROOT, 'tests/fixtures/riverside');
  const source = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  return source.repeat(Math.ceil(bytes / source.length)).slice(0, bytes);
}

/** A flat copy, as a textarea's value is: V8 would otherwise keep the concatenation as a rope and flatten it on first read. */
const flat = (s: string) => Buffer.from(s, 'utf16le').toString('utf16le');

function diagnosticsFor(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let at = text.indexOf('council'); at >= 0 && out.length < 2000; at = text.indexOf('council', at + 1)) {
    out.push({ ruleId: 'r', category: 'blame', practice: 4, severity: 'warning', message: 'm', start: at, end: at + 7, line: 1, column: 1, endLine: 1, endColumn: 8, suggestions: [] });
  }
  return out;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function run(kind: 'full' | 'incremental', base: string, keys: number) {
  const keystroke = kind === 'incremental' ? await import('../lib/content/keystroke.ts').catch(() => null) : null;
  if (kind === 'incremental' && !keystroke) return null;
  // Typing in one place, as a user does: a run of characters at a random spot, then the next spot.
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  let text = base;
  const state = { text, diagnostics: diagnosticsFor(text), words: countWords(text), wordsOf: text };
  let diagnostics = state.diagnostics;
  const times: number[] = [];
  let at = rand(text.length);
  for (let k = 0; k < keys; k++) {
    if (k % 20 === 0) at = rand(text.length);
    const next = flat(k % 10 === 9 ? text.slice(0, at - 1) + text.slice(at) : text.slice(0, at) + 'x' + text.slice(at));
    at += k % 10 === 9 ? -1 : 1;
    const t0 = performance.now();
    if (keystroke) {
      keystroke.applyTextChange(state, next);
      keystroke.wordsOf(state);
    } else {
      diagnostics = shiftDiagnostics(diagnostics, text, next);
      countWords(next);
    }
    times.push(performance.now() - t0);
    text = next;
  }
  if (keystroke && state.words !== countWords(text)) throw new Error('incremental word count drifted');
  return { path: kind, keystrokes: keys, p50Ms: +quantile(times, 0.5).toFixed(2), p95Ms: +quantile(times, 0.95).toFixed(2), maxMs: +Math.max(...times).toFixed(2) };
}

const bytes = Math.round(Number(values.mb) * 1_000_000);
const base = flat(bigText(bytes));
console.log(`Text: ${(base.length / 1e6).toFixed(1)} M characters, ${countWords(base).toLocaleString('en-GB')} words.`);
const kinds = values.path === 'both' ? (['full', 'incremental'] as const) : [values.path as 'full' | 'incremental'];
const rows = [];
for (const kind of kinds) {
  const r = await run(kind, base, Number(values.keys));
  if (r) rows.push(r);
  else console.log(`(${kind}: not in this version)`);
}
console.table(rows);
