// Property test: every diagnostic's offsets lie inside the text, and its positions agree with its offsets.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../lib/engine/index.ts';

const PHRASES = [
  'The council dropped the ball yet again.',
  'That is not our problem, it is one for the council to sort.',
  'Target: 12,000 appointments by March.',
  'Dr Okafor failed to send the letters, as usual.',
  'The board received the finance report.',
  '👩‍⚕️🏳️‍🌈 ',
  '\r\n',
  '\n\n',
  '“quoted”',
  '\u00a0',
  'ＦＵＬＬＷＩＤＴＨ',
  'مرحبا بالعالم',
  '```\nIt was QA\'s fault\n```\n',
  '- ',
  '| a | b |\n',
];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), {
    maxLength: 25,
  })
  .map((parts) => parts.join(' '));

let seen = 0;

function check(text: string) {
  const lines = text.split('\n');
  for (const d of analyze(text)) {
    seen++;
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.suggestions.length).toBeGreaterThan(0);
    // line/column point at the same place as start/end.
    const before = text.slice(0, d.start).split('\n');
    expect(d.line).toBe(before.length);
    expect(d.column).toBe(before[before.length - 1].length + 1);
    const upto = text.slice(0, d.end).split('\n');
    expect(d.endLine).toBe(upto.length);
    expect(d.endColumn).toBe(upto[upto.length - 1].length + 1);
    expect(lines.length).toBeGreaterThanOrEqual(d.endLine);
    // The excerpt is exactly the slice and is not bare whitespace.
    expect(text.slice(d.start, d.end).trim()).not.toBe('');
  }
}

describe('diagnostic offsets', () => {
  it('lie inside random Unicode text with emoji, CRLF and markup', () => {
    seen = 0;
    fc.assert(fc.property(textArb, check), { numRuns: 300 });
    // The generator includes flagged phrases, so the property was exercised on real findings.
    expect(seen).toBeGreaterThan(20);
  });

  it('survive very long lines', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 2000 }), fc.constantFrom(...PHRASES), (n, phrase) => {
        check(('word '.repeat(n) + phrase + ' ').repeat(3));
      }),
      { numRuns: 20 },
    );
  });

  it('are the same whether the analyser is fresh or reusing its paragraph cache', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const analyzer = createAnalyzer();
        analyzer.analyze(a + '\n\n' + b);
        const edited = b + '\n\n' + a;
        expect(analyzer.analyze(edited)).toEqual(analyze(edited));
      }),
      { numRuns: 100 },
    );
  });
});
