// Settings are checked the same way everywhere: unknown rule ids are dropped with a notice, sizes are bounded.
import { describe, expect, it } from 'vitest';
import { analyze, checkSettings, createAnalyzer, faultyPart, parseSettings, SettingsError } from '../../lib/engine/index.ts';

const BLAME = 'The out-of-hours provider dropped the ball on the weekend handover.';

describe('unknown rule ids', () => {
  it('never switch checking off: the other settings still apply and the text is still checked', () => {
    const plain = analyze(BLAME);
    expect(plain.length).toBeGreaterThan(0);
    expect(analyze(BLAME, { rules: { 'no-such-rule': 'off' } })).toEqual(plain);
    const id = plain[0].ruleId;
    const both = analyze(BLAME, { rules: { 'no-such-rule': 'off', [id]: 'error' } });
    expect(both.find((d) => d.ruleId === id)?.severity).toBe('error');
  });

  it('are dropped with one notice each, naming the id', () => {
    const r = checkSettings({ organisation: 'North Trust', rules: { 'no-such-rule': 'off', 'no-blame-idiom': 'info' } });
    expect(r.settings).toEqual({ organisation: 'North Trust', rules: { 'no-blame-idiom': 'info' } });
    expect(r.notices).toEqual(['No rule has the id “no-such-rule”: its setting was ignored.']);
    expect(checkSettings({ rules: { 'no-such-rule': 'off' } }).settings).toEqual({});
    expect(createAnalyzer({ rules: { 'custom-gone': 'off' } }).notices).toEqual([
      'No rule has the id “custom-gone”: its setting was ignored.',
    ]);
  });

  it('keep entries for custom rules that exist', () => {
    const settings = { customRules: [{ phrase: 'bed blockers', category: 'blame' as const, message: 'm' }], rules: { 'custom-bed-blockers': 'off' as const } };
    expect(checkSettings(settings)).toEqual({ settings, notices: [] });
    expect(analyze('The bed blockers again.', settings).filter((d) => d.ruleId === 'custom-bed-blockers')).toEqual([]);
  });
});

describe('size bounds', () => {
  it('refuse 100,000 allowed phrases with a clear message', () => {
    const allow = Array.from({ length: 100_000 }, (_, i) => `phrase ${i}`);
    expect(() => parseSettings({ allow })).toThrow(SettingsError);
    expect(() => parseSettings({ allow })).toThrow('Invalid settings at "allow": at most 2,000 allowed phrases');
  });

  it('refuse a 10 MB partner name and overlong phrases', () => {
    expect(() => parseSettings({ partners: ['x'.repeat(10_000_000)] })).toThrow(/at "partners\.0": each of the partner names can be at most 200 characters long/);
    expect(() => parseSettings({ allow: ['y'.repeat(201)] })).toThrow(/at most 200 characters/);
    expect(() => parseSettings({ organisation: 'z'.repeat(201) })).toThrow(/organisation/);
    expect(() => parseSettings({ partners: Array(501).fill('p') })).toThrow(/at most 500 partner names/);
  });

  it('accept lists within the bounds', () => {
    expect(() => parseSettings({ allow: Array.from({ length: 2000 }, (_, i) => `phrase ${i}`) })).not.toThrow();
  });
});

describe('faultyPart', () => {
  it('names the top-level part an error points at, so only that part is reset', () => {
    const err = (input: unknown) => {
      try {
        parseSettings(input);
      } catch (e) {
        return e;
      }
      throw new Error('expected an error');
    };
    expect(faultyPart(err({ rules: { x: 'loud' } }))).toBe('rules');
    expect(faultyPart(err({ allow: 'not a list' }))).toBe('allow');
    expect(faultyPart(new Error('Invalid settings file at "settings.partners.0": …'))).toBe('partners');
    expect(faultyPart(err({ colour: 'red' }))).toBeUndefined();
    expect(faultyPart(new Error('boom'))).toBeUndefined();
  });
});
