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

/** Replaces the finding's words with `replacement` if the editor still holds the text that was checked. */
export async function applyFix(adapter: EditorAdapter, checkedText: string, d: Diagnostic, replacement: string): Promise<FixOutcome> {
  const current = adapter.getText();
  if (current !== checkedText) return { ok: false, stale: true, message: FIX_MESSAGES.stale };
  const edit = minimalEdit(current, d.start, d.end, replacement);
  const landed = await adapter.replace(edit.start, edit.end, edit.text);
  return landed ? { ok: true } : { ok: false, stale: false, message: FIX_MESSAGES.unconfirmed };
}
