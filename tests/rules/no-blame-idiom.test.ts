// Table tests for no-blame-idiom: idioms that pin a failure on someone, and owned or literal uses.
import rule from '../../lib/rules/blame/no-blame-idiom.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    // Software named like a person stays a thing.
    'Lorenzo was nowhere to be seen during the outage, so staff used paper forms.',
    'The ball was passed to the ICB for a decision.',
    'We will not let the momentum drop.',
    'We dropped the ball on the rota and have added a reminder.',
    'I let the family down and have apologised to them.',
    'The price was allowed to come down after the tender.',
    'Volunteers were let down gently when the event was cancelled.',
    'The committee sat on the panel for two years.',
    'The group will watch the figures closely over winter.',
    'Staff have a lot to do this month, so the training moves to May.',
    'We cut corners on the consultation and will run it again properly.',
    'The team need to get a grip on the new software, so training is booked.',
    'Instead of asking who dropped the ball, members mapped the referral route together.',
    'The new rota would let staff down-shift to part-time more easily.',
    'Nobody let anyone down; the snow closed the roads.',
    'Residents said they were let down when the bus route was cut, and the council will review it.',
    'Dr Lee sits on the regional board for two more years.',
  ],
  invalid: [
    // A sentence-initial name the parser knows as a person is a subject that can be blamed.
    { text: 'Jordan was nowhere to be seen during the handover.', problems: [{ match: 'was nowhere to be seen' }] },
    {
      text: 'The council dropped the ball on referrals.',
      problems: [{ match: 'dropped the ball', suggestions: [{ title: /without naming a culprit/ }] }],
    },
    { text: 'The council dropped the\nball on referrals.', problems: [{ match: 'dropped the\nball' }] },
    { text: 'The council dropped the\u00a0ball on referrals.', problems: [{ match: 'dropped the\u00a0ball' }] },
    { text: 'The ball was dropped by the community team over Easter.', problems: [{ match: 'The ball was dropped' }] },
    { text: 'Once again the supplier let us down.', problems: [{ match: 'let us down' }] },
    { text: 'The school let the pupils down by cancelling the trip.', problems: [{ match: 'let the pupils down' }] },
    { text: 'Families were badly let down by the transport provider.', problems: [{ match: 'were badly let down by' }] },
    {
      text: 'She said they threw us under the bus.',
      problems: [{ match: 'threw us under the bus', message: /Reported speech/ }],
    },
    { text: 'The board felt that naming and shaming would work.', problems: [{ match: 'naming and shaming' }] },
    { text: 'The estates team have been dragging their heels on repairs.', problems: [{ match: 'dragging their heels' }] },
    { text: 'The ICB is asleep at the wheel on workforce planning.', problems: [{ match: 'asleep at the wheel' }] },
    { text: 'Finance sat on the invoices for a month.', problems: [{ match: 'sat on the invoices for a' }] },
    { text: 'That is the second breach on their watch.', problems: [{ match: 'on their watch' }] },
    { text: 'The CCG made a complete mess of the contract variation.', problems: [{ match: 'made a complete mess of' }] },
    { text: 'The night team left the ward in a shambles.', problems: [{ match: 'left the ward in a shambles' }] },
    { text: 'The commissioners have a lot to answer for.', problems: [{ match: 'have a lot to answer for' }] },
    { text: 'The provider has been sitting on its hands since March.', problems: [{ match: 'sitting on its hands' }] },
    { text: 'The contractor cut corners on the fire doors.', problems: [{ match: 'cut corners' }] },
    { text: 'The safeguarding lead was missing in action during the inspection.', problems: [{ match: 'was missing in action' }] },
    { text: 'BA said Quayside would not apologise and that South had been slow off the mark.', problems: [{ match: 'slow off the mark' }] },
    { text: 'The fundraising team let the whole charity down.', problems: [{ match: 'let the whole charity down' }] },
    { text: 'Retro: the release slipped because design kept moving the goalposts.', problems: [{ match: 'moving the goalposts' }] },
    { text: 'Some partners are not pulling their weight on the rota.', problems: [{ match: 'not pulling their weight' }] },
  ],
});
