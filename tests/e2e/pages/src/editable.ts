// Test page editor: a plain contenteditable (no library): its DOM is its model, its undo the browser's own.
import { boldRuns, docToHtml, expose } from './test-api.ts';

const root = document.querySelector<HTMLElement>('#editor')!;
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Actions');
root.innerHTML = '<p><br></p>';

const blocks = () => [...root.querySelectorAll<HTMLElement>(':scope > p, :scope > div')];

expose({
  getModelText: () => blocks().map((p) => p.textContent ?? '').join('\n'),
  getBoldText() {
    const pieces: Array<[string, boolean]> = [];
    for (const p of blocks()) {
      pieces.push(['', false]);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) pieces.push([n.textContent ?? '', !!n.parentElement?.closest('strong, b')]);
    }
    return boldRuns(pieces);
  },
  // Outside the browser's undo stack: innerHTML is not an editing command.
  setDoc: (doc) => void (root.innerHTML = docToHtml(doc)),
  undo: () => void document.execCommand('undo'),
  getSelectedText: () => getSelection()?.toString() ?? '',
  focus: () => root.focus(),
});
