// Reads and writes all settings through lib/settings-store.ts; an import is validated in full before any write.
import { preferencesItem, sitesItem, loadSettings, DEFAULT_PREFERENCES, storageErrorMessage, writeSettings } from '../settings-store.ts';
import { makeBundle, parseImport, preferencesSchema, sitesSchema, type ImportResult, type SettingsBundle } from './bundle.ts';

export async function currentBundle(now = new Date()): Promise<SettingsBundle> {
  const prefs = preferencesSchema.safeParse(await preferencesItem.getValue());
  const sites = sitesSchema.safeParse(await sitesItem.getValue());
  return makeBundle(
    await loadSettings(),
    prefs.success ? prefs.data : DEFAULT_PREFERENCES,
    sites.success ? sites.data : {},
    now,
  );
}

export async function applyImport(result: ImportResult): Promise<void> {
  await writeSettings(result.settings);
  try {
    if (result.preferences) await preferencesItem.setValue(result.preferences);
    if (result.sites) await sitesItem.setValue(result.sites);
  } catch (err) {
    throw new Error(storageErrorMessage(err));
  }
}

/** Parses and applies file text; throws ImportError (nothing written) if the file is bad. */
export async function importText(text: string): Promise<ImportResult> {
  const result = parseImport(text);
  await applyImport(result);
  return result;
}
