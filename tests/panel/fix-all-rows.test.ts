// Fix-all preview rows: the words each rewrite really replaces, and only the changes the content script's plan makes.
import { describe, expect, it } from 'vitest';
import { fixAllRows } from '../../components/fix-all-rows.ts';
import { analyze } from '../../lib/engine/index.ts';
import { planFixAll } from '../../lib/rewrite/fix-all.ts';
import { toProblem } from '../../lib/content/problems.ts';
import { makeProblem } from './make-problems.ts';

const TEXT = 'The trust dropped the ball on the rota.\nThat is their problem, not ours.';

describe('fixAllRows', () => {
  it('shows the whole range a wider rewrite replaces, not only the flagged words', () => {
    const p = makeProblem({
      text: TEXT,
      match: 'dropped the ball',
      suggestions: [{ title: 'Say what happened', replacement: 'A step was missed on the rota', range: { start: 0, end: 38 } }],
    });
    expect(fixAllRows([p])).toEqual([{ id: p.id, category: 'blame', before: 'The trust dropped the ball on the rota', after: 'A step was missed on the rota' }]);
  });

  it('marks a range that runs past the context kept with the problem', () => {
    const long = `${'word '.repeat(20)}failed to send it ${'and more '.repeat(10)}`;
    const p = makeProblem({ text: long, match: 'failed to send', suggestions: [{ title: 'Whole sentence', replacement: 'It was not sent', range: { start: 0, end: long.length } }] });
    const [row] = fixAllRows([p]);
    expect(row.before.startsWith('…')).toBe(true);
    expect(row.before.endsWith('…')).toBe(true);
    expect(row.before).toContain('failed to send it');
  });

  it('lists what planFixAll applies: shared and overlapping rewrites once, per editor, in text order', () => {
    const ds = analyze(TEXT);
    const problems = [...ds].reverse().map((d) => toProblem('e1', TEXT, d));
    const plan = planFixAll(TEXT, ds);
    expect(plan.length).toBeGreaterThan(0);
    expect(fixAllRows(problems).map((r) => [r.before, r.after])).toEqual(plan.map((f) => [f.before, f.after]));
    // The same findings in a second editor are rows of their own.
    const both = [...problems, ...ds.map((d) => toProblem('e2', TEXT, d))];
    expect(fixAllRows(both)).toHaveLength(2 * plan.length);
    expect(fixAllRows(both, 'org-centric')).toHaveLength(2 * planFixAll(TEXT, ds, 'org-centric').length);
  });

  it('leaves out findings without a one-click rewrite', () => {
    expect(fixAllRows([makeProblem({ text: TEXT, match: 'their problem' })])).toEqual([]);
  });
});
