// Measures the rewrites: share of findings with a one-click rewrite, share that clear their category on re-analysis,
// quotations altered. Usage: npm run rewrites -- PATHS (files or folders of .md/.txt, .jsonl with "text", .tsv with "sentence").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applySuggestion, type Diagnostic } from '../lib/engine/index.ts';
import { quotedSpans } from '../lib/rewrite/quotes.ts';
import { trace } from '../lib/rewrite/offer.ts';

function files(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((n) => files(join(path, n)));
  return /\.(?:md|txt|jsonl|tsv)$/i.test(path) ? [path] : [];
}

/** Documents to analyse: whole files for prose, one document per line for labelled sentence sets. */
function documents(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) return text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  if (path.endsWith('.tsv')) {
    const [head, ...rows] = text.split('\n').filter(Boolean);
    const col = head.split('\t').indexOf('sentence');
    return rows.map((r) => r.split('\t')[col] ?? '');
  }
  return [text];
}

const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1] ?? 20) : 0;
// --missing N: findings without a one-click rewrite, grouped by rule and message, N examples each (what to build next).
const missing = args.includes('--missing') ? Number(args[args.indexOf('--missing') + 1] ?? 3) : 0;
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show' && args[i - 1] !== '--missing');
const without = new Map<string, string[]>();
// --why: with --missing, the rewrites generated for a finding that the checks turned away, and the check.
const turnedAway = new Map<string, string[]>();
if (args.includes('--why')) trace.on = (f, after, why) => {
  const k = `${f.sentence}\0${f.sentence.slice(f.start, f.end)}`;
  turnedAway.set(k, [...(turnedAway.get(k) ?? []), `${why}: ${after}`]);
};
if (!paths.length) {
  console.error('Usage: npm run rewrites -- [--show N] PATHS');
  process.exit(2);
}

const byCategory = new Map<string, { findings: number; rewritten: number }>();
let findings = 0;
let rewritten = 0;
let offered = 0;
let cleared = 0;
let sentenceCleared = 0;
let quotesAltered = 0;
const samples: string[] = [];

for (const doc of paths.flatMap(files).flatMap(documents)) {
  turnedAway.clear();
  const ds = analyze(doc);
  for (const d of ds) {
    findings++;
    const cat = byCategory.get(d.category) ?? { findings: 0, rewritten: 0 };
    cat.findings++;
    byCategory.set(d.category, cat);
    const fixes = d.suggestions.map((s, i) => ({ s, i })).filter(({ s }) => s.replacement !== undefined);
    if (!fixes.length) {
      const key = `${d.category} ${d.ruleId}/${d.messageId ?? 'found'}`;
      const list = without.get(key) ?? [];
      list.push(`[${doc.slice(d.start, d.end)}] ${line(doc, d.start, d.end).slice(0, 300)}`);
      for (const [k, v] of turnedAway) {
        const [sentence, flagged] = k.split('\0');
        if (flagged === doc.slice(d.start, d.end) && line(doc, d.start, d.end).includes(sentence.trim().slice(0, 40))) list.push(...v.map((x) => `      ${x.slice(0, 300)}`));
      }
      without.set(key, list);
      continue;
    }
    rewritten++;
    cat.rewritten++;
    for (const { s, i } of fixes) {
      offered++;
      const after = applySuggestion(doc, d, i);
      const range = s.range ?? d;
      const changedEnd = range.start + s.replacement!.length;
      const again = analyze(after);
      // Cleared where it changed the text: no finding of the category overlapping the rewritten words.
      if (!again.some((a) => a.category === d.category && a.start < changedEnd && range.start < a.end)) cleared++;
      // Cleared on the whole sentence: no finding of the category anywhere in the rewritten sentence.
      const sStart = Math.max(doc.lastIndexOf('\n', range.start), ...['. ', '? ', '! '].map((p) => doc.lastIndexOf(p, range.start - 1)));
      const sEndOld = nextStop(doc, range.end);
      const sEnd = sEndOld + (after.length - doc.length);
      if (!again.some((a) => a.category === d.category && a.start < sEnd && sStart < a.end)) sentenceCleared++;
      // Quotations: every quoted passage of the original is still in the rewritten text, word for word.
      for (const q of quotedSpans(doc.slice(Math.max(0, sStart), sEndOld))) {
        const quote = doc.slice(Math.max(0, sStart) + q.start, Math.max(0, sStart) + q.end);
        if (!after.includes(quote)) quotesAltered++;
      }
      if (samples.length < show) samples.push(`${d.ruleId}\n  before: ${line(doc, range.start, range.end)}\n  after:  ${line(after, range.start, changedEnd)}`);
    }
  }
}

function nextStop(text: string, from: number): number {
  const m = /[.!?](?=\s|$)|\n/.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

function line(text: string, a: number, b: number): string {
  const s = text.lastIndexOf('\n', a - 1) + 1;
  const e = text.indexOf('\n', b);
  return text.slice(s, e < 0 ? undefined : e).trim();
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
console.log(`findings: ${findings}; with a one-click rewrite: ${rewritten} (${pct(rewritten, findings)})`);
for (const [c, v] of byCategory) console.log(`  ${c}: ${v.rewritten}/${v.findings} (${pct(v.rewritten, v.findings)})`);
console.log(`rewrites offered: ${offered}; clear their category where they changed the text: ${cleared} (${pct(cleared, offered)})`);
console.log(`  clear their category on the whole sentence: ${sentenceCleared} (${pct(sentenceCleared, offered)})`);
console.log(`quotations altered: ${quotesAltered}`);
if (samples.length) console.log('\n' + samples.join('\n'));
if (missing) {
  console.log('\nfindings without a rewrite, by rule/message:');
  for (const [k, v] of [...without].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${v.length}\t${k}`);
    for (const e of v.slice(0, missing)) console.log(`    ${e}`);
  }
}
