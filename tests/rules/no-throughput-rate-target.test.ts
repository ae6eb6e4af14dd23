// Table tests for no-throughput-rate-target: shares of work processed in time set as the target.
import rule from '../../lib/rules/output-only/no-throughput-rate-target.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    // Issue 2 hard negatives: standards reported, questioned or tied to an outcome.
    'We met the 62-day standard in March for the first time in a year.',
    'Performance against the 28-day faster diagnosis standard was 74% in March.',
    'Members asked whether the 4-hour target reflects what patients value.',
    'Hitting the 28-day standard would mean people hear sooner if they have cancer and can start treatment.',
    'The 18-week standard was missed again in May.',
    'The 4-hour standard was introduced in 2004.',
    'Members asked why only 60% of calls were answered on the same day, and what callers experienced.',
    'Target: fewer than 5% of patients readmitted within 30 days of discharge.',
    'The trust’s performance against the 4-hour standard improved to 76% in February.',
    '91% of calls were answered within 60 seconds in May.',
    'Only 70% of urgent referrals seen within two weeks in March, down from 78%.',
    'The hub answered 91% of calls within 60 seconds in October.',
    'The trust met the 4-hour standard in only 2 of the last 12 months.',
    'The 4-hour performance was 72%, and members asked what it meant for people waiting on trolleys.',
    'Aim: 90% of people leaving the reablement service still living at home after 91 days.',
    'Target: 80% of people who fall at home reached within an hour, so that fewer lie on the floor overnight.',
    'Staff survey response rate target: 60%.',
    'The tech team committed to 99.9% uptime for the booking system.',
  ],
  invalid: [
    { text: 'The service is committed to 90% of urgent call-outs within two hours.', problems: [{ match: '90% of urgent call-outs within two hours' }] },
    { text: 'The advice line should answer at least 90% of calls on the same day.', problems: [{ match: 'answer at least 90% of calls on the same day' }] },
    { text: 'The aim is to meet the 18-week referral-to-treatment standard every month.', problems: [{ match: 'meet the 18-week referral-to-treatment standard' }] },
    { text: 'We want 95% of referrals seen within two weeks.', problems: [{ match: '95% of referrals seen' }] },
    { text: 'The board asked the ambulance service to maintain 90% of handovers completed within 30 minutes.', problems: [{ match: '90% of handovers completed' }] },
    { text: 'Health visitors to complete all new birth visits within 14 days.', problems: [{ match: 'complete all new birth visits within 14 days' }] },
    { text: 'Ambition: 95% of 111 calls triaged within 20 minutes.', problems: [{ match: '95% of 111 calls triaged', suggestions: [{ title: /so that/ }] }] },
    { text: 'Target agreed: 90% of complaints closed within 20 working days.', problems: [{ match: '90% of complaints closed' }] },
    { text: 'The ICB wants practices to hit the two-week wait standard every month.', problems: [{ match: 'hit the two-week wait standard' }] },
    { text: '- Two-week target: 93% by June.', problems: [{ match: 'Two-week target: 93%' }] },
    { text: 'We committed to answering 80% of emails within one working day.', problems: [{ match: 'answering 80% of emails within one working day' }] },
    { text: 'The aspiration is to process every referral within 48 hours.', problems: [{ match: 'process every referral within 48 hours' }] },
    { text: 'Agreed KPI: all new tenants to have a welcome visit logged by week two.', problems: 0 },
    { text: 'Agreed KPI: 100% of new tenants to have a welcome visit logged by week two.', problems: [{ match: '100% of new tenants to have a welcome visit logged' }] },
    // Issue 2: named access standards as the thing to hit, often with emphasis.
    { text: 'We must hit the 62-day target whatever it takes.', problems: [{ match: 'hit the 62-day target' }] },
    { text: 'Our priority is to achieve the 28-day faster diagnosis standard this quarter.', problems: [{ match: 'achieve the 28-day faster diagnosis standard' }] },
    { text: 'The ambulance service must deliver the category 2 target this winter.', problems: [{ match: 'deliver the category 2 target' }] },
    { text: 'The aim is to hit the two-week-wait target in every tumour site.', problems: [{ match: 'hit the two-week-wait target' }] },
    { text: 'Meeting the category 2 response standard is the only thing that matters this winter.', problems: [{ match: 'Meeting the category 2 response standard' }] },
    { text: 'The priority is the 18 week RTT target, whatever it costs.', problems: [{ match: '18 week RTT target' }] },
    { text: 'Recovering the 62-day standard is non-negotiable.', problems: [{ match: 'Recovering the 62-day standard' }] },
    { text: 'The department has to hit the 95% four-hour standard by March.', problems: [{ match: 'hit the 95% four-hour standard' }] },
  ],
});
