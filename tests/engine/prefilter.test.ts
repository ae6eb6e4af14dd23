// The literal prefilter may only ever skip searches that could not match: checked on hand-picked and random patterns.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatch, requiredLiterals, setPrefilter } from '../../lib/engine/prefilter.ts';

// On from the first text (in use it starts after 20,000 characters, so a one-sentence check never pays for it).
beforeAll(() => setPrefilter(true, 0));

describe('requiredLiterals', () => {
  it('reads the words every match must contain', () => {
    expect(requiredLiterals(/\b(?:keep|kept) (?:the |our )?money\b/i)).toContain('\0keep the money\0');
    expect(requiredLiterals(/(?<![\p{L}'’-])(?:careless(?:ly)?|sloppy)(?![\p{L}'’-])/giu)?.sort()).toEqual(['careless', 'sloppy']);
    expect(requiredLiterals(/\bfor (?:the )?[\w '’-]{1,40}? to (?:sort|fix)/i)?.sort()).toEqual([' to fix', ' to sort']);
  });

  it('claims nothing when a match can be any text', () => {
    expect(requiredLiterals(/x?y*/)).toBeNull();
    expect(requiredLiterals(/\p{L}{2}/u)).toBeNull();
    expect(requiredLiterals(/(?<a>\w+)\k<a>/)).toBeNull();
    expect(requiredLiterals(/(?<a>\w+) \k<a>/)).toEqual([' ']);
    expect(requiredLiterals(/a|.b*/)).toBeNull();
  });

  it('folds case only for the i flag', () => {
    expect(mayMatch(/Ball/, 'the ball')).toBe(true); // a capital literal cannot be looked for lower-cased: always searched
    expect(mayMatch(/ball/i, 'THE BALL')).toBe(true);
    expect(mayMatch(/ball/, 'the BALL')).toBe(true); // lower-cased text is a superset: never a wrong "no"
    expect(mayMatch(/ball/i, 'the bat')).toBe(false);
  });

  it('reads \\b as ASCII word edges, and gives up on characters that lower-casing makes ASCII', () => {
    expect(mayMatch(/\bsit on\b/, 'a visit on site')).toBe(false);
    expect(mayMatch(/\bsit on\b/, 'we sit on it')).toBe(true);
    // Long s and the Kelvin sign fold to ASCII letters under u and i: wherever the pattern matches, the filter passes.
    for (const [re, text] of [[/\bsit\b/iu, 'ſit'], [/\bsit/iu, '\u212Asit'], [/\bsit/, '\u212Asit'], [/k\b/iu, 'a\u212A b']] as const) {
      if (re.test(text)) expect(mayMatch(re, text)).toBe(true);
    }
  });
});

// Random patterns over a small alphabet, with the constructs the rules use: if the pattern matches, the filter must pass.
const atom = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'A', ' ', "'", '’', '-', '\\b', '\\B', '\\s', '\\w', '\\d', '.', '[ab]', '[^a]', '[a-c]', '\\p{L}', 'ſ'),
  fc.constantFrom('(?<=a)', '(?<!b)', '(?=c)', '(?!a)', '^', '$'),
);
const piece: fc.Arbitrary<string> = fc.letrec((tie) => ({
  seq: fc.array(tie('item'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('')),
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('alt'), fc.constantFrom('', '?', '*', '+', '{2}', '{1,3}', '??')).map(([a, q]) => `(?:${a})${q}`),
    fc.tuple(atom, fc.constantFrom('', '?', '+', '{0,2}')).map(([a, q]) => (a.startsWith('(?') || a === '^' || a === '$' ? a : a + q)),
  ),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
})).alt as fc.Arbitrary<string>;

describe('mayMatch', () => {
  it('never rules out a text the pattern matches', () => {
    fc.assert(
      fc.property(piece, fc.constantFrom('', 'i', 'u', 'iu'), fc.stringMatching(/^[abcABC '’\-ſ\u212Axyz1_]{0,12}$/), (src, flags, text) => {
        let re: RegExp;
        try {
          re = new RegExp(src, flags);
        } catch {
          return true; // not a pattern in this mode
        }
        if (re.test(text)) expect(mayMatch(re, text)).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
