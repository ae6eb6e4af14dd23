// Adapter for CKEditor 5 editables: reads the editing view's DOM, edits through CKEditor's beforeinput handling.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

export const ckeditor5Family: EditorFamily = {
  family: 'ckeditor5',
  // Nested editables (captions, table cells) belong to the root editable's document.
  match: (el) => {
    let root = el.closest<HTMLElement>('.ck-editor__editable');
    while (root?.parentElement?.closest('.ck-editor__editable')) root = root.parentElement.closest<HTMLElement>('.ck-editor__editable');
    return root && root.getAttribute('contenteditable') === 'true' ? root : null;
  },
  create: (root) =>
    createDomAdapter({
      family: 'ckeditor5',
      root,
      // execCommand edits only the DOM, which CKEditor then repaints from its unchanged model; beforeinput reaches it.
      strategies: ['beforeinput'],
      deleteInputType: 'deleteContentForward',
      selectionDelay: 20,
      skip: (el) => el.classList.contains('ck-fake-selection-container') || el.hasAttribute('data-cke-filler'),
    }),
};

export default ckeditor5Family;
