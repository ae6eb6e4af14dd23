// Local pages (localhost, 127.0.0.1) are checked without asking only in dev, demo and test builds, never in release.

/** The notes script's local match patterns; in dev, demo and test builds they are host permissions too. */
export const LOCAL_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * On for `wxt` (dev), vitest, and builds made with WXT_LOCAL_PAGES=on (`npm start`, scripts/e2e.mjs); off for
 * `npm run build`, so a released extension never reads local web apps' editors unless the user turns them on.
 */
export function localPagesOn(env: Record<string, unknown> | undefined): boolean {
  if (!env) return false;
  return env.WXT_LOCAL_PAGES === 'on' || env.MODE === 'development' || env.MODE === 'test';
}

/** This build's choice (Vite replaces import.meta.env at build time; plain node has none, so it is off). */
export const LOCAL_PAGES_ON = localPagesOn((import.meta as { env?: Record<string, unknown> }).env);

/** A release manifest asks for no local host access up front: a local site is turned on like any other. */
export function withoutLocalHosts(manifest: object): void {
  // Manifest V3 lists hosts in host_permissions; Firefox's Manifest V2 in permissions.
  const m = manifest as { host_permissions?: string[]; permissions?: string[] };
  const local = (p: string) => (LOCAL_PATTERNS as readonly string[]).includes(p);
  if (m.host_permissions) {
    m.host_permissions = m.host_permissions.filter((p) => !local(p));
    if (!m.host_permissions.length) delete m.host_permissions;
  }
  if (m.permissions) m.permissions = m.permissions.filter((p) => !local(p));
}
