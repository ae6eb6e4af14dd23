// Settings persisted with WXT's storage API (browser.storage.local), versioned so older exports still load.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './engine/settings.ts';

/** Extension-only preferences that the engine does not need. */
export interface Preferences {
  /** History may keep excerpts of flagged words (off by default). */
  keepExcerpts: boolean;
  /** Delete history snapshots older than this many months (0 = keep). */
  retentionMonths: number;
}

export const DEFAULT_PREFERENCES: Preferences = { keepExcerpts: false, retentionMonths: 0 };

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
