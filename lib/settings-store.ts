// Settings persisted with WXT's storage API (browser.storage.local), versioned so older exports still load.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './engine/settings.ts';
import { storageErrorMessage } from './storage-errors.ts';

export { storageErrorMessage };

/** Extension-only preferences that the engine does not need. */
export interface Preferences {
  /** History may keep excerpts of flagged words (off by default). */
  keepExcerpts: boolean;
  /** Delete history snapshots older than this many months (0 = keep). */
  retentionMonths: number;
  /** Mark partnership language in the editor with a subtle row of dots (off by default; never an underline). */
  markPartnership?: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { keepExcerpts: false, retentionMonths: 0, markPartnership: false };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** Per-site switch, keyed by origin (https://example.org). Off unless the user turned it on. */
export const sitesItem = storage.defineItem<Record<string, boolean>>('local:sites', {
  fallback: {},
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    try {
      cb(parseSettings(value));
    } catch {
      cb(DEFAULT_SETTINGS);
    }
  });
}

/** Writes settings, turning a storage quota error into plain words (thrown as an Error with that message). */
export async function writeSettings(settings: Settings): Promise<void> {
  try {
    await settingsItem.setValue(settings);
  } catch (err) {
    throw new Error(storageErrorMessage(err));
  }
}

/**
 * Resets one top-level part of the stored settings ("rules", "allow" …) to its default by removing it, leaving
 * the rest as it was; with no part (or "*"), resets all engine settings. Works on the raw value, which may not validate.
 */
export async function resetSettingsPart(part?: string): Promise<void> {
  const raw = (await settingsItem.getValue()) as unknown;
  if (!part || part === '*' || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return writeSettings(DEFAULT_SETTINGS);
  const next = { ...(raw as Record<string, unknown>) };
  delete next[part];
  await writeSettings(next as Settings);
}
