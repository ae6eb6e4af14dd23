// Table tests for no-culprit-hunt: looking for someone to blame, and sentences that steer away from it.
import rule from '../../lib/rules/blame/no-culprit-hunt.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Rather than ask who was at fault, the group mapped what got in the way.',
    'No one is to blame for the flooding; it was a burst pipe.',
    'The chair said it was nobody’s fault that the venue double-booked.',
    'Who is responsible for booking the room next month?',
    'The ICB is responsible for commissioning the service.',
    'The incident was reviewed without blame and the learning shared.',
    'ACTION: JR to find out who would be best placed to lead the work.',
    'The fault on the boiler has been repaired.',
    'The outage was a system failure, and the supplier has fixed it.',
    'The delay was down to a supply shortage.',
    'Her kidney failure was managed well by the renal team.',
    'The daughter said she did not want anyone punished.',
    'The problem is the referral form, which asks for too much.',
    'The primary culprit was a runaway process, which was stopped.',
    'The problem is that the data arrives too late to act on.',
    'The chair said the outage was down to a failed power supply.',
  ],
  invalid: [
    {
      text: 'The chair wanted to know whose fault the missed scan was.',
      problems: [{ match: 'whose fault', suggestions: [{ title: /not who is to blame/ }] }],
    },
    { text: 'The board asked who was to blame for the data breach.', problems: [{ match: 'who was to blame' }] },
    { text: 'The late invoices were the fault of the finance officer.', problems: [{ match: 'the fault of' }] },
    { text: 'The delay is entirely the contractor’s fault.', problems: [{ match: 'contractor’s fault' }] },
    { text: 'ACTION: BK to identify who was responsible for the lost post.', problems: [{ match: 'identify who was responsible' }] },
    { text: 'The failed bid was laid at the feet of the bid writer.', problems: [{ match: 'laid at the feet of' }] },
    { text: 'The missed visit was a failure on the part of the district nurse.', problems: [{ match: 'failure on the part of' }] },
    { text: 'Blame for the overspend was placed on the finance director.', problems: [{ match: 'Blame for the overspend was placed on' }] },
    { text: 'Who signed this off without checking?', problems: [{ match: 'Who signed this off without checking' }] },
    { text: 'Somebody needs to own that mess.', problems: [{ match: 'Somebody needs to own that' }] },
    { text: 'This was a community trust failure, not a practice one.', problems: [{ match: 'a community trust failure' }] },
    { text: 'The overspend is entirely down to the finance team.', problems: [{ match: 'overspend is entirely down to the finance team' }] },
    { text: 'Someone needs to be held accountable.', problems: [{ match: 'Someone needs to be held accountable' }] },
    { text: 'The problem is the consultants, who will not change.', problems: [{ match: 'The problem is the consultants' }] },
    { text: 'The board spent an hour trying to find the culprit.', problems: [{ match: 'find the culprit' }] },
    { text: 'Dr Hughes admitted the summary was wrong, but blamed the junior doctors.', problems: [{ match: 'blamed the junior' }] },
    { text: 'The chair said the outage was all down to the network team.', problems: [{ match: 'outage was all down to the network team' }] },
    { text: 'Delays were blamed squarely on the lounge staff.', problems: [{ match: 'blamed squarely on' }] },
    { text: 'The problem, as ever, is the council’s legal team.', problems: [{ match: 'The problem, as ever, is the council’s legal team' }] },
    { text: 'The social worker was at fault for not visiting.', problems: [{ match: 'at fault' }] },
  ],
});
