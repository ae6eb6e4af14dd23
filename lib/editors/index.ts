// Registry of editor families: the first family that claims an element owns it (specific before generic).
import type { EditorFamily } from './types.ts';
import { textareaFamily } from './textarea.ts';
import { contentEditableFamily } from './contenteditable.ts';
import { prosemirrorFamily } from './prosemirror.ts';
import { quillFamily } from './quill.ts';
import { ckeditor5Family } from './ckeditor5.ts';
import { lexicalFamily } from './lexical.ts';
import { codemirrorFamily } from './codemirror.ts';
import { slateFamily } from './slate.ts';
import { googleDocsFamily } from './google-docs.ts';

/** Rich-editor families go before the generic ones: each claims its own root before contenteditable does. */
export const FAMILIES: EditorFamily[] = [
  googleDocsFamily,
  textareaFamily,
  prosemirrorFamily,
  quillFamily,
  ckeditor5Family,
  lexicalFamily,
  codemirrorFamily,
  slateFamily,
  contentEditableFamily,
];

/** Attributes that turn checking off for an element and everything inside it. */
const OPT_OUT = '[data-gramm="false"],[data-common-ground="off"],[data-gramm_editor="false"],[data-enable-grammarly="false"]';

/** True when the element or an ancestor opts out of checking. */
export function optedOut(el: Element): boolean {
  return el.closest(OPT_OUT) !== null;
}

/** The family and editor root that own el, or null (no family, or an opt-out attribute). */
export function findEditor(el: Element): { family: EditorFamily; root: HTMLElement } | null {
  for (const family of FAMILIES) {
    let root: HTMLElement | null = null;
    try {
      root = family.match(el);
    } catch {
      root = null;
    }
    if (root) return optedOut(root) ? null : { family, root };
  }
  return null;
}
