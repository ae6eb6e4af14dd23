// Partnership language counted edit by edit equals a full recount, and an edit recounts only the lines it touched.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { countPartnership } from '../../lib/rewrite/partnership.ts';
import * as partnership from '../../lib/rewrite/partnership.ts';
import { applyTextChange, type TextState } from '../../lib/content/keystroke.ts';
import { partnershipOf } from '../../lib/content/partnership-count.ts';

const piece = fc.constantFrom(
  'so that ', 'people', ' stay well', 'a shared ', 'concern', 'what got in the way', ' ', '\n', 'work', 'ing together', 'the people we ',
  'serve', 'co-produced', 'Jointly', 'x', 'the council failed', '.', 'İ', 'ß',
);
const text = (max: number) => fc.array(piece, { maxLength: max }).map((xs) => xs.join(''));

describe('partnership count per edited block', () => {
  it('equals a full recount through random edits (typing, deleting, pasting, line breaks)', () => {
    fc.assert(
      fc.property(text(40), fc.array(fc.tuple(fc.nat(), fc.nat(12), text(5)), { maxLength: 15 }), (start, edits) => {
        const state: TextState = { text: start, diagnostics: [], words: -1, wordsOf: '' };
        expect(partnershipOf(state)).toBe(countPartnership(start).total);
        for (const [at, del, insert] of edits) {
          const i = at % (state.text.length + 1);
          const next = state.text.slice(0, i) + insert + state.text.slice(i + del);
          applyTextChange(state, next);
          expect(state.partnershipOf).toBe(next);
          expect(state.partnership).toBe(countPartnership(next).total);
          expect(partnershipOf(state)).toBe(countPartnership(next).total);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('recounts only the touched line of a long text, not the whole text', () => {
    const line = 'The board agreed together how the pooled fund is used, so that people stay well.\n';
    const big = line.repeat(20_000); // about 1.6 MB
    const state: TextState = { text: big, diagnostics: [], words: -1, wordsOf: '' };
    const full = partnershipOf(state);
    expect(full).toBe(20_000 * 4);
    const spy = vi.spyOn(partnership, 'countPartnership');
    const at = big.length / 2 + 4;
    applyTextChange(state, big.slice(0, at) + 'jointly ' + big.slice(at));
    expect(state.partnership).toBe(full + 1);
    const counted = spy.mock.calls.reduce((n, [t]) => n + t.length, 0);
    expect(counted).toBeLessThan(4 * line.length);
    spy.mockRestore();
  });
});
