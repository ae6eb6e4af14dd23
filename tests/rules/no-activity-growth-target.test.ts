// Table tests for no-activity-growth-target: more activity set as the aim, without saying what it changes for people.
import rule from '../../lib/rules/output-only/no-activity-growth-target.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Aim: increase bookings by 20% among people who have never used the service before, to widen access.',
    'There was a 10% rise in calls to the crisis line after the news story.',
    'The clinic saw a 20% increase in diagnoses after the outreach sessions in mosques and temples.',
    'Referrals rose by 12% over the summer; the team wants to understand why.',
    'Gym bookings increased by a quarter last year.',
    'Increase uptake of bowel screening to 70% in the most deprived wards.',
    'Agreed to double-check the figures with finance before the next board.',
    'The plan is to increase outreach sessions by 10% so that more isolated older people are connected to support.',
    'Target: increase the share of people dying in their preferred place from 55% to 65%.',
    'The goal is to halve the number of people sleeping rough in the borough by 2027.',
    // Issue 2 hard negatives: levels reported or forecast, and levels tied to people.
    'Theatre utilisation rose to 91% in October after the new lists started.',
    'Bed occupancy was up to 97% last week across the acute wards.',
    'Endoscopy throughput is forecast to rise by a fifth once the new room opens.',
    'ACTION: FN to get occupancy down to 92% so that patients are not cared for in corridors.',
    'Questions to be raised at the next meeting should go to the chair a week before.',
    'The outreach van aims to reach 500 more older people in rural villages by winter.',
  ],
  invalid: [
    { text: 'The PCN has been asked to deliver a 15% increase in appointments.', problems: [{ match: 'a 15% increase in appointments' }] },
    {
      text: 'The service aims to increase face-to-face appointments by 25% by the end of the year.',
      problems: [{ match: 'increase face-to-face appointments by 25%', suggestions: [{ title: /so that/ }] }],
    },
    { text: 'Pharmacies asked to triple the number of blood pressure checks carried out this winter.', problems: [{ match: 'triple the number of blood pressure checks carried out' }] },
    { text: 'ACTION: JP to get home visits up to 30 a week.', problems: [{ match: 'home visits up to 30 a week' }] },
    { text: 'The museum wants to grow school visits by a third.', problems: [{ match: 'grow school visits by a third' }] },
    { text: '| 09/25-2 | Outpatient activity +6% | GT | Apr |', problems: [{ match: 'activity +6%' }] },
    // Issue 2 (recall): a level of use or throughput set as the aim.
    { text: 'ACTION: DM to get day-case theatre utilisation back up to 88%.', problems: [{ match: 'get day-case theatre utilisation back up to 88%' }] },
    { text: 'Estates to push clinic room occupancy to 95% across the three sites.', problems: [{ match: 'push clinic room occupancy to 95%' }] },
    { text: 'The programme board wants endoscopy throughput up 15% by March.', problems: [{ match: 'endoscopy throughput up 15%' }] },
    { text: 'Annual review completion for the LD register to reach 80% by March.', problems: [{ match: 'Annual review completion for the LD register to reach 80%' }] },
    { text: 'Community beds: occupancy target raised from 85% to 95%.', problems: [{ match: 'occupancy target raised from 85% to 95%' }] },
    { text: 'Swimming lesson bookings to be increased by a fifth by September.', problems: [{ match: 'Swimming lesson bookings to be increased by a fifth' }] },
    { text: 'Trustees expect a 25% uplift in advice sessions held next year.', problems: [{ match: 'a 25% uplift in advice sessions held' }] },
    { text: 'Stop smoking service: double the number of quit dates set by December.', problems: [{ match: 'double the number of quit dates set' }] },
  ],
});
