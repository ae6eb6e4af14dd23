// Per-keystroke bookkeeping: the edit-by-edit word count and the block-wise diff agree with full recomputation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords } from '../../lib/engine/stats.ts';
import { applyTextChange, wordsOf, type TextState } from '../../lib/content/keystroke.ts';
import { changedSpan } from '../../lib/content/text-diff.ts';

/** The plain character loop changedSpan used to be: the reference the block-wise version must match. */
function naiveSpan(before: string, after: string) {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before[oldEnd - 1] === after[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

const piece = fc.constantFrom('the ', 'council', ' ', '\n', "don't", 'follow-up', '-', '’', ',', 'a', '12', 'x', '  ', 'é');
const text = (max: number) => fc.array(piece, { maxLength: max }).map((xs) => xs.join(''));

describe('per-keystroke work', () => {
  it('keeps the word count equal to a full count through random edits', () => {
    fc.assert(
      fc.property(text(60), fc.array(fc.tuple(fc.nat(), fc.nat(6), text(4)), { maxLength: 12 }), (start, edits) => {
        const state: TextState = { text: start, diagnostics: [], words: -1, wordsOf: '' };
        wordsOf(state);
        for (const [at, del, insert] of edits) {
          const i = at % (state.text.length + 1);
          const next = state.text.slice(0, i) + insert + state.text.slice(i + del);
          applyTextChange(state, next);
          expect(state.words).toBe(countWords(next));
          expect(state.wordsOf).toBe(next);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same changed span as a character loop, also across whole blocks of a long text', () => {
    const base = 'The council dropped the ball on discharge letters. '.repeat(800);
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(9000), fc.string({ maxLength: 20 }), (at, del, insert) => {
        const after = base.slice(0, at) + insert + base.slice(at + del);
        expect(changedSpan(base, after)).toEqual(naiveSpan(base, after));
      }),
      { numRuns: 300 },
    );
  });
});
