// Settings export files: a versioned bundle of engine settings, preferences and sites, with migration and validation.
import { z } from 'zod';
import { SettingsError, type Settings } from '../engine/settings.ts';
import { checkSettings } from '../engine/index.ts';
import type { Preferences } from '../settings-store.ts';

export const EXPORT_FORMAT = 'common-ground-settings';
/**
 * 2: { format, version: 2, exportedAt, settings, preferences: { keepExcerpts, retentionMonths }, sites: { origin: on } }
 * 1: { format, version: 1, settings, keepExcerpts, retentionMonths, sites: [enabled origins] } (first extension export)
 * A file without `format` is a bare engine settings object, as the CLI reads: it replaces the engine settings only.
 */
export const EXPORT_VERSION = 2;

export interface SettingsBundle {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt?: string;
  settings: Settings;
  preferences: Preferences;
  sites: Record<string, boolean>;
}

/** What an import replaces: a bare settings file leaves preferences and sites as they are. */
export interface ImportResult {
  settings: Settings;
  preferences?: Preferences;
  sites?: Record<string, boolean>;
  /** Which file layout it was, for the message shown after import. */
  from: 'bundle-v2' | 'bundle-v1' | 'settings';
  /** Entries that were dropped (unknown rule ids), to show beside the "imported" message. */
  notices?: string[];
}

export const preferencesSchema = z
  .object({
    keepExcerpts: z.boolean({ error: 'keepExcerpts must be true or false' }),
    retentionMonths: z
      .number({ error: 'retentionMonths must be a number' })
      .int('retentionMonths must be a whole number')
      .min(0, 'retentionMonths cannot be negative')
      .max(120, 'retentionMonths can be at most 120'),
    // Added later: optional, so preferences saved or exported before it still load.
    markPartnership: z.boolean({ error: 'markPartnership must be true or false' }).optional(),
  })
  .strict();

const origin = z.string().refine((s) => {
  try {
    return new URL(s).origin === s;
  } catch {
    return false;
  }
}, 'a site must be an origin such as https://example.org');

export const sitesSchema = z.record(origin, z.boolean({ error: 'a site is switched on (true) or off (false)' }));

const bundleV2Schema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(2),
    exportedAt: z.string().optional(),
    settings: z.unknown(),
    preferences: preferencesSchema,
    sites: sitesSchema,
  })
  .strict();

const bundleV1Schema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    settings: z.unknown(),
    keepExcerpts: z.boolean().optional(),
    retentionMonths: z.number().int().min(0).max(120).optional(),
    sites: z.array(origin).optional(),
  })
  .strict();

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

function issueMessage(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'file';
  // A bad record key (a site address) carries its own reason one level down.
  const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
  return `Invalid settings file at "${where}": ${inner ?? issue.message}`;
}

/** The engine's own check (lib/engine checkSettings), with the file's path prefix on any message. */
function engineSettings(input: unknown, prefix: string, notices: string[]): Settings {
  try {
    const checked = checkSettings(input);
    notices.push(...checked.notices);
    return checked.settings;
  } catch (e) {
    if (e instanceof SettingsError) {
      throw new ImportError(e.message.replace('Invalid settings at "', `Invalid settings file at "${prefix}`));
    }
    throw e;
  }
}

/** Version 1 → 2: preferences gathered in one object; sites became a map so "off" can be kept too. */
function migrateV1(v1: z.infer<typeof bundleV1Schema>, notices: string[]): ImportResult {
  return {
    settings: engineSettings(v1.settings, 'settings.', notices),
    preferences: { keepExcerpts: v1.keepExcerpts ?? false, retentionMonths: v1.retentionMonths ?? 0 },
    sites: Object.fromEntries((v1.sites ?? []).map((s) => [s, true])),
    from: 'bundle-v1',
  };
}

/** Validates parsed JSON of any known version. Throws ImportError naming the problem; never partially applies. */
export function readBundle(json: unknown): ImportResult {
  const notices: string[] = [];
  const result = readAnyVersion(json, notices);
  return notices.length ? { ...result, notices } : result;
}

function readAnyVersion(json: unknown, notices: string[]): ImportResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportError('Invalid settings file: expected a JSON object at the top level.');
  }
  const obj = json as Record<string, unknown>;
  if (!('format' in obj)) return { settings: engineSettings(obj, '', notices), from: 'settings' };
  if (obj.format !== EXPORT_FORMAT) {
    throw new ImportError(`Invalid settings file at "format": expected "${EXPORT_FORMAT}".`);
  }
  if (obj.version === 1) {
    const r = bundleV1Schema.safeParse(obj);
    if (!r.success) throw new ImportError(issueMessage(r.error));
    return migrateV1(r.data, notices);
  }
  if (obj.version === 2) {
    const r = bundleV2Schema.safeParse(obj);
    if (!r.success) throw new ImportError(issueMessage(r.error));
    return {
      settings: engineSettings(r.data.settings, 'settings.', notices),
      preferences: r.data.preferences,
      sites: r.data.sites,
      from: 'bundle-v2',
    };
  }
  if (typeof obj.version === 'number' && obj.version > EXPORT_VERSION) {
    throw new ImportError(
      `This settings file is version ${obj.version}, from a newer Common Ground; this one reads up to version ${EXPORT_VERSION}.`,
    );
  }
  throw new ImportError('Invalid settings file at "version": expected 1 or 2.');
}

/** Parses file text. JSON syntax errors are reported with the parser's own position. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`This file is not valid JSON: ${(e as Error).message}`);
  }
  return readBundle(json);
}

export function makeBundle(
  settings: Settings,
  preferences: Preferences,
  sites: Record<string, boolean>,
  now = new Date(),
): SettingsBundle {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), settings, preferences, sites };
}

export function serializeBundle(bundle: SettingsBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
