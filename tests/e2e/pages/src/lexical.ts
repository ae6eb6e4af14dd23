// Test page editor: Lexical with rich text and history, exposing its editor state for the tests.
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isTextNode, createEditor, UNDO_COMMAND, type LexicalNode } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { boldRuns, expose } from './test-api.ts';

const editor = createEditor({
  namespace: 'cg-test',
  onError: (e) => console.error(e),
  theme: { text: { bold: 'cg-bold' } },
});
// Lexical leaves contenteditable to the host (LexicalContentEditable sets it in React apps).
const rootElement = document.querySelector<HTMLElement>('#editor')!;
rootElement.contentEditable = 'true';
rootElement.setAttribute('role', 'textbox');
editor.setRootElement(rootElement);
const history = createEmptyHistoryState();
// @lexical/* 0.52 type against their own lexical copy; the bundle uses one copy (scripts/build-test-pages.mjs).
mergeRegister(registerRichText(editor as never), registerHistory(editor as never, history, 300));
editor.update(() => {
  const root = $getRoot();
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
});

function read<T>(fn: () => T): T {
  return editor.getEditorState().read(fn);
}

expose({
  getModelText: () => read(() => $getRoot().getChildren().map((c: LexicalNode) => c.getTextContent()).join('\n')),
  getBoldText: () =>
    read(() => {
      const pieces: Array<[string, boolean]> = [];
      for (const p of $getRoot().getChildren()) {
        pieces.push(['', false]);
        for (const n of (p as any).getChildren() as LexicalNode[]) {
          pieces.push([n.getTextContent(), $isTextNode(n) && n.hasFormat('bold')]);
        }
      }
      return boldRuns(pieces);
    }),
  setDoc(doc) {
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const para of doc) {
          const p = $createParagraphNode();
          for (const [text, bold] of para) {
            const t = $createTextNode(text);
            if (bold) t.toggleFormat('bold');
            p.append(t);
          }
          root.append(p);
        }
      },
      { discrete: true, tag: 'historic' },
    );
    history.undoStack = [];
    history.redoStack = [];
  },
  undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
  getSelectedText: () => read(() => $getSelection()?.getTextContent() ?? ''),
  focus: () => editor.focus(),
});
