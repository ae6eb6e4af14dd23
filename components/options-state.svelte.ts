// Options page state: settings, preferences and sites loaded from storage, saved on each change, kept in sync.
import { settingsItem, preferencesItem, sitesItem, loadSettings, DEFAULT_PREFERENCES, type Preferences } from '../lib/settings-store.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from '../lib/engine/settings.ts';
import { preferencesSchema, sitesSchema } from '../lib/settings-io/bundle.ts';

export class OptionsState {
  settings = $state<Settings>(DEFAULT_SETTINGS);
  preferences = $state<Preferences>(DEFAULT_PREFERENCES);
  sites = $state<Record<string, boolean>>({});
  loaded = $state(false);
  /** Outcome of the last save, shown in a live region. */
  notice = $state('');
  error = $state('');
  private unwatch: (() => void)[] = [];

  async load(): Promise<void> {
    this.settings = await loadSettings();
    const prefs = preferencesSchema.safeParse(await preferencesItem.getValue());
    this.preferences = prefs.success ? prefs.data : DEFAULT_PREFERENCES;
    const sites = sitesSchema.safeParse(await sitesItem.getValue());
    this.sites = sites.success ? sites.data : {};
    this.loaded = true;
  }

  /** Follows changes made elsewhere (an import in another tab, the toolbar button switching a site). */
  watch(): void {
    this.unwatch.push(
      settingsItem.watch(() => void this.load()),
      preferencesItem.watch(() => void this.load()),
      sitesItem.watch(() => void this.load()),
    );
  }

  stop(): void {
    for (const u of this.unwatch.splice(0)) u();
  }

  /** Validates with the engine's schema before writing; an invalid change is refused with the schema's message. */
  async saveSettings(next: Settings): Promise<boolean> {
    try {
      const valid = parseSettings({ ...next, version: SETTINGS_VERSION });
      // State first, so a second change made before the write lands builds on this one.
      this.settings = valid;
      await settingsItem.setValue(valid);
      this.error = '';
      this.notice = 'Settings saved.';
      return true;
    } catch (e) {
      this.error = (e as Error).message;
      return false;
    }
  }

  async savePreferences(next: Preferences): Promise<boolean> {
    const r = preferencesSchema.safeParse(next);
    if (!r.success) {
      this.error = r.error.issues[0].message;
      return false;
    }
    this.preferences = r.data;
    await preferencesItem.setValue(r.data);
    this.error = '';
    this.notice = 'Privacy settings saved.';
    return true;
  }

  async saveSites(next: Record<string, boolean>): Promise<boolean> {
    const r = sitesSchema.safeParse(next);
    if (!r.success) {
      this.error = r.error.issues[0].message;
      return false;
    }
    this.sites = r.data;
    await sitesItem.setValue(r.data);
    this.error = '';
    this.notice = 'Sites saved.';
    return true;
  }
}

/** VS Code settings search: every word of the query must appear somewhere in the texts. */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  const hay = texts.join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
