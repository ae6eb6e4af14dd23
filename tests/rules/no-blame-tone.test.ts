// Table tests for no-blame-tone: the tone model on fresh sentences (none of them in data/train); spans are the cue words.
import rule from '../../lib/rules/blame/no-blame-tone.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    // Hard negatives: the same failures, described or owned without a verdict.
    'The locum pharmacist checked the wrong patient’s record, and the team has asked what made the screens confusing.',
    'We lost the referral in our own inbox and have set up a shared tracker.',
    'The delay came from a software update that reset the appointment templates.',
    'The audit found the discharge checklist was not used on two wards; leads are exploring why.',
    'The discharge team had been short of two nurses, so the letters went out late; the ward will pilot a checklist.',
    'The council explained its statutory duty covers the assessment and offered to share the waiting list.',
    // Too short or not prose: the model keeps quiet.
    'Apologies: JR, TB.',
    '## Actions from last time',
    '| Item | Owner | Due |',
  ],
  invalid: [
    { text: 'Members felt the estates contractor had treated the repair list as a suggestion.', problems: [{ match: 'treated the repair list as a suggestion', suggestions: [{ title: /what got in the way/ }, { title: /what would help/ }] }] },
    { text: 'Governors said the caterers had been hopeless all term and it was no surprise the allergy list was ignored.', problems: [{ match: 'hopeless' }] },
    { text: 'The ward sister said the night agency staff clearly could not care less about handover.', problems: 1 },
    { text: 'Cllr Patel said the contractor’s staff were a law unto themselves and nobody had any grip on them.', problems: 1 },
  ],
});
