// Test-only bundle: exposes the rich-editor adapters in a page so e2e tests can drive read/replace without the extension.
import type { EditorAdapter, EditorFamily } from '../../../../lib/editors/types.ts';
import { prosemirrorFamily } from '../../../../lib/editors/prosemirror.ts';
import { quillFamily } from '../../../../lib/editors/quill.ts';
import { ckeditor5Family } from '../../../../lib/editors/ckeditor5.ts';
import { lexicalFamily } from '../../../../lib/editors/lexical.ts';
import { codemirrorFamily } from '../../../../lib/editors/codemirror.ts';
import { slateFamily } from '../../../../lib/editors/slate.ts';
import { createDomAdapter, type ReplaceStrategy } from '../../../../lib/editors/dom-adapter.ts';

const families: EditorFamily[] = [prosemirrorFamily, quillFamily, ckeditor5Family, lexicalFamily, codemirrorFamily, slateFamily];

declare global {
  interface Window {
    cgTest: {
      adapter: EditorAdapter | null;
      attach(): string | null;
      changes: number;
      /** An adapter with other replace strategies, for finding out what a family needs. */
      custom(strategies: ReplaceStrategy[], selectionDelay: number, deleteInputType?: string): EditorAdapter | null;
    };
  }
}

window.cgTest = {
  adapter: null,
  changes: 0,
  /** Finds the first editor on the page any family owns and keeps its adapter; returns the family name. */
  attach() {
    for (const el of document.querySelectorAll('[contenteditable="true"]')) {
      for (const family of families) {
        const root = family.match(el);
        if (root) {
          this.adapter?.dispose();
          this.adapter = family.create(root);
          this.adapter.onChange(() => this.changes++);
          return family.family;
        }
      }
    }
    return null;
  },
  custom(strategies, selectionDelay, deleteInputType) {
    const family = this.attach();
    if (!family || !this.adapter) return null;
    const root = this.adapter.element;
    this.adapter.dispose();
    this.adapter = createDomAdapter({ family, root, strategies, selectionDelay, deleteInputType });
    return this.adapter;
  },
};
