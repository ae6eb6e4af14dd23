// Table tests for no-passive-blame: a failure in the passive that names a person, team or organisation as its agent.
import rule from '../../lib/rules/blame/no-passive-blame.ts';
import { ruleTester } from '../rule-tester.ts';

const guided = [{ title: /what got in the way/ }, { title: /easier to get right/ }];

ruleTester.run(rule, {
  valid: [
    // Neutral verbs, causes that are events or amounts, things as agents.
    'The hospital discharge was delayed by the storm.',
    'Delivery of the beds was delayed by two weeks.',
    'The upgrade was delayed by a supplier fault.',
    'The item on parking was raised by the council.',
    'The proposal was dropped by the board after the consultation.',
    'The lab results were lost by a server fault over the weekend.',
    'The appointment letters were lost by the system during the migration.',
    'The four-hour standard was missed by three percent in January.',
    'The deadline was missed by a day because of the bank holiday.',
    'The recording was lost by Teams when the call dropped.',
    'The alerts were ignored by EMIS after the update.',
    'The second scan was missed by the MRI because of motion.',
    'The form was mislaid by the time the council met.',
    // Contests, the writer's own side, views, and a curious account.
    'The vote on the merger was lost by the council.',
    'The tender was lost by the provider to a larger firm.',
    'The referral was lost by our admin team and we have changed the hand-off.',
    'The early signs were missed by us as much as anyone.',
    'The new garden is overlooked by the school.',
    'The request was overlooked by the duty team, and the group asked what got in the way.',
    // A bare name reads to the parser like a product name, so it stays silent (precision first).
    'The minutes were mislaid by Okafor on Friday.',
    // Experience of residents is not a passive with a failure verb.
    'Residents felt forgotten by the council.',
  ],
  invalid: [
    {
      text: 'The discharge letter was misplaced by the practice receptionist.',
      problems: [{ match: 'was misplaced by the practice receptionist', suggestions: [{ title: /without who/, output: 'The discharge letter was misplaced; the partners will look together at what got in the way.' }, ...guided] }],
    },
    { text: 'The survey was delayed by the weather and was then lost by the council’s contractor.', problems: [{ match: 'was then lost by the council’s contractor' }] },
    { text: 'The repeat prescription was lost by Dr Obi’s secretary.', problems: [{ match: 'was lost by Dr Obi’s secretary' }] },
    { text: 'The audit data were mishandled by Northvale PCN last spring.', problems: [{ match: 'were mishandled by Northvale PCN' }] },
    { text: 'Our safeguarding alerts were repeatedly ignored by Harbourside Trust.', problems: [{ match: 'were repeatedly ignored by Harbourside Trust' }] },
    { text: 'The change of address had been forgotten by Sarah Jones in reception.', problems: [{ match: 'been forgotten by Sarah Jones' }] },
    { text: 'The tenant’s complaint was botched by the housing officers.', problems: [{ match: 'was botched by the housing officers' }] },
    { text: 'The deterioration was missed by agency staff on the night shift.', problems: [{ match: 'was missed by agency staff' }] },
    { text: 'The safeguarding referral was overlooked by the ICB for six weeks.', problems: [{ match: 'was overlooked by the ICB' }] },
    // Partner names from settings are organisations in the parse.
    { text: 'The joint care plan was mislaid by Westbrook.', settings: { partners: ['Westbrook'] }, problems: [{ match: 'was mislaid by Westbrook' }] },
    { text: 'The safeguarding alert was ignored by SN over the weekend.', problems: [{ match: 'was ignored by SN' }] },
    { text: 'The carer’s assessment got lost by the out-of-hours provider.', problems: [{ match: 'got lost by the out-of-hours provider' }] },
    {
      text: 'Mrs Khan said the request was ignored by the district nurses.',
      problems: [{ match: 'was ignored by the district nurses', note: /Reported speech/ }],
    },
  ],
});
