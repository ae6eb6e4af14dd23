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
  ],
});
