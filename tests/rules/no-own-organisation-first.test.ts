// Table tests for no-own-organisation-first.
import rule from '../../lib/rules/org-centric/no-own-organisation-first.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Partners agreed to protect children from measles by offering catch-up clinics.',
    'Patients come first in every decision this board makes.',
    'The acute trust released two therapists to the community teams for the winter.',
    'Members asked whether keeping budgets separate was getting in the way of the plan.',
    'The ICB confirmed the underspend would go back into the shared fund for falls prevention.',
    'Our budget is under pressure, so we asked partners for ideas.',
    'The practice ring-fenced two sessions a week for housebound patients across the PCN.',
    'Our falls figures look better this quarter; partners asked what had helped.',
    'The clinic will not be offered to other areas until the pilot is evaluated for safety.',
    'Rather than sharing it with the press first, the report will go to families.',
    'Patient-identifiable data is not shared with third parties.',
    'The trust accepted patients from neighbouring areas during the surge.',
    'Safeguarding comes first, whatever the cost.',
  ],
  invalid: [
    {
      text: 'We need to protect our budget before the alliance meets.',
      problems: [{ match: 'protect our budget', suggestions: [{ title: 'Say what the money is for', output: 'We need to agree how the shared budget serves residents before the alliance meets.' }] }],
    },
    { text: 'Our practice’s QOF points have to come first this quarter.', problems: [{ match: 'Our practice’s QOF points have to come first' }] },
    { text: 'The director said the council’s own bed base must come first.', problems: [{ match: 'the council’s own bed base must come first' }] },
    { text: 'The trust will not release its therapists to the community teams.', problems: [{ match: 'will not release its therapists' }] },
    { text: 'Keep the spare vaccine stock for our own patients only.', problems: [{ match: 'for our own patients only' }] },
    { text: 'We need to make sure the council doesn’t get its hands on our winter money.', problems: [{ match: 'doesn’t get its hands on our winter money' }] },
    { text: 'The hospital wants its discharge figures to look better than Northvale’s.', problems: [{ match: 'its discharge figures to look better' }] },
    { text: 'We won’t be seen subsidising another practice.', problems: [{ match: 'subsidising another practice' }] },
    { text: 'The priority is to keep our trust out of the headlines.', problems: [{ match: 'keep our trust out of the headlines' }] },
    { text: 'Governors agreed the sports hall should not be opened to the other schools.', problems: [{ match: 'should not be opened to the other schools' }] },
    { text: 'Any surplus must go back to the practices, not into the shared pot.', problems: 1 },
    { text: 'The district’s leisure income is not shared with the county.', problems: 1 },
    { text: 'We have our own targets to hit this winter.', problems: [{ match: 'have our own targets to hit' }] },
    { text: 'The council would not underwrite NHS overspends.', problems: [{ match: 'would not underwrite NHS overspends' }] },
    { text: 'The trust wants the credit rather than sharing it with the PCNs.', problems: [{ match: 'rather than sharing it with the PCNs' }] },
    { text: 'The pilot must show gains on the trust’s figures; community outcomes are a nice-to-have.', problems: [{ match: 'community outcomes are a nice-to-have' }] },
  ],
});
