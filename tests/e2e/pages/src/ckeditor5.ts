// Test page editor: CKEditor 5 ClassicEditor with Essentials, Paragraph and Bold (GPL licence key).
import { ClassicEditor, Essentials, Paragraph, Bold } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { boldRuns, docToHtml, expose } from './test-api.ts';

const editor = await ClassicEditor.create({
  attachTo: document.querySelector<HTMLElement>('#editor')!,
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold],
  toolbar: ['bold', 'undo', 'redo'],
});

function paragraphs() {
  return Array.from(editor.model.document.getRoot()!.getChildren()) as any[];
}

expose({
  getModelText: () =>
    paragraphs()
      .map((p) => Array.from(p.getChildren() as Iterable<any>).map((t) => t.data ?? '').join(''))
      .join('\n'),
  getBoldText() {
    const pieces: Array<[string, boolean]> = [];
    for (const p of paragraphs()) {
      pieces.push(['', false]);
      for (const t of p.getChildren() as Iterable<any>) pieces.push([t.data ?? '', Boolean(t.getAttribute('bold'))]);
    }
    return boldRuns(pieces);
  },
  setDoc(doc) {
    editor.setData(docToHtml(doc));
  },
  undo: () => editor.execute('undo'),
  getSelectedText() {
    const range = editor.model.document.selection.getFirstRange();
    return range ? Array.from(range.getItems() as Iterable<any>).map((i) => i.data ?? '').join('') : '';
  },
  focus: () => editor.editing.view.focus(),
});
