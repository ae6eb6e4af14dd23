// Scores a sentence with the trained tone model (logistic regression over words and word pairs) and finds the words that carry it.
import weights from './weights.json' with { type: 'json' };
import { featureScale, featuresOf, tokenize, type Feature, type Token } from './features.ts';
import { cueFeatureNames } from './cues.ts';

export type ModelCategory = 'blame' | 'org' | 'output';

interface CategoryModel {
  bias: number;
  /** Probability at or above which the sentence is reported (chosen for precision on held-out folds). */
  threshold: number;
  weights: Record<string, number>;
}

interface ModelFile {
  version: number;
  categories: Record<ModelCategory, CategoryModel>;
}

const MODEL = weights as unknown as ModelFile;

export interface ToneScore {
  probability: number;
  threshold: number;
  /** Character range of the words that add most to the score (a window of up to five words); empty below the threshold. */
  start: number;
  end: number;
}

const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with as and or but if so that this these those it its is are was were be been being has have had do does did will would shall should can could may might must not no he she they them their his her we us our you your i me my who which what when where there here said says felt noted asked told'.split(' '),
);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const MAX_WINDOW = 5;

const CATEGORY_INDEX: Record<ModelCategory, number> = { blame: 0, org: 1, output: 2 };

/** Feature → its weight in each category (undefined where a category has none); built on first use. */
let table: Map<string, (number | undefined)[]> | undefined;

function weightTable(): Map<string, (number | undefined)[]> {
  if (table) return table;
  const t = new Map<string, (number | undefined)[]>();
  for (const [category, i] of Object.entries(CATEGORY_INDEX) as [ModelCategory, number][]) {
    for (const [name, w] of Object.entries(MODEL.categories[category].weights)) {
      let row = t.get(name);
      if (!row) t.set(name, (row = [undefined, undefined, undefined]));
      row[i] = w;
    }
  }
  return (table = t);
}

/** A feature of the sentence that the model knows, with its weights and whether it covers only little words. */
interface KnownFeature {
  name: string;
  row: (number | undefined)[];
  from: number;
  to: number;
  littleWords: boolean;
}

interface SentenceView {
  sentence: string;
  tokens: Token[];
  words: number;
  known: KnownFeature[];
  distinct: number;
}

// The three tone rules score the same sentence one after another: tokenise it and look its features up once for all of them.
let last: SentenceView | null = null;

function viewOf(sentence: string): SentenceView {
  if (last?.sentence === sentence) return last;
  const tokens = tokenize(sentence);
  const words = tokens.filter((t) => /^[\p{L}<]/u.test(t.norm)).length;
  // Cue classes (lib/model/cues.ts) are features too; they cover the whole sentence, so they never place the span.
  const feats = words < 4 ? [] : [...featuresOf(tokens), ...cueFeatureNames(sentence).map((name) => ({ name, from: 0, to: tokens.length }))];
  const weights = weightTable();
  const known: KnownFeature[] = [];
  for (const f of feats) {
    const row = weights.get(f.name);
    if (row) known.push({ name: f.name, row, from: f.from, to: f.to, littleWords: tokens.slice(f.from, f.to).every((t) => FUNCTION_WORDS.has(t.norm)) });
  }
  last = { sentence, tokens, words, known, distinct: new Set(feats.map((f) => f.name)).size };
  return last;
}

/** The model's view of one sentence for one category, or null when the sentence has too few words to judge. */
export function scoreTone(sentence: string, category: ModelCategory): ToneScore | null {
  const model = MODEL.categories[category];
  const at = CATEGORY_INDEX[category];
  const { tokens, words, known, distinct } = viewOf(sentence);
  if (words < 4) return null;
  // As in training: each distinct feature counts once, scaled by 1/sqrt(count) so length alone adds nothing.
  const x = featureScale(distinct);
  let z = model.bias;
  const contribution: { w: number; from: number; to: number }[] = [];
  const counted = new Set<string>();
  for (const f of known) {
    const w = f.row[at];
    if (w === undefined) continue;
    if (!counted.has(f.name)) {
      counted.add(f.name);
      z += w * x;
    }
    // The words shown to the user are the ones that carry meaning: pairs of little words still score, but do not place the span.
    if (w > 0 && !f.name.startsWith('c:') && !f.littleWords) contribution.push({ w, from: f.from, to: f.to });
  }
  const probability = sigmoid(z);
  // The span is only wanted for a sentence that will be reported.
  if (probability < model.threshold) return { probability, threshold: model.threshold, start: 0, end: 0 };
  let best = { sum: 0, from: 0, to: 1 };
  // A span never runs across a clause break (; : brackets, dashes, quotes): it should read as one phrase.
  const breakAfter = tokens.map((t, i) => i + 1 < tokens.length && /[;:()\[\]—–"“”]|\s-\s/.test(sentence.slice(t.end, tokens[i + 1].start)));
  for (let from = 0; from < tokens.length; from++) {
    for (let to = from + 1; to <= Math.min(tokens.length, from + MAX_WINDOW); to++) {
      if (to - 1 > from && breakAfter[to - 2]) break;
      let sum = 0;
      for (const c of contribution) if (c.from >= from && c.to <= to) sum += c.w;
      // Prefer the shorter window unless a longer one carries clearly more.
      if (sum > best.sum + 0.05) best = { sum, from, to };
    }
  }
  // Little words at the edges of the window add nothing to the reading ("… had treated the" → "… had treated").
  let { from, to } = best;
  while (to - from > 1 && FUNCTION_WORDS.has(tokens[to - 1].norm)) to--;
  while (to - from > 1 && FUNCTION_WORDS.has(tokens[from].norm)) from++;
  return { probability, threshold: model.threshold, start: tokens[from].start, end: tokens[to - 1].end };
}
