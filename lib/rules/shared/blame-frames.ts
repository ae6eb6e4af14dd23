// Blame frames over word classes (lib/rules/lexicon): verdicts with no failure verb, fingers pointed, formal reprimands.
import { FrameSet } from './frames.ts';

/** Owning a failing ("accepted that its staff had been careless", "our staff were careless") is accountability, not blame. */
const OWNED_FAILING = new RegExp(
  String.raw`\b(?:accept(?:s|ed)?|admit(?:s|ted)?|acknowledg\w*|conced\w*|own(?:s|ed)? up)\b|` +
    String.raw`\b(?:our|my) (?:own )?[\w'’-]+ (?:\w+ ){0,5}(?:was|were|is|are|had been|have been|has been)\b`,
);
/** A system's or a tool's handling judges no one. */
const THING_HANDLING = new RegExp(
  String.raw`${OWNED_FAILING.source}|\b(?:system|software|server|platform|app|tool|process|website|portal|database|spreadsheet|form)['’]s\b`,
);

/** A verdict on a person or team's performance, or a bare verdict after a lapse (no-judgement-word). */
export const VERDICT_FRAMES = new FrameSet([
  {
    frame: `{culprit:agents} _{0,6} [(not|n't) (been|be|being)? (competent|up to the job|up to the task|up to scratch)]`,
    negatable: false,
    // A plan, a system or a building that falls short judges no one.
    unless: /\b(?:plan|system|server|software|kit|equipment|building|process|policy|form|template|draft|paper|report|it|this|that) (?:\w+ )?(?:is|was|were|are|has|had)\b/,
    invalid: ['The steering group agreed the vendor was simply not competent to deliver the migration.', 'Governors said the head of maths had simply not been up to the job.'],
    valid: ['The old server is not up to the job, so a new one is on order.', 'The group agreed the plan was not up to scratch without more staff.'],
  },
  {
    frame: `{culprit:agents} _{0,4} [more interested in (his|her|their|its) own _{0,3} than]`,
    invalid: ['Concern was expressed that the diabetes specialist nurse was more interested in her own projects than in patients.'],
    valid: ['Patients were more interested in their own goals than in the leaflet, so the team changed it.'],
  },
  {
    frame: `{agent:agents} (has|have|had|was|were)? {verdict-degrees}? ("|“|'|‘)? [{verdict:verdict-verbs} ("|”|'|’)? {verdict-degrees}?]`,
    invalid: [
      'The district nursing team underperformed badly over the winter.',
      'Members felt the reablement provider had consistently underdelivered on its contract.',
      'The out-of-hours provider “underperformed badly” in December.',
      'Yet again the practice fell short on smear tests.',
    ],
    valid: [
      'The pension fund underperformed the index last year.',
      'We underperformed on flu uptake and have asked the community champions why.',
      'Recruitment fell short of the plan because of the national shortage.',
      'The team did not underperform; demand doubled.',
    ],
  },
  {
    // A verdict on a named team or person after a copula ("the agency were despicable"); "we" and things are not agents.
    // Owning a failing ("accepted that its staff had been careless", "our staff were careless") is accountability.
    unless: OWNED_FAILING,
    frame: `{culprit:agents} (was|were|is|are|has been|have been|had been|seemed|appeared) {intensifiers}? [{verdict:verdict-adjectives}]`,
    invalid: [
      'Members felt the reablement agency were despicable in how they answered the family.',
      'The locality team had been utterly shambolic over the winter rota.',
      'Cllr Ames said the planning officers were arrogant and clueless.',
    ],
    valid: [
      'The delay was unacceptable and the booking process has been changed.',
      'We were disorganised in March and have added a second check.',
      'The provider accepted that its staff had been careless and has retrained them.',
      'Our reception staff were rude to a carer last week, and the manager has apologised.',
      'The team was not careless; the form was unclear.',
      'The weather was dreadful, so the fun run moved to May.',
    ],
  },
  {
    // A verdict on how a named team worked ("the callous attitude of the housing officers").
    frame: `[{verdict:verdict-adjectives} (attitude|handling|response|behaviour|conduct|approach|management|communication|leadership|record)] (of|from|by) the _{0,2} {culprit:agents}`,
    invalid: ['The chair said the callous attitude of the housing officers had upset families.', 'Parents described the dismal communication from the school office.'],
    valid: ['The callous attitude of some landlords is why the tenancy support scheme exists.', 'A terrible response time from the old phone system has been fixed.'],
  },
  {
    frame: `{culprit:agents} ('s) {intensifiers}? [{verdict:verdict-adjectives} (attitude|handling|response|behaviour|conduct|approach|management|communication|leadership|record)]`,
    invalid: ['Members criticised the contractor’s reckless handling of the asbestos survey.'],
    valid: ['The contractor’s careful handling of the asbestos survey was praised.', 'We apologised for our sloppy handling of the complaint.'],
  },
  {
    // A verdict on how a named team worked, after a copula ("the council's handling of the consultation was reprehensible").
    frame: (
      `{culprit:agents} ('s) (attitude|handling|response|behaviour|conduct|approach|management|communication|leadership|record) _{0,5} ` +
      `(was|were|is|are|has been|have been|had been) {intensifiers}? [{verdict:verdict-adjectives}]`
    ),
    unless: THING_HANDLING,
    invalid: ['The council’s handling of the consultation was reprehensible.', 'Parents said the school’s communication over the closure had been utterly callous.'],
    valid: [
      'We accept that our service’s handling of the complaint was careless.',
      'The system’s handling of leap years was shocking.',
      'The council’s handling of the consultation was praised by residents.', 'The school’s communication over the closure was not careless; the post was late.'],
  },
  {
    // An exclamation that is only a verdict ("What a shambles!", "How unprofessional.").
    frame: `^ (what|how) {intensifiers}? [{verdict:verdict-adjectives}] $`,
    invalid: ['What a shambles!', 'How unprofessional.', 'How utterly careless.'],
    valid: ['How the shambles at the depot was sorted is in the paper.', 'What a relief.', 'How careless mistakes are caught: see the audit.'],
  },
  {
    frame: `^ (that|this|it)? ('s|is|was)? {intensifiers}? [{verdict:verdict-adjectives}] $`,
    invalid: ['Unacceptable.', 'Frankly unacceptable!', 'That was simply not good enough.', 'A disgrace.'],
    valid: [
      'Losing two weeks of post was unacceptable, and we have changed how it is logged.',
      'Unacceptable behaviour policy: no changes.',
      'Acceptable.',
    ],
  },
]);

/** Pointing at a culprit or sanctioning one (no-culprit-hunt). */
export const CULPRIT_FRAMES = new FrameSet([
  {
    frame: `[{blame-verbs} {determiners}? _{0,3} {culprit:agents}]`,
    invalid: [
      'The chair pointed the finger at the out-of-hours provider for the weekend gap.',
      'Several members laid the blame at the door of the community trust.',
      'Cllr Hart put the blame on the housing officers.',
    ],
    valid: [
      'We agreed not to point the finger at any provider while the review runs.',
      'The review pointed the finger at the booking process, not at people.',
    ],
  },
  {
    frame: `[(the|a)? (finger|fingers) (was|were|is|are|has been|have been)? pointed (squarely|firmly|directly)? at] {determiners}? _{0,3} {culprit:agents}`,
    invalid: ['The finger was pointed squarely at the ambulance service.', 'Fingers were pointed at the agency carers.'],
    valid: ['The sign pointed at the car park.', 'No finger was pointed at the ward.'],
  },
  {
    frame: `[{blame-nouns} (lies|lay|rests|rested|sits|sat|falls|fell) (squarely|firmly|entirely|solely|wholly)? (with|on|at the door of)] {determiners}? _{0,3} {culprit:agents}`,
    invalid: ['Members agreed the blame rests squarely with the discharge team.', 'The fault lay entirely with the agency.'],
    valid: ['The fault lies with the old software, which is being replaced.'],
  },
  {
    frame: `[(held|hold|holds|holding) {determiners}? _{0,3} {culprit:agents} (personally|solely|entirely|wholly)? (responsible|accountable|to blame|culpable)] for`,
    unless: /\b(?:for (?:delivering|delivery|outcomes?|the outcomes?|improving|improvement|the budget)|held to account)\b/,
    invalid: ['The board held the practice manager personally responsible for the lost samples.'],
    valid: ['The board will hold the provider accountable for delivering the outcomes in the contract.'],
  },
  {
    frame: `{culprit:agents} _{0,2} (should|must|will|would|to|was|were|has been|have been|had been|be|been|being|get|got)? (formally|publicly|officially)? [{sanction:reprimands}]`,
    invalid: [
      'Members felt the ward manager should be formally reprimanded.',
      'The locum was censured by the panel.',
      'The agency should be named and shamed.',
    ],
    valid: ['The review found no one should be reprimanded; the focus is learning.', 'We reprimanded ourselves for the late papers.'],
  },
  {
    frame: `[{reprimand-givers} (a|an)? (formal|written|final|official|stern|public)? {sanction:reprimands}] (to)? {determiners}? _{0,3} {culprit:agents}`,
    invalid: ['HR will issue a formal warning to the receptionist.', 'The chair gave a stern telling-off to the discharge team.'],
    valid: ['The policy on written warnings was updated to match ACAS guidance.'],
  },
  {
    frame: `{culprit:agents} _{0,2} [{reprimand-givers} (a|an)? (formal|written|final|official|stern|public)? {sanction:reprimands}]`,
    invalid: ['The practice manager received a formal reprimand over the lost referrals.', 'Members said the contractor deserves a final warning.'],
    valid: ['The new HR policy explains how a written warning is given.'],
  },
  {
    frame: `[{reprimands}] {determiners} _{0,3} {culprit:agents}`,
    invalid: ['Members voted to censure the trust over the discharge letters.', 'The chair asked us to reprimand the agency.'],
    valid: ['The reprimand letter template was reviewed.'],
  },
]);

/** Counterfactual hindsight pinned on a named team ("had the ward sent it, none of this would have happened") (no-hindsight-blame). */
const HINDSIGHT_PAST = `(listened|checked|sent|followed|read|bothered|picked|spotted|acted|flagged|answered|escalated|chased|done|caught|noticed|returned|kept|paid)`;
export const HINDSIGHT_FRAMES = new FrameSet([
  {
    negatable: false,
    frame: `^ [had (the|our|their)? _{0,3} {culprit:agents} ${HINDSIGHT_PAST}] _{0,8} (,)? _{0,8} (would|could|'d) (not|never|n't)? have`,
    invalid: ['Had the fundraising committee listened to the auditors, none of this would have happened.'],
    valid: ['Had the team known about the road closure, they would have rerouted the visits — the council will share closures earlier.'],
  },
  {
    negatable: false,
    frame: `^ [if (the|our|their)? _{0,3} {culprit:agents} had ${HINDSIGHT_PAST}] _{0,8} (,)? _{0,8} (would|could|'d) (not|never|n't)? have`,
    invalid: ['If the ward had sent the TTOs on time, the patient would not have gone home without her insulin.'],
    valid: ['If the ward had more beds, fewer patients would have waited in the corridor.'],
  },
  {
    unless: /\b(?:whether|asked|question|could|we|i)\b/,
    frame: `{culprit:agents} [(should have|should've|ought to have) (spotted|caught|picked up|noticed|flagged|seen|known|checked|escalated|acted|chased)]`,
    invalid: ['OOH GP should’ve spotted the sepsis.'],
    valid: ['The review asked whether the GP should have spotted the sepsis, and what would help next time.'],
  },
]);

/** Idioms of neglect or failure pinned on a named team or person (no-blame-idiom). */
export const IDIOM_FRAMES = new FrameSet([
  {
    // Our own slips, and "no longer feel kept in the dark" (a fix reported), judge no one.
    unless: new RegExp(
      String.raw`\b(?:we|i|us|ourselves)\b (?:\w+ )?(?:have |had |were |was )?(?:fobbed|washed|kept|led|left|wriggled|swept|dropped|passed|made|messed|cocked|screwed|blew)|` +
      String.raw`\b(?:no longer|never|not|less)\b(?: \w+){0,2} (?:feel|felt|being|been)\b`,
    ),
    frame: `{culprit:agents} _{0,4} [{idiom:neglect-idioms}]`,
    invalid: ['The hospice felt the district nurses had washed their hands of the patient at the weekend.', 'The contractor has wriggled out of every snagging visit.'],
    valid: ['We dropped the ball on the rota and have put a second check in place.', 'Families said they no longer feel kept in the dark since the weekly calls began.'],
  },
  {
    frame: `[{idiom:neglect-idioms}] _{0,3} by (the)? _{0,3} {culprit:agents}`,
    invalid: ['Residents had been fobbed off by planning officers with the same template letter.', 'The MDT had been kept in the dark by the bed managers.'],
    valid: ['The new leaflet explains what to do if you feel fobbed off, and who to call.'],
  },
  {
    frame: `[(track record|history|habit) of (dumping|missing|losing|ignoring|cancelling|dropping|forgetting|bouncing|messing|botching|ducking|dodging|overpromising)]`,
    invalid: ['The 111 provider has a track record of dumping cases on practices at 5pm.'],
    valid: ['The provider has a track record of delivering on time and a history of working with carers.'],
  },
  {
    negatable: false,
    frame: `{culprit:agents} _{0,3} [(not|never) bothering to]`,
    invalid: ['The ulcer was put down to the district nursing team not bothering to reposition him.'],
    valid: ['Patients said they did not bother to call because the line was always busy.'],
  },
  {
    frame: `[(nobody|no one|no-one) (at|in|from) (the)? _{0,3} {culprit:agents} (thought|bothered|cared|remembered|could be bothered|took the trouble)]`,
    invalid: ['Apparently nobody at the trust thought to tell the care home that the patient was on a syringe driver.'],
    valid: ['Nobody at the meeting thought the plan would work without carers on board.'],
  },
]);

/** Sarcasm and barbed asides about another team (no-sarcastic-repetition). */
export const SARCASM_FRAMES = new FrameSet([
  {
    frame: `[conveniently (went|got|was|were|been)? (missing|lost|skipped|forgotten|forgot|overlooked|omitted|left out|mislaid|ignored|disappeared|vanished)]`,
    invalid: ['The audit data conveniently went missing the week before the inspection.', 'Security review was conveniently skipped for the one feature that leaked.'],
    valid: ['The clinic is conveniently located next to the bus station.'],
  },
  {
    frame: `[only (took|taken|taking) (them|him|her|it) _{0,2} {number}? (days|weeks|months|years)]`,
    invalid: ['Lovely to see the contact centre finally answering the phone — only took them six months.'],
    valid: ['The new hub only took six weeks to set up, with partners sharing rooms.'],
  },
  {
    frame: `[found (the)? time (for|to) _{1,8} but not (for|to)]`,
    invalid: ['It is a shame the council found time for a press release but not for the adaptations panel.'],
    valid: ['Staff found time to meet families in the evenings, which parents valued.'],
  },
  {
    frame: `^ [with (the)? (greatest|great|all due|the utmost|the greatest of) respect (to)?] _{0,4} {agents}`,
    invalid: ['With the greatest respect to the community mental health team, they have had three months to return one call.'],
    valid: ['With respect to the new rota, partners agreed to review it in March.'],
  },
  {
    frame: `[why on earth]`,
    invalid: ['Governors asked why on earth the SENCo had let the reviews slide for a whole term.'],
    valid: ['Members asked why the reviews had slipped and what would help the SENCo catch up.'],
  },
]);
