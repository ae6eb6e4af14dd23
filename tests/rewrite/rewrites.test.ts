// Each rewrite kind: the finding's first suggestion, the text after it, and the rewritten text analysed again.
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../lib/engine/index.ts';
import { finding, itRewrites, type RewriteCase } from './rewrite-cases.ts';
import { QUOTE_ADVICE } from '../../lib/rewrite/offer.ts';
import { quotedSpans } from '../../lib/rewrite/quotes.ts';

const CASES: RewriteCase[] = [
  { kind: 'blame: person as cause → agentless account', rule: 'no-person-as-cause', text: 'The lettings agency failed to pass on the tenant’s repair request.', output: 'The tenant’s repair request was not passed on; the partners will look together at what got in the way.' },
  { kind: 'blame: culprit hunt → what got in the way', rule: 'no-culprit-hunt', text: 'JR will find out which member of staff failed to pass on the referral.', output: 'JR will find out what got in the way of passing on the referral.' },
  { kind: 'blame: who was responsible → what led to it', rule: 'no-culprit-hunt', text: 'JR to identify who was responsible for the missed referral and report back.', output: 'JR to identify what led to the missed referral and report back.' },
  { kind: 'blame: idiom → event, in tense', rule: 'no-blame-idiom', text: 'The council had dragged its feet on the grant.', output: 'Progress had been slow on the grant; the partners will look together at what got in the way.' },
  { kind: 'blame: passive with an agent → without the agent', rule: 'no-passive-blame', text: 'The discharge summary was mislaid by the ward clerk.', output: 'The discharge summary was mislaid; the partners will look together at what got in the way.' },
  { kind: 'blame: judgement word → what happened', rule: 'no-judgement-word', text: 'The agency carers were careless with the medication charts.', output: 'There were problems with the medication charts; the partners will ask what made it hard and what would help.' },
  { kind: 'blame: scorekeeping removed', rule: 'no-sarcastic-repetition', text: 'Yet again the housing team missed the deadline for the panel papers.', output: 'The housing team missed the deadline for the panel papers; the partners will look together at what keeps getting in the way.' },
  { kind: 'blame: hindsight → what would have helped', rule: 'no-hindsight-blame', text: 'The locum should have spotted the interaction between the two medicines.', output: 'The interaction between the two medicines was not spotted; the partners will ask what would have helped.' },
  { kind: 'blame: distrust → support', rule: 'no-judgement-word', text: 'OC said the A&E doctors could not be relied on to refer correctly.', output: 'OC said the A&E doctors needed more support to refer correctly.' },
  { kind: 'org-centric: passing the problem → shared concern', rule: 'no-passing-the-problem', text: 'He said delayed discharges were a council problem, not a trust one.', output: 'He said delayed discharges were a shared concern for the people we all serve.' },
  { kind: 'org-centric: own budget first → agree how costs are shared', rule: 'no-own-organisation-first', text: 'JR said the council would need to protect its budget before considering any pooled arrangement.', output: 'JR said the council would need to agree with partners how costs and savings are shared before considering any pooled arrangement.' },
  { kind: 'org-centric: us and them → people we all serve', rule: 'no-us-and-them', text: 'The care homes on the estate are their residents, not ours.', output: 'The care homes on the estate are residents we all serve.' },
  { kind: 'org-centric: conditional → agree together', rule: 'no-conditional-participation', text: 'The trust will join the falls programme provided it doesn’t come out of our budget.', output: 'The trust will join the falls programme, and partners will agree together how costs, staff and credit are shared.' },
  { kind: 'org-centric: rank → decided together', rule: 'no-rank-closing-discussion', text: 'As medical director, I have decided that the pathway stays as it is.', output: 'After hearing every view, the partners have agreed that the pathway stays as it is.' },
  { kind: 'blame: could not be bothered → what did not happen, what made it hard', rule: 'no-person-as-cause', text: "The night porter couldn't be bothered to check the fire doors.", output: 'The fire doors were not checked; the partners will ask what made it hard and what would help.' },
  { kind: 'blame: laid at the feet of → causes looked at together', rule: 'no-culprit-hunt', text: 'The late discharge letter was laid at the feet of the ward clerk.', output: 'The late discharge letter had causes the partners will look at together.' },
  { kind: 'blame: someone accountable for → what led to it', rule: 'no-culprit-hunt', text: 'Someone in estates has to be accountable for the broken lift.', output: 'The partners need to understand what led to the broken lift.' },
  { kind: 'blame: verdict adjunct dropped → what made it hard', rule: 'no-judgement-word', text: 'The board heard that the contractor had overspent through sheer carelessness.', output: 'The board heard that the contractor had overspent; the partners will ask what made it hard and what would help.' },
  { kind: 'blame: made a hash of → problems with the object', rule: 'no-blame-idiom', text: 'The respite service has made a complete hash of the summer rota.', output: 'There have been problems with the summer rota; the partners will look together at what got in the way.' },
  { kind: 'blame: nowhere to be seen → no one was available', rule: 'no-blame-idiom', text: 'As ever, the crisis team were nowhere to be seen.', output: 'No one was available; the partners will look together at what keeps getting in the way.' },
  { kind: 'org-centric: belongs to them → a shared responsibility', rule: 'no-passing-the-problem', text: 'The lead said the complaints backlog belongs to the council, not the trust.', output: 'The lead said the complaints backlog is a shared responsibility.' },
  { kind: 'org-centric: a matter for them, outside our remit → a shared concern', rule: 'no-passing-the-problem', text: "Housing association director said tenants' mental health is a matter for the NHS and outside our remit.", output: "Housing association director said tenants' mental health is a shared concern." },
  { kind: "org-centric: the county's headache, not ours → a shared headache", rule: 'no-passing-the-problem', text: "Cllr Dunn said the bus shelters are the county's headache, not ours.", output: 'Cllr Dunn said the bus shelters are a shared headache.' },
  { kind: 'org-centric: propping up → agree how costs, staff and credit are shared', rule: 'no-own-organisation-first', text: "Community nursing shouldn't be propping up the practices' evening clinics.", output: 'Community nursing should agree with partners how costs, staff and credit are shared.' },
  { kind: 'org-centric: only our logo → every partner’s logo', rule: 'no-org-centric-tone', text: "The hospice asked that the joint leaflet carry only the hospice's logo.", output: 'The hospice asked that the joint leaflet carry every partner’s logo.' },
  { kind: 'org-centric: not releasing its staff → agree how they are shared', rule: 'no-own-organisation-first', text: 'The practice would not be releasing its nurses to the hub.', output: 'The practice would agree with partners how the nurses are shared.' },
  { kind: 'blame: an organisation’s failure → looked at together', rule: 'no-culprit-hunt', text: 'LF said this was a community trust failure, not a practice one.', output: 'LF said this was something the partners will look at together.' },
  { kind: 'blame: somebody to own that mess → understand what happened', rule: 'no-culprit-hunt', text: 'Who signed off the release? Somebody needs to own that mess.', output: 'Who signed off the release? The partners need to understand what happened and what got in the way.' },
  { kind: 'blame: hindsight with a long subject → what was clear at the time', rule: 'no-hindsight-blame', text: 'The review concluded that the district nurse on the caseload should have known the wound was deteriorating.', output: 'The review concluded that it was not clear at the time that the wound was deteriorating; the partners will ask what would have helped.' },
  { kind: 'org-centric: could not be seen to be propping up → agree how it is shared', rule: 'no-own-organisation-first', text: 'GT said the trust could not be seen to be propping up community services from its own budget.', output: 'GT said the trust could agree with partners how costs, staff and credit are shared.' },
  { kind: 'blame: someone to carry the can for → what led to it', rule: 'no-culprit-hunt', text: 'Someone needs to carry the can for the expired certificate.', output: 'The partners need to understand what led to the expired certificate.' },
  { kind: 'output-only: count target → so that', rule: 'no-activity-count-target', text: 'ACTION: the hub to carry out 350 benefit assessments by the end of June.', output: 'ACTION: the hub to carry out 350 benefit assessments by the end of June, so that people get the support they need to stay independent.' },
  { kind: 'output-only: quota in a list', rule: 'no-activity-quota-fragment', text: '- Flu: 500 vaccinations per PCN per week until 28 February.', output: '- Flu: 500 vaccinations per PCN per week until 28 February, so that fewer people become seriously ill this winter.' },
  { kind: 'output-only: measure → and on whether', rule: 'no-activity-measure', text: 'The board agreed that grants would be judged on the number of leaflets distributed.', output: 'The board agreed that grants would be judged on the number of leaflets distributed, and on whether residents know where to get help and use it when they need it.' },
];

describe('rewrites per kind', () => {
  itRewrites(CASES);
});

describe('output-only rewrites select the inserted outcome', () => {
  it('exposes the outcome as a range of the replacement', () => {
    const text = 'Target: 98% of repair requests logged within two working days.';
    const d = finding(text, 'no-throughput-rate-target');
    const s = d.suggestions.find((x) => x.replacement !== undefined)!;
    expect(s.range).toBeTruthy();
    expect(s.select).toBeTruthy();
    const outcome = s.replacement!.slice(s.select!.start, s.select!.end);
    expect(s.replacement!.slice(0, s.select!.start)).toMatch(/, so that $/);
    expect(outcome.length).toBeGreaterThan(10);
    expect(applySuggestion(text, d, d.suggestions.indexOf(s))).toContain(`, so that ${outcome}.`);
  });
});

describe('quotations stay verbatim', () => {
  const text = 'LF said the agency had "dropped the ball yet again" and that its carers were careless.';
  it('offers no rewrite inside a quotation, and advice to record it as reported instead', () => {
    const ds = analyze(text);
    const inQuote = ds.filter((d) => d.ruleId === 'no-blame-idiom' || d.ruleId === 'no-sarcastic-repetition');
    expect(inQuote.length).toBeGreaterThan(0);
    for (const d of inQuote) {
      expect(d.suggestions.some((s) => s.title === QUOTE_ADVICE)).toBe(true);
    }
  });
  it('leaves every quotation unchanged whichever rewrite is applied', () => {
    const quote = text.slice(quotedSpans(text)[0].start, quotedSpans(text)[0].end);
    for (const d of analyze(text)) {
      d.suggestions.forEach((s, i) => {
        if (s.replacement !== undefined) expect(applySuggestion(text, d, i)).toContain(quote);
      });
    }
  });
});

describe('quotations with an apostrophe inside stay verbatim', () => {
  it("does not read the apostrophe in pig's as the end of a single-quoted passage", () => {
    const text = "Dr Lowe: 'Frankly, the booking team made a pig's ear of the Friday list.'";
    expect(quotedSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(["'Frankly, the booking team made a pig's ear of the Friday list.'"]);
    for (const d of analyze(text)) {
      d.suggestions.forEach((s, i) => {
        if (s.replacement !== undefined) expect(applySuggestion(text, d, i)).toContain("made a pig's ear of the Friday list.'");
      });
    }
  });
});

describe('credit is not swapped where it would read as nonsense', () => {
  it('offers no credit swap for a negated, conditional demand for a name', () => {
    const text = "Trustees don't want our name on the coalition bid unless we're lead partner.";
    for (const d of analyze(text)) {
      d.suggestions.forEach((s, i) => {
        if (s.replacement !== undefined) expect(applySuggestion(text, d, i)).not.toContain('every partner');
      });
    }
  });
});

describe('every offered rewrite is checked', () => {
  it('never offers a rewrite that another rule then flags ("This time" after "Yet again")', () => {
    const text = 'Yet again the housing team missed the deadline for the panel papers.';
    for (const d of analyze(text)) {
      d.suggestions.forEach((s, i) => {
        if (s.replacement === undefined) return;
        const after = applySuggestion(text, d, i);
        const again = analyze(after);
        const before = new Set(analyze(text).map((x) => `${x.ruleId}:${text.slice(x.start, x.end)}`));
        expect(again.filter((x) => !before.has(`${x.ruleId}:${after.slice(x.start, x.end)}`))).toEqual([]);
      });
    }
  });
  it('does not keep hunting a culprit ("which member of staff did not pass on")', () => {
    const text = 'Find out which member of staff failed to pass on the referral.';
    for (const d of analyze(text)) {
      d.suggestions.forEach((s, i) => {
        if (s.replacement !== undefined) expect(applySuggestion(text, d, i)).not.toMatch(/which member of staff/);
      });
    }
  });
});
