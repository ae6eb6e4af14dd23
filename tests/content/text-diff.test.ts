// Findings follow edits until the engine answers; fixes are trimmed to the characters that change.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedSpan, minimalEdit, shiftDiagnostics } from '../../lib/content/text-diff.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';

const diag = (start: number, end: number): Diagnostic => ({
  ruleId: 'r', category: 'blame', practice: 4, severity: 'warning', message: 'm',
  start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, suggestions: [],
});

describe('changedSpan', () => {
  it('finds an insertion, a deletion and no change', () => {
    expect(changedSpan('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(changedSpan('abXc', 'abc')).toEqual({ start: 2, oldEnd: 3, newEnd: 2 });
    expect(changedSpan('same', 'same')).toBeNull();
  });
});

describe('shiftDiagnostics', () => {
  const text = 'The council dropped the ball. Target: 12,000 appointments.';
  const ball = diag(12, 28);
  const target = diag(30, 57);

  it('moves findings after an edit by its length and keeps those before it', () => {
    const typed = 'The council dropped the ball. Oh. Target: 12,000 appointments.';
    const out = shiftDiagnostics([ball, target], text, typed);
    expect(out.map((d) => typed.slice(d.start, d.end))).toEqual(['dropped the ball', 'Target: 12,000 appointments']);
  });

  it('drops a finding whose words were edited', () => {
    const typed = text.replace('dropped', 'dropt');
    expect(shiftDiagnostics([ball, target], text, typed).map((d) => d.start)).toEqual([28]);
  });

  it('keeps every surviving finding on the same words for any insertion', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 8 }), (at, insert) => {
        const typed = text.slice(0, at) + insert + text.slice(at);
        for (const d of shiftDiagnostics([ball, target], text, typed)) {
          const original = [ball, target].find((o) => text.slice(o.start, o.end) === typed.slice(d.start, d.end));
          expect(original).toBeDefined();
        }
      }),
    );
  });
});

describe('minimalEdit', () => {
  it('leaves shared leading and trailing characters alone', () => {
    expect(minimalEdit('x yet again y', 2, 11, 'again')).toEqual({ start: 2, end: 6, text: '' });
    expect(minimalEdit('the discharge letters', 4, 21, 'letters that get people home')).toEqual({ start: 4, end: 21, text: 'letters that get people home' });
  });

  it('gives the same text as a whole replacement', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, old, b, rep) => {
        const text = a + old + b;
        const e = minimalEdit(text, a.length, a.length + old.length, rep);
        expect(text.slice(0, e.start) + e.text + text.slice(e.end)).toBe(a + rep + b);
        expect(e.end - e.start).toBeLessThanOrEqual(old.length);
      }),
    );
  });
});
