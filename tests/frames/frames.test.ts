// Every frame's own examples, the matcher's syntax, and lexicon hygiene (no duplicates, every lexicon used, data in sync).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FrameSet, tokenize, usedLexicons } from '../../lib/rules/shared/frames.ts';
import { LEXICONS } from '../../lib/rules/lexicon/lexicons.ts';
import * as blame from '../../lib/rules/shared/blame-frames.ts';
import * as org from '../../lib/rules/shared/org-centric-frames.ts';
import * as output from '../../lib/rules/shared/output-only-frames.ts';
import { generate } from '../../scripts/gen-lexicons.ts';
import { parse } from '../../lib/engine/nlp.ts';
import '../../lib/rules/index.ts';

function run(set: FrameSet, sentence: string) {
  return set.run({ sentence, lower: sentence.toLowerCase(), doc: () => parse(sentence) });
}

const SETS = Object.entries({ ...blame, ...org, ...output }).filter((e): e is [string, FrameSet] => e[1] instanceof FrameSet);

describe('frame examples', () => {
  for (const [name, set] of SETS) {
    for (const spec of set.specs) {
      describe(`${name}: ${spec.frame}`, () => {
        for (const text of spec.invalid) {
          it(`reports: ${text}`, () => {
            expect(set.mayMatch(text.toLowerCase()), 'trigger').toBe(true);
            const one = new FrameSet([spec]);
            expect(run(one, text).length, text).toBeGreaterThan(0);
          });
        }
        for (const text of spec.valid) {
          it(`keeps quiet: ${text}`, () => {
            const one = new FrameSet([spec]);
            expect(run(one, text).map((h) => text.slice(h.start, h.end))).toEqual([]);
          });
        }
        it('has examples both ways', () => {
          expect(spec.invalid.length).toBeGreaterThan(0);
          expect(spec.valid.length).toBeGreaterThan(0);
        });
      });
    }
  }
});

describe('the matcher', () => {
  it('splits clitics and keeps offsets', () => {
    const t = tokenize("The council's team didn't reply.");
    expect(t.map((x) => x.lower)).toEqual(['the', 'council', "'s", 'team', 'did', "n't", 'reply', '.']);
    expect(t.every((x) => "The council's team didn't reply.".slice(x.start, x.end) === x.text)).toBe(true);
  });

  const set = new FrameSet([
    { frame: `{who:agents} (has|had)? [failed to {what:delivery-verbs}] _{0,2} {thing:activity-nouns}`, invalid: [], valid: [] },
    { frame: `[{n:number} {activity-nouns}] by {period-words}`, invalid: [], valid: [] },
    { frame: `[{n:percent} {rate-nouns}]`, invalid: [], valid: [] },
  ]);

  it('reports the span and the captures', () => {
    const s = 'The hub had failed to book the home visits.';
    const [h] = run(set, s);
    expect(s.slice(h.start, h.end)).toBe('failed to book');
    expect(h.data).toEqual({ who: 'hub', what: 'book', thing: 'home visits' });
  });

  it('bounds gaps and does not cross punctuation', () => {
    expect(run(set, 'The hub failed to book the three extra new home visits.')).toEqual([]);
    expect(run(set, 'The hub failed to book; visits resumed.')).toEqual([]);
  });

  it('reads numbers and percentages', () => {
    expect(run(set, 'Do 1,200 assessments by March.')[0].data).toEqual({ n: '1,200' });
    expect(run(set, 'Keep 95 per cent utilisation.')[0].data).toEqual({ n: '95 per cent' });
    expect(run(set, 'Keep 95% occupancy.')[0].data).toEqual({ n: '95%' });
  });

  it('is cancelled by a negator just before', () => {
    expect(run(set, 'The hub never failed to book visits.')).toEqual([]);
  });

  it('matches compromise tags', () => {
    const tags = new FrameSet([{ frame: `{agents} [#Adverb underperformed]`, invalid: [], valid: [] }]);
    expect(run(tags, 'The team quietly underperformed.').length).toBe(1);
    expect(run(tags, 'The team underperformed.').length).toBe(0);
  });

  it('derives its trigger words from the frames', () => {
    expect(set.mayMatch('the hub failed to book')).toBe(true);
    expect(set.mayMatch('nothing to see here')).toBe(false);
  });

  it('rejects a frame it cannot index or read', () => {
    expect(() => new FrameSet([{ frame: '_{0,2} #Noun', invalid: [], valid: [] }])).toThrow();
    expect(() => new FrameSet([{ frame: '{no-such-lexicon}', invalid: [], valid: [] }])).toThrow();
  });
});

describe('lexicons', () => {
  const dir = join(import.meta.dirname, '../../lib/rules/lexicon');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('the compiled module matches the .txt files (run `npm run lexicons`)', () => {
    expect(readFileSync(join(dir, 'lexicons.ts'), 'utf8')).toBe(generate());
  });

  for (const f of files) {
    const name = f.replace(/\.txt$/, '');
    it(`${name}: no duplicates, a header comment, used by some frame`, () => {
      const entries = LEXICONS[name];
      expect(entries.length).toBeGreaterThan(0);
      expect(new Set(entries).size, `duplicates in ${f}`).toBe(entries.length);
      expect(readFileSync(join(dir, f), 'utf8').startsWith('#')).toBe(true);
      expect(usedLexicons.has(name), `${name} is used by no frame`).toBe(true);
    });
  }

  it('the agents lexicon is broad (hundreds of entries)', () => {
    expect(LEXICONS.agents.length).toBeGreaterThanOrEqual(200);
  });
});
