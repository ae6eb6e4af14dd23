// Table tests for no-hindsight-blame: hindsight charged to others, and plans or owned lessons.
import rule from '../../lib/rules/blame/no-hindsight-blame.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'We should have checked the rota before confirming the dates.',
    'I should have flagged the risk sooner.',
    'The new form should have a field for the carer’s contact details.',
    'The letters should have been sent on Monday; a new date has been agreed.',
    'The trust should have the new scanner installed by March.',
    'The alert should have fired, but the threshold was set too high.',
    'If the weather had been better, more people would have come.',
    'Dr Shah said the family should have been told sooner, and that the team would look at why they were not.',
    'If we had tested it properly, the bug would have been found.',
  ],
  invalid: [
    {
      text: 'The locum should have spotted the interaction.',
      problems: [{ match: 'should have spotted', suggestions: [{ title: /what would have helped/, output: 'The interaction was not spotted; the partners will ask what would have helped.' }, { title: /knew at the time/ }, { title: /next time/ }] }],
    },
    { text: 'This error should have been picked up at planning.', problems: [{ match: 'should have been picked up' }] },
    { text: 'The new module shouldn’t have been rushed into live use.', problems: [{ match: 'shouldn’t have been rushed' }] },
    { text: 'Dr Evans said the registrar should have known better.', problems: [{ match: 'should have known better', note: /Reported speech/ }] },
    { text: 'If the porters had done their job, the bed would have been ready.', problems: [{ match: 'If the porters had done their job' }] },
    { text: 'PM: "If QA had actually tested it, we would not be here."', problems: [{ match: 'If QA had actually tested' }] },
    { text: 'The team went ahead despite being warned about the risk.', problems: [{ match: 'despite being warned' }] },
    { text: 'The supplier knew full well the deadline was Friday.', problems: [{ match: 'knew full well' }] },
  ],
});
