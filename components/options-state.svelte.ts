// Options page state: settings, preferences and sites loaded from storage, saved on each change, kept in sync.
import { settingsItem, preferencesItem, sitesItem, DEFAULT_PREFERENCES, resetSettingsPart, writeSettings, type Preferences } from '../lib/settings-store.ts';
import { DEFAULT_SETTINGS, faultyPart, SETTINGS_VERSION, type Settings } from '../lib/engine/settings.ts';
import { checkSettings } from '../lib/engine/index.ts';
import type { CheckingStopped } from '../lib/messages.ts';
import { preferencesSchema, sitesSchema } from '../lib/settings-io/bundle.ts';

export class OptionsState {
  settings = $state<Settings>(DEFAULT_SETTINGS);
  preferences = $state<Preferences>(DEFAULT_PREFERENCES);
  sites = $state<Record<string, boolean>>({});
  loaded = $state(false);
  /** Outcome of the last save, shown in a live region. */
  notice = $state('');
  error = $state('');
  /** Entries the settings check dropped (unknown rule ids), shown until the next save. */
  settingsNotices = $state<string[]>([]);
  /** Stored settings the schema refuses: checking has stopped; the page says why and offers to reset that part. */
  fault = $state<CheckingStopped | null>(null);
  private unwatch: (() => void)[] = [];

  async load(): Promise<void> {
    // The same check the background makes at start-up, so this page shows what checking actually uses.
    const raw = (await settingsItem.getValue()) as unknown;
    try {
      const checked = checkSettings(raw ?? {});
      this.settings = checked.settings;
      this.settingsNotices = checked.notices;
      this.fault = null;
    } catch (e) {
      const part = faultyPart(e) ?? '*';
      this.fault = { reason: (e as Error).message, part };
      this.settingsNotices = [];
      this.settings = this.withoutPart(raw, part);
    }
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

  /** What is left usable once the faulty part is taken out (what a reset of that part would give). */
  private withoutPart(raw: unknown, part: string): Settings {
    if (part === '*' || typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
    const rest = { ...(raw as Record<string, unknown>) };
    delete rest[part];
    try {
      return checkSettings(rest).settings;
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  /** Resets the faulty part of the stored settings (the rest stays), then reads them again. */
  async resetFault(): Promise<void> {
    if (!this.fault) return;
    try {
      await resetSettingsPart(this.fault.part);
      await this.load();
      this.error = '';
      this.notice = 'Settings reset; checking starts again.';
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /**
   * Validates with the engine's check before writing (the one every path uses); an invalid change is refused with
   * the schema's message, unknown rule ids are dropped with a notice.
   */
  async saveSettings(next: Settings): Promise<boolean> {
    try {
      const checked = checkSettings({ ...next, version: SETTINGS_VERSION });
      const valid = checked.settings;
      // State first, so a second change made before the write lands builds on this one.
      this.settings = valid;
      this.settingsNotices = checked.notices;
      await writeSettings(valid);
      this.fault = null;
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
