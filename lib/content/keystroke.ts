// Per-keystroke bookkeeping of one editor's text: findings moved along and the word count updated from the edit alone.
import type { Diagnostic } from '../engine/types.ts';
import { countWords } from '../engine/stats.ts';
import { changedSpan, shiftDiagnostics } from './text-diff.ts';
import { shiftPartnership, type PartnershipState } from './partnership-count.ts';

export interface TextState extends PartnershipState {
  text: string;
  diagnostics: Diagnostic[];
  /** Words in `wordsOf` (usually the same string as text); -1 when not counted yet. */
  words: number;
  wordsOf: string;
}

const SPACE = /\s/;

/**
 * Words gained or lost by an edit, counting only around it: words never span whitespace, so the count of a text
 * is the sum over its whitespace-separated runs, and only the runs the edit touched can change.
 */
export function wordDelta(before: string, after: string, span: { start: number; oldEnd: number; newEnd: number }): number {
  let left = span.start;
  while (left > 0 && !SPACE.test(before[left - 1])) left--;
  let oldRight = span.oldEnd;
  while (oldRight < before.length && !SPACE.test(before[oldRight])) oldRight++;
  let newRight = span.newEnd;
  while (newRight < after.length && !SPACE.test(after[newRight])) newRight++;
  return countWords(after.slice(left, newRight)) - countWords(before.slice(left, oldRight));
}

/** The text changed: move findings along and keep the word count, with work in proportion to the edit (plus one native compare). */
export function applyTextChange(state: TextState, text: string): void {
  const span = changedSpan(state.text, text);
  state.diagnostics = shiftDiagnostics(state.diagnostics, state.text, text, span);
  // Counted words still belong to the old text (same string object, so this compare is a pointer check).
  if (span && state.words >= 0 && state.wordsOf === state.text) {
    state.words += wordDelta(state.text, text, span);
    state.wordsOf = text;
  }
  shiftPartnership(state, text, span);
  state.text = text;
}

/** The word count of the state's text, counted in full only when no edit-by-edit count is held. */
export function wordsOf(state: TextState): number {
  if (state.words < 0 || state.wordsOf !== state.text) {
    state.words = countWords(state.text);
    state.wordsOf = state.text;
  }
  return state.words;
}
