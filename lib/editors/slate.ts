// Adapter for Slate (slate-react) editors: reads the rendered DOM, edits through Slate's beforeinput handling.
import type { EditorFamily } from './types.ts';
import { createDomAdapter } from './dom-adapter.ts';

export const slateFamily: EditorFamily = {
  family: 'slate',
  match: (el) => el.closest<HTMLElement>('[data-slate-editor="true"][contenteditable="true"]'),
  create: (root) =>
    createDomAdapter({
      family: 'slate',
      root,
      // execCommand edits only the DOM, which React then repaints from Slate's unchanged model; beforeinput reaches it.
      strategies: ['beforeinput'],
      // slate-react flushes its pending DOM selection sync on beforeinput, so a short pause is enough.
      selectionDelay: 20,
      skip: (el) => el.hasAttribute('data-slate-zero-width') || el.hasAttribute('data-slate-placeholder'),
    }),
};

export default slateFamily;
