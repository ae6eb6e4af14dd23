// Test page editor: Quill 2 (snow theme), exposing its Delta model for the tests.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { boldRuns, expose } from './test-api.ts';

const quill = new Quill('#editor', { theme: 'snow', modules: { toolbar: [['bold', 'italic']] } });

expose({
  getModelText: () => quill.getText().replace(/\n$/, ''),
  getBoldText() {
    const pieces: Array<[string, boolean]> = quill
      .getContents()
      .ops.map((op) => [typeof op.insert === 'string' ? op.insert : '', Boolean(op.attributes?.bold)]);
    return boldRuns(pieces);
  },
  setDoc(doc) {
    const ops = doc.flatMap((p) => [
      ...p.map(([text, bold]) => (bold ? { insert: text, attributes: { bold: true } } : { insert: text })),
      { insert: '\n' },
    ]);
    quill.setContents(ops, 'api');
    quill.history.clear();
  },
  undo: () => quill.history.undo(),
  getSelectedText() {
    const r = quill.getSelection();
    return r ? quill.getText(r.index, r.length) : '';
  },
  focus: () => quill.focus(),
});
