// Where inline checking runs: per-site switches keyed by origin; local pages are on by default in dev/test builds only.
import { LOCAL_PAGES_ON } from '../local-pages.ts';

/** localhost, 127.0.0.1 and file pages: on by default in dev, demo and test builds (no permission prompt there). */
export function isLocalOrigin(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin) || origin.startsWith('file:');
}

/**
 * Local origins that are on unless the user turns them off (in builds where local pages are on by default); Options lists
 * them so "no sites" is never said while they run.
 */
export const DEFAULT_LOCAL_ORIGINS: readonly string[] = LOCAL_PAGES_ON ? ['http://localhost', 'http://127.0.0.1'] : [];

export function siteEnabled(origin: string, sites: Record<string, boolean>, localOn = LOCAL_PAGES_ON): boolean {
  if (origin in sites) return sites[origin] === true;
  return localOn && isLocalOrigin(origin);
}

/** A match pattern for every page of an origin (ports are not part of match patterns). */
export function originPattern(origin: string): string | null {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Match patterns the notes script is registered for: local pages that are on, and every site the user turned on
 * whose host permission is granted (local origins need none).
 */
export async function enabledPatterns(
  sites: Record<string, boolean>,
  granted: (pattern: string) => Promise<boolean>,
  localPatterns: readonly string[],
  localOn = LOCAL_PAGES_ON,
): Promise<Set<string>> {
  const patterns = new Set(localOn ? localPatterns.filter((p) => siteEnabled(originOf(p.replace('/*', '')) ?? '', sites, localOn)) : []);
  for (const [origin, on] of Object.entries(sites)) {
    const pattern = on && originPattern(origin);
    // Local hosts are granted up front only in dev/test builds; in a release they need permission like any site.
    if (pattern && ((localOn && isLocalOrigin(origin)) || (await granted(pattern)))) patterns.add(pattern);
  }
  return patterns;
}

/** The origin of a tab's URL, or null for pages no extension may script (chrome://, the web store, …). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Host suffixes of known notes sites, for the toolbar button's "you can check notes here" look. */
export const NOTES_HOST_SUFFIXES = ['docs.google.com', 'notion.so', 'atlassian.net', 'sharepoint.com', 'office.com', 'hackmd.io'];

/** Known notes sites, where the toolbar button offers to turn checking on. */
export const NOTES_SITES = [
  /^https:\/\/docs\.google\.com$/,
  /^https:\/\/www\.notion\.so$/,
  /^https:\/\/[a-z0-9-]+\.atlassian\.net$/,
  /^https:\/\/[a-z0-9-]+\.sharepoint\.com$/,
  /^https:\/\/[a-z0-9.-]+\.office\.com$/,
  /^https:\/\/hackmd\.io$/,
];

export function isNotesSite(origin: string): boolean {
  return NOTES_SITES.some((re) => re.test(origin));
}
