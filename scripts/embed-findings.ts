// Lists what the dense tone judge adds on whole documents (findings with it on that are absent with it off), for judging by hand.
// Usage: tsx scripts/embed-findings.ts <file-or-dir> ...   (e.g. ../shared/corpus/minutes; corpus text is read, never stored)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { countWords, createAnalyzer } from '../lib/engine/index.ts';
import { setEmbedJudgeEnabled } from '../lib/model/embed-judge.ts';

const walk = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((f) => walk(join(p, f))) : ['.md', '.txt'].includes(extname(p)) ? [p] : []);
let words = 0;
let before = 0;
let after = 0;
for (const file of process.argv.slice(2).flatMap(walk)) {
  const text = readFileSync(file, 'utf8');
  words += countWords(text);
  setEmbedJudgeEnabled(false);
  // Fresh analysers: a shared warm engine would hand back the first run's cached sentences.
  const off = createAnalyzer(undefined, { fresh: true }).analyze(text);
  setEmbedJudgeEnabled(true);
  const on = createAnalyzer(undefined, { fresh: true }).analyze(text);
  before += off.length;
  after += on.length;
  const key = (d: { ruleId: string; start: number; end: number }) => `${d.ruleId}@${d.start}-${d.end}`;
  const old = new Set(off.map(key));
  for (const d of on.filter((d) => !old.has(key(d)))) {
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    const lineEnd = text.indexOf('\n', d.end);
    console.log(`${file}:${d.line}  ${d.ruleId}  “${text.slice(d.start, d.end)}”  ${d.message.match(/\d+% sure/)?.[0] ?? ''}\n    | ${text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).slice(0, 300)}`);
  }
}
const per = (n: number) => ((n * 1000) / Math.max(1, words)).toFixed(2);
console.log(`\n${words} words: ${before} findings without the judge (${per(before)}/1k), ${after} with it (${per(after)}/1k), ${after - before} added`);
