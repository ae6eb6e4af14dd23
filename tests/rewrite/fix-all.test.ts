// Fix all: every finding's first checked rewrite, non-overlapping, as one edit that gives the same text.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { applyPlan, combinedEdit, planFixAll } from '../../lib/rewrite/fix-all.ts';

const TEXT = [
  'The lettings agency failed to pass on the tenant’s repair request.',
  'Frankly, the rough sleeping figures are not our problem.',
  '- Flu: 500 vaccinations per PCN per week until 28 February.',
].join('\n');

describe('fix all', () => {
  it('plans one rewrite per finding across categories, previews it and clears every category it touched', () => {
    const ds = analyze(TEXT);
    const plan = planFixAll(TEXT, ds);
    expect(plan.map((f) => f.category).sort()).toEqual(['blame', 'org-centric', 'output-only']);
    for (const f of plan) expect(TEXT.slice(f.start, f.end)).toBe(f.before);
    const fixed = applyPlan(TEXT, plan);
    expect(analyze(fixed)).toEqual([]);
  });

  it('limits the plan to one category when asked', () => {
    const plan = planFixAll(TEXT, analyze(TEXT), 'output-only');
    expect(plan).toHaveLength(1);
    expect(plan[0].after).toMatch(/, so that /);
  });

  it('is one edit (one undo step) that gives the same text as the fixes one by one', () => {
    const plan = planFixAll(TEXT, analyze(TEXT));
    const edit = combinedEdit(TEXT, plan)!;
    expect(TEXT.slice(0, edit.start) + edit.text + TEXT.slice(edit.end)).toBe(applyPlan(TEXT, plan));
  });

  it('keeps a rewrite shared by two findings once', () => {
    const text = 'Find out which member of staff failed to pass on the referral.';
    const ds = analyze(text);
    expect(ds.length).toBeGreaterThan(1);
    const plan = planFixAll(text, ds);
    expect(plan).toHaveLength(1);
    expect(applyPlan(text, plan)).toBe('Find out what got in the way of passing on the referral.');
  });
});
