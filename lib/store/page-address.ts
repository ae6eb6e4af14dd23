// The address history keeps of a page: origin and path only. Queries and fragments carry tokens, ids and searches.

/** "https://x.org/a/b?token=1#h" → "https://x.org/a/b"; anything that is not a URL (an imported file's path) is kept. */
export function pageAddress(url: string): string {
  const text = url.trim();
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return text;
  }
  if (u.protocol === 'file:') return `file://${u.pathname}`;
  // Opaque URLs (about:blank, data:, blob:) have no origin worth keeping; a data: URL's path is its content.
  if (u.origin === 'null') return u.protocol === 'about:' ? `about:${u.pathname}` : u.protocol;
  return `${u.origin}${u.pathname}`;
}
