// Rewrite kinds built from what a rule captured (issue 9): per kind the input, the exact output, and the rewritten
// sentence analysed again with nothing left of the finding's category. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { itRewrites, type RewriteCase } from './rewrite-cases.ts';

const CASES: RewriteCase[] = [
  { kind: 'blame: verdict noun → what got in the way for them', rule: 'no-judgement-word', text: "The audit slipped because of the estates manager's incompetence.", output: 'The audit slipped because of what got in the way for the estates manager.' },
  { kind: 'blame: verdict on work → a problem with the work', rule: 'no-judgement-word', text: "The locksmith's shoddy repair left the fire door open.", output: "A problem with the locksmith's repair left the fire door open." },
  { kind: 'blame: mess word → situation', rule: 'no-judgement-word', text: 'Honestly, this whole mess with the repeat prescriptions needs sorting.', output: 'Honestly, this situation with the repeat prescriptions needs sorting.' },
  { kind: 'blame: "is a shambles" → under strain', rule: 'no-judgement-word', text: 'The bereavement service is a complete shambles.', output: 'The bereavement service is under strain.' },
  { kind: 'blame: out of their depth → in need of more support', rule: 'no-judgement-word', text: 'Members felt the new locum was out of his depth.', output: 'Members felt the new locum was in need of more support.' },
  { kind: 'blame: a bare verdict → a curious follow-up', rule: 'no-judgement-word', text: 'Disgraceful.', output: 'The partners will ask what got in the way.' },
  { kind: 'blame: ", which is inexcusable" → what got in the way', rule: 'no-judgement-word', text: 'The porters lost the specimen bags, which is frankly inexcusable.', output: 'The porters lost the specimen bags; the partners will look together at what got in the way.' },
  { kind: 'blame: paired verdicts on a long subject → problems with their work', rule: 'no-judgement-word', text: 'The panel concluded that the front desk at Elm Lodge had been rude and obstructive.', output: 'The panel concluded that there had been problems with the work of the front desk at Elm Lodge; the partners will ask what made it hard and what would help.' },
  { kind: 'blame: blamed X for Y → asked what led to Y', rule: 'no-culprit-hunt', text: 'The matron blamed the bank staff for the missed fluid charts.', output: 'The matron asked what led to the missed fluid charts.' },
  { kind: 'blame: X is to blame for Y → what led to Y', rule: 'no-culprit-hunt', text: 'Westfield practice is to blame for the cancelled baby clinics.', output: 'The partners will look at what led to the cancelled baby clinics.' },
  { kind: "blame: X's fault that Y → why Y", rule: 'no-culprit-hunt', text: "It was the courier's fault that the blood samples arrived late.", output: 'The partners will look at why the blood samples arrived late.' },
  { kind: 'blame: whose idea → what led to the decision', rule: 'no-culprit-hunt', text: 'Whose bright idea was it to move the clinic to Fridays?', output: 'What led to the decision to move the clinic to Fridays?' },
  { kind: 'blame: counterfactual on a team → without the team', rule: 'no-hindsight-blame', text: 'If the ward had sent the discharge letters on time, the district nurses would have known about the new dressing.', output: 'If the discharge letters had been sent on time, the district nurses would have known about the new dressing.' },
  { kind: 'blame: never bothered to read → not read, what made it hard', rule: 'no-person-as-cause', text: 'The day manager never bothered to read the visitor log.', output: 'The visitor log was not read; the partners will ask what made it hard and what would help.' },
  { kind: 'blame: asleep on the job → things were missed', rule: 'no-blame-idiom', text: 'The night manager said the agency had been asleep on the job.', output: 'The night manager said things had been missed; the partners will look together at what got in the way.' },
  { kind: 'org-centric: not our responsibility → a shared responsibility', rule: 'no-passing-the-problem', text: 'The council officer said the hoarding cases are not our responsibility.', output: 'The council officer said the hoarding cases are a shared responsibility.' },
  { kind: 'org-centric: not our problem, it is for X to sort → the clause passing it on goes too', rule: 'no-passing-the-problem', text: 'The pharmacist said the blister-pack backlog is not our problem; it is for the wholesaler to sort out.', output: 'The pharmacist said the blister-pack backlog is a shared concern for the people we all serve.' },
  { kind: 'org-centric: one for them to sort out → the partners together', rule: 'no-passing-the-problem', text: "Carers' breaks are one for the council's respite team to sort out.", output: "Carers' breaks are one the partners will sort out together." },
  { kind: 'org-centric: keep X for our own → agree how X is shared', rule: 'no-own-organisation-first', text: 'The hospice will keep the new volunteers for its own shops rather than lend them to the befriending scheme.', output: 'The hospice will agree with partners how the new volunteers are shared.' },
  { kind: 'org-centric: ours comes before theirs → the people we all serve first', rule: 'no-own-organisation-first', text: "The trust's elective position comes before the neighbourhood falls plan.", output: 'The people we all serve come first.' },
  { kind: 'org-centric: their problem → a shared concern', rule: 'no-us-and-them', text: 'The housing officer said the mould complaints were their problem.', output: 'The housing officer said the mould complaints were a shared concern.' },
  { kind: 'org-centric: only if we get credit → take part and agree how credit is shared', rule: 'no-conditional-participation', text: 'The foodbank will only share its delivery rota if it gets credit in the council newsletter.', output: 'The foodbank will share its delivery rota and agree with partners how credit is shared.' },
  { kind: "org-centric: don't get a say → get a say", rule: 'no-rank-closing-discussion', text: "Porters don't get a say on the shift pattern.", output: 'Porters get a say on the shift pattern.' },
  { kind: 'org-centric: must not be pooled → used as the partners agree', rule: 'no-org-centric-tone', text: "The councillor said the parish's play budget must not be pooled with the neighbouring parish's, whatever the survey shows.", output: "The councillor said the parish's play budget will be used as the partners agree together, whatever the survey shows." },
  { kind: 'org-centric: not up for debate → open to views', rule: 'no-rank-closing-discussion', text: 'The consultant said the rota was final and not up for debate.', output: 'The consultant said the rota was open to views from everyone affected.' },
];

describe('rewrite kinds built from the captures', () => {
  itRewrites(CASES);
});

describe('what is not offered', () => {
  it('no rewrite that leaves a verb without its subject ("… and agreed …")', () => {
    const text = 'Trustees felt the events agency had been negligent with the raffle money and agreed to end the contract.';
    const d = analyze(text).find((x) => x.category === 'blame');
    for (const s of d?.suggestions ?? []) if (s.replacement !== undefined) expect(s.replacement).not.toMatch(/^there had been problems/i);
  });
  it('no "agree with partners" for a budget ("our budget will agree …")', () => {
    const text = "Our events budget isn't going to cover the charity shop's mistakes.";
    for (const d of analyze(text)) for (const s of d.suggestions) if (s.replacement !== undefined) expect(s.replacement).not.toMatch(/agree with partners how the mistakes/);
  });
  it('the passive "was blamed for" is not turned into "was asked"', () => {
    const text = "The LA's lettings officers were blamed for the two failed moves last week.";
    for (const d of analyze(text)) for (const s of d.suggestions) if (s.replacement !== undefined) expect(s.replacement).not.toMatch(/asked what led/);
  });
});
