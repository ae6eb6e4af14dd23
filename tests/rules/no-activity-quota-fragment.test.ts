// Table tests for no-activity-quota-fragment: bare quotas of activity in lists and action tables.
import rule from '../../lib/rules/output-only/no-activity-quota-fragment.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    '- 600 extra appointments by March, up from 450 last year',
    'Chair yoga: 2 sessions a week at the leisure centre',
    '- Three drop-in sessions a week in the library',
    'Two extra sessions a week were added after families asked for evening slots.',
    '- 28 referrals a day on average in August',
    '- 900 calls a month, up from 700 in the spring',
    'Beds: 38 escalation beds remain open at the community hospital.',
    '- 12 home visits a week for people at highest risk, so that fewer of them are admitted',
    '| Referrals a day | 31 |',
  ],
  invalid: [
    { text: '- 30 discharges before 11am every day on the surgical wards', problems: [{ match: '30 discharges before 11am', suggestions: [{ title: /so that/ }] }] },
    { text: 'Dental: 400 check-up appointments per practice per month until March.', problems: [{ match: '400 check-up appointments per practice per month' }] },
    { text: '| 10/25-3 | 60 welfare calls a week | RT | Nov |', problems: [{ match: '60 welfare calls a week' }] },
    { text: '• 1,500 leaflets distributed weekly across the estate', problems: [{ match: '1,500 leaflets distributed weekly' }] },
    { text: 'Pressure from the centre: 600 more outpatient appointments by March.', problems: [{ match: '600 more outpatient appointments by March' }] },
  ],
});
