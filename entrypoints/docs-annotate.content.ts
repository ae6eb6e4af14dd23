// Google Docs main-world script at document_start: asks Docs for annotated canvas text (best effort; untestable here).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DOCS_REQUEST, DOCS_RESPONSE, extensionIdFromStack } from '../lib/editors/google-docs.ts';

type DocsWindow = Window & {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: () => Promise<{ getText(): string }> | { getText(): string };
};

export default defineContentScript({
  // No static matches: they would become a required host permission. The background registers the script with
  // DOCS_ANNOTATE_SCRIPT (lib/background/docs-annotate.ts) once the user grants Google Docs.
  matches: [],
  registration: 'runtime',
  runAt: 'document_start',
  world: 'MAIN',
  // Firefox MV2 has no main-world content scripts; Docs there gets the side panel's page check only.
  exclude: ['firefox'],
  main() {
    const win = window as DocsWindow;
    // Docs only honours allow-listed extension ids; ours is set so that an allow-listing would take effect.
    const id = extensionIdFromStack(new Error().stack);
    if (id && !win._docs_annotate_canvas_by_ext) win._docs_annotate_canvas_by_ext = id;
    document.addEventListener(DOCS_REQUEST, async () => {
      let text: string | null = null;
      try {
        const annotated = await win._docs_annotate_getAnnotatedText?.();
        text = annotated?.getText() ?? null;
      } catch {
        text = null;
      }
      document.dispatchEvent(new CustomEvent(DOCS_RESPONSE, { detail: text }));
    });
  },
});
