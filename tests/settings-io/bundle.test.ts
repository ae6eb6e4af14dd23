// Settings files: current and older exports import, bare settings import, bad files get a message naming the problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_VERSION, ImportError, makeBundle, parseImport, readBundle, serializeBundle } from '../../lib/settings-io/bundle.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseImport', () => {
  it('reads the current export', () => {
    const r = parseImport(fixture('export-v2.json'));
    expect(r.from).toBe('bundle-v2');
    expect(r.settings.partners).toEqual(['North Trust', 'Riverside Care Partnership']);
    expect(r.settings.customRules?.[0].phrase).toBe('bed blockers');
    expect(r.preferences).toEqual({ keepExcerpts: false, retentionMonths: 12 });
    expect(r.sites).toEqual({ 'https://notes.example.org': true, 'https://wiki.example.org': false });
  });

  it('migrates an older (version 1) export', () => {
    const r = parseImport(fixture('export-v1.json'));
    expect(r.from).toBe('bundle-v1');
    expect(r.settings).toMatchObject({ organisation: 'Riverside Council', rules: { 'no-person-as-cause': 'error' } });
    expect(r.preferences).toEqual({ keepExcerpts: true, retentionMonths: 6 });
    expect(r.sites).toEqual({ 'https://notes.example.org': true });
  });

  it('reads a bare engine settings file and leaves preferences and sites alone', () => {
    const r = parseImport(fixture('bare-settings.json'));
    expect(r).toEqual({ settings: { version: 1, organisation: 'North Trust', allow: ['agreed wording'] }, from: 'settings' });
  });

  it.each([
    ['not JSON at all', '{ "format": ', /not valid JSON/],
    ['an array', '[1, 2]', /JSON object at the top level/],
    ['another format', '{"format": "vscode", "version": 2}', /at "format"/],
    ['a newer version', '{"format": "common-ground-settings", "version": 9}', /version 9, from a newer Common Ground/],
    ['a missing version', '{"format": "common-ground-settings"}', /at "version"/],
    ['a bad rule severity', fixture('malformed.json'), /at "settings\.rules\.no-person-as-cause"/],
    ['bad preferences', '{"format":"common-ground-settings","version":2,"settings":{},"preferences":{"keepExcerpts":"yes","retentionMonths":0},"sites":{}}', /at "preferences\.keepExcerpts": keepExcerpts must be true or false/],
    ['negative retention', '{"format":"common-ground-settings","version":2,"settings":{},"preferences":{"keepExcerpts":true,"retentionMonths":-1},"sites":{}}', /retentionMonths cannot be negative/],
    ['a site that is not an origin', '{"format":"common-ground-settings","version":2,"settings":{},"preferences":{"keepExcerpts":true,"retentionMonths":0},"sites":{"notes.example.org/x":true}}', /a site must be an origin/],
    ['an unknown key', '{"format":"common-ground-settings","version":2,"settings":{},"preferences":{"keepExcerpts":true,"retentionMonths":0},"sites":{},"extra":1}', /Invalid settings file at "file"/],
    ['a bare file with an unknown key', '{"colour": "blue"}', /Invalid settings file at "settings"|colour/],
    ['a custom rule without a phrase', '{"customRules":[{"phrase":" ","category":"blame","message":"m"}]}', /customRules\.0\.phrase.*needs a phrase/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseImport(text)).toThrow(ImportError);
    expect(() => parseImport(text)).toThrow(message);
  });
});

describe('export', () => {
  it('round-trips: what is exported imports back unchanged', () => {
    const bundle = makeBundle(
      { version: 1, organisation: 'Riverside Council', rules: { 'no-blame-idiom': { enabled: true, severity: 'hint' } } },
      { keepExcerpts: true, retentionMonths: 3 },
      { 'https://notes.example.org': true },
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(bundle.version).toBe(EXPORT_VERSION);
    const back = parseImport(serializeBundle(bundle));
    expect(back).toEqual({ settings: bundle.settings, preferences: bundle.preferences, sites: bundle.sites, from: 'bundle-v2' });
  });

  it('never throws anything but ImportError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          readBundle(value);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
