// Settings edits from the options page: effective rule state, minimal entries, lists and site addresses.
import { describe, expect, it } from 'vitest';
import { categoryState, cleanList, readSetting, ruleState, setCategory, setRule, toOrigin } from '../../lib/settings-io/edit.ts';
import { parseSettings } from '../../lib/engine/settings.ts';

const rule = { id: 'no-person-as-cause', category: 'blame' as const, severity: 'warning' as const };

describe('rule and category state', () => {
  it('reads every setting form as the engine does', () => {
    expect(readSetting(undefined, 'info')).toBeUndefined();
    expect(readSetting('off', 'info')).toEqual({ enabled: false, severity: 'info' });
    expect(readSetting('error', 'info')).toEqual({ enabled: true, severity: 'error' });
    expect(readSetting({ enabled: false }, 'info')).toEqual({ enabled: false, severity: 'info' });
    expect(readSetting({ severity: 'hint' }, 'info')).toEqual({ enabled: true, severity: 'hint' });
    expect(readSetting({}, 'info')).toEqual({ enabled: true, severity: 'info' });
  });

  it('lets a rule entry win over its category, and the category over the default', () => {
    expect(ruleState({}, rule)).toEqual({ enabled: true, severity: 'warning' });
    expect(ruleState({ categories: { blame: 'off' } }, rule)).toEqual({ enabled: false, severity: 'warning' });
    expect(ruleState({ categories: { blame: 'hint' } }, rule)).toEqual({ enabled: true, severity: 'hint' });
    expect(ruleState({ categories: { blame: 'off' }, rules: { [rule.id]: 'error' } }, rule)).toEqual({ enabled: true, severity: 'error' });
    expect(ruleState({ categories: { blame: 'off' }, rules: { [rule.id]: { severity: 'info' } } }, rule)).toEqual({ enabled: true, severity: 'info' });
    expect(categoryState({ categories: { blame: { enabled: true, severity: 'info' } } }, 'blame')).toEqual({ enabled: true, severity: 'info' });
    expect(categoryState({}, 'output-only')).toEqual({ enabled: true });
  });
});

describe('setRule and setCategory', () => {
  it('writes only what differs from what the rule would get anyway', () => {
    const off = setRule({ version: 1 }, rule, { enabled: false, severity: 'warning' });
    expect(off).toEqual({ version: 1, rules: { [rule.id]: 'off' } });
    const loud = setRule(off, rule, { enabled: true, severity: 'error' });
    expect(loud.rules).toEqual({ [rule.id]: 'error' });
    expect(setRule(loud, rule, { enabled: true, severity: 'warning' })).toEqual({ version: 1 });
    expect(() => parseSettings(loud)).not.toThrow();
  });

  it('overrides a category that is off for one rule', () => {
    const s = setCategory({}, 'blame', { enabled: false });
    expect(s).toEqual({ categories: { blame: 'off' } });
    const on = setRule(s, rule, { enabled: true, severity: 'warning' });
    expect(on.rules).toEqual({ [rule.id]: 'warning' });
    expect(ruleState(on, rule)).toEqual({ enabled: true, severity: 'warning' });
    expect(setCategory(on, 'blame', { enabled: true })).toEqual({ rules: { [rule.id]: 'warning' } });
    expect(setCategory({}, 'output-only', { enabled: true, severity: 'hint' })).toEqual({ categories: { 'output-only': 'hint' } });
  });
});

describe('lists and sites', () => {
  it('cleans a typed list', () => {
    expect(cleanList([' North Trust ', '', 'north trust', 'Riverside Council', '  '])).toEqual(['North Trust', 'Riverside Council']);
  });

  it('turns typed addresses into origins', () => {
    expect(toOrigin('notes.example.org/board/42')).toBe('https://notes.example.org');
    expect(toOrigin('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080');
    expect(toOrigin('HTTPS://Wiki.Example.org')).toBe('https://wiki.example.org');
    expect(toOrigin('ftp://files.example.org')).toBeNull();
    expect(toOrigin('   ')).toBeNull();
    expect(toOrigin('http://')).toBeNull();
  });
});

describe('agreement with the engine', () => {
  it('ruleState says what analyze() does for every rule under switched settings', async () => {
    const { analyze, RULES } = await import('../../lib/engine/index.ts');
    expect(RULES.length).toBeGreaterThan(0);
    for (const r of RULES.slice(0, 8)) {
      const example = r.examples.invalid[0];
      for (const settings of [
        setCategory({}, r.category, { enabled: false }),
        setRule(setCategory({}, r.category, { enabled: false }), r, { enabled: true, severity: 'error' }),
        setRule({}, r, { enabled: false, severity: r.severity }),
        setCategory({}, r.category, { enabled: true, severity: 'hint' }),
      ]) {
        const want = ruleState(settings, r);
        const got = analyze(example, settings).filter((d) => d.ruleId === r.id);
        if (!want.enabled) expect(got, `${r.id} ${JSON.stringify(settings)}`).toEqual([]);
        else expect(got.map((d) => d.severity), `${r.id} ${JSON.stringify(settings)}`).toContain(want.severity);
      }
    }
  });
});
