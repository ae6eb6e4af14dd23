// The hover card's two settings changes, kept within the schema's bounds so a click can never make settings invalid.
import type { Settings } from '../engine/settings.ts';
import { SETTINGS_LIMITS } from '../engine/settings-limits.ts';

export class SettingsEditError extends Error {}

/** "Allow this phrase": added once; refused in words when the list is full or the phrase too long. */
export function withAllowedPhrase(settings: Settings, phrase: string): Settings {
  const p = phrase.trim();
  const allow = settings.allow ?? [];
  if (allow.includes(p)) return settings;
  if (p.length > SETTINGS_LIMITS.phraseLength) {
    throw new SettingsEditError(`That phrase is longer than ${SETTINGS_LIMITS.phraseLength} characters, the most an allowed phrase can be.`);
  }
  if (allow.length >= SETTINGS_LIMITS.allow) {
    throw new SettingsEditError(
      `There are already ${SETTINGS_LIMITS.allow.toLocaleString('en-GB')} allowed phrases, the most Common Ground keeps: remove some in Settings › Allowed phrases first.`,
    );
  }
  return { ...settings, allow: [...allow, p] };
}

/** "Turn off this rule". */
export function withRuleOff(settings: Settings, ruleId: string): Settings {
  return { ...settings, rules: { ...settings.rules, [ruleId]: 'off' } };
}
