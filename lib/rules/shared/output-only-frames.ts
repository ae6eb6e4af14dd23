// Output-only frames over word classes (lib/rules/lexicon): targets that never say "target".
import { FrameSet } from './frames.ts';

/** A forecast, a capacity or a request is not a target set on a team. */
const FORECAST = /\b(?:able to|capacity|could|forecast\w*|projected|predicted|expect(?:s|ed)? to see|likely|demand|ask from|asked for|requested)\b/;

/** N units of activity in a period or by a date, set as a plan or a commitment (no-activity-count-target). */
export const COUNT_FRAMES = new FrameSet([
  {
    unless: FORECAST,
    frame: `{commitment-cues} _{0,6} [{count:number} _{0,2} {activity:activity-nouns} (in|per|each|every|by|before|within|over|during|this|next|a|an) _{0,3} {period:period-words}]`,
    invalid: [
      'The plan is 1,200 falls assessments in the quarter.',
      'The hub must give 500 flu doses by the end of November.',
      'Our ambition is 40 home visits a week across the estate.',
    ],
    valid: [
      'We saw 300 patients in the week before Christmas, and waits fell.',
      'The plan helped 40 families stay in their homes this year.',
      'The 12 assessments done in March found three people at risk of falls.',
      'We expect to see 200 more referrals a month as the service becomes better known.',
      'The new scanner will be able to do 30 scans a day once staffed.',
    ],
  },
  {
    unless: FORECAST,
    frame: `to {delivery-verbs} (all)? [{count:number} _{0,2} {activity:activity-nouns} (in|per|each|every|by|before|within|over|during|this|next|a|an) _{0,3} {period:period-words}]`,
    invalid: [
      'The wheelchair service to process all 640 outstanding assessments by the autumn.',
      'The pharmacy team to deliver 2,000 boosters by Christmas.',       'Each practice has been asked to complete 60 medication reviews a month.',
    ],
    valid: ['Access rose to 300 appointments a week after the new phones went in.'],
  },
]);

/** A bare number after a target label, or a floor on a count of cases (no-activity-count-target). */
export const TARGET_LABEL_FRAMES = new FrameSet([
  {
    // A percentage or a fall ("10 fewer falls") is more often an outcome than a count of work.
    unless: /%|per ?cent|\b(?:fewer|less|lower|reduc\w*|outcomes?|improv\w*|satisf\w*|people who|residents who|patients who)\b/,
    frame: `[(sprint|weekly|monthly|annual|quarterly|activity|volume|delivery|performance) (target|objective|kpi|quota|goal) (:|is|=) _{0,2} {count:number}]`,
    invalid: ['Sprint target: 55 story points, same as last sprint.', 'Sprint target: merge 30 PRs.', 'Activity target is 1,200 contacts.'],
    valid: ['Performance target: 90% of people report they feel listened to.', 'Annual target: 40 fewer falls admissions among care home residents.'],
  },
  {
    unless: FORECAST,
    frame: `(should|must|will|to|agreed|expected) _{0,6} [(at least|a minimum of|no fewer than|minimum of) {count:number} _{0,2} {activity:activity-nouns} (per|a|each|every) _{0,2}]`,
    invalid: ['It was agreed the MDT should review at least 25 cases per meeting.'],
    valid: ['The MDT will spend at least 20 minutes per case so families can speak.'],
  },
]);

/** A busy-ness rate held at or above a level (no-throughput-rate-target). */
export const RATE_FLOOR_FRAMES = new FrameSet([
  {
    frame: `[{rate:rate-nouns} _{0,4} {rate-verbs} _{0,2} {floor-cues} {level:percent}]`,
    invalid: [
      'Clinic utilisation is to be kept at or above 95%.',
      'Bed occupancy must remain no lower than 92 per cent through the winter.',
      'The expectation is that slot utilisation will be at least 90%.',
    ],
    valid: [
      'Bed occupancy was above 98% all winter, which left no room for surges.',
      'Bed occupancy was held at 97% or above for most of January, which left no room for surges.',
      'Utilisation of the minibus is low; residents asked for an evening route.',
    ],
  },
  {
    // Pushing a busy-ness rate up to a level, as an instruction; a rate brought down, or one that rose, is not a target.
    unless: /\b(?:down|reduc\w*|lower\w*|cut|cap|capped|able to|could|forecast\w*|projected|likely)\b/,
    frame: `[(get|push|drive|increase|raise|lift|boost|bring|ramp up) {rate:rate-nouns} _{0,5} (up to|to) {level:percent}]`,
    invalid: ['Push clinic utilisation up to 98% by the spring.', 'Leads were asked to increase bed occupancy to 95 per cent.', 'Get utilisation of the new scanner up to 90%.'],
    valid: [
      'Bed occupancy rose to 98% in January, which left no room for surges.',
      'We will bring bed occupancy down to 85% so there is room in a surge.',
      'Increase vaccine uptake to 80% among unpaid carers.',
    ],
  },
  {
    frame: `[{rate:rate-nouns} _{0,4} (to be|must|should|will|needs to|need to) _{0,2} {rate-verbs} (at)? {level:percent} (or above|or more|or higher|or over|minimum|as a minimum)]`,
    invalid: ['Physio utilisation to be held at 92% or above in every clinic.'],
    valid: ['Physio utilisation was 92% or above in every clinic last year.'],
  },
]);

/** The headline figure is a count of activity (no-activity-measure). */
export const HEADLINE_FRAMES = new FrameSet([
  {
    frame: `[(measure|indicator|metric) of success (will be|is|:|=) (the)? (number of)? _{0,2} {activity:activity-nouns}]`,
    invalid: ['The virtual ward’s measure of success will be beds occupied each day.'],
    valid: ['The measure of success is whether people stay well at home.'],
  },
  {
    frame: `[(agreed|key|main|single|one) (measure|metric|indicator|kpi) for _{1,5} : (the)? (number of)? _{0,2} {activity:activity-nouns}]`,
    invalid: ['Agreed measure for the ASC front door: assessments completed per worker per week.'],
    valid: ['Agreed measure for the front door: people who get help at first contact and do not come back.'],
  },
  {
    frame: `[{headline-words} {measure-nouns} _{0,3} (will be|is|should be|becomes|:|=|being) (the)? {count-nouns} of _{0,3} {activity:activity-nouns}]`,
    invalid: [
      'The headline figure will be the number of health checks completed.',
      'Our key metric is the total of home visits made each month.',
    ],
    valid: ['The headline figure is the number of people who say they feel less isolated.'],
  },
  {
    frame: `[{headline-words} {measure-nouns} _{0,3} (will be|is|should be|becomes|:|=) _{0,2} {count:number} !(fewer|less|more) _{0,2} {activity:activity-nouns}]`,
    invalid: ['The headline figure will be 4,000 contacts by March.'],
    valid: ['The headline figure is 40 fewer emergency admissions among frail residents.'],
  },
]);

/** A share of cases inside a time limit, set as the aim with no outcome named (no-throughput-rate-target). */
export const TIME_SHARE_FRAMES = new FrameSet([
  {
    unless: FORECAST,
    frame: `(to|must|target|objective|kpi|commitment|aim) _{0,4} [{level:percent} of _{0,4} (within|inside|under|in under) {number} (minutes|minute|hours|hour|days|day|weeks|working days)]`,
    invalid: ['ACTION: on-call rota to acknowledge 100% of P2 alerts inside 10 minutes.'],
    valid: ['Last quarter 95% of urgent referrals were seen within 2 weeks, and no one waited longer than a month.'],
  },
  {
    unless: FORECAST,
    frame: `(to|must|target|objective|kpi|commitment|aim) _{0,6} [(under|within|inside) {number} (minutes|minute|hours|hour|days|day) for {level:percent} of]`,
    invalid: ['SRE team to get pager acknowledgements under 5 minutes for 99% of alerts.'],
    valid: ['Calls were answered within 2 minutes for 80% of callers last month.'],
  },
]);
