// The org-centric frames on conditions, resources kept back, costs moved and closed views: rules, rewrites and switches.
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../lib/engine/index.ts';

const org = (text: string, settings?: Parameters<typeof analyze>[1]) => analyze(text, settings).filter((d) => d.category === 'org-centric');

/** Sentences each new frame family reports, the rule expected, and words the span must carry. */
const CASES: [string, string, RegExp][] = [
  ['The trust will join once the activity counts towards the trust’s own contract targets.', 'no-conditional-participation', /counts towards/],
  ['The crisis team won’t join unless the huddle is held on its site.', 'no-conditional-participation', /unless/],
  ['Trust estates confirmed the empty ward would be held back for acute use rather than offered to the step-down pilot.', 'no-own-organisation-first', /held back/],
  ['Community safety partnership: police won’t share the ASB hotspot data with the council.', 'no-own-organisation-first', /won’t share/],
  ['Children’s services wants the early help hub’s success credited to the council alone.', 'no-own-organisation-first', /alone/],
  ['Agreed to tighten the criteria for the falls service so fewer referrals end up on our caseload.', 'no-passing-the-problem', /caseload/],
  ['Highways officers said potholes outside the school were education’s lookout.', 'no-passing-the-problem', /lookout/],
  ['Senior nurses were told by the ward manager that HCAs’ views on the new rota were not relevant.', 'no-rank-closing-discussion', /not relevant/],
  ['Trust executives will sign off the discharge model among themselves before taking it to the partnership.', 'no-rank-closing-discussion', /among themselves/],
];

/** Hard negatives: joint decisions, shared funding, an organisation named neutrally, "our" for the partnership. */
const QUIET = [
  'Partners agreed together that the ward will be offered to the step-down pilot.',
  'The post is funded from the pooled budget, and all partners share the cost.',
  'The council’s housing team will attend the MDT every fortnight.',
  'Our partnership will keep the hub open on Saturdays, and every practice can book it.',
  'The trust agreed to share its discharge data with the council every week.',
  'The success was credited to all partners in the annual report.',
  'Partners will inform residents once the consultation opens, so they can shape the change.',
  'Staff views will be sought before the rota changes.',
  'Every contact counts towards the shared outcome measures agreed by all partners.',
];

describe('new org-centric frames in the rules', () => {
  for (const [text, rule, words] of CASES) {
    it(`${rule}: ${text}`, () => {
      const d = org(text).find((x) => x.ruleId === rule);
      expect(d, text).toBeDefined();
      expect(text.slice(d!.start, d!.end)).toMatch(words);
    });
  }
  for (const text of QUIET) it(`keeps quiet: ${text}`, () => expect(org(text)).toEqual([]));
});

describe('their one-click rewrites', () => {
  const cases: [string, RegExp][] = [
    ['Trust estates confirmed the empty ward would be held back for acute use rather than offered to the step-down pilot.', /would be offered to the step-down pilot/],
    ['Highways officers said potholes outside the school were education’s lookout.', /were a shared responsibility/],
    ['Children’s services wants the early help hub’s success credited to the council alone.', /credited to every partner/],
    ['Senior nurses were told by the ward manager that HCAs’ views on the new rota were not relevant.', /were heard and weighed/],
    ['We should keep the virtual ward data in-house for now.', /share the virtual ward data with partners/],
    ['Housing colleagues were told that tenancy sustainment is out of scope for the PCN.', /one to work on with the PCN/],
  ];
  for (const [text, want] of cases) {
    it(`rewrites: ${text}`, () => {
      const d = org(text)[0];
      expect(d, text).toBeDefined();
      const i = d.suggestions.findIndex((s) => s.replacement !== undefined);
      expect(i, 'a one-click rewrite').toBeGreaterThanOrEqual(0);
      const after = applySuggestion(text, d, i);
      expect(after).toMatch(want);
      expect(org(after).filter((x) => x.ruleId === d.ruleId)).toEqual([]);
    });
  }
});

describe('switches hold for the new frames', () => {
  const text = 'Trust estates confirmed the empty ward would be held back for acute use rather than offered to the step-down pilot.';

  it('the rule off: no other rule, learned or written, flags the same words', () => {
    const on = org(text).find((d) => d.ruleId === 'no-own-organisation-first')!;
    const off = analyze(text, { rules: { 'no-own-organisation-first': 'off' } });
    for (const d of off) expect(d.start < on.end && on.start < d.end, `${d.ruleId} re-raised the words`).toBe(false);
  });

  it('the category off: nothing of the category is left', () => {
    expect(analyze(text, { categories: { 'org-centric': 'off' } }).filter((d) => d.category === 'org-centric')).toEqual([]);
  });

  it('the user’s own organisation set: no other category picks the sentence up', () => {
    const found = analyze('Police won’t share the ASB hotspot data with the council.', { organisation: 'Northvale Police' });
    expect(found.filter((d) => d.category === 'blame')).toEqual([]);
  });
});
