// Picks a reproducible (seeded) sample of offered rewrites and prints each before and after, for judging by hand.
// Usage: npx tsx scripts/rewrite-sample.ts [--n 50] [--seed 9] [--tsv] PATHS. Corpus text is printed, never stored:
// --tsv writes sentence text only for files under a "samples" folder, else just source, line and rewrite id.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, applySuggestion } from '../lib/engine/index.ts';

function files(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().flatMap((n) => files(join(path, n)));
  return /\.(?:md|txt|jsonl|tsv)$/i.test(path) ? [path] : [];
}

/** Documents with the line each starts on: whole files for prose, one per line for sentence sets. */
function documents(path: string): { text: string; line: number }[] {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (path.endsWith('.jsonl')) return lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => ({ text: (JSON.parse(l) as { text: string }).text, line: i + 1 }));
  if (path.endsWith('.tsv')) {
    const col = lines[0].split('\t').indexOf('sentence');
    if (col < 0) return [];
    return lines.slice(1).map((r, i) => ({ text: r.split('\t')[col] ?? '', line: i + 2 })).filter((d) => d.text);
  }
  return [{ text, line: 1 }];
}

/** mulberry32: a small seeded generator, so the same sample comes back on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const n = opt('--n', 50);
const seed = opt('--seed', 9);
const tsv = args.includes('--tsv');
const paths = args.filter((a, i) => !a.startsWith('--') && !['--n', '--seed'].includes(args[i - 1]));

interface Item {
  source: string;
  line: number;
  ruleId: string;
  id: string;
  before: string;
  after: string;
}

const lineOf = (text: string, i: number) => text.slice(0, i).split('\n').length;
/** The sentence around [a, b): back to the last stop or line break before a, on to the next after b. */
const lineText = (text: string, a: number, b: number) => {
  const head = text.slice(0, a);
  const s = Math.max(head.lastIndexOf('\n') + 1, ...['. ', '? ', '! '].map((p) => (head.lastIndexOf(p) < 0 ? 0 : head.lastIndexOf(p) + 2)));
  const m = /[.!?](?=\s|$)|\n/.exec(text.slice(b));
  const e = m ? b + m.index + 1 : text.length;
  return text.slice(s, e).trim();
};

const items: Item[] = [];
for (const path of paths.flatMap(files)) {
  for (const doc of documents(path)) {
    for (const d of analyze(doc.text)) {
      // The first rewrite offered is the one a click (and fix-all) applies.
      const i = d.suggestions.findIndex((s) => s.replacement !== undefined);
      if (i < 0) continue;
      const s = d.suggestions[i];
      const range = s.range ?? d;
      const after = applySuggestion(doc.text, d, i);
      const id = `${d.ruleId}:${createHash('sha1').update(`${d.start}\0${s.replacement}`).digest('hex').slice(0, 8)}`;
      items.push({
        source: relative('/work/shared', path).startsWith('..') ? path : relative('/work/shared', path),
        line: doc.line + lineOf(doc.text, d.start) - 1,
        ruleId: d.ruleId,
        id,
        before: lineText(doc.text, range.start, range.end),
        after: lineText(after, range.start, range.start + s.replacement!.length),
      });
    }
  }
}

// A seeded Fisher–Yates shuffle, then the first n.
const rnd = random(seed);
for (let i = items.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [items[i], items[j]] = [items[j], items[i]];
}
const picked = items.slice(0, n);
console.error(`${items.length} rewrites offered; sample of ${picked.length} (seed ${seed})`);
if (tsv) {
  console.log(['n', 'source', 'line', 'rewrite_id', 'before', 'after'].join('\t'));
  picked.forEach((p, k) => {
    const mayQuote = /(?:^|\/)samples\//.test(p.source);
    console.log([k + 1, p.source, p.line, p.id, mayQuote ? p.before : '', mayQuote ? p.after : ''].join('\t'));
  });
} else {
  picked.forEach((p, k) => console.log(`#${k + 1} ${p.source}:${p.line} ${p.id}\n  before: ${p.before.slice(0, 400)}\n  after:  ${p.after.slice(0, 400)}\n`));
}
