// Quoted remarks: no rewrite touches the quoted words; a blame remark in quotes is offered as a concern raised,
// attribution and concern outside the quotation, the quotation kept word for word.
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../lib/engine/index.ts';
import { QUOTE_ADVICE } from '../../lib/rewrite/offer.ts';
import { quotedSpans, reportedSpeech } from '../../lib/rewrite/quotes.ts';

const quotes = (s: string) => quotedSpans(s).map((q) => s.slice(q.start, q.end));

function rewritesOf(text: string) {
  return analyze(text).flatMap((d) => d.suggestions.map((s, i) => ({ d, s, i })).filter(({ s }) => s.replacement !== undefined));
}

describe('quoted remarks', () => {
  const CASES: { text: string; output: string }[] = [
    { text: 'LF said the agency had "dropped the ball yet again".', output: 'LF raised a concern that the agency had "dropped the ball yet again".' },
    { text: 'Cllr Moss described the repairs service as "utterly useless".', output: 'Cllr Moss raised a concern about the repairs service, calling it "utterly useless".' },
    { text: 'Ward sister: "The transport team are hopeless."', output: 'Ward sister raised a concern: "The transport team are hopeless."' },
  ];
  for (const c of CASES) {
    it(`records it as reported: ${c.text}`, () => {
      const d = analyze(c.text).find((x) => x.category === 'blame')!;
      expect(d).toBeTruthy();
      const i = d.suggestions.findIndex((s) => s.replacement !== undefined);
      expect(i).toBeGreaterThanOrEqual(0);
      const after = applySuggestion(c.text, d, i);
      expect(after).toBe(c.output);
      // Every quotation is still there, word for word, and no new blame finding appears outside it.
      for (const q of quotes(c.text)) expect(after).toContain(q);
      const outside = analyze(after).filter((x) => x.category === 'blame' && !quotedSpans(after).some((q) => q.start <= x.start && x.end <= q.end));
      expect(outside).toEqual([]);
      expect(d.suggestions.some((s) => s.title === QUOTE_ADVICE)).toBe(true);
    });
  }

  it('never changes a quoted word, across every rewrite offered', () => {
    const texts = [
      'Trust lead: \'The GP federation made this mess, so it\'s for them to sort out.\'',
      'Product owner said accessibility fixes are \'one for the design system team to worry about\'.',
      'The care home were said to have \'let the resident down in every way possible\'.',
      'Dr Ames noted, in her words, that the pathway "would have been live in May if certain colleagues had read their emails".',
    ];
    for (const text of texts) {
      for (const { d, i } of rewritesOf(text)) {
        const after = applySuggestion(text, d, i);
        for (const q of quotes(text)) expect(after, `${text} → ${after}`).toContain(q);
      }
    }
  });

  it('a passive report ("were said to have") names no speaker, so no concern is raised for them', () => {
    const text = "The care home were said to have 'let the resident down in every way possible'.";
    const d = analyze(text).find((x) => x.category === 'blame')!;
    expect(reportedSpeech({ ruleId: d.ruleId, category: 'blame', sentence: text, start: d.start, end: d.end, data: {}, reported: true })).toEqual([]);
  });

  it('an aside after the reporting verb keeps its own "that"', () => {
    const text = 'Dr Ames noted, in her words, that the pathway "would have been live in May if certain colleagues had read their emails".';
    const start = text.indexOf('if certain');
    const out = reportedSpeech({ ruleId: 'no-hindsight-blame', category: 'blame', sentence: text, start, end: start + 10, data: {}, reported: true });
    expect(out).toHaveLength(1);
    const after = text.slice(0, out[0].start) + out[0].replacement + text.slice(out[0].end);
    expect(after).toBe('Dr Ames raised a concern, in her words, that the pathway "would have been live in May if certain colleagues had read their emails".');
  });

  it('a quoted stance on whose budget it is gets advice, not a concern raised', () => {
    const text = "The PCN director said the dental calls were 'a dental problem, not a GP one'.";
    const d = analyze(text).find((x) => x.category === 'org-centric');
    if (d) expect(reportedSpeech({ ruleId: d.ruleId, category: 'org-centric', sentence: text, start: d.start, end: d.end, data: {}, reported: true })).toEqual([]);
  });
});
