// Dense tone judge: sentence features from quantised GloVe word vectors (mean and max over content words) plus a few flags, scored per category.
import { tokenize, type Token } from './features.ts';
import type { ModelCategory } from './score.ts';

/** The shipped vector table as stored (lib/model/embed-vectors.json, written by scripts/train-embed.ts). */
export interface VectorFile {
  version: number;
  dims: number;
  /** Words in GloVe frequency order, space-separated; a word's rank stands in for its rarity. */
  words: string;
  /** Per-dimension scale: value = int8 × scale[d]. */
  scale: number[];
  /** Base64 of the int8 matrix, words × dims, row-major. */
  data: string;
}

export interface VectorTable {
  dims: number;
  index: Map<string, number>;
  /** Dequantised vectors, words × dims. */
  vectors: Float32Array;
}

/** One category's output layer as shipped (lib/model/embed-model.json). */
export interface EmbedCategoryModel {
  bias: number;
  /** Over [pooled hidden units, flags]. */
  weights: number[];
  /** Probability at or above which the sentence is reported (chosen for precision on held-out folds). */
  threshold: number;
}

export interface EmbedModelFile {
  version: number;
  /** False ships the judge switched off: the tone rules then behave as before it. */
  enabled: boolean;
  dims: number;
  hidden: number;
  /** Hidden layer over a two-word window [v(i), v(i+1)]: hidden × 2·dims, row-major. */
  w1: number[];
  b1: number[];
  categories: Record<ModelCategory, EmbedCategoryModel>;
}

export function decodeVectors(file: VectorFile): VectorTable {
  const words = file.words.split(' ');
  const bin = atob(file.data);
  const vectors = new Float32Array(words.length * file.dims);
  for (let i = 0; i < vectors.length; i++) {
    const byte = bin.charCodeAt(i);
    vectors[i] = (byte > 127 ? byte - 256 : byte) * file.scale[i % file.dims];
  }
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  return { dims: file.dims, index, vectors };
}

/** Little words carry grammar, not charge: they never enter the pools and never make the span. */
export const FUNCTION_WORDS = new Set(
  ('a an the of to in on at by for from with as and or but if so that this these those it its is are was were be been being has have had ' +
    'do does did will would shall should can could may might must he she they them his her we us you your i me my who which what ' +
    'when where there here also into about over up out than then just very any all some each other such only own same both more most ' +
    'said says noted asked told agreed one two three new per via how why whether while during after before').split(' '),
);

// Structural flags: broad word classes the pools blur, each a yes/no for the sentence.
const ACTIVITY = /^(?:appointments?|contacts?|visits?|referrals?|calls?|sessions?|assessments?|attendances?|checks?|reviews?|discharges?|cases?|packages?|leaflets?|events?|beds?|clinics?|screenings?|vaccinations?|jabs?|tests?|consultations?|admissions?|episodes?|interventions?|courses?|places?|hours?|posts?|meetings?|forms?|letters?|tickets?|enquiries|queries|downloads?|clicks?|sign-?ups?|participants?|attendees?|workshops?|targets?|kpis?)$/;
const FAILURE = /^(?:failed|fails|failing|missed|ignored|forgot|forgotten|dropped|neglected|refused|botched|bungled|messed|lost|wrecked|ruined|blew|broke|sat|dumped|fobbed|passed|lazy|careless|incompetent|useless|sloppy|blamed|fault)$/;
const POSSESSIVE = /^(?:our|ours|their|theirs|my|mine)$/;
const NEGATION = /^(?:not|never|no|nobody|nothing|n't|didn't|don't|doesn't|won't|wouldn't|couldn't|can't|cannot|isn't|wasn't|weren't|aren't|haven't|hasn't|hadn't)$/;
const BODY = /^(?:team|teams|department|service|services|trust|council|board|practice|practices|ward|unit|directorate|provider|providers|agency|organisation|partners?|commissioners?|colleagues|staff|they)$/;


export const FLAG_COUNT = 9;

/** Number tokens stand for their kind, so "40 visits" and "£2m" carry meaning the pools can use. */
const NUMBER_WORD: Record<string, string> = { '<num>': 'number', '<pct>': 'percent', '<money>': 'pounds' };

export interface Encoded {
  sentence: string;
  tokens: Token[];
  /** Row of each token in the vector table, or -1. */
  rows: Int32Array;
  /** Start token of each two-word window the judge looks at (each holds at least one known content word). */
  windows: number[];
  flags: Float32Array;
}

export function encode(sentence: string, table: VectorTable): Encoded {
  const tokens = tokenize(sentence);
  const rows = new Int32Array(tokens.length);
  const content = tokens.map((t, i) => {
    const row = table.index.get(NUMBER_WORD[t.norm] ?? t.norm) ?? -1;
    rows[i] = row;
    return row >= 0 && !FUNCTION_WORDS.has(t.norm);
  });
  const windows: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (rows[i] >= 0 && (content[i] || content[i + 1])) windows.push(i);
  const norms = tokens.map((t) => t.norm);
  const has = (re: RegExp) => norms.some((n) => re.test(n));
  const number = norms.some((n) => n in NUMBER_WORD);
  const named = tokens.some((t, i) => i > 0 && /^\p{Lu}/u.test(sentence.slice(t.start, t.end)) && !FUNCTION_WORDS.has(t.norm));
  const flags = Float32Array.from([
    number && has(ACTIVITY) ? 1 : 0,
    number ? 1 : 0,
    named ? 1 : 0,
    has(FAILURE) ? 1 : 0,
    has(POSSESSIVE) ? 1 : 0,
    has(NEGATION) ? 1 : 0,
    /\?\s*$/.test(sentence) ? 1 : 0,
    /!/.test(sentence) ? 1 : 0,
    has(BODY) ? 1 : 0,
  ]);
  return { sentence, tokens, rows, windows, flags };
}

export interface Forward {
  /** Max-pooled hidden units followed by the flags: the output layer's input. */
  x: Float32Array;
  /** For each hidden unit, the window (index into windows) that held its maximum, or -1. */
  argmax: Int32Array;
}

/** A word's part in every hidden unit, as the first and as the second word of a window: [W1a·v (hidden), W1b·v (hidden)]. */
function project(row: number, table: VectorTable, net: Pick<EmbedModelFile, 'w1' | 'hidden'>): Float32Array {
  const D = table.dims;
  const H = net.hidden;
  const out = new Float32Array(2 * H);
  const at = row * D;
  for (let h = 0; h < H; h++) {
    const base = h * 2 * D;
    let a = 0;
    let b = 0;
    for (let d = 0; d < D; d++) {
      a += net.w1[base + d] * table.vectors[at + d];
      b += net.w1[base + D + d] * table.vectors[at + d];
    }
    out[h] = a;
    out[H + h] = b;
  }
  return out;
}

/**
 * Hidden layer (ReLU) over every window, max-pooled per unit. With `cache` (fixed weights only: the shipped model),
 * each word's projection is computed once and reused, so a window costs one addition per unit.
 */
export function forward(enc: Encoded, table: VectorTable, net: Pick<EmbedModelFile, 'w1' | 'b1' | 'hidden'>, cache?: Map<number, Float32Array>): Forward {
  const H = net.hidden;
  const x = new Float32Array(H + FLAG_COUNT);
  const argmax = new Int32Array(H).fill(-1);
  const proj = (row: number) => {
    if (!cache) return project(row, table, net);
    let p = cache.get(row);
    if (!p) cache.set(row, (p = project(row, table, net)));
    return p;
  };
  enc.windows.forEach((start, k) => {
    const a = proj(enc.rows[start]);
    const next = start + 1 < enc.rows.length ? enc.rows[start + 1] : -1;
    const b = next >= 0 ? proj(next) : null;
    for (let h = 0; h < H; h++) {
      const z = net.b1[h] + a[h] + (b ? b[H + h] : 0);
      if (z > x[h]) {
        x[h] = z;
        argmax[h] = k;
      }
    }
  });
  x.set(enc.flags, H);
  return { x, argmax };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(x: Float32Array, model: EmbedCategoryModel): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
  return sigmoid(z);
}

export interface EmbedScore {
  probability: number;
  threshold: number;
  /** Character range of the words that carry the score; start = end = 0 below the threshold or when no word carries it. */
  start: number;
  end: number;
}

const MAX_SPAN = 5;

/** Scores a sentence and, when it passes, finds the clause-bounded words whose windows carry most of the class score. */
export function scoreDense(
  enc: Encoded,
  fwd: Forward,
  table: VectorTable,
  net: EmbedModelFile,
  model: EmbedCategoryModel,
  /** Words that name who acts (team, clerk, contractor …): naming who is charged is not the charge, so they never carry the span alone. */
  agents: ReadonlySet<string> = new Set(),
): EmbedScore {
  const p = probability(fwd.x, model);
  const none = { probability: p, threshold: model.threshold, start: 0, end: 0 };
  if (p < model.threshold || !enc.windows.length) return none;
  // Each token's share: a window's pooled units weighted by the output layer, split over the words it covers.
  const { tokens, sentence } = enc;
  const share = new Float64Array(tokens.length);
  for (let h = 0; h < net.hidden; h++) {
    const k = fwd.argmax[h];
    if (k < 0 || fwd.x[h] <= 0) continue;
    const c = model.weights[h] * fwd.x[h];
    const i = enc.windows[k];
    // Split the unit's value between the window's two words by what each put into it.
    const D = table.dims;
    const base = h * 2 * D;
    let za = 0;
    let zb = 0;
    for (let d = 0; d < D; d++) za += net.w1[base + d] * table.vectors[enc.rows[i] * D + d];
    const next = i + 1 < tokens.length ? enc.rows[i + 1] : -1;
    if (next >= 0) for (let d = 0; d < D; d++) zb += net.w1[base + D + d] * table.vectors[next * D + d];
    const pa = Math.max(0, za);
    const pb = Math.max(0, zb);
    const total = pa + pb || 1;
    share[i] += (c * pa) / total;
    if (next >= 0) share[i + 1] += (c * pb) / total;
  }
  // Little words, agent nouns and names never start or end the span: naming who is charged is not the charge.
  const carries = (i: number) =>
    share[i] > 0 &&
    enc.rows[i] >= 0 &&
    !FUNCTION_WORDS.has(tokens[i].norm) &&
    !agents.has(tokens[i].norm) &&
    !(i > 0 && /^\p{Lu}/u.test(sentence.slice(tokens[i].start, tokens[i].end)));
  const breakAfter = tokens.map((t, i) => i + 1 < tokens.length && /[;:,()\[\]—–"“”]|\s-\s/.test(sentence.slice(t.end, tokens[i + 1].start)));
  // The span holds the word that carries most, widened over neighbours that add clearly to it (never across a clause break).
  let peak = -1;
  for (let i = 0; i < tokens.length; i++) if (carries(i) && (peak < 0 || share[i] > share[peak])) peak = i;
  if (peak < 0) return none;
  let best = { score: share[peak], from: peak, to: peak + 1 };
  for (let from = Math.max(0, peak - MAX_SPAN + 1); from <= peak; from++) {
    if (!carries(from)) continue;
    for (let to = peak + 1; to <= Math.min(tokens.length, from + MAX_SPAN); to++) {
      if (!carries(to - 1)) continue;
      let crosses = false;
      let sum = 0;
      for (let i = from; i < to; i++) {
        if (i + 1 < to && breakAfter[i]) crosses = true;
        sum += Math.max(0, share[i]);
      }
      if (crosses) continue;
      const score = sum - 0.15 * share[peak] * (to - from - 1);
      if (score > best.score) best = { score, from, to };
    }
  }
  if (best.from < 0) return none;
  // Number tokens may hold a trailing space or colon: the span ends on the last letter or digit.
  const text = sentence.slice(tokens[best.from].start, tokens[best.to - 1].end).replace(/[\s:,.;'’"”]+$/u, '');
  return { probability: p, threshold: model.threshold, start: tokens[best.from].start, end: tokens[best.from].start + text.length };
}
