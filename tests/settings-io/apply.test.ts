// Applying imports to storage: a good file replaces settings; a bad one changes nothing at all.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentBundle, importText } from '../../lib/settings-io/apply.ts';
import { ImportError } from '../../lib/settings-io/bundle.ts';
import { preferencesItem, settingsItem, sitesItem } from '../../lib/settings-store.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

async function everything() {
  return { settings: await settingsItem.getValue(), preferences: await preferencesItem.getValue(), sites: await sitesItem.getValue() };
}

describe('importText', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ version: 1, organisation: 'Old Org', allow: ['keep me'] });
    await preferencesItem.setValue({ keepExcerpts: true, retentionMonths: 2 });
    await sitesItem.setValue({ 'https://old.example.org': true });
  });

  it('replaces all settings from a current export', async () => {
    const r = await importText(fixture('export-v2.json'));
    expect(r.from).toBe('bundle-v2');
    const all = await everything();
    expect(all.settings.organisation).toBe('Riverside Council');
    expect(all.preferences).toEqual({ keepExcerpts: false, retentionMonths: 12 });
    expect(all.sites).toEqual({ 'https://notes.example.org': true, 'https://wiki.example.org': false });
  });

  it('keeps preferences and sites when importing bare engine settings', async () => {
    await importText(fixture('bare-settings.json'));
    const all = await everything();
    expect(all.settings).toEqual({ version: 1, organisation: 'North Trust', allow: ['agreed wording'] });
    expect(all.preferences).toEqual({ keepExcerpts: true, retentionMonths: 2 });
    expect(all.sites).toEqual({ 'https://old.example.org': true });
  });

  it.each(['malformed.json', 'not json'])('changes nothing for a bad file (%s)', async (name) => {
    const before = await everything();
    const text = name.endsWith('.json') ? fixture(name) : '{"format": "common-ground-settings", "version": 2, "settings": {},';
    await expect(importText(text)).rejects.toThrow(ImportError);
    expect(await everything()).toEqual(before);
  });

  it('exports what is stored, and the export imports back', async () => {
    const bundle = await currentBundle(new Date('2026-01-01T00:00:00Z'));
    expect(bundle).toMatchObject({
      format: 'common-ground-settings',
      version: 2,
      settings: { organisation: 'Old Org', allow: ['keep me'] },
      preferences: { keepExcerpts: true, retentionMonths: 2 },
      sites: { 'https://old.example.org': true },
    });
    fakeBrowser.reset();
    await importText(JSON.stringify(bundle));
    expect((await everything()).settings).toEqual(bundle.settings);
  });
});
