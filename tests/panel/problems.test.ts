// Problems view logic: filter words and exclusions, category and severity toggles, grouping, practice at stake.
import { describe, expect, it } from 'vitest';
import { contextOf, emptyFilter, groupProblems, matchesFilter, plural, practiceMostAtStake } from '../../components/problems.ts';
import { makeProblem, NOTES, samplePage } from './make-problems.ts';

describe('filter and grouping', () => {
  const { problems } = samplePage();

  it('groups by category in a fixed order with only non-empty groups', () => {
    const groups = groupProblems(problems, emptyFilter());
    expect(groups.map((g) => [g.category, g.label, g.problems.length])).toEqual([
      ['blame', 'Blame', 1],
      ['org-centric', 'Organisation-centric', 1],
      ['output-only', 'Output-only', 1],
    ]);
  });

  it('matches text in message, words and rule id; "!" excludes', () => {
    const f = emptyFilter();
    f.query = 'council';
    expect(problems.filter((p) => matchesFilter(p, f)).map((p) => p.diagnostic.ruleId)).toEqual(['no-person-as-cause']);
    f.query = 'PREFER-outcome';
    expect(problems.filter((p) => matchesFilter(p, f))).toHaveLength(1);
    f.query = '!council';
    expect(problems.filter((p) => matchesFilter(p, f))).toHaveLength(2);
    f.query = 'council !riverside';
    expect(problems.filter((p) => matchesFilter(p, f))).toHaveLength(0);
  });

  it('toggles categories and severities', () => {
    const f = emptyFilter();
    f.categories.blame = false;
    expect(groupProblems(problems, f).map((g) => g.category)).toEqual(['org-centric', 'output-only']);
    f.severities.info = false;
    expect(groupProblems(problems, f).map((g) => g.category)).toEqual(['org-centric']);
  });

  it('orders rows by editor then offset', () => {
    const later = makeProblem({ text: NOTES, match: 'referrals', editorKey: 'e1' });
    const other = makeProblem({ text: NOTES, match: 'Riverside', editorKey: 'e0' });
    const first = problems[0];
    const [blame] = groupProblems([other, later, first], emptyFilter());
    expect(blame.problems.map((p) => p.id)).toEqual([other.id, first.id, later.id]);
  });
});

describe('practiceMostAtStake', () => {
  it('picks the most cited practice, lower number on a tie, none when empty', () => {
    const { problems } = samplePage();
    expect(practiceMostAtStake(problems)).toEqual({ id: 2, count: 1 });
    const extra = makeProblem({ text: NOTES, match: 'send the referrals', practice: 4 });
    expect(practiceMostAtStake([...problems, extra])).toEqual({ id: 4, count: 2 });
    expect(practiceMostAtStake([])).toBeUndefined();
  });

  it('pluralises in UK English', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(1200, 'word')).toBe('1,200 words');
    expect(plural(0, 'problem')).toBe('0 problems');
  });
});

describe('contextOf', () => {
  it('cuts long context at whole words and marks the cut', () => {
    const long = { before: 'artnership board, 12 March.\nThe council ', after: ' on discharge letters yet again. That is' };
    expect(contextOf(long)).toEqual({ before: '…board, 12 March. The council ', after: ' on discharge letters yet again. That…' });
    expect(contextOf({ before: 'The ', after: ' today.' })).toEqual({ before: 'The ', after: ' today.' });
    expect(contextOf({ before: '', after: ', it is one for the council to sort.\nTar' }).after).toBe(', it is one for the council to sort.');
  });
});

describe('fix labels', () => {
  it('say the words a fix writes, once', async () => {
    const { fixLabel } = await import('../../components/problems.ts');
    expect(fixLabel({ title: 'Describe the event', replacement: 'The letter was not sent' })).toBe('Describe the event → “The letter was not sent”');
    expect(fixLabel({ title: 'Say what happened: “missed a step”', replacement: 'missed a step' })).toBe('Say what happened: “missed a step”');
    expect(fixLabel({ title: 'Drop it', replacement: '' })).toBe('Drop it (remove the words)');
  });
});
