// Table tests for no-activity-measure: success judged only by how much activity happened.
import rule from '../../lib/rules/output-only/no-activity-measure.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Our outcome measures are set out in appendix 2.',
    'The only thing members asked about was the 3 vacancies in the team.',
    // Issue 2 hard negatives.
    'We will judge the campaign by whether more people came forward for screening.',
    'The number of posters put up was 340.',
    'The project will be evaluated by how many families say they feel more confident.',
    'The team will be judged on how many residents say the advice helped.',
    'Staff are measured on how well they listen, not on how many calls they take.',
    'The project was judged by the panel to be the best in the region.',
    'The contract previously measured hours of care delivered; it now measures whether people regain independence.',
    'Appointment numbers were discussed alongside what patients told Healthwatch.',
    'Projects will be judged on how well they involve residents in design.',
    'Success will mean families telling us the service made a difference.',
    'The group agreed to track the number of referrals alongside people’s own rating of their wellbeing.',
    'KPI: proportion of tenants who say their repair was fixed right first time.',
    'Members asked whether the number of calls answered was the right measure of success.',
    'Our KPI dashboard now shows patient-reported outcomes next to waiting times.',
    'Appointments per 1,000 population were presented at the meeting.',
    'The commissioner said the contract would no longer be measured on contacts made.',
  ],
  invalid: [
    { text: 'We will measure the pantry by how many food bags go out each week.', problems: [{ match: 'how many food bags go out' }] },
    { text: 'The new service will be commissioned on the basis of contacts per head of population.', problems: [{ match: 'contacts per head' }] },
    { text: 'The screening hub will be monitored on samples processed per week.', problems: [{ match: 'samples processed per week' }] },
    { text: 'The community café grant will be judged on footfall.', problems: [{ match: 'footfall' }] },
    { text: 'The trust’s key measure will be the volume of calls to the advice line.', problems: [{ match: 'the volume of calls' }] },
    { text: 'Physio KPI remains patients treated per clinician per day.', problems: [{ match: 'patients treated per clinician per day' }] },
    { text: 'Practices will be performance-managed on appointment numbers.', problems: [{ match: 'appointment numbers' }] },
    {
      text: 'The carers’ centre will be judged on the number of newsletters sent out.',
      problems: [{ match: 'the number of newsletters sent out', suggestions: [{ title: /better off/ }] }],
    },
    { text: 'KPI: number of benefit claims processed per adviser per week.', problems: [{ match: 'number of benefit claims processed' }] },
    { text: 'The contract will be paid on the number of visits completed.', problems: [{ match: 'the number of visits completed' }] },
    { text: 'Performance measure for the helpline remains calls answered per hour.', problems: [{ match: 'calls answered per hour' }] },
    { text: 'The council will measure the scheme on how many grab rails are fitted.', problems: [{ match: 'how many grab rails are fitted' }] },
    { text: 'Our measure of success is the number of people seen by the team each month.', problems: [{ match: 'the number of people seen' }] },
    { text: 'The youth project will be judged on 250 sessions delivered.', problems: [{ match: '250 sessions delivered' }] },
    // Issue 2: judging a campaign, project or team by a count.
    { text: 'The campaign will be judged by the number of posters put up across the borough.', problems: [{ match: 'the number of posters put up' }] },
    { text: 'Trustees agreed to evaluate the youth programme by the number of events run.', problems: [{ match: 'the number of events run' }] },
    { text: 'The comms team rates the campaign by hits on the landing page.', problems: [{ match: 'hits' }] },
    { text: 'The council assesses the library service by the number of attendances at its events.', problems: [{ match: 'the number of attendances' }] },
    { text: 'Our team is judged on how many tickets we close each sprint.', problems: [{ match: 'how many tickets we close' }] },
    { text: 'We are rating the roadshow on how many leaflets we hand out.', problems: [{ match: 'how many leaflets we hand out' }] },
    { text: 'We measure the health promotion team by the number of stalls they run.', problems: [{ match: 'the number of stalls' }] },
    { text: 'Library KPI: number of items borrowed per member per year.', problems: [{ match: 'number of items borrowed' }] },
    { text: 'Outcome measure for the programme: number of training sessions delivered.', problems: [{ match: 'number of training sessions delivered' }] },
    { text: 'The only number the board cares about is how many ambulances are handed over within 30 minutes.', problems: [{ match: 'how many ambulances are handed over' }] },
    { text: 'The charity will assess the campaign on the number of volunteers signed up.', problems: [{ match: 'the number of volunteers signed up' }] },
    { text: 'Performance will be judged by footfall through the doors.', problems: [{ match: 'footfall' }] },
  ],
});
