// Fix all inside a review: every undecided finding's first one-click rewrite, previewed whole, recorded as accepted.
import type { Category } from '../engine/types.ts';
import type { Problem } from '../messages.ts';
import { locate, type Decision, type ReviewState } from './review.ts';

/** One change in the preview: the whole range replaced (which may be wider than the flagged words) and its rewrite. */
export interface ReviewFix {
  /** Review items this one change settles (two findings in one sentence often share a rewrite). */
  itemIds: string[];
  /** Live problem ids to send to the page, with the frame that holds them. */
  problemIds: string[];
  frameId?: number;
  editorKey: string;
  category: Category;
  start: number;
  end: number;
  /** Text before the replaced words, the words replaced, the new words and the text after (page text: render as text). */
  contextBefore: string;
  replaced: string;
  replacement: string;
  contextAfter: string;
  decisions: Record<string, Decision>;
}

/**
 * The words a problem's rewrite replaces and their context: the content script sends them when the range is wider than
 * the flagged words; otherwise they are the flagged words. Context is trimmed so it does not repeat the replaced words.
 */
function rangeOf(p: Problem, range: { start: number; end: number }): { replaced: string; contextBefore: string; contextAfter: string } {
  const d = p.diagnostic;
  if (p.replaced === undefined) return { replaced: p.match, contextBefore: p.before, contextAfter: p.after };
  const lead = Math.max(0, d.start - range.start);
  const tail = Math.max(0, range.end - d.end);
  return {
    replaced: p.replaced,
    contextBefore: p.before.slice(0, Math.max(0, p.before.length - lead)),
    contextAfter: p.after.slice(Math.min(p.after.length, tail)),
  };
}

/** The changes fix-all would make for the undecided findings of a review (one category, or all), in document order. */
export function planReviewFixes(state: ReviewState, problems: readonly Problem[], category?: Category): ReviewFix[] {
  const fixes: ReviewFix[] = [];
  for (const item of state.items) {
    if (state.decisions[item.id] || (category && item.category !== category)) continue;
    const live = locate(item, problems);
    if (!live) continue;
    const index = live.diagnostic.suggestions.findIndex((s) => s.replacement !== undefined);
    if (index < 0) continue;
    const s = live.diagnostic.suggestions[index];
    const range = s.range ?? live.diagnostic;
    const decision: Decision = {
      kind: 'accepted', suggestionIndex: index, title: s.title, replacement: s.replacement,
      ...(live.replaced !== undefined ? { replaced: live.replaced } : {}),
    };
    const same = fixes.find(
      (f) => f.editorKey === live.editorKey && f.frameId === live.frameId && f.start === range.start && f.end === range.end && f.replacement === s.replacement,
    );
    if (same) {
      same.itemIds.push(item.id);
      same.problemIds.push(live.id);
      same.decisions[item.id] = decision;
      continue;
    }
    fixes.push({
      itemIds: [item.id],
      problemIds: [live.id],
      ...(live.frameId !== undefined ? { frameId: live.frameId } : {}),
      editorKey: live.editorKey,
      category: live.diagnostic.category,
      start: range.start,
      end: range.end,
      ...rangeOf(live, range),
      replacement: s.replacement!,
      decisions: { [item.id]: decision },
    });
  }
  // Overlapping rewrites in one editor cannot both land in one edit: the first (in text order) goes, the rest stay to decide.
  const byPlace = [...fixes].sort((a, b) => (a.frameId ?? 0) - (b.frameId ?? 0) || a.editorKey.localeCompare(b.editorKey) || a.start - b.start || b.end - a.end);
  const kept = new Set<ReviewFix>();
  let last: ReviewFix | undefined;
  for (const f of byPlace) {
    if (last && last.editorKey === f.editorKey && last.frameId === f.frameId && f.start < last.end) continue;
    kept.add(f);
    last = f;
  }
  return fixes.filter((f) => kept.has(f));
}

/** The review after the fixes landed: each settled finding accepted, and the walk on at the next undecided one. */
export function withFixesApplied(state: ReviewState, fixes: readonly ReviewFix[]): ReviewState {
  const decisions = { ...state.decisions };
  for (const f of fixes) Object.assign(decisions, f.decisions);
  const undecided = (i: number) => !decisions[state.items[i].id];
  let index = state.items.findIndex((_, i) => i >= state.index && undecided(i));
  if (index < 0) index = state.items.findIndex((_, i) => undecided(i));
  return { ...state, decisions, index: index < 0 ? state.items.length : index };
}
