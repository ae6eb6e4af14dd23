// Engine settings: schema (zod), defaults and validation with clear, one-line error messages.
import { z } from 'zod';
import { SETTINGS_LIMITS } from './settings-limits.ts';

export const SETTINGS_VERSION = 1;

const category = z.enum(['blame', 'org-centric', 'output-only']);
const severity = z.enum(['hint', 'info', 'warning', 'error']);

/** 'off', a severity, or { enabled, severity }. */
export const ruleSettingSchema = z.union(
  [
    z.literal('off'),
    severity,
    z.object({ enabled: z.boolean().optional(), severity: severity.optional() }).strict(),
  ],
  { error: 'expected "off", a severity (hint, info, warning, error) or { "enabled": true|false, "severity": … }' },
);

/**
 * Size bounds: settings are held in memory by every engine and kept in the extension's storage (10 MB in all), so a
 * pasted list of 100,000 phrases or a 10 MB partner list is refused with a message instead of freezing typing.
 */
export { SETTINGS_LIMITS } from './settings-limits.ts';

const n = (x: number) => x.toLocaleString('en-GB');
const boundedText = (what: string, max: number = SETTINGS_LIMITS.phraseLength) =>
  z.string().max(max, `${what} can be at most ${n(max)} characters long`);
const boundedList = (what: string, max: number) =>
  z
    .array(boundedText(`each of the ${what}`), { error: `${what} must be a list of text` })
    .max(max, `at most ${n(max)} ${what} (split the list or remove some)`);

export const customRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes').max(100).optional(),
    phrase: boundedText('a custom rule’s phrase').trim().min(1, 'a custom rule needs a phrase'),
    category,
    message: boundedText('a custom rule’s message', SETTINGS_LIMITS.messageLength).trim().min(1, 'a custom rule needs a message'),
    suggestion: boundedText('a custom rule’s suggestion').optional(),
    severity: severity.optional(),
    practice: z.number().int().min(1).max(5).optional(),
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.number().int().min(1).max(SETTINGS_VERSION).optional(),
    rules: z
      .record(z.string().max(100, 'a rule id can be at most 100 characters long'), ruleSettingSchema)
      .refine((r) => Object.keys(r).length <= SETTINGS_LIMITS.rules, `at most ${n(SETTINGS_LIMITS.rules)} rule entries`)
      .optional(),
    categories: z.partialRecord(category, ruleSettingSchema).optional(),
    organisation: boundedText('the organisation’s name').optional(),
    partners: boundedList('partner names', SETTINGS_LIMITS.partners).optional(),
    allow: boundedList('allowed phrases', SETTINGS_LIMITS.allow).optional(),
    customRules: z.array(customRuleSchema).max(SETTINGS_LIMITS.customRules, `at most ${n(SETTINGS_LIMITS.customRules)} custom rules`).optional(),
  })
  .strict();

export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type CustomRule = z.infer<typeof customRuleSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION };

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Validates unknown input (parsed JSON) and returns settings, or throws SettingsError naming the problem. */
export function parseSettings(input: unknown): Settings {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'settings';
  throw new SettingsError(`Invalid settings at "${where}": ${issue.message}`);
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
