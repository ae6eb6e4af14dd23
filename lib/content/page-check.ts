// "Check this page" without an editor: the page's readable text or the current selection, analysed once.
import type { Diagnostic } from '../engine/types.ts';
import type { CheckingStopped, PageProblems } from '../messages.ts';
import { readDom } from '../editors/contenteditable.ts';
import { toProblem } from './problems.ts';
import { countWords } from '../engine/stats.ts';
import { stoppedFrom } from './analyze-client.ts';

export async function checkDocument(
  doc: Document,
  selectionOnly: boolean,
  analyze: (key: string, text: string) => Promise<Diagnostic[]>,
): Promise<PageProblems> {
  const key = selectionOnly ? 'selection' : 'page';
  let text = '';
  if (selectionOnly) text = doc.getSelection()?.toString() ?? '';
  else if (doc.body) text = readDom(doc.body).text;
  let diagnostics: Diagnostic[] = [];
  let stopped: CheckingStopped | undefined;
  try {
    diagnostics = text.trim() ? await analyze(key, text) : [];
  } catch (err) {
    // An analysis that failed is reported as stopped, never as a page without problems.
    stopped = stoppedFrom(err);
  }
  return {
    ...(stopped ? { stopped } : {}),
    url: location.href,
    title: doc.title,
    words: countWords(text),
    problems: diagnostics.map((d) => toProblem(key, text, d)),
    source: selectionOnly ? 'selection' : 'page',
  };
}
