// Fix-all preview rows: exactly the changes the content script's plan will make, each showing the words it replaces.
import type { Category } from '../lib/engine/types.ts';
import type { Problem } from '../lib/messages.ts';

export interface FixAllRow {
  id: string;
  category: Category;
  /** The words the rewrite replaces: its range, which may be wider than the flagged words (… where it runs past the context). */
  before: string;
  after: string;
}

/** The replaced range's words, cut from the problem's own context (before + match + after, ~40 characters either side). */
function replacedWords(p: Problem, start: number, end: number): string {
  const from = p.diagnostic.start - p.before.length;
  const window = p.before + p.match + p.after;
  const words = window.slice(Math.max(0, start - from), Math.max(0, end - from));
  return `${start < from ? '…' : ''}${words}${end > from + window.length ? '…' : ''}`;
}

/**
 * One row per change, as planFixAll makes them in each editor: the first rewrite of each finding (in the category,
 * if given), in text order, a later one dropped where it overlaps the one kept before it (a shared rewrite is kept once).
 */
export function fixAllRows(problems: readonly Problem[], category?: Category): FixAllRow[] {
  const candidates = problems.flatMap((p) => {
    if (category && p.diagnostic.category !== category) return [];
    const s = p.diagnostic.suggestions.find((x) => x.replacement !== undefined);
    if (!s) return [];
    const { start, end } = s.range ?? p.diagnostic;
    return [{ p, start, end, after: s.replacement! }];
  });
  const editors = [...new Set(candidates.map((c) => c.p.editorKey))];
  candidates.sort((a, b) => editors.indexOf(a.p.editorKey) - editors.indexOf(b.p.editorKey) || a.start - b.start || b.end - a.end);
  const rows: FixAllRow[] = [];
  let last: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (last && last.p.editorKey === c.p.editorKey && c.start < last.end) continue;
    last = c;
    rows.push({ id: c.p.id, category: c.p.diagnostic.category, before: c.p.replaced ?? replacedWords(c.p, c.start, c.end), after: c.after });
  }
  return rows;
}
