// Engine settings: schema (zod), defaults and validation with clear, one-line error messages.
import { z } from 'zod';

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

export const customRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes').optional(),
    phrase: z.string().trim().min(1, 'a custom rule needs a phrase'),
    category,
    message: z.string().trim().min(1, 'a custom rule needs a message'),
    suggestion: z.string().optional(),
    severity: severity.optional(),
    practice: z.number().int().min(1).max(5).optional(),
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.number().int().min(1).max(SETTINGS_VERSION).optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    categories: z.partialRecord(category, ruleSettingSchema).optional(),
    organisation: z.string().optional(),
    partners: z.array(z.string()).optional(),
    allow: z.array(z.string()).optional(),
    customRules: z.array(customRuleSchema).optional(),
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
