// The settings schema (zod): kept apart from settings.ts so a build can load zod only when there are settings to check.
import { z } from 'zod';
import { SETTINGS_LIMITS, SETTINGS_VERSION } from './settings-limits.ts';

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
