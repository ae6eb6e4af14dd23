// "Check this page" without an editor: the page's readable text or the current selection, analysed once.
import type { Diagnostic } from '../engine/types.ts';
import type { PageProblems } from '../messages.ts';
import { readDom } from '../editors/contenteditable.ts';
import { toProblem } from './problems.ts';
import { countWords } from '../engine/stats.ts';

export async function checkDocument(
  doc: Document,
  selectionOnly: boolean,
  analyze: (key: string, text: string) => Promise<Diagnostic[]>,
): Promise<PageProblems> {
  const key = selectionOnly ? 'selection' : 'page';
  let text = '';
  if (selectionOnly) text = doc.getSelection()?.toString() ?? '';
  else if (doc.body) text = readDom(doc.body).text;
  const diagnostics = text.trim() ? await analyze(key, text) : [];
  return {
    url: location.href,
    title: doc.title,
    words: countWords(text),
    problems: diagnostics.map((d) => toProblem(key, text, d)),
    source: selectionOnly ? 'selection' : 'page',
  };
}
