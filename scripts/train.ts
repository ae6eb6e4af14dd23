// Trains the tone model (one logistic regression per category over words and word pairs) from data/train/*.jsonl.
// Usage: npm run train -- [--write|--check] [--exclude NAME ...] [--eval FILE ...] [--precision 0.93]
//   --write        write lib/model/weights.json (thresholds from 5-fold out-of-fold scores)
//   --check        exit 1 unless lib/model/weights.json is exactly what this data trains
//   --exclude      leave training files out by name (e.g. dev.jsonl) to measure on them honestly
//   --eval         score labelled files the model never saw: model alone, rules alone, rules + model
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { featureScale, featuresOf, tokenize } from '../lib/model/features.ts';
import { cueFeatureNames, findCue } from '../lib/model/cues.ts';
import { analyze, type Category } from '../lib/engine/index.ts';

type Cat = 'blame' | 'org' | 'output';
const CATS: Cat[] = ['blame', 'org', 'output'];
interface Row {
  id: string;
  text: string;
  labels: Cat[];
  /** Set on load: true for the files of ordinary prose (data/train/neutral-*.jsonl), never read from free text. */
  neutral?: boolean;
}

const args = process.argv.slice(2);
const list = (flag: string) => {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === flag) for (let j = i + 1; j < args.length && !args[j].startsWith('--'); j++) out.push(args[j]);
  });
  return out;
};
const exclude = new Set(list('--exclude'));
const evalFiles = list('--eval');
const targetPrecision = Number(list('--precision')[0] ?? 0.93);
const NEUTRAL_RATE = Number(list('--neutral-rate')[0] ?? 0.005);

const readJsonl = (path: string): Row[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

const DIR = 'data/train';
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && !exclude.has(f)).sort();
// Files named neutral-*.jsonl hold ordinary minutes prose (written or real): the false-alarm budget is set on them.
const rows = files.flatMap((f) => readJsonl(join(DIR, f)).map((r) => ({ ...r, neutral: f.startsWith('neutral-') })));
console.error(`training on ${rows.length} sentences from ${files.join(', ')}`);

// Each sentence is featurised once (18 fits read it: 5 folds and the full model, for 3 categories).
const FEATURES = new Map<string, string[]>();
const featureNames = (text: string): string[] => {
  let names = FEATURES.get(text);
  if (!names) FEATURES.set(text, (names = [...new Set([...featuresOf(tokenize(text)).map((f) => f.name), ...cueFeatureNames(text)])]));
  return names;
};
const CUED = new Map<string, boolean>();

/** Plain logistic regression with L2, full-batch Adam: small data, sparse features, seconds to train. */
function logistic(data: { feats: number[]; n: number; y: number }[], dim: number, l2: number, epochs = 300) {
  const w = new Float64Array(dim);
  let b = 0;
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  let mb = 0;
  let vb = 0;
  const lr = 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const pos = data.filter((d) => d.y === 1).length;
  // Balance the classes so a rare category is not drowned by negatives.
  const wPos = data.length / (2 * Math.max(1, pos));
  const wNeg = data.length / (2 * Math.max(1, data.length - pos));
  for (let t = 1; t <= epochs; t++) {
    const g = new Float64Array(dim);
    let gb = 0;
    for (const d of data) {
      // Features are scaled by 1/sqrt(count) so a long sentence does not score high just for being long.
      const x = featureScale(d.n);
      let z = b;
      for (const f of d.feats) z += w[f] * x;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - d.y) * (d.y ? wPos : wNeg);
      for (const f of d.feats) g[f] += err * x;
      gb += err;
    }
    for (let i = 0; i < dim; i++) {
      const gi = g[i] / data.length + l2 * w[i];
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      w[i] -= (lr * (m[i] / (1 - b1 ** t))) / (Math.sqrt(v[i] / (1 - b2 ** t)) + eps);
    }
    gb /= data.length;
    mb = b1 * mb + (1 - b1) * gb;
    vb = b2 * vb + (1 - b2) * gb * gb;
    b -= (lr * (mb / (1 - b1 ** t))) / (Math.sqrt(vb / (1 - b2 ** t)) + eps);
  }
  return { w, b };
}

function vocabulary(texts: string[], minCount: number) {
  const counts = new Map<string, number>();
  for (const t of texts) for (const f of featureNames(t)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([n]) => n).sort();
  return new Map(names.map((n, i) => [n, i]));
}

const L2 = Number(list('--l2')[0] ?? 0.00001);
const MIN_COUNT = 2;
/** Weights smaller than this are dropped: a smaller file, and rare word pairs cannot tip a sentence. */
const PRUNE = Number(list('--prune')[0] ?? 1);

function fit(rows: Row[], cat: Cat) {
  const vocab = vocabulary(rows.map((r) => r.text), MIN_COUNT);
  const data = rows.map((r) => {
    const names = featureNames(r.text);
    return { feats: names.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined), n: names.length, y: r.labels.includes(cat) ? 1 : 0 };
  });
  const { w, b } = logistic(data, vocab.size, L2);
  const weights: Record<string, number> = {};
  for (const [name, i] of vocab) if (Math.abs(w[i]) >= PRUNE) weights[name] = Math.round(w[i] * 1000) / 1000;
  return { bias: Math.round(b * 1000) / 1000, weights };
}

function prob(model: { bias: number; weights: Record<string, number> }, text: string): number {
  const names = featureNames(text);
  const x = featureScale(names.length);
  let z = model.bias;
  for (const f of names) z += (model.weights[f] ?? 0) * x;
  return 1 / (1 + Math.exp(-z));
}

/** Lowest threshold whose out-of-fold precision reaches the target (with at least a little support). */
function pickThreshold(scores: { p: number; y: number }[]): number {
  const sorted = [...scores].sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = 0.99;
  for (const s of sorted) {
    if (s.y) tp++;
    else fp++;
    if (tp + fp >= 10 && tp / (tp + fp) >= targetPrecision) best = s.p;
  }
  return Math.max(0.5, Math.round(best * 1000) / 1000);
}

// Deterministic folds: a seeded shuffle, so runs are repeatable.
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const cued = (text: string, cat: Cat) => {
  const key = `${cat}:${text}`;
  let v = CUED.get(key);
  if (v === undefined) CUED.set(key, (v = findCue(text, cat) !== null));
  return v;
};

const K = 5;
const order = shuffled(rows);
const models: Record<Cat, { bias: number; threshold: number; weights: Record<string, number> }> = {} as never;
for (const cat of CATS) {
  const oof: { p: number; y: number; neutral: boolean }[] = [];
  for (let k = 0; k < K; k++) {
    const test = order.filter((_, i) => i % K === k);
    const trainRows = order.filter((_, i) => i % K !== k);
    const m = fit(trainRows, cat);
    // The rule scores only sentences that show the category's cue words, so thresholds are set on those alone.
    for (const r of test) if (cued(r.text, cat)) oof.push({ p: prob(m, r.text), y: r.labels.includes(cat) ? 1 : 0, neutral: !!r.neutral });
  }
  // Real minutes are mostly neutral prose: besides precision on the labelled folds, the threshold must keep
  // false alarms on the neutral-*.jsonl lines that show a cue at or below NEUTRAL_RATE of them.
  const neutral = oof.filter((s) => s.neutral).map((s) => s.p).sort((a, b) => b - a);
  const allowed = Math.floor(neutral.length * NEUTRAL_RATE);
  const neutralThreshold = neutral.length ? Math.round((neutral[allowed] + 0.0005) * 1000) / 1000 : 0;
  const threshold = Math.min(0.99, Math.max(pickThreshold(oof), neutralThreshold));
  const above = oof.filter((s) => s.p >= threshold);
  const tp = above.filter((s) => s.y).length;
  const pos = oof.filter((s) => s.y).length;
  console.error(`${cat.padEnd(6)} 5-fold, cued lines ${oof.length}: threshold ${threshold}  precision ${(tp / Math.max(1, above.length)).toFixed(3)}  recall ${(tp / Math.max(1, pos)).toFixed(3)}`);
  const full = fit(rows, cat);
  models[cat] = { bias: full.bias, threshold, weights: full.weights };
}

const WEIGHTS = 'lib/model/weights.json';
const serialised = JSON.stringify({ version: 1, trainedOn: files.map((f) => basename(f)), sentences: rows.length, categories: models }) + '\n';
if (args.includes('--check')) {
  // The shipped model must be exactly what the committed training data produces.
  const same = readFileSync(WEIGHTS, 'utf8') === serialised;
  console.error(same ? `${WEIGHTS} matches the training data` : `${WEIGHTS} is stale: run "npm run train -- --write"`);
  if (!same) process.exitCode = 1;
}
if (args.includes('--write')) {
  writeFileSync(WEIGHTS, serialised);
  const n = CATS.map((c) => Object.keys(models[c].weights).length).join('/');
  console.error(`wrote lib/model/weights.json (${n} weights)`);
}

const ENGINE_CAT: Record<Category, Cat> = { blame: 'blame', 'org-centric': 'org', 'output-only': 'output' };
const NO_TONE = { rules: { 'no-blame-tone': 'off', 'no-org-centric-tone': 'off', 'no-output-only-tone': 'off' } } as const;

for (const file of evalFiles) {
  const test = readJsonl(file);
  const ruled = test.map((r) => new Set(analyze(r.text, NO_TONE).map((d) => ENGINE_CAT[d.category])));
  console.log(`\n${file} (${test.length} sentences): model alone | phrase rules alone | rules + model`);
  for (const cat of CATS) {
    const m = models[cat];
    const cells = [0, 1, 2].map((mode) => {
      let [tp, fp, fn] = [0, 0, 0];
      test.forEach((r, i) => {
        const byModel = cued(r.text, cat) && prob(m, r.text) >= m.threshold;
        const byRules = ruled[i].has(cat);
        const hit = mode === 0 ? byModel : mode === 1 ? byRules : byModel || byRules;
        const y = r.labels.includes(cat);
        if (hit && y) tp++;
        else if (hit) fp++;
        else if (y) fn++;
      });
      return `P ${(tp / Math.max(1, tp + fp)).toFixed(2)} R ${(tp / Math.max(1, tp + fn)).toFixed(2)}`;
    });
    console.log(`  ${cat.padEnd(6)} ${cells.join('  |  ')}`);
  }
}
