// Table tests for no-sarcastic-repetition: scorekeeping about others' failures, and routine repetition.
import rule from '../../lib/rules/blame/no-sarcastic-repetition.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'The surgery again asked for the lists to be sent by email.',
    'For the third time the group discharged its actions without a vote.',
    'The pharmacy again delivered the prescriptions on time.',
    'The school again lost the netball final.',
    'Once again the volunteers missed the bus because the timetable changed.',
    'The pharmacy once again opened on Sunday for flu jabs.',
    'The bus again left at nine.',
    'We once again missed the deadline and have asked for help.',
    'The surgery again sent the invitations by post.',
    'We once again lost the booking and have apologised.',
    'As usual, the minutes will be circulated within a week.',
    'Yet again the volunteers went above and beyond.',
    'As always, thanks to the admin team for arranging the venue.',
    'We were late with the returns yet again and have asked for help with the template.',
    'The group met for the third time to plan the winter campaign.',
    'Frailty is typical of the older population in this ward.',
    'Well done to the booking team for clearing the backlog.',
    'The choir gave yet another wonderful concert.',
    'Yet another grant was won by the food bank this spring, which the trustees celebrated at length, even though the application had a late start.',
  ],
  invalid: [
    { text: 'The discharge team once again sent patients home without medication.', problems: 1 },
    { text: 'For the third time this month, the agency left Mr B without a carer.', problems: 1 },
    { text: 'For the fourth time this year the hospital discharged a patient without a care package.', problems: 1 },
    { text: 'The contractor once again left the ward without hot water.', problems: 1 },
    { text: 'The agency again sent the wrong carer.', problems: 1 },
    { text: 'The pharmacy has again given out the wrong dose.', problems: [{ match: 'again given out the wrong' }] },
    { text: 'The GP surgery lost the results for a second time.', problems: [{ match: 'second time' }] },
    { text: 'The out-of-hours service once again left patients waiting on the phone.', problems: [{ match: 'once again left patients waiting' }] },
    { text: 'The community team again missed the Friday visits.', problems: [{ match: 'again missed' }] },
    { text: 'The surgery again forgot the home visit.', problems: [{ match: 'again forgot' }] },
    { text: 'Once more the council lost the paperwork, said Ms Ahmed.', problems: [{ match: 'Once more the council lost' }] },
    { text: 'The community trust once more cancelled the clinic at short notice.', problems: [{ match: 'once more cancelled' }] },
    {
      text: 'Yet again the housing team missed the deadline for the panel papers.',
      problems: [
        {
          match: 'Yet again',
          suggestions: [
            { title: 'Remove the scorekeeping', output: 'This time the housing team missed the deadline for the panel papers.' },
            { title: /this occasion/ },
          ],
        },
      ],
    },
    { text: 'The lab results arrived late, as usual.', problems: [{ match: 'as usual' }] },
    { text: 'This is the second time the lab has lost samples this month.', problems: [{ match: 'second time' }] },
    { text: 'Typical of the ambulance trust to leave it to the last minute.', problems: [{ match: 'Typical of the ambulance trust to leave' }] },
    { text: 'It’s always the same with the CCG: promises and no delivery.', problems: [{ match: 'It’s always the same with' }] },
    { text: 'The council had, as usual, left everything to the last minute.', problems: [{ match: 'as usual' }] },
    { text: 'Well done to the booking team for losing another referral.', problems: [{ match: 'Well done to the booking team for losing' }] },
    { text: 'The supplier has sent yet another late invoice.', problems: [{ match: 'yet another' }] },
    { text: 'For the umpteenth time, the agency failed to send cover.', problems: [{ match: 'For the umpteenth time' }] },
  ],
});
