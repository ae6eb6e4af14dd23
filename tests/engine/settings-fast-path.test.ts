// parseSettings answers "no settings" without the zod schema (the CLI then never loads zod): same result as the schema gives.
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from '../../lib/engine/settings.ts';
import { settingsSchema } from '../../lib/engine/settings-schema.ts';

describe('parseSettings without entries', () => {
  it('gives what the schema gives for undefined, null and an empty object', () => {
    const bySchema = settingsSchema.parse({});
    for (const input of [undefined, null, {}]) expect(parseSettings(input)).toStrictEqual(bySchema);
  });

  it('returns a new object each time, as the schema does', () => {
    const a = parseSettings({});
    a.organisation = 'changed';
    expect(parseSettings({})).toStrictEqual({});
  });

  it('still checks anything that is not a plain empty object', () => {
    expect(() => parseSettings([])).toThrow(SettingsError);
    expect(() => parseSettings('x')).toThrow(SettingsError);
    // zod reads inherited keys too: an object with a prototype is never taken for an empty one.
    const inherited = Object.create({ rules: 1 });
    expect(settingsSchema.safeParse(inherited).success).toBe(false);
    expect(() => parseSettings(inherited)).toThrow(/Invalid settings at "rules"/);
    const hidden = {};
    Object.defineProperty(hidden, 'allow', { value: 5, enumerable: false });
    expect(settingsSchema.safeParse(hidden).success).toBe(false);
    expect(() => parseSettings(hidden)).toThrow(/Invalid settings at "allow"/);
    expect(() => parseSettings({ rules: { x: 'loud' } })).toThrow(/Invalid settings at "rules\.x"/);
  });
});
