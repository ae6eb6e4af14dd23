// Fix-all undo: each editor's combined edit put back in one step, and never over words changed since.
import { describe, expect, it } from 'vitest';
import { FixAllUndo, UNDO_MESSAGES, recordLastFirst, type AppliedEdit } from '../../lib/content/fix-all-undo.ts';
import { combinedEdit, planFixAll } from '../../lib/rewrite/fix-all.ts';
import { toProblem } from '../../lib/content/problems.ts';
import type { EditorAdapter } from '../../lib/editors/types.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';

/** A text-only editor: replace edits its string, as an editor's own input pipeline would. */
function fakeEditor(text: string) {
  const state = { text, edits: 0 };
  const adapter = {
    getText: () => state.text,
    replace: async (start: number, end: number, insert: string) => {
      state.text = state.text.slice(0, start) + insert + state.text.slice(end);
      state.edits++;
      return true;
    },
  } as unknown as EditorAdapter;
  return { state, adapter };
}

const diag = (text: string, match: string, replacement: string, range?: { start: number; end: number }): Diagnostic => {
  const start = text.indexOf(match);
  return {
    ruleId: 'no-x', category: 'blame', practice: 4, severity: 'warning', message: 'm', start, end: start + match.length,
    line: 1, column: start + 1, endLine: 1, endColumn: start + match.length + 1,
    suggestions: [{ title: 't', replacement, ...(range ? { range } : {}) }],
  };
};

describe('FixAllUndo', () => {
  const TEXT = 'The agency dropped the ball again. We will deliver 400 checks.';
  it('puts the old words back in one edit per editor', async () => {
    const { state, adapter } = fakeEditor(TEXT);
    const ds = [diag(TEXT, 'dropped the ball', 'missed a step'), diag(TEXT, 'deliver 400 checks', 'deliver 400 checks, so that people stay well')];
    const edit = combinedEdit(TEXT, planFixAll(TEXT, ds))!;
    const before = TEXT.slice(edit.start, edit.end);
    await adapter.replace(edit.start, edit.end, edit.text);
    const undo = new FixAllUndo();
    undo.record([{ adapter, start: edit.start, before, after: edit.text }]);
    expect(state.text).toBe('The agency missed a step again. We will deliver 400 checks, so that people stay well.');
    expect(undo.pending).toBe(true);
    expect(await undo.undo()).toEqual({ ok: true });
    expect(state.text).toBe(TEXT);
    expect(state.edits).toBe(2);
    expect(undo.pending).toBe(false);
    expect(await undo.undo()).toEqual({ ok: false, message: UNDO_MESSAGES.nothing });
  });

  it('refuses when the rewritten words changed since, leaving the text alone', async () => {
    const { state, adapter } = fakeEditor('The agency missed a step again.');
    const undo = new FixAllUndo();
    undo.record([{ adapter, start: 11, before: 'dropped the ball', after: 'missed a step' }]);
    await adapter.replace(11, 17, 'skipped');
    const now = state.text;
    expect(await undo.undo()).toEqual({ ok: false, message: UNDO_MESSAGES.changed });
    expect(state.text).toBe(now);
  });
});

describe('toProblem', () => {
  it('carries the whole replaced range when a rewrite is wider than the flagged words', () => {
    const text = 'As usual the agency dropped the ball on the letters.';
    const wide = toProblem('e1', text, diag(text, 'dropped the ball', 'The letters were delayed', { start: 0, end: text.length - 1 }));
    expect(wide.replaced).toBe('As usual the agency dropped the ball on the letters');
    const narrow = toProblem('e1', text, diag(text, 'dropped the ball', 'missed a step'));
    expect(narrow.replaced).toBeUndefined();
  });

  it("puts back a rich editor's changes made one by one, last first, whatever their lengths", async () => {
    const text = 'Yet again the agency dropped the ball. Our budget comes first. We will deliver 400 checks.';
    const { state, adapter } = fakeEditor(text);
    const ds = [
      diag(text, 'Yet again', 'This time'),
      diag(text, 'dropped the ball', 'missed a step'),
      diag(text, 'Our budget comes first', 'The people we all serve come first'),
      diag(text, 'deliver 400 checks', 'deliver 400 checks, so that people stay well'),
    ];
    const plan = planFixAll(text, ds);
    expect(plan.length).toBe(4);
    const mine: AppliedEdit[] = [];
    let now = text;
    for (const f of [...plan].reverse()) {
      await adapter.replace(f.start, f.end, f.replacement);
      recordLastFirst(mine, { adapter, start: f.start, before: now.slice(f.start, f.end), after: f.replacement });
      now = now.slice(0, f.start) + f.replacement + now.slice(f.end);
    }
    expect(state.text).toBe('This time the agency missed a step. The people we all serve come first. We will deliver 400 checks, so that people stay well.');
    // Every recorded start points at its words in the text as it stands.
    for (const m of mine) expect(state.text.slice(m.start, m.start + m.after.length)).toBe(m.after);
    const undo = new FixAllUndo();
    undo.record(mine);
    expect(await undo.undo()).toEqual({ ok: true });
    expect(state.text).toBe(text);
  });
});
