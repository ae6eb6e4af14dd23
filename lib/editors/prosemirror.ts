// Adapter for ProseMirror and Tiptap editors (Confluence, Notion-like): reads the rendered DOM, edits via execCommand.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

// The EditorView is a page-world object that an isolated content script cannot see, so the adapter reads the DOM
// ProseMirror renders (it keeps it in step with its model) and hands edits to ProseMirror's own input handling.
export const prosemirrorFamily: EditorFamily = {
  family: 'prosemirror',
  match: (el) => el.closest<HTMLElement>('.ProseMirror[contenteditable="true"]'),
  create: (root) =>
    createDomAdapter({
      family: 'prosemirror',
      root,
      strategies: ['insertText'],
      skip: (el) => el.classList.contains('ProseMirror-widget'),
    }),
};

export default prosemirrorFamily;
