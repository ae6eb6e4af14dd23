// Adapter for Quill 2 editors: reads the .ql-editor DOM, edits via execCommand so Quill's Delta and history follow.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

export const quillFamily: EditorFamily = {
  family: 'quill',
  match: (el) => el.closest<HTMLElement>('.ql-editor[contenteditable="true"]'),
  create: (root) =>
    createDomAdapter({
      family: 'quill',
      root,
      strategies: ['insertText'],
      // .ql-cursor holds a caret placeholder; .ql-ui holds list markers.
      skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
    }),
};

export default quillFamily;
