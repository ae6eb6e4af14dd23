// The card's settings changes stay inside the schema's bounds, so a click can never make the settings invalid.
import { describe, expect, it } from 'vitest';
import { SettingsEditError, withAllowedPhrase, withRuleOff } from '../../lib/content/settings-edits.ts';
import { checkSettings, SETTINGS_LIMITS } from '../../lib/engine/index.ts';

describe('card settings edits', () => {
  it('adds an allowed phrase once, trimmed', () => {
    const s = withAllowedPhrase({ allow: ['agreed wording'] }, '  dropped the ball ');
    expect(s.allow).toEqual(['agreed wording', 'dropped the ball']);
    expect(withAllowedPhrase(s, 'dropped the ball')).toBe(s);
  });

  it('refuses the phrase past the limit instead of writing settings that would stop checking', () => {
    const full = { allow: Array.from({ length: SETTINGS_LIMITS.allow }, (_, i) => `p${i}`) };
    expect(() => checkSettings(full)).not.toThrow();
    expect(() => withAllowedPhrase(full, 'one more')).toThrow(SettingsEditError);
    expect(() => withAllowedPhrase(full, 'one more')).toThrow(/already 2,000 allowed phrases/);
    expect(() => withAllowedPhrase({}, 'x'.repeat(201))).toThrow(/longer than 200 characters/);
  });

  it('turns a rule off', () => {
    expect(withRuleOff({ rules: { a: 'info' } }, 'no-blame-idiom')).toEqual({ rules: { a: 'info', 'no-blame-idiom': 'off' } });
  });
});
