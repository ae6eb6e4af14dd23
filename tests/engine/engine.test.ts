// Engine behaviour: settings, custom rules, allowed phrases, masking, reported speech, line endings, bad input.
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, createAnalyzer, SettingsError, RULES, parseSettings } from '../../lib/engine/index.ts';
import { splitBlocks, splitSentences, maskNonProse } from '../../lib/engine/text.ts';

const BLAME = 'The council dropped the ball on discharge letters.';

describe('analyze', () => {
  it('returns nothing for empty or whitespace text', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('   \n\n\t')).toEqual([]);
  });

  it('finds blame with offsets, positions and a suggestion', () => {
    const [d] = analyze(`Minutes\r\n\r\n${BLAME}`);
    expect(d.category).toBe('blame');
    expect(d.practice).toBe(4);
    expect(d.line).toBe(3);
    expect(d.suggestions.length).toBeGreaterThan(0);
  });

  it('skips fenced code, inline code and URLs', () => {
    const text = "```\nThe council dropped the ball.\n```\nSee `they dropped the ball` at https://example.org/dropped-the-ball";
    expect(analyze(text)).toEqual([]);
    expect(maskNonProse(text)).toHaveLength(text.length);
  });

  it('adds a reported-speech note when the words are someone else’s', () => {
    const [d] = analyze('The chair said the council had dropped the ball.');
    expect(d.note).toMatch(/Reported speech/);
  });

  it('handles a 5 MB text without throwing', () => {
    const big = (BLAME + ' The board noted the report.\n').repeat(Math.ceil(5_000_000 / 80));
    const found = analyze(big);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.at(-1)!.end).toBeLessThanOrEqual(big.length);
  });
});

describe('settings', () => {
  it('turns a rule off or changes its severity', () => {
    const id = analyze(BLAME)[0].ruleId;
    expect(analyze(BLAME, { rules: { [id]: 'off' } }).filter((d) => d.ruleId === id)).toEqual([]);
    expect(analyze(BLAME, { rules: { [id]: 'error' } }).find((d) => d.ruleId === id)!.severity).toBe('error');
    expect(analyze(BLAME, { rules: { [id]: { enabled: false } } }).filter((d) => d.ruleId === id)).toEqual([]);
  });

  it('turns a whole category off, and a rule setting beats its category', () => {
    const id = analyze(BLAME)[0].ruleId;
    expect(analyze(BLAME, { categories: { blame: 'off' } })).toEqual([]);
    expect(analyze(BLAME, { categories: { blame: 'off' }, rules: { [id]: 'info' } })[0].severity).toBe('info');
  });

  it('rejects invalid settings with a clear message', () => {
    expect(() => parseSettings({ rules: { x: 'loud' } })).toThrow(/rules\.x/);
    expect(() => parseSettings({ colour: 'red' })).toThrow(SettingsError);
    expect(() => parseSettings({ customRules: [{ phrase: '', category: 'blame', message: 'm' }] })).toThrow(/phrase/);
  });

  it('allowed phrases silence findings inside them', () => {
    expect(analyze(BLAME, { allow: ['dropped  the BALL'] })).toEqual([]);
    expect(analyze(BLAME, { allow: ['discharge letters'] }).length).toBeGreaterThan(0);
  });

  it('custom phrase rules report with their message and suggestion', () => {
    const settings = { customRules: [{ phrase: 'bed blockers', category: 'blame' as const, message: 'Say people delayed in hospital.', suggestion: 'people waiting to leave hospital' }] };
    const text = 'We discussed the bed  blockers on ward 4.';
    const [d] = analyze(text, settings);
    expect(d.ruleId).toBe('custom-bed-blockers');
    expect(d.message).toBe('Say people delayed in hospital.');
    expect(applySuggestion(text, d, 0)).toBe('We discussed the people waiting to leave hospital on ward 4.');
    expect(analyze('No blockers here.', settings)).toEqual([]);
  });
});

describe('incremental analysis', () => {
  it('gives the same result as a fresh analysis after an edit', () => {
    const paras = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}. ${i % 7 === 0 ? BLAME : 'The board noted the update.'}`);
    const analyzer = createAnalyzer();
    analyzer.analyze(paras.join('\n\n'));
    paras[10] = 'Paragraph 10. The supplier let us down again.';
    const text = paras.join('\n\n');
    expect(analyzer.analyze(text)).toEqual(analyze(text));
  });
});

describe('text splitting', () => {
  it('keeps hard-wrapped sentences whole and splits list items', () => {
    const text = 'The group went through\nthree cases.\n- first item\n- second item\n\nNew para.';
    const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end));
    expect(blocks).toEqual(['The group went through\nthree cases.', '- first item', '- second item', 'New para.']);
  });

  it('does not split after titles, initials or decimals', () => {
    const t = 'Dr. A. Smith met Cllr. Jones at 10.30 today. The plan was agreed! Next?';
    expect(splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual([
      'Dr. A. Smith met Cllr. Jones at 10.30 today.',
      'The plan was agreed!',
      'Next?',
    ]);
  });
});

describe('rule catalogue', () => {
  it('lists rules with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
