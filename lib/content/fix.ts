// Applying a fix through an editor adapter: check the words are still there, make the smallest edit, confirm.
import type { Diagnostic } from '../engine/types.ts';
import type { EditorAdapter } from '../editors/types.ts';
import { minimalEdit } from './text-diff.ts';

export type FixOutcome = { ok: true } | { ok: false; stale: boolean; message: string };

export const FIX_MESSAGES = {
  stale: 'The text changed before the fix; it has been checked again.',
  unconfirmed: 'The fix may not have landed as expected. Please check the text; Ctrl+Z undoes it.',
  failed: 'The fix could not be applied; Common Ground did not change your text.',
};

/**
 * Replaces the finding's words (or the suggestion's wider `range`) with `replacement` if the editor still holds the
 * text that was checked; then selects `select` (relative to the replacement), such as an inserted outcome to adjust.
 */
export async function applyFix(
  adapter: EditorAdapter,
  checkedText: string,
  d: Diagnostic,
  replacement: string,
  opts: { range?: { start: number; end: number }; select?: { start: number; end: number } } = {},
): Promise<FixOutcome> {
  const current = adapter.getText();
  if (current !== checkedText) return { ok: false, stale: true, message: FIX_MESSAGES.stale };
  const { start, end } = opts.range ?? d;
  const edit = minimalEdit(current, start, end, replacement);
  const landed = await adapter.replace(edit.start, edit.end, edit.text);
  if (landed && opts.select) adapter.select(start + opts.select.start, start + opts.select.end);
  return landed ? { ok: true } : { ok: false, stale: false, message: FIX_MESSAGES.unconfirmed };
}
