// Engine settings: defaults and validation with clear, one-line error messages (the zod schema is in settings-schema.ts).
import type { Settings } from './settings-schema.ts';
import { settingsSchemas } from './settings-schema-load.ts';
import { SETTINGS_VERSION } from './settings-limits.ts';

export { SETTINGS_VERSION } from './settings-limits.ts';

/**
 * Size bounds: settings are held in memory by every engine and kept in the extension's storage (10 MB in all), so a
 * pasted list of 100,000 phrases or a 10 MB partner list is refused with a message instead of freezing typing.
 */
export { SETTINGS_LIMITS } from './settings-limits.ts';

export type { RuleSetting, CustomRule, Settings } from './settings-schema.ts';

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION };

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Validates unknown input (parsed JSON) and returns settings, or throws SettingsError naming the problem. */
export function parseSettings(input: unknown): Settings {
  // No settings at all (the usual case: the command line without --config, a fresh engine) needs no schema: the schema
  // would return a new empty object too. Every other input goes through zod.
  if (input === undefined || input === null || isEmptyPlainObject(input)) return {};
  const result = settingsSchemas().settingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'settings';
  throw new SettingsError(`Invalid settings at "${where}": ${issue.message}`);
}

function isEmptyPlainObject(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) return false;
  for (const _ in x) return false;
  return Object.getOwnPropertySymbols(x).length === 0 && Object.getOwnPropertyNames(x).length === 0;
}

/** The top-level part of the settings an error points at ("rules", "allow" …), so that part alone can be reset. */
export function faultyPart(error: unknown): string | undefined {
  const m = /^Invalid settings(?: file)? at "(?:settings\.)?([A-Za-z]+)/.exec(error instanceof Error ? error.message : String(error));
  return m && m[1] !== 'settings' && m[1] !== 'file' ? m[1] : undefined;
}

/**
 * Drops rule entries no rule answers to (a rule from another version, a removed custom rule), with one notice
 * each. An unknown id is never fatal: checking goes on with the rest of the settings.
 */
export function dropUnknownRules(settings: Settings, knownIds: Iterable<string>): { settings: Settings; notices: string[] } {
  const known = new Set(knownIds);
  const unknown = Object.keys(settings.rules ?? {}).filter((id) => !known.has(id));
  if (!unknown.length) return { settings, notices: [] };
  const rules = { ...settings.rules };
  for (const id of unknown) delete rules[id];
  const next: Settings = { ...settings, rules };
  if (!Object.keys(rules).length) delete next.rules;
  return { settings: next, notices: unknown.map((id) => `No rule has the id “${id}”: its setting was ignored.`) };
}
