// Test page editor: CodeMirror 6 EditorView with history (as HackMD uses), exposing its state for the tests.
import { EditorView, keymap } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, undo } from '@codemirror/commands';
import { expose } from './test-api.ts';

const extensions = [history(), keymap.of([...defaultKeymap, ...historyKeymap]), EditorView.lineWrapping];
const view = new EditorView({
  parent: document.querySelector<HTMLElement>('#editor')!,
  state: EditorState.create({ doc: '', extensions }),
});

expose({
  getModelText: () => view.state.doc.toString(),
  // Plain-text editor: no formatting in the model.
  getBoldText: () => [],
  setDoc(doc) {
    const text = doc.map((p) => p.map(([t]) => t).join('')).join('\n');
    view.setState(EditorState.create({ doc: text, extensions }));
  },
  undo: () => undo(view),
  getSelectedText: () => view.state.sliceDoc(view.state.selection.main.from, view.state.selection.main.to),
  focus: () => view.focus(),
});
