// Precision and recall per category over data/train (development data): measures the phrase frames' reach.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/engine/index.ts';

const LABEL: Record<string, string> = { blame: 'blame', org: 'org-centric', output: 'output-only' };
const dir = resolve(import.meta.dirname, '../data/train');
const cats = ['blame', 'org-centric', 'output-only'];
const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
for (const c of cats) tp[c] = fp[c] = fn[c] = 0;
let negFp = 0;
const misses: string[] = [], fps: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line);
    const want = new Set<string>(r.labels.map((l: string) => LABEL[l]));
    const got = new Set(analyze(r.text).map((d) => d.category as string));
    for (const c of cats) {
      if (want.has(c) && got.has(c)) tp[c]++;
      else if (want.has(c)) { fn[c]++; misses.push(`${c}\t${f}\t${r.text}`); }
      else if (got.has(c)) { fp[c]++; fps.push(`${c}\t${f}\t${r.text}`); if (want.size === 0) negFp++; }
    }
  }
}
for (const c of cats) {
  const p = tp[c] / (tp[c] + fp[c] || 1), rc = tp[c] / (tp[c] + fn[c] || 1);
  console.log(`${c.padEnd(12)} P ${p.toFixed(3)} R ${rc.toFixed(3)}  tp ${tp[c]} fp ${fp[c]} fn ${fn[c]}`);
}
console.log(`false positives on unlabelled lines: ${negFp}`);
if (process.argv[2]) { writeFileSync(process.argv[2] + '.misses', misses.join('\n')); writeFileSync(process.argv[2] + '.fps', fps.join('\n')); }
