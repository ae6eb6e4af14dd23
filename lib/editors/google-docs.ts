// Google Docs (canvas rendering): best-effort text through Docs' annotated-canvas API, side-panel-only (no underlines).
import type { EditorAdapter, EditorFamily } from './types.ts';

/**
 * Docs draws text on a canvas, so there is no DOM text to map. When a main-world script sets
 * window._docs_annotate_canvas_by_ext to an extension id Docs has allow-listed, Docs exposes
 * window._docs_annotate_getAnnotatedText(). Our id is not on Google's list, so this usually yields
 * nothing and the side panel's page check is the fallback. It cannot be tested here (no Docs offline).
 */
export const DOCS_REQUEST = 'common-ground:docs-text-request';
export const DOCS_RESPONSE = 'common-ground:docs-text';

/** The extension id from a main-world script's own stack trace (it has no runtime API there). */
export function extensionIdFromStack(stack: string | undefined): string | null {
  const m = /(?:chrome|moz)-extension:\/\/([a-p]{32}|[0-9a-f-]{36})\//.exec(stack ?? '');
  return m ? m[1] : null;
}

export function isGoogleDocs(doc: Document): boolean {
  return doc.location?.hostname === 'docs.google.com' && doc.location.pathname.startsWith('/document/');
}

/** Asks the main-world script for the document text; resolves null if Docs gave none in time. */
export function requestDocsText(doc: Document, timeoutMs = 1000): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (text: string | null) => {
      clearTimeout(timer);
      doc.removeEventListener(DOCS_RESPONSE, onResponse);
      resolve(text);
    };
    const onResponse = (e: Event) => {
      const detail = (e as CustomEvent<unknown>).detail;
      done(typeof detail === 'string' ? detail : null);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    doc.addEventListener(DOCS_RESPONSE, onResponse);
    const Custom = doc.defaultView?.CustomEvent ?? CustomEvent;
    doc.dispatchEvent(new Custom(DOCS_REQUEST));
  });
}

/** Read-only adapter: text for the side panel; no rects, no selection, no replace (edits stay in Docs' hands). */
export function createGoogleDocsAdapter(root: HTMLElement, pollMs = 2000): EditorAdapter {
  const doc = root.ownerDocument;
  const listeners = new Set<() => void>();
  let text = '';
  let stopped = false;
  const refresh = async () => {
    if (stopped) return;
    const next = await requestDocsText(doc);
    if (next !== null && next !== text) {
      text = next;
      for (const cb of listeners) cb();
    }
    if (!stopped) timer = setTimeout(refresh, pollMs);
  };
  let timer = setTimeout(refresh, 0);
  return {
    family: 'google-docs',
    element: root,
    getText: () => text,
    getRects: () => [],
    select: () => false,
    replace: async () => false,
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    dispose() {
      stopped = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}

export const googleDocsFamily: EditorFamily = {
  family: 'google-docs',
  match: (el) => (isGoogleDocs(el.ownerDocument) ? el.closest<HTMLElement>('.kix-appview-editor') : null),
  create: (root) => createGoogleDocsAdapter(root),
};

export default googleDocsFamily;
