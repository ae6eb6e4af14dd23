// Adapter for Lexical editors: reads the rendered DOM, edits through Lexical's beforeinput handling.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

export const lexicalFamily: EditorFamily = {
  family: 'lexical',
  match: (el) => el.closest<HTMLElement>('[data-lexical-editor="true"][contenteditable="true"]'),
  create: (root) =>
    createDomAdapter({
      family: 'lexical',
      root,
      // execCommand deletions across formatted text lose Lexical's model sync; its beforeinput handling does not.
      strategies: ['beforeinput'],
      deleteInputType: 'deleteContentForward',
      selectionDelay: 20,
    }),
};

export default lexicalFamily;
