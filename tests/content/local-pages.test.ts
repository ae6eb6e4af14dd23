// Local pages are on by default only in dev, demo and test builds; a release build neither checks nor asks for them.
import { describe, expect, it } from 'vitest';
import { LOCAL_PATTERNS, localPagesOn, withoutLocalHosts } from '../../lib/local-pages.ts';
import { enabledPatterns, siteEnabled } from '../../lib/content/sites.ts';

describe('local pages', () => {
  it('are on for dev, test and WXT_LOCAL_PAGES=on builds, off for a release build', () => {
    expect(localPagesOn({ MODE: 'production' })).toBe(false);
    expect(localPagesOn({ MODE: 'production', WXT_LOCAL_PAGES: 'off' })).toBe(false);
    expect(localPagesOn(undefined)).toBe(false);
    expect(localPagesOn({ MODE: 'production', WXT_LOCAL_PAGES: 'on' })).toBe(true);
    expect(localPagesOn({ MODE: 'development' })).toBe(true);
    expect(localPagesOn({ MODE: 'test' })).toBe(true);
  });

  it('in a release build, a local page is off until the user turns it on, and then needs its permission', async () => {
    expect(siteEnabled('http://localhost:3000', {}, false)).toBe(false);
    expect(siteEnabled('http://127.0.0.1:5173', {}, false)).toBe(false);
    expect(siteEnabled('http://localhost:3000', { 'http://localhost:3000': true }, false)).toBe(true);
    expect(siteEnabled('http://127.0.0.1:5173', {}, true)).toBe(true);
    const none = async () => false;
    expect([...(await enabledPatterns({}, none, LOCAL_PATTERNS, false))]).toEqual([]);
    expect([...(await enabledPatterns({ 'http://localhost:3000': true }, none, LOCAL_PATTERNS, false))]).toEqual([]);
    const granted = async (p: string) => p === 'http://localhost/*';
    expect([...(await enabledPatterns({ 'http://localhost:3000': true }, granted, LOCAL_PATTERNS, false))]).toEqual(['http://localhost/*']);
    expect([...(await enabledPatterns({}, none, LOCAL_PATTERNS, true))]).toEqual([...LOCAL_PATTERNS]);
  });

  it('a release manifest asks for no local host access', () => {
    const mv3 = { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'], permissions: ['storage'] };
    withoutLocalHosts(mv3);
    expect(mv3).toEqual({ permissions: ['storage'] });
    const mv2 = { permissions: ['storage', 'http://127.0.0.1/*', 'http://localhost/*', 'https://hackmd.io/*'] };
    withoutLocalHosts(mv2);
    expect(mv2.permissions).toEqual(['storage', 'https://hackmd.io/*']);
  });
});
