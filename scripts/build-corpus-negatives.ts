// Builds data/train/neutral-corpus-*.jsonl: real sentences from the MIT/Apache sources of ../shared/corpus, as negatives.
// Usage: npm run -s build:negatives -- [CORPUS_DIR]   (default /work/shared/corpus or ../shared/corpus)
// Only openjs-cpc (MIT), rust-leadership-council (MIT/Apache-2.0), dfds (MIT) and kubernetes-test-infra (Apache-2.0)
// are used: their licences allow copying sentences, and the other sources stay unseen so they can measure the model.
// Left out: sentences of sentences-realworld.tsv (an evaluation set) and sentences any phrase rule flags (they
// may be real positives, so they are not safe negatives).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/engine/index.ts';
import { maskFences, maskInline, splitBlocks, splitSentences } from '../lib/engine/text.ts';

export const TRAINING_SOURCES = ['minutes/openjs-cpc', 'minutes/rust-leadership-council', 'postmortems/dfds', 'postmortems/kubernetes-test-infra'];

const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const CORPUS = [arg, '/work/shared/corpus', resolve(import.meta.dirname, '../../shared/corpus')].find((p) => p && existsSync(p));
if (!CORPUS) {
  console.error('No corpus folder found: pass its path.');
  process.exit(2);
}
const TONE_OFF = { rules: { 'no-blame-tone': 'off', 'no-org-centric-tone': 'off', 'no-output-only-tone': 'off' } } as const;
const realworld = readFileSync(join(CORPUS, 'sentences-realworld.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[1]?.trim())
  .filter((s): s is string => !!s && s.length > 10);

/** Prose a model should learn from: at least five words, mostly words (not tables, links or code). */
function isProse(s: string): boolean {
  const tokens = s.match(/[\p{L}][\p{L}'’-]*|\d[\d,.:/]*|[#|=<>\[\]{}@*_~`]/gu) ?? [];
  const words = tokens.filter((t) => /^\p{L}/u.test(t) && t.length > 1);
  return words.length >= 5 && words.length / tokens.length >= 0.75 && s.length <= 400;
}

for (const source of TRAINING_SOURCES) {
  const dir = join(CORPUS, source);
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const masked = maskFences(text);
    for (const b of splitBlocks(masked)) {
      const block = maskInline(masked.slice(b.start, b.end));
      for (const s of splitSentences(block, 0, block.length)) {
        // Drop list markers, heading marks and quote marks; keep the words exactly as written.
        const sentence = block.slice(s.start, s.end).replace(/^[\s>*#-]*(?:\d+[.)]\s+)?/, '').replace(/\s+/g, ' ').trim();
        const key = sentence.toLowerCase();
        if (!isProse(sentence) || seen.has(key)) continue;
        if (realworld.some((r) => r.includes(sentence) || sentence.includes(r))) continue;
        if (analyze(sentence, TONE_OFF).length) continue;
        seen.add(key);
        const line = text.slice(0, b.start).split('\n').length;
        rows.push(JSON.stringify({ id: `${source.split('/')[1]}-${rows.length + 1}`, text: sentence, labels: [], source: `${source}/${file}:${line}` }));
      }
    }
  }
  const out = `data/train/neutral-corpus-${source.split('/')[1]}.jsonl`;
  writeFileSync(out, rows.join('\n') + '\n');
  console.error(`${out}: ${rows.length} sentences`);
}
