// One-step undo of the last fix-all: each editor's single combined edit put back, if the rewritten words are still there.
import type { EditorAdapter } from '../editors/types.ts';
import { minimalEdit } from './text-diff.ts';

export interface AppliedEdit {
  adapter: EditorAdapter;
  /** Where the combined edit starts, the words it replaced and what it wrote. */
  start: number;
  before: string;
  after: string;
}

/**
 * Records an edit in a rich editor's fix-all, where changes land last first: the edits recorded before it sit later
 * in the text, so they shift by its change in length and every start stays in the coordinates of the text as it now
 * stands (the undo then reverts them in recorded order, later ones first).
 */
export function recordLastFirst(recorded: AppliedEdit[], edit: AppliedEdit): void {
  const delta = edit.after.length - edit.before.length;
  for (const m of recorded) m.start += delta;
  recorded.push(edit);
}

export const UNDO_MESSAGES = {
  nothing: 'There is nothing to undo.',
  changed: 'The text changed after the rewrites were applied, so they were not undone; Ctrl+Z in the page still can.',
  unconfirmed: 'The undo may not have landed as expected. Please check the text.',
};

export class FixAllUndo {
  private last: AppliedEdit[] = [];

  record(edits: AppliedEdit[]): void {
    this.last = edits;
  }

  get pending(): boolean {
    return this.last.length > 0;
  }

  /** Puts the old words back through the editor's own input pipeline (so the editor's model and history stay right). */
  async undo(): Promise<{ ok: boolean; message?: string }> {
    const edits = this.last;
    this.last = [];
    if (!edits.length) return { ok: false, message: UNDO_MESSAGES.nothing };
    // Checked first for every editor, so an undo is all or nothing whenever the page allows it.
    for (const e of edits) {
      if (e.adapter.getText().slice(e.start, e.start + e.after.length) !== e.after) return { ok: false, message: UNDO_MESSAGES.changed };
    }
    for (const e of edits) {
      const text = e.adapter.getText();
      const edit = minimalEdit(text, e.start, e.start + e.after.length, e.before);
      if (!(await e.adapter.replace(edit.start, edit.end, edit.text))) return { ok: false, message: UNDO_MESSAGES.unconfirmed };
    }
    return { ok: true };
  }
}
