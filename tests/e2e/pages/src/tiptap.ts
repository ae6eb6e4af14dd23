// Test page editor: Tiptap 3 (ProseMirror) with StarterKit, exposing its model for the tests.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { boldRuns, docToHtml, expose } from './test-api.ts';

const editor = new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  extensions: [StarterKit],
  content: '<p></p>',
});

expose({
  getModelText: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n'),
  getBoldText() {
    const pieces: Array<[string, boolean]> = [];
    editor.state.doc.descendants((node) => {
      if (node.isText) pieces.push([node.text ?? '', node.marks.some((m) => m.type.name === 'bold')]);
      else if (node.isBlock) pieces.push(['', false]);
    });
    return boldRuns(pieces);
  },
  setDoc: (doc) => {
    // Outside the undo history, so a test's first undo reverts its own edit only.
    editor.chain().setMeta('addToHistory', false).setContent(docToHtml(doc), { emitUpdate: true }).run();
  },
  undo: () => editor.commands.undo(),
  getSelectedText: () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, '\n'),
  focus: () => editor.commands.focus(),
});
