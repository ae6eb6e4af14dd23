// Test page editor: Slate with slate-react and slate-history (bold leaves), exposing its model for the tests.
// React ships no types and @types/react is not installed: these two imports are untyped on purpose.
// @ts-ignore
import { createRoot } from 'react-dom/client';
// @ts-ignore
import { createElement as h, useMemo } from 'react';
import { createEditor, Editor, Node, type Descendant } from 'slate';
import { Editable, Slate, withReact, type RenderLeafProps } from 'slate-react';
import { withHistory } from 'slate-history';
import { boldRuns, expose, type Doc } from './test-api.ts';

const editor = withHistory(withReact(createEditor()));

function toValue(doc: Doc): Descendant[] {
  return doc.map((p) => ({
    type: 'paragraph',
    children: p.length ? p.map(([text, bold]) => (bold ? { text, bold: true } : { text })) : [{ text: '' }],
  })) as unknown as Descendant[];
}

function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  const el = (leaf as { bold?: boolean }).bold ? h('strong', null, children) : children;
  return h('span', attributes, el);
}

function App() {
  const initial = useMemo(() => toValue([[['']]]), []);
  return h(Slate, { editor, initialValue: initial }, h(Editable, { renderLeaf: Leaf, spellCheck: false, placeholder: 'Write minutes…' }));
}

createRoot(document.querySelector('#editor')!).render(h(App));

expose({
  getModelText: () => editor.children.map((n) => Node.string(n)).join('\n'),
  getBoldText() {
    const pieces: Array<[string, boolean]> = [];
    for (const block of editor.children as any[]) {
      pieces.push(['', false]);
      for (const leaf of block.children) pieces.push([leaf.text, Boolean(leaf.bold)]);
    }
    return boldRuns(pieces);
  },
  setDoc(doc) {
    editor.selection = null;
    editor.children = toValue(doc);
    editor.history = { undos: [], redos: [] };
    editor.onChange();
  },
  undo: () => editor.undo(),
  getSelectedText: () => (editor.selection ? Editor.string(editor, editor.selection) : ''),
  focus: () => (document.querySelector('[data-slate-editor]') as HTMLElement).focus(),
});
