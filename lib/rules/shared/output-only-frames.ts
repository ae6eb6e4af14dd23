// Output-only frames over word classes (lib/rules/lexicon): targets that never say "target".
import { FrameSet } from './frames.ts';

/** A forecast, a capacity or a request is not a target set on a team. */
const FORECAST = /\b(?:able to|capacity|could|forecast\w*|projected|predicted|expect(?:s|ed)? to see|likely|demand|ask from|asked for|requested)\b/;
/** A count or target said to be in the past, or met, missed or reported: a result, not a target set. */
const REPORTED = new RegExp(
  String.raw`\b(?:(?:was|were|had been|has been|have been)(?! (?:to|agreed|confirmed|decided|asked|told|instructed|noted|requested|proposed|resolved|set)\b)(?![,;])|` +
    String.raw`exceeded|missed|rose|fell|up from|down from|so far|to date|last (?:year|quarter|month|week)|` +
    String.raw`managed to|succeeded in|showed|shows|reported|recorded|found)\b`,
);
/** Labels of figures reported, not set ("Figures: 112 care packages started by the end of October"). */
export const REPORT_LABEL = new RegExp(
  String.raw`^\W*(?:figures|data|activity|update|performance|progress|results?|outturn|position|latest|actuals?)` +
    String.raw`(?: (?!(?:targets?|goals?|aims?|kpis?|ambitions?|trajector(?:y|ies)|standards?)\b)\w+)?\s*:`,
);
/** "There will be 12 sessions in the autumn" announces; "the plan allows for 2,000 doses" sizes capacity. */
const ANNOUNCED = /\bthere (?:will|would|is|are|was|were|'ll)\b|\ballows? for\b|\ballowing for\b/;
const NOT_SET = new RegExp(`${FORECAST.source}|${REPORTED.source}|${REPORT_LABEL.source}|${ANNOUNCED.source}`);
/** A fragment with a present-tense verb describes what happens ("two checks a day are carried out"). */
const FRAGMENT_NOT_SET = new RegExp(`${NOT_SET.source}|\\b(?:is|are|currently|usually|typically|normally|on average)\\b`);

/** N units of activity in a period or by a date, set as a plan or a commitment (no-activity-count-target). */
export const COUNT_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
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
    unless: NOT_SET,
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
    unless: REPORTED,
    frame: `[{rate:rate-nouns} _{0,6} {rate-verbs} _{0,2} {floor-cues} {level:percent}]`,
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
    frame: `[{rate:rate-nouns} _{0,6} (to be|must|should|will|would|needs to|need to) _{0,2} {rate-verbs} (at)? {level:percent} (or above|or more|or higher|or over|minimum|as a minimum)]`,
    invalid: ['Physio utilisation to be held at 92% or above in every clinic.'],
    valid: ['Physio utilisation was 92% or above in every clinic last year.'],
  },
]);

/** The headline figure is a count of activity (no-activity-measure). */
export const HEADLINE_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
    frame: `[(measure|indicator|metric) of success (will be|would be|is|:|=) (the)? (number of)? _{0,2} {activity:activity-nouns}]`,
    invalid: ['The virtual ward’s measure of success will be beds occupied each day.'],
    valid: ['The measure of success is whether people stay well at home.'],
  },
  {
    unless: NOT_SET,
    frame: `[(agreed|key|main|single|one) (measure|metric|indicator|kpi) for _{1,5} : (the)? (number of)? _{0,2} {activity:activity-nouns}]`,
    invalid: ['Agreed measure for the ASC front door: assessments completed per worker per week.'],
    valid: ['Agreed measure for the front door: people who get help at first contact and do not come back.'],
  },
  {
    unless: NOT_SET,
    frame: `[{headline-words} {measure-nouns} _{0,3} (will be|would be|is|should be|becomes|:|=|being) (the)? {count-nouns} of _{0,3} {activity:activity-nouns}]`,
    invalid: [
      'The headline figure will be the number of health checks completed.',
      'Our key metric is the total of home visits made each month.',
    ],
    valid: ['The headline figure is the number of people who say they feel less isolated.'],
  },
  {
    unless: NOT_SET,
    frame: `[{headline-words} {measure-nouns} _{0,3} (will be|would be|is|should be|becomes|:|=) _{0,2} {count:number} !(fewer|less|more) _{0,2} {activity:activity-nouns}]`,
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

// ---- Targets that never say "target": plans, trajectories, asks and yardsticks set as counts or rates of work. ----

/** A period or deadline after a count of work: "a week", "per worker per month", "by the end of March", "this quarter". */
const PERIOD = `(in|per|each|every|by|before|within|over|during|this|next|a|an|from) _{0,3} {period:period-words}`;
/** The same without "in": a fragment that says "in October" reports a month's figure; "by October" sets one. */
const DEADLINE = `(per|each|every|by|before|within|this|next|a|an) _{0,3} {period:period-words}`;
const SMALL = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'a', 'an']);
/** A target word that makes even a small count a target ("the standard is two home visits per resident per year"). */
const TARGET_WORD = /\b(?:targets?|goals?|aims?|ambitions?|trajector(?:y|ies)|kpis?|standards?|commitments?|quotas?|minimum|at least|no fewer than)\b/;

/**
 * A frame's count is a target only when it is big enough to be a quota, or a target word says so: "will offer two
 * training sessions in January" is a plan of work, not a quota. Used by the rules on the frames' hits.
 */
export function bigEnough(count: string | undefined, lower: string): boolean {
  if (!count || TARGET_WORD.test(lower)) return true;
  const first = count.toLowerCase().split(/\s+/)[0];
  if (SMALL.has(first)) return false;
  const n = Number(first.replace(/,/g, ''));
  return Number.isNaN(n) || n >= 10;
}

/** Verbs of seeing people through a service. */
const SEE = `(see|sees|seeing|treat|treats|treating|assess|assesses|discharge|discharges)`;

/** A plan, trajectory, ask or commitment whose content is a count of activity (no-activity-count-target). */
export const PLAN_COUNT_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|are|will be|of|:|=|—|–|-|remains|stays|for) (set at|to be|for)? [{count:number} _{0,2} {activity:activity-nouns}]`,
    invalid: [
      'The plan for Q2 is 1,200 falls risk assessments across the four PCNs.',
      'Annual ambition for the carers centre — 600 carers’ assessments.',
      'Our commitment is 4,000 additional dental appointments next year.',
      'The standard is two home visits per resident per year.',
    ],
    valid: [
      'The target was 300 home visits, and the team made 280.',
      'The plan helped 40 carers stay in work.',
      'The plan is for 40 families to move into the new flats.',
      'We expect the plan to bring 300 referrals a month.',
    ],
  },
  {
    unless: NOT_SET,
    frame: `[{count:number} _{0,3} {activity-participles} _{0,4}] (is|as|will be|remains|becomes) (the|our|its|their) _{0,2} {target-nouns}`,
    invalid: ['Health checks: 900 completed by March is the ambition.', 'Care packages: 70 started per week remains our trajectory.'],
    valid: ['Health checks: 900 were completed by March, which was the ambition.', 'Referrals: 70 received last week is the highest so far.'],
  },
  {
    unless: NOT_SET,
    frame: `[{count:number} _{0,2} {activity:activity-nouns} ${PERIOD}] (is|as|will be|remains|becomes) (the|our|its|their) _{0,2} {target-nouns}`,
    invalid: ['1,200 annual health checks a year is the ambition for the PCN.', 'Forty home visits a week remains the standard for each team.'],
    valid: ['1,200 annual health checks a year was the ambition, and we reached it.'],
  },
  {
    unless: NOT_SET,
    frame: `(to have|to get|want|wants|wanted|need|needs|asked for|asking for) [{count:number} _{0,2} {activity:activity-nouns} (to be)? {activity-participles} ${PERIOD}]`,
    invalid: [
      'Our plan is to have 900 carers’ assessments completed in the quarter.',
      'Commissioners want 2,500 home care packages started by year end.',
      'The board wants 300 more reviews done before Christmas.',
    ],
    valid: ['We were glad to have 900 carers’ assessments completed in the quarter.', 'We want 30 people helped back into work by Easter.'],
  },
  {
    unless: NOT_SET,
    frame: `[{count:number} _{0,2} {activity:activity-nouns} (to be|must be|should be|are to be|need to be|needs to be|will be|would be) {activity-participles} ${PERIOD}]`,
    invalid: [
      'Bowel screening: 4,000 invitations to be issued in the autumn.',
      '1,500 carers’ assessments must be completed by the end of March.',
      'It was agreed that 4,500 flu doses would be given by 30 November.',
    ],
    valid: [
      'Bowel screening: 4,000 invitations were issued in the autumn.',
      'Three assessments are to be reviewed at the next panel.',
      'It is forecast that 300 referrals will be received a month.',
    ],
  },
  {
    unless: FRAGMENT_NOT_SET,
    frame: `^ _{1,5} : [{count:number} _{0,2} {activity:activity-nouns} {activity-participles}? ${DEADLINE}]`,
    invalid: ['COVID boosters: 5,000 doses by 31 March across the PCN.', 'Smoking cessation: 600 quit attempts set per year across the three PCNs.'],
    valid: ['Figures: 112 care packages started by the end of October.', 'Activity: 5,000 doses a week were given in December.'],
  },
  {
    unless: FRAGMENT_NOT_SET,
    frame: `^ [{count:number} _{0,2} {activity:activity-nouns} {activity-participles}? ${DEADLINE}]`,
    invalid: ['5,000 COVID boosters by 31 March across the PCN.', '- 600 annual reviews before year end'],
    valid: ['5,000 COVID boosters were given by 31 March across the PCN.', '112 care packages started in October.'],
  },
  {
    unless: NOT_SET,
    frame: `{commitment-cues} _{0,6} [${SEE} {count:number} _{0,2} {people-served} ${PERIOD}]`,
    invalid: ['The expectation is that each link worker sees 10 new people a week.', 'Each ward must discharge 12 patients before 11am every day.'],
    valid: ['Last winter each link worker saw 10 new people a week.', 'If the post is filled, each link worker could see 10 new people a week.'],
  },
  {
    unless: NOT_SET,
    frame: `[{count:number} _{0,2} {activity:activity-nouns} (are|is) (due|planned|scheduled|programmed) ${PERIOD}]`,
    invalid: ['Under the plan, 4,000 flu vaccinations are due by 15 December.', '1,200 annual reviews are planned in the first quarter.'],
    valid: ['4,000 flu vaccinations were due by 15 December.', 'Supply could slip, so it is not certain 4,000 vaccinations are due by 15 December.'],
  },
  {
    // What a plan lists as its benefits or deliverables, counted in things: "Benefits: 50 home reporting workstations".
    unless: new RegExp(`${NOT_SET.source}|\\b(?:avoid\\w*|prevent\\w*|sav(?:e|ed|ing|ings)|fewer|less|reduc\\w*|lower)\\b`),
    frame: `{benefit-words} _{0,4} (:|include|includes|including|will be|would be|are|of) [{count:number} _{0,2} #Plural]`,
    invalid: ['Expected benefits: 50 home reporting workstations and 12 new scanners.', 'The deliverables include 300 care workers trained in the new system.'],
    valid: ['Benefits: 50 admissions avoided a year.', 'Benefits were 50 home reporting workstations, all now in use.'],
  },
  {
    // "to meet demand" says why more is needed; it does not make the count a forecast.
    unless: new RegExp(`${REPORTED.source}|\\b(?:likely|could|forecast\\w*|projected)\\b`),
    frame: `[{count:number} (more|extra|additional|further) _{0,2} {activity:activity-nouns} ${PERIOD}] (are|is|will be|would be) _{0,1} (needed|required|wanted|expected|asked for)`,
    invalid: ['Thirty more home visits a week are needed to meet demand.', '200 extra appointments a month will be required at the hub.'],
    valid: ['Thirty more home visits a week were needed last winter.', '200 extra appointments a month are likely to be needed.'],
  },
  {
    unless: NOT_SET,
    frame: `{commitment-cues} _{0,6} [(a|an)? caseload of {floor-cues}? {count:number}]`,
    invalid: ['Link workers should aim for a caseload of 200 people each.', 'Each care coordinator will hold a caseload of at least 45.'],
    valid: ['Link workers had a caseload of 200 people each last year.', 'A caseload of 60 is too many, the nurses told us.'],
  },
]);

/** A rate to be pushed up: "to be pushed", "to rise", "must reach". */
const RISE = `(to be|must be|should be|needs to be|to) (pushed|raised|increased|lifted|driven|rise|reach|increase|go|get) (up)?`;

/** Work held at, or pushed up to, a level of busy-ness (no-throughput-rate-target). */
export const RATE_PUSH_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
    frame: `{commitment-cues} _{0,6} (achieve|reach|get to|hit|attain|see|deliver|have|get) [{floor-cues}? {level:percent} _{0,2} {rate:rate-nouns}]`,
    invalid: ['We hope to achieve 80% coverage of the clinical coding by the spring.', 'The team would like to reach 90% data completeness.'],
    valid: ['We hoped to achieve 80% coverage last year, and got there.', 'The team could reach 90% data completeness with one more clerk.'],
  },
  {
    unless: NOT_SET,
    frame: `{commitment-cues} _{0,4} (for|of|is|at)? [{rate:rate-nouns} (of|at) {floor-cues}? {level:percent}]`,
    invalid: ['The aspiration is coverage of at least 80% by year end.', 'We are hoping for a response rate of 40%.'],
    valid: ['Last year we hoped for a response rate of 40%, and got 22%.'],
  },
  {
    // The floor said the other way round: "must not drop below 80%".
    negatable: false,
    unless: REPORTED,
    frame: `[{rate:rate-nouns} _{0,6} (must|should|is to|are to|to|will|can) (not|never) (drop|fall|go|dip|slip) (below|under) {level:percent}]`,
    invalid: ['Room utilisation must not drop below 80%.', 'Bed occupancy should not fall below 90 per cent this winter.'],
    valid: ['Room utilisation did not drop below 80% all year.', 'Bed occupancy was not to fall below 90 per cent, the report said.'],
  },
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|are|will be|of|:|=|—|–) [{floor-cues}? {level:percent} {rate:rate-nouns}]`,
    invalid: ['The expectation from NHS England is 85% utilisation of theatre lists.', 'Trajectory: 92% bed occupancy through the winter.'],
    valid: ['The expectation was 85% utilisation, and the lists ran at 80%.'],
  },
  {
    unless: NOT_SET,
    frame: `[{rate:rate-nouns} _{0,3} (of|at) {floor-cues}? {level:percent}] (is|as|will be|remains|becomes) (the|our|its|their) _{0,2} {target-nouns}`,
    invalid: ['Theatre utilisation of 85% is the expectation.', 'Bed occupancy at 92% remains the plan for winter.'],
    valid: ['Theatre utilisation of 85% was the expectation last year.'],
  },
  {
    frame: `[(keep|keeping|hold|holding|maintain|maintaining|sustain|sustaining) {rate:rate-nouns} _{0,3} {floor-cues} {level:percent}]`,
    invalid: ['We will need to keep bed occupancy at or above 92%.', 'Maintain theatre utilisation of at least 85 per cent.'],
    valid: ['Keeping bed occupancy above 92% left no room for surges last winter.', 'We kept occupancy under 90% by opening the step-down beds.'],
    unless: /\b(?:left|leaves|leaving|meant|caused|made it|no room|unsafe|too high|kept us)\b/,
  },
  {
    unless: REPORTED,
    frame: `[{rate:rate-nouns} _{0,5} ${RISE} (from)? {percent}? (to|up to) {level:percent}]`,
    invalid: ['Crisis line: answer rate to be pushed from 78% to 90%.', 'Theatre utilisation to rise to 90% by the spring.'],
    valid: ['The answer rate rose from 78% to 90% after the new phones went in.', 'Occupancy to be brought down to 85% so that there is room for surges.'],
  },
  {
    unless: REPORTED,
    frame: `[{rate:rate-nouns} _{0,5} ${RISE} (to|up to) {level:number} _{0,2} {people-served}]`,
    invalid: ['Throughput in the frailty unit to rise to 25 patients per day.'],
    valid: ['Throughput in the frailty unit rose to 25 patients per day in March.'],
  },
  {
    unless: /\b(?:down|reduc\w*|lower\w*|cut|cap|capped|able to|could|forecast\w*|projected|likely)\b/,
    frame: `[(get|push|drive|increase|raise|lift|boost|bring|ramp up) {rate:rate-nouns} _{0,5} (up to|to) {count:number} _{0,2} {activity:activity-nouns}]`,
    invalid: ['Increase virtual ward occupancy to 85 beds by Q3.'],
    valid: ['Virtual ward occupancy increased to 85 beds by Q3.', 'We will bring occupancy down to 40 beds so staff can take leave.'],
  },
  {
    frame: `(to|must|should|will) (be)? (run|operate|work) at {floor-cues}? [{level:percent} {rate:rate-nouns}]`,
    invalid: ['Evening GP hub to run at 95% slot utilisation.', 'The ward must operate at 92% occupancy or above.'],
    valid: ['The evening hub ran at 95% slot utilisation in March.', 'The clinic runs at 60% utilisation on Fridays.'],
  },
  {
    frame: `[{activity:activity-nouns} (must|should|to|will|are to|need to|needs to) (make up|account for|form|represent|be) {floor-cues}? {level:percent} of _{0,3} {activity-nouns}]`,
    invalid: ['Face-to-face appointments must make up at least 70% of all GP appointments.', 'Video consultations to account for 25% of outpatient appointments.'],
    valid: ['Face-to-face appointments made up 70% of all GP appointments in May.'],
  },
]);

/** Receiving a unit of work: "receive an annual health check", "to have a care plan", "offered a review". */
const RECEIVE = `(receive|receives|have|has|get|gets|to receive|to have|to get|offered|are offered|to be offered|receiving|having) (a|an|their)? _{0,2}`;

/** Work done inside a time limit: "(to be) contacted within 48 hours". */
const DONE_WITHIN = `(to be|are|is|get|gets)? {activity-participles} (within|inside|in under|in less than) {number} {time-units}`;

/** A share of a register, list or population to be covered by a date, with no outcome named (no-throughput-rate-target). */
export const COVERAGE_SHARE_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|:|=|—|–|that|for) [(all|every|each) _{0,3} {activity:activity-nouns} ${DONE_WITHIN}]`,
    invalid: ['The standard is for all new referrals to be contacted within 48 hours.', 'Commitment: every new birth visit completed within 14 days.'],
    valid: ['The standard was that all new referrals were contacted within 48 hours.'],
  },
  {
    unless: NOT_SET,
    frame: `^ _{1,5} : [{level:percent} of _{0,4} {register-nouns} _{0,6} (by|before) _{0,3} {period:period-words}]`,
    invalid: ['Completion of annual health checks: 90% of the LD register by March.', 'PCN plan: 85% of the practice list on the new app by the end of the year.'],
    valid: ['Health checks: 90% of the LD register were seen by March.'],
  },
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|:|=|—|–|of|that)? [{level:percent} of _{0,4} {register-nouns} _{0,6} (by|before) _{0,3} {period:period-words}]`,
    invalid: ['The ambition is that 90% of people on the LD register have an annual health check by March.'],
    valid: ['The ambition was that 90% of people on the LD register had a check by March, and we got to 84%.'],
  },
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|:|=|—|–|that|for|of)? [{level:percent} of _{0,4} {register-nouns} _{0,3} ${RECEIVE} {activity:activity-nouns}]`,
    invalid: ['The ambition is that 75% of people on the LD register receive an annual health check.', 'Target: 90% of the eligible cohort offered a review.'],
    valid: ['The ambition was that 75% of people on the LD register receive a check; we reached 68%.'],
  },
  {
    unless: NOT_SET,
    frame: `{target-nouns} _{0,4} (is|:|=|—|–|that|for|of)? [{level:percent} of _{0,3} {people-served} _{0,3} ${RECEIVE} {activity:activity-nouns}]`,
    invalid: ['Aim: 85% of care home residents to have a care plan.', 'Our standard is that 95% of new patients get a health check.'],
    valid: ['Last year 85% of care home residents had a care plan.'],
  },
  {
    unless: NOT_SET,
    frame: `(ensure|ensuring|make sure|guarantee) [{level:percent} of _{0,4} ${DONE_WITHIN}]`,
    invalid: ['Ensure 100% of discharge summaries are sent within 24 hours.'],
    valid: ['Audit found 100% of discharge summaries were sent within 24 hours.'],
  },
  {
    unless: NOT_SET,
    frame: `[(mean|average|median) _{0,3} of {number} (minutes|hours|days|weeks|seconds) (to be|must be|should be) (achieved|met|hit|delivered|reached|maintained)]`,
    invalid: ['Category 2: a mean response of 18 minutes to be achieved by the end of Q4.'],
    valid: ['Category 2: a mean response of 18 minutes was achieved in Q4.'],
  },
]);

/** The yardstick is a count of work done, in any order (no-activity-measure). */
export const YARDSTICK_FRAMES = new FrameSet([
  {
    unless: NOT_SET,
    frame: `{headline-words} {measure-nouns} _{0,3} (will be|would be|is|:|=|remains) [_{0,2} {activity:activity-nouns} _{0,4} (per|each|every|a) _{0,2} {period-words}]`,
    invalid: ['The key figure will be referrals into the service each month.', 'Headline measure: home visits per nurse per week.'],
    valid: ['The key figure was referrals into the service each month.'],
  },
  {
    unless: NOT_SET,
    frame: `[(the)? {count-nouns} of _{0,5} {activity:activity-nouns} {activity-participles}?] (will be|would be|is|becomes|remains|as) (the|our)? {headline-words} {measure-nouns}`,
    invalid: ['Number of care and treatment reviews completed will be the main KPI for the programme.', 'The number of home visits made is the key measure.'],
    valid: ['The number of home visits made was the key measure last year.'],
  },
  {
    unless: NOT_SET,
    frame: `{headline-words} {measure-nouns} _{0,3} (will be|would be|is|:|=|remains) [_{0,3} {activity:activity-nouns} {activity-participles}]`,
    invalid: ['The headline number is social prescribing referrals received.', 'Main measure: health checks completed.'],
    valid: ['The headline number was social prescribing referrals received.'],
  },
  {
    unless: NOT_SET,
    frame: `(measure|measured|measuring|judge|judged|judging|assess|assessed|evaluate|evaluated|rate|rated) _{0,4} (by|on) [{activity:activity-nouns} {activity-participles}]`,
    invalid: ['We’ll measure the housing project by tenancies signed.', 'The hub will be judged on health checks completed.'],
    valid: ['Last year the housing project was measured by tenancies signed.'],
  },
]);
