// Adapter for CodeMirror 6 (HackMD and code-style note editors): reads .cm-line DOM, edits via execCommand.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

// CodeMirror renders only the lines near the viewport; in a very long document the adapter sees those lines.
// Its EditorView (EditorView.findFromDOM) lives in the page's world, out of an isolated content script's reach.
export const codemirrorFamily: EditorFamily = {
  family: 'codemirror',
  match: (el) => {
    const content = el.closest<HTMLElement>('.cm-content');
    if (content) return content.getAttribute('contenteditable') === 'true' ? content : null;
    const editor = el.classList.contains('cm-editor') ? el : null;
    return editor?.querySelector<HTMLElement>('.cm-content[contenteditable="true"]') ?? null;
  },
  create: (root) =>
    createDomAdapter({
      family: 'codemirror',
      root,
      strategies: ['insertText'],
      selectionDelay: 20,
      skip: (el) => el.classList.contains('cm-widgetBuffer') || el.classList.contains('cm-gap'),
    }),
};

export default codemirrorFamily;
