// Table tests for no-passing-the-problem.
import rule from '../../lib/rules/org-centric/no-passing-the-problem.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Rough sleeping is not just the council’s problem; partners will map the support together.',
    'Delayed discharge is not our problem alone, so the trust and the council will review it jointly.',
    'The item was out of scope for this meeting and was referred to the finance group.',
    'It’s for the working group to sort out the dates.',
    'It is the council’s responsibility under the Care Act to assess carers.',
    'The referral was passed to the ICB for a decision.',
    'Members discussed how housing is a health issue.',
    'Falls prevention sits with the council and the trust, who will co-design the offer.',
    'The board agreed not to pass the problem back to the council but to work on it jointly.',
    'Carers said it was not their fault that the forms arrived late.',
    'Members asked whether homelessness was out of scope for us, and agreed it was not.',
  ],
  invalid: [
    {
      text: 'Frankly, the rough sleeping figures are not our problem.',
      problems: [{ match: 'not our problem', suggestions: [{ title: 'Name it as a shared concern', output: 'Frankly, the rough sleeping figures are a shared concern.' }] }],
    },
    { text: 'Honestly, damp in the tower blocks isn’t our problem to fix.', problems: [{ match: 'isn’t our problem to fix' }] },
    { text: 'Speech and language waiting lists sit outside our remit.', problems: [{ match: 'outside our remit' }] },
    { text: 'The ICB lead said the GP estates problem was one for NHS England to sort.', problems: [{ match: 'one for NHS England to sort', message: /Reported speech/ }] },
    { text: 'Cllr Webb thinks the pothole complaints are for highways to deal with.', problems: [{ match: 'are for highways to deal with' }] },
    { text: 'Frankly, the homecare gap is for them to solve.', problems: [{ match: 'is for them to solve' }] },
    { text: 'Youth work is outside the scope of NRG due to funding.', problems: [{ match: 'outside the scope of NRG' }] },
    { text: 'Hoarding cases should be pushed back to the housing team.', problems: [{ match: 'pushed back to the housing team' }] },
    { text: 'Delayed discharges were a council problem, not a trust one.', problems: [{ match: 'not a trust one' }] },
    { text: 'Primary care is not there to clear the hospital’s backlog.', problems: [{ match: 'is not there to clear the hospital’s' }] },
    { text: 'School readiness is the health visitors’ job, not ours.', problems: [{ match: 'visitors’ job, not ours' }] },
    { text: 'Crisis calls are for the mental health trust; our call handlers won’t take them.', problems: [{ match: 'are for the mental health trust' }] },
    { text: 'Adult social care will not be picking up the bill for NHS continuing care.', problems: [{ match: 'will not be picking up the bill for NHS' }] },
    { text: 'Leave it to the council to sort out.', problems: [{ match: 'Leave it to the council to sort out' }] },
    { text: 'Homecare capacity was frankly the ICB’s problem to fund.', problems: [{ match: 'frankly the ICB’s problem to fund' }] },
    { text: 'Families that move across the border are the county’s responsibility once they leave.', problems: [{ match: 'the county’s responsibility once they leave' }] },
    { text: 'Housing managers feel that hospital discharge is not really their department.', problems: [{ match: 'not really their department' }] },
    { text: 'The charity will help the families it already knows; others are for the council.', problems: [{ match: 'others are for the council' }] },
  ],
});
