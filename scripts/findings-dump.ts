// Writes every finding (rule, offsets, message, suggestions) over train data, samples, fixtures and the corpus: speed work must leave it byte-identical.
// Usage: tsx scripts/findings-dump.ts OUT.jsonl [extra folders…]; then `cmp` (or diff) two dumps made before and after a change.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, type Settings } from '../lib/engine/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [out, ...extra] = process.argv.slice(2);
if (!out) throw new Error('usage: tsx scripts/findings-dump.ts OUT.jsonl [folder…]');

/** Settings that exercise the switches too: a rule off, a category off, an own organisation, an allowed phrase. */
const VARIANTS: Record<string, Settings> = {
  default: {},
  ruleOff: { rules: { 'no-judgement-word': 'off', 'no-blame-idiom': 'off' } },
  categoryOff: { categories: { 'org-centric': 'off' } },
  own: { organisation: 'the council', partners: ['the trust'], allow: ['dropped the ball'] },
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile() && /\.(md|txt|jsonl)$/.test(f))
    .sort();
}

/** Texts to check: each line of a .jsonl file (its "text"), each .md/.txt file whole. */
function texts(file: string): { id: string; text: string }[] {
  const raw = readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) return [{ id: file, text: raw }];
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => ({ id: `${file}:${i + 1}`, text: String((JSON.parse(l) as { text?: unknown }).text ?? '') }));
}

const sources = [path.join(ROOT, 'data/train'), path.join(ROOT, 'tests/fixtures'), '/work/shared/samples', '/work/shared/corpus/minutes', ...extra];
const docs = sources.flatMap(files).flatMap(texts);
const lines: string[] = [];
const t0 = performance.now();
for (const [name, settings] of Object.entries(VARIANTS)) {
  const analyzer = createAnalyzer(settings, { fresh: true });
  for (const d of docs) {
    for (const f of analyzer.analyze(d.text)) {
      const sugg = f.suggestions.map((s) => [s.title, s.replacement ?? null, s.range ? [s.range.start, s.range.end] : null]);
      lines.push(JSON.stringify([name, path.relative(ROOT, d.id), f.ruleId, f.start, f.end, f.message, f.note ?? null, f.severity, sugg]));
    }
  }
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`${docs.length} texts × ${Object.keys(VARIANTS).length} settings: ${lines.length} findings in ${Math.round(performance.now() - t0)} ms → ${out}\n`);
