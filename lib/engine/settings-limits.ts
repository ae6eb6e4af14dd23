// Size bounds of the settings, apart from the schema so the content script can respect them without loading zod.
export const SETTINGS_LIMITS = {
  phraseLength: 200,
  allow: 2000,
  partners: 500,
  customRules: 500,
  rules: 1000,
  messageLength: 500,
} as const;

/** The settings format's version (here beside the limits so the schema and settings.ts share it without a cycle). */
export const SETTINGS_VERSION = 1;
