// Storage errors in plain words: the browser's quota message means nothing to someone writing minutes.
/** The browser's "QUOTA_BYTES quota exceeded" and the like, in plain words; other errors keep their own message. */
export function storageErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/quota|QUOTA_BYTES|exceeded/i.test(message)) {
    return 'The browser has no room left to save Common Ground’s settings (it allows about 10 MB). Shorten the allowed phrases, partners or custom rules, then save again.';
  }
  return `The settings could not be saved: ${message}`;
}

