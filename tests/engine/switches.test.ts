// Switches hold (issue 8): a rule off, a category off, an allowed phrase, the own organisation — no other rule re-raises the words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';

const ids = (text: string, settings?: Parameters<typeof analyze>[1]) => analyze(text, settings).map((d) => d.ruleId);
const spans = (text: string, settings?: Parameters<typeof analyze>[1]) => analyze(text, settings).map((d) => text.slice(d.start, d.end));

describe('a rule switched off', () => {
  const text = 'The agency carers were careless with the medication charts.';

  it('is found by its phrase rule when on', () => {
    expect(ids(text)).toContain('no-judgement-word');
  });

  it('does not come back as the tone model (or any other rule) when off', () => {
    const found = analyze(text, { rules: { 'no-judgement-word': 'off' } });
    expect(found.filter((d) => d.category === 'blame')).toEqual([]);
    expect(found.filter((d) => /careless/.test(text.slice(d.start, d.end)))).toEqual([]);
  });

  it('also holds for { enabled: false }', () => {
    expect(ids(text, { rules: { 'no-judgement-word': { enabled: false } } })).not.toContain('no-blame-tone');
  });

  it('leaves other sentences of the same text to the rules that are on', () => {
    const two = `${text} The ward clerk failed to send the discharge letter.`;
    const found = analyze(two, { rules: { 'no-judgement-word': 'off' } });
    expect(found.map((d) => two.slice(d.start, d.end)).join(' ')).not.toMatch(/careless/);
    expect(found.some((d) => d.category === 'blame' && d.start > text.length)).toBe(true);
  });

  it('turning a tone rule off does not silence the phrase rules', () => {
    expect(ids(text, { rules: { 'no-blame-tone': 'off' } })).toContain('no-judgement-word');
  });
});

describe('a category switched off', () => {
  it('silences every rule of the category, learned or written', () => {
    const text = 'Our nurses are for our patients; the hub will have to find its own.';
    expect(analyze(text).some((d) => d.category === 'org-centric')).toBe(true);
    const found = analyze(text, { categories: { 'org-centric': 'off' } });
    expect(found).toEqual([]);
  });

  it('and no rule of another category flags the same words', () => {
    const text = 'Yet again the housing team missed the deadline for the panel papers.';
    const on = analyze(text);
    expect(on.length).toBeGreaterThan(0);
    const off = analyze(text, { categories: { blame: 'off' } });
    for (const d of off) for (const b of on) expect(d.start < b.end && b.start < d.end).toBe(false);
  });
});

describe('an allowed phrase', () => {
  it('is not flagged by its phrase rule nor by the tone model', () => {
    const text = 'The agency carers were careless with the medication charts.';
    expect(spans(text, { allow: ['careless'] }).join(' ')).not.toMatch(/careless/);
    expect(ids(text, { allow: ['careless'] })).not.toContain('no-blame-tone');
  });

  it('is read as blank by the tone model, so the words beside it cannot carry it', () => {
    const text = 'Our nurses are for our patients; the hub will have to find its own.';
    const found = analyze(text, { allow: ['Our nurses are for our patients'] });
    expect(found.filter((d) => d.ruleId === 'no-org-centric-tone')).toEqual([]);
  });
});

describe("the user's own organisation", () => {
  const text = 'Riverside Trust failed to send the discharge letters on time.';

  it('another organisation in the same words is blame', () => {
    expect(analyze(text).some((d) => d.category === 'blame')).toBe(true);
  });

  it('owning a failure is not blame: no phrase rule and no tone model', () => {
    const found = analyze(text, { organisation: 'Riverside Trust' });
    expect(found.filter((d) => d.category === 'blame')).toEqual([]);
  });

  it('a verdict on the own organisation is the user owning it, not re-raised by the tone model', () => {
    const verdict = 'Riverside Trust made a mess of the discharge letters again.';
    expect(analyze(verdict, { organisation: 'Riverside Trust' }).filter((d) => d.ruleId === 'no-blame-tone')).toEqual([]);
  });

  it('a partner named the same way is still checked', () => {
    expect(analyze(text, { organisation: 'Hillside PCN' }).some((d) => d.category === 'blame')).toBe(true);
  });
});
