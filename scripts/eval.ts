// Evaluation: precision, recall and F1 per category on labelled sentences, plus findings on whole documents.
// Usage: npm run eval -- [dev.jsonl|sentences.tsv|blind.jsonl ...] [--quiet] [--no-tone] [--docs DIR|FILE ...]
//   --no-tone  phrase rules only (the three tone-model rules off), to measure them on their own
// With no arguments: the dev set (regression only: the rules were written beside it), the real-world sentences,
// findings per 1,000 words on the corpus minutes (all, the sources the tone model never trained on, and those it
// used as negatives), clean-minutes.md, and how many findings of the hand-judged sample (data/eval) are right.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { analyze, countWords, type Category } from '../lib/engine/index.ts';

const LABEL: Record<string, Category> = { blame: 'blame', org: 'org-centric', output: 'output-only' };
const CATS: Category[] = ['blame', 'org-centric', 'output-only'];
// The shared folder sits beside the main checkout (../shared) or at /work/shared; SHARED_DIR overrides both.
const SHARED = [process.env.SHARED_DIR, resolve(import.meta.dirname, '../../shared'), resolve(import.meta.dirname, '../../../shared')]
  .filter((p): p is string => !!p)
  .find((p) => existsSync(p)) ?? resolve(import.meta.dirname, '../../shared');
/** Corpus sources whose sentences feed data/train as negatives (scripts/build-corpus-negatives.ts): not a fair test. */
const TRAINING_SOURCES = ['openjs-cpc', 'rust-leadership-council'];
const JUDGED = resolve(import.meta.dirname, '../data/eval/judged-findings.tsv');

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
  // Span quality: of the true findings whose one-label sentence names its cue (the words that carry the charge), how many overlap it.
  let cued = 0;
  let overlapping = 0;
  for (const item of items) {
    const ds = analyze(item.text, SETTINGS);
    const got = new Set(ds.map((d) => d.category));
    const want = new Set(item.labels);
    let ok = true;
    for (const c of CATS) {
      if (got.has(c) && want.has(c)) {
        tp[c]++;
        // One cue per sentence: with two labels it names only one of them, so only one-label sentences count.
        const at = item.cue && want.size === 1 ? item.text.toLowerCase().indexOf(item.cue.toLowerCase()) : -1;
        if (at >= 0) {
          cued++;
          const end = at + item.cue!.length;
          if (ds.some((d) => d.category === c && d.start < end && d.end > at)) overlapping++;
          else misses.push(`SPAN ${c.padEnd(9)} ${item.id} [${ds.filter((d) => d.category === c).map((d) => `“${item.text.slice(d.start, d.end)}”`).join(' ')}] cue “${item.cue}”`);
        }
      } else if (got.has(c)) {
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
  if (cued) console.log(`true findings whose span overlaps the labelled cue: ${overlapping}/${cued} (${((100 * overlapping) / cued).toFixed(1)}%)`);
  if (showMisses && misses.length) console.log('\n' + misses.sort().join('\n'));
}

function walk(p: string): string[] {
  if (!existsSync(p)) return [];
  if (statSync(p).isDirectory()) return readdirSync(p).sort().flatMap((f) => walk(join(p, f)));
  return ['.md', '.txt'].includes(extname(p)) ? [p] : [];
}

interface DocFinding {
  /** Path relative to the corpus folder (minutes/<source>/<file>), as in the judged sample. */
  key: string;
  line: number;
  ruleId: string;
}

function docs(paths: string[], showMisses: boolean, label = paths.join(', ')): DocFinding[] {
  let words = 0;
  const found: DocFinding[] = [];
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  for (const file of paths.flatMap(walk)) {
    const text = readFileSync(file, 'utf8');
    const ds = analyze(text, SETTINGS);
    words += countWords(text);
    const key = file.includes('/corpus/') ? file.slice(file.indexOf('/corpus/') + 8) : file.includes('/samples/') ? file.slice(file.indexOf('/samples/') + 1) : file;
    for (const d of ds) {
      found.push({ key, line: d.line, ruleId: d.ruleId });
      counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
      lines.push(`${file}:${d.line}  ${d.ruleId}  “${text.slice(d.start, d.end)}”  | ${lineOf(text, d.start)}`);
    }
  }
  const rate = ((found.length * 1000) / Math.max(1, words)).toFixed(2);
  console.log(`\nDocuments ${label}: ${found.length} findings in ${words} words = ${rate} per 1,000 words`);
  const tone = Object.entries(counts).filter(([id]) => id.endsWith('-tone'));
  if (found.length) console.log(`  by rule: ${Object.entries(counts).map(([id, n]) => `${id} ${n}`).join(', ')}${tone.length ? '' : ' (no tone-rule findings)'}`);
  if (showMisses && lines.length) console.log(lines.join('\n'));
  return found;
}

/** The hand-judged sample: file (relative to the corpus), line, rule, verdict (right/wrong); no corpus text is stored. */
function judged(found: DocFinding[]) {
  if (!existsSync(JUDGED)) return;
  const rows = readFileSync(JUDGED, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
  const verdict = new Map(rows.map(([file, line, rule, v]) => [`${file}:${line}:${rule}`, v]));
  const right = rows.filter((r) => r[3] === 'right').length;
  console.log(`\nHand-judged sample (data/eval/judged-findings.tsv): ${rows.length} findings judged over time, ${right} right.`);
  const now = found.map((f) => verdict.get(`${f.key}:${f.line}:${f.ruleId}`));
  const seen = now.filter(Boolean);
  console.log(`  of today's ${found.length} findings (corpus minutes and postmortems, riverside samples): ${seen.length} judged, ${seen.filter((v) => v === 'right').length} right, ${found.length - seen.length} not yet judged`);
  for (const group of ['minutes/', 'postmortems/', 'samples/']) {
    const idx = found.map((f, i) => (f.key.startsWith(group) ? i : -1)).filter((i) => i >= 0);
    const v = idx.map((i) => now[i]).filter(Boolean);
    console.log(`    ${group.padEnd(13)} ${idx.length} findings, ${v.length} judged, ${v.filter((x) => x === 'right').length} right`);
  }
  const unjudged = found.filter((_, i) => !now[i]);
  for (const f of unjudged.slice(0, 10)) console.log(`  not judged: ${f.key}:${f.line} ${f.ruleId}`);
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
// Our own blind sets (data/eval/blind, written by a helper that never saw the rules) are measured, never trained on.
const BLIND = resolve(import.meta.dirname, '../data/eval/blind');
const defaults = [
  join(SHARED, 'eval/dev.jsonl'),
  join(BLIND, 'blind-a.jsonl'),
  join(BLIND, 'blind-b.jsonl'),
  join(SHARED, 'corpus/sentences-realworld.tsv'),
];
const sets = files.length ? files : defaults.filter((f) => existsSync(f));
if (!sets.length && !docPaths.length) {
  console.error('No evaluation files found: pass a .jsonl or .tsv path (default ../shared/eval/dev.jsonl).');
  process.exit(2);
}
for (const f of sets) evaluate(f, showMisses);
if (docPaths.length) docs(docPaths, showMisses);
else if (!files.length) {
  const minutes = join(SHARED, 'corpus/minutes');
  if (existsSync(minutes)) {
    const found = docs([minutes], showMisses);
    const sources = readdirSync(minutes).sort();
    docs(sources.filter((s) => !TRAINING_SOURCES.includes(s)).map((s) => join(minutes, s)), false, 'corpus minutes, sources never trained on');
    docs(sources.filter((s) => TRAINING_SOURCES.includes(s)).map((s) => join(minutes, s)), false, `corpus minutes, sources used as training negatives (${TRAINING_SOURCES.join(', ')})`);
    const post = join(SHARED, 'corpus/postmortems');
    const more = existsSync(post) ? docs([post], false, 'corpus postmortems (dfds and kubernetes-test-infra are training negatives)') : [];
    // The project's own sample minutes (written with findings seeded on purpose) are part of the judged sample too.
    const samples = join(SHARED, 'samples');
    const riverside = existsSync(samples) ? readdirSync(samples).filter((f) => f.startsWith('riverside-')).map((f) => join(samples, f)) : [];
    const seeded = riverside.length ? docs(riverside, false, 'sample minutes riverside-*.md (written for the project)') : [];
    judged([...found, ...more, ...seeded]);
  }
  const clean = join(SHARED, 'samples/clean-minutes.md');
  if (existsSync(clean)) docs([clean], showMisses);
  const blindClean = join(BLIND, 'blind-minutes.md');
  if (existsSync(blindClean)) docs([blindClean], showMisses);
}
