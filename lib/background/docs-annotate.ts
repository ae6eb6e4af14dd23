// Background only: keeps Google Docs' main-world annotate script registered while the user has Docs turned on.
export const DOCS_ANNOTATE_FILE = '/content-scripts/docs-annotate.js';
export const DOCS_MATCHES = ['https://docs.google.com/document/*'];

/** Registration for the main-world script (scripting.registerContentScripts) once the user turns Docs on. */
export const DOCS_ANNOTATE_SCRIPT = {
  id: 'common-ground-docs-annotate',
  js: [DOCS_ANNOTATE_FILE],
  matches: DOCS_MATCHES,
  runAt: 'document_start' as const,
  world: 'MAIN' as const,
  allFrames: false,
  persistAcrossSessions: true,
};

/** The slice of the scripting API the registration needs (chrome.scripting / browser.scripting). */
interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(scripts: (typeof DOCS_ANNOTATE_SCRIPT)[]): Promise<void>;
}

/**
 * Keeps the main-world Docs script registered exactly while Google Docs is among the enabled match patterns
 * (call it from the background's registration sync). Browsers without main-world scripts just keep the fallback.
 */
export async function syncDocsAnnotate(scripting: ScriptingApi, enabledPatterns: Iterable<string>): Promise<boolean> {
  const want = [...enabledPatterns].some((p) => p.startsWith('https://docs.google.com/'));
  try {
    const ids = [DOCS_ANNOTATE_SCRIPT.id];
    if ((await scripting.getRegisteredContentScripts({ ids })).length) await scripting.unregisterContentScripts({ ids });
    if (want) await scripting.registerContentScripts([DOCS_ANNOTATE_SCRIPT]);
    return want;
  } catch {
    return false;
  }
}
