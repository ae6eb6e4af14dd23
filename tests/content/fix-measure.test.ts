// Fixes through a stand-in adapter (stale text, smallest edit, unconfirmed edit) and culling long documents.
import { describe, expect, it } from 'vitest';
import { applyFix, FIX_MESSAGES } from '../../lib/content/fix.ts';
import { measure } from '../../lib/content/measure.ts';
import type { EditorAdapter } from '../../lib/editors/types.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';

const d = (start: number, end: number, replacement = 'again'): Diagnostic => ({
  ruleId: 'r', category: 'blame', practice: 3, severity: 'warning', message: 'm',
  start, end, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [{ title: 't', replacement }],
});

/** A plain-string editor; each line is 20px tall, each character 10px wide. */
function fakeEditor(initial: string, opts: { refuse?: boolean } = {}) {
  let text = initial;
  const edits: [number, number, string][] = [];
  const adapter: EditorAdapter = {
    family: 'fake',
    element: null as unknown as HTMLElement,
    getText: () => text,
    getRects: (start) => {
      const line = text.slice(0, start).split('\n').length - 1;
      return [{ left: 10, top: line * 20, width: 50, height: 18 } as DOMRect];
    },
    select: () => true,
    replace: async (s, e, t) => {
      edits.push([s, e, t]);
      if (!opts.refuse) text = text.slice(0, s) + t + text.slice(e);
      return !opts.refuse;
    },
    onChange: () => () => {},
    dispose: () => {},
  };
  return { adapter, edits, text: () => text };
}

describe('applyFix', () => {
  it('makes the smallest edit that gives the suggested text', async () => {
    const ed = fakeEditor('It failed yet again today.');
    expect(await applyFix(ed.adapter, ed.text(), d(10, 19), 'again')).toEqual({ ok: true });
    expect(ed.text()).toBe('It failed again today.');
    expect(ed.edits).toEqual([[10, 14, '']]);
  });

  it('does nothing when the text changed since it was checked', async () => {
    const ed = fakeEditor('It failed yet again today.');
    const outcome = await applyFix(ed.adapter, 'It failed yet again.', d(10, 19), 'again');
    expect(outcome).toEqual({ ok: false, stale: true, message: FIX_MESSAGES.stale });
    expect(ed.edits).toEqual([]);
  });

  it('says so when the editor did not take the edit', async () => {
    const ed = fakeEditor('It failed yet again today.', { refuse: true });
    expect(await applyFix(ed.adapter, ed.text(), d(10, 19), 'again')).toMatchObject({ ok: false, stale: false });
  });
});

describe('measure', () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} blame`).join('\n');
  const starts: number[] = [];
  for (let at = lines.indexOf('blame'); at >= 0; at = lines.indexOf('blame', at + 1)) starts.push(at);
  const list = starts.map((s) => d(s, s + 5));

  it('measures only findings near the visible box of a long document', () => {
    const ed = fakeEditor(lines);
    let calls = 0;
    const counted: EditorAdapter = { ...ed.adapter, getRects: (s, e) => (calls++, ed.adapter.getRects(s, e)) };
    const items = measure('e1', counted, list, { left: 0, top: 20_000, width: 800, height: 400 });
    expect(items.length).toBe(20);
    expect(items[0].rects[0].top).toBe(20_000);
    expect(calls).toBeLessThan(80);
  });

  it('measures every finding of a short document', () => {
    const ed = fakeEditor('a blame\nb blame');
    expect(measure('e1', ed.adapter, [d(2, 7), d(10, 15)], { left: 0, top: 0, width: 800, height: 400 }).map((i) => i.id)).toEqual(['e1:2:r', 'e1:10:r']);
  });
});
