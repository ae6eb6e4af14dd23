// Evaluation: precision, recall and F1 per category on labelled sentences, plus findings on whole documents.
// Usage: npm run eval -- [dev.jsonl|sentences.tsv ...] [--quiet] [--no-tone] [--docs DIR|FILE ...]
//   --no-tone  phrase rules only (the three tone-model rules off), to measure them on their own
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { analyze, countWords, type Category } from '../lib/engine/index.ts';

const LABEL: Record<string, Category> = { blame: 'blame', org: 'org-centric', output: 'output-only' };
const CATS: Category[] = ['blame', 'org-centric', 'output-only'];
const SHARED = resolve(import.meta.dirname, '../../shared');

interface Item {
  id: string;
  text: string;
  labels: Category[];
  cue?: string | null;
}

function load(file: string): Item[] {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) {
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((r) => ({ id: r.id, text: r.text, labels: r.labels.map((l: string) => LABEL[l]), cue: r.cue }));
  }
  return raw
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l, i) => {
      const [label, text] = l.split('\t');
      return { id: `rw-${i + 2}`, text, labels: label === 'none' ? [] : [LABEL[label]] };
    });
}

function evaluate(file: string, showMisses: boolean) {
  const items = load(file);
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  for (const c of CATS) tp[c] = fp[c] = fn[c] = 0;
  const misses: string[] = [];
  let exact = 0;
  for (const item of items) {
    const ds = analyze(item.text, SETTINGS);
    const got = new Set(ds.map((d) => d.category));
    const want = new Set(item.labels);
    let ok = true;
    for (const c of CATS) {
      if (got.has(c) && want.has(c)) tp[c]++;
      else if (got.has(c)) {
        fp[c]++;
        ok = false;
        const d = ds.find((x) => x.category === c)!;
        misses.push(`FP ${c.padEnd(11)} ${item.id} [${d.ruleId}: “${item.text.slice(d.start, d.end)}”] ${item.text}`);
      } else if (want.has(c)) {
        fn[c]++;
        ok = false;
        misses.push(`FN ${c.padEnd(11)} ${item.id} ${item.text}${item.cue ? `   (cue: ${item.cue})` : ''}`);
      }
    }
    if (ok) exact++;
  }
  console.log(`\n${file}  (${items.length} sentences, ${exact} exactly right)`);
  console.log('category      precision  recall  F1     tp  fp  fn');
  for (const c of CATS) {
    const p = tp[c] + fp[c] ? tp[c] / (tp[c] + fp[c]) : 1;
    const r = tp[c] + fn[c] ? tp[c] / (tp[c] + fn[c]) : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${c.padEnd(13)} ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f.toFixed(3)}  ${String(tp[c]).padStart(3)} ${String(fp[c]).padStart(3)} ${String(fn[c]).padStart(3)}`);
  }
  const TP = CATS.reduce((a, c) => a + tp[c], 0);
  const FP = CATS.reduce((a, c) => a + fp[c], 0);
  console.log(`all           ${(TP / Math.max(1, TP + FP)).toFixed(3).padStart(9)}`);
  if (showMisses && misses.length) console.log('\n' + misses.sort().join('\n'));
}

function walk(p: string): string[] {
  if (!existsSync(p)) return [];
  if (statSync(p).isDirectory()) return readdirSync(p).sort().flatMap((f) => walk(join(p, f)));
  return ['.md', '.txt'].includes(extname(p)) ? [p] : [];
}

function docs(paths: string[], showMisses: boolean) {
  let words = 0;
  let findings = 0;
  const lines: string[] = [];
  for (const file of paths.flatMap(walk)) {
    const text = readFileSync(file, 'utf8');
    const ds = analyze(text, SETTINGS);
    words += countWords(text);
    findings += ds.length;
    for (const d of ds) lines.push(`${file}:${d.line}  ${d.ruleId}  “${text.slice(d.start, d.end)}”  | ${lineOf(text, d.start)}`);
  }
  console.log(`\nDocuments ${paths.join(', ')}: ${findings} findings in ${words} words = ${((findings * 1000) / Math.max(1, words)).toFixed(2)} per 1,000 words`);
  if (showMisses) console.log(lines.join('\n'));
}

function lineOf(text: string, at: number) {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? undefined : e).trim().slice(0, 200);
}

const args = process.argv.slice(2);
const showMisses = !args.includes('--quiet');
const SETTINGS = args.includes('--no-tone')
  ? { rules: { 'no-blame-tone': 'off', 'no-org-centric-tone': 'off', 'no-output-only-tone': 'off' } as const }
  : undefined;
const docIdx = args.indexOf('--docs');
const files = (docIdx >= 0 ? args.slice(0, docIdx) : args).filter((a) => !a.startsWith('--'));
const docPaths = docIdx >= 0 ? args.slice(docIdx + 1).filter((a) => !a.startsWith('--')) : [];
const defaults = [join(SHARED, 'eval/dev.jsonl'), join(SHARED, 'corpus/sentences-realworld.tsv')];
const sets = files.length ? files : defaults.filter((f) => existsSync(f));
if (!sets.length && !docPaths.length) {
  console.error('No evaluation files found: pass a .jsonl or .tsv path (default ../shared/eval/dev.jsonl).');
  process.exit(2);
}
for (const f of sets) evaluate(f, showMisses);
const defaultDocs = [join(SHARED, 'corpus/minutes'), join(SHARED, 'samples/clean-minutes.md')].filter(existsSync);
if (docPaths.length) docs(docPaths, showMisses);
else if (!files.length) for (const d of defaultDocs) docs([d], showMisses);
