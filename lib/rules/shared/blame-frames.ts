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
    frame: `{culprit:agents} (was|were|is|are|has been|have been|had been|seemed|appeared) ("|“|'|‘)? {intensifiers}? [{verdict:verdict-adjectives}]`,
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
    frame: `[{verdict:verdict-adjectives} {conduct-nouns}] (of|from|by) the _{0,2} {culprit:agents}`,
    invalid: ['The chair said the callous attitude of the housing officers had upset families.', 'Parents described the dismal communication from the school office.'],
    valid: ['The callous attitude of some landlords is why the tenancy support scheme exists.', 'A terrible response time from the old phone system has been fixed.'],
  },
  {
    frame: `{culprit:agents} ('s|') ("|“|'|‘)? {intensifiers}? [{verdict:verdict-adjectives} ("|”|'|’)? {conduct-nouns}]`,
    invalid: ['Members criticised the contractor’s reckless handling of the asbestos survey.'],
    valid: ['The contractor’s careful handling of the asbestos survey was praised.', 'We apologised for our sloppy handling of the complaint.'],
  },
  {
    // A verdict on how a named team worked, after a copula ("the council's handling of the consultation was reprehensible").
    frame: (
      `{culprit:agents} ('s|') _{0,3} {conduct-nouns} _{0,5} ` +
      `(was|were|is|are|has been|have been|had been) ("|“|'|‘)? {intensifiers}? [{verdict:verdict-adjectives}]`
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
  // -- Added for blame recall (issue 8): verdicts that judge only when said of someone.
  {
    unless: OWNED_FAILING,
    frame: `{culprit:agents} (was|were|is|are|has been|have been|had been|being|seemed|appeared) ("|“|'|‘)? {intensifiers}? [{verdict:verdict-predicates}]`,
    invalid: ["Chair said the south locality team had been 'coasting' and set them 220 contacts a week.", 'The agency staff were rubbish with the rota.'],
    valid: ['Rubbish', 'The bins were rubbish-strewn after the fair.', 'Our team was slack in March and has added a second check.'],
  },
  {
    frame: `(described|branded|labelled|labeled|dismissed|called|calling) {determiners}? _{0,3} {culprit:agents} ('s|')? _{0,5} (as)? ("|“|'|‘)? {intensifiers}? [{verdict:verdict-predicates}]`,
    invalid: ["KP called the opticians' referrals 'rubbish' and said they wasted everybody's time."],
    valid: ['Slack: #social'],
  },
  {
    unless: THING_HANDLING,
    frame: `{culprit:agents} ('s|') _{0,3} {conduct-nouns} _{0,3} (was|were|is|are|has been|have been|had been) ("|“|'|‘)? {intensifiers}? [{verdict:verdict-predicates}]`,
    invalid: ["KP said the opticians' referrals were 'rubbish' and wasted everybody's time."],
    valid: ['The system’s referrals were rubbish until the update.', 'The council’s work on rubbish collection was praised.'],
  },
  // -- Added for blame recall (issue 8): verdicts with no failure verb, faults named as nouns, verdicts reported.
  {
    // A fault of character or effort named as someone's ("the commissioners' naivety", "the ward clerk's usual disorganisation").
    // "… naivety was understandable in her first week": a failing excused is no charge.
    unless: new RegExp(`${THING_HANDLING.source}|\\b(?:understandable|forgivable|no fault of|not (?:her|his|their|its) fault)\\b`),
    frame: `{culprit:agents} ('s|') {intensifiers}? (usual|customary|habitual|typical|sheer|total|utter|complete|breathtaking|continued)? [{fault:failing-nouns}]`,
    invalid: ['The commissioners’ naivety about the workforce figures is what got us here.', 'The letter went missing thanks to the ward clerk’s usual disorganisation.'],
    valid: ['We accept that our team’s complacency over the rota was a mistake.', 'The manager’s naivety about the new system was understandable in her first week.', 'The system’s inertia on restart is a known fault.', 'The council’s plan tackles neglect of older housing.'],
  },
  {
    unless: OWNED_FAILING,
    frame: `[{fault:failing-nouns}] (of|from|by|on the part of) the _{0,3} {culprit:agents}`,
    invalid: ['Members criticised the sheer complacency of the out-of-hours provider.', 'The delay came from mismanagement by the estates contractor.'],
    valid: ['Self-neglect among older residents was discussed with the safeguarding lead.', 'The neglect of the old chapel roof was raised.'],
  },
  {
    // Too slow, too lax: a verdict on how a team worked, with nothing of what got in the way.
    unless: new RegExp(`${THING_HANDLING.source}|\\b(?:system|server|software|platform|app|network|internet|connection|line|phone|lift|kit|equipment|computers?|machines?|process)e?s? (?:was|were|is|are|had been|has been|have been)\\b`),
    frame: `{culprit:agents} (was|were|is|are|had been|has been|have been|seemed) {intensifiers}? [(far|much|way|rather|a bit)? too verdict:(slow|lax|slack|idle|lazy|complacent|casual|relaxed)]`,
    invalid: ['The call handlers were too slow, so the new target is 95% of calls answered in 20 seconds.', 'The MDT agreed the district nurses had been far too slow to spot the pressure sore.'],
    valid: ['The system was too slow to load the records on Monday.', 'We were too slow to spot it and have added a daily check.', 'The team was not too slow; demand doubled.'],
  },
  {
    // A verdict someone was described or called by ("described the team's handover performance as 'frankly embarrassing'").
    frame: `(described|branded|labelled|labeled|dismissed|called|calling|deemed|judged|considered|thought|found) {determiners}? _{0,3} {culprit:agents} ('s|')? _{0,5} (as)? ("|“|'|‘)? {intensifiers}? [{verdict:verdict-adjectives}]`,
    invalid: [
      'Mr Pryce described the ambulance service’s handover performance as ‘frankly embarrassing’.',
      "PCN board called the social prescribing team's 80 referrals last quarter 'pathetic' and set 150 for this quarter.",
    ],
    valid: ['The chair described the team’s response as exemplary.', 'Residents called the new car park a shambles.'],
  },
  {
    frame: `{culprit:agents} ('s _{0,4})? (was|were|had been|has been|have been|is|are) (described|branded|labelled|labeled|dismissed) (as|by _{1,4} as)? ("|“|'|‘)? {intensifiers}? [{verdict:verdict-adjectives}]`,
    invalid: ["The academy trust's finance office was described as 'hopeless' for losing the capital bid deadline."],
    valid: ['The finance office was described as helpful by every school.', 'The weather was described as dreadful.'],
  },
  {
    // "can't even post a letter right", "can never get a simple allocation letter right".
    negatable: false,
    frame: (
      `{culprit:agents} _{0,3} [(can't even|can not even|cannot even|couldn't even|could not even|can never|could never|never) (get|do|post|send|fill|fill in|file|book|answer|` +
      `organise|organize|run|write|spell|count|code) _{1,5} (right|properly|correctly)]`
    ),
    unless: /\b(?:until|unless|because|without|so that|once|when)\b/,
    invalid: ['Outpatients can’t even post a letter right.', "JR asked why the ICB's finance team can never get a simple allocation letter right."],
    valid: ['The team cannot post the letters properly until the franking machine is mended.', 'Staff can now book the rooms correctly through the portal.'],
  },
  {
    // A character judgement set before a person or team: "the idle booking team", "that dozy locum".
    frame: `(the|that|this|those|these|their|an|a|some) [{verdict:character-adjectives} _{0,2} {culprit:agents}] !(time|capacity|hours|cost|costs|rate|rates)`,
    invalid: ['The idle booking team were told to process 400 referrals a week from now on.', 'That dozy locum sent the wrong letter.'],
    valid: ['The idle time of the scanner was cut by a third.', 'A hopeless case, the surgeon said, until the new drug came.'],
  },
  {
    unless: THING_HANDLING,
    frame: `{culprit:agents} _{0,4} [{intensifiers}? (cannot|can not|can't|could not|couldn't) {intensifiers}? be (trusted|relied on|relied upon|counted on|depended on)]`,
    invalid: ['The safeguarding partnership was told that social workers in the east locality simply could not be relied on.'],
    valid: ['The old data could not be relied on, so the team rebuilt it.'],
  },
  {
    frame: `[(you|we|i|one) (couldn't|could not|can't|cannot|wouldn't|would not) trust] {determiners}? _{0,3} {culprit:agents} to`,
    invalid: ['GH remarked that, frankly, you couldn’t trust the social prescribing link workers to fill in a form correctly.'],
    valid: ['We could not trust the old figures to be right, so we rebuilt them.'],
  },
  {
    negatable: false,
    frame: `{culprit:agents} _{0,3} [(clearly|obviously|simply|just|plainly|evidently) not on top of]`,
    invalid: ['Head of maths clearly not on top of marking.'],
    valid: ['The team is now on top of the backlog.'],
  },
  {
    // "SDEC's poor triage is why the take is overflowing": a team's failing named as the cause.
    frame: `{culprit:agents} ('s|') [(poor|rushed|sloppy|careless|slow|late|botched|bungled) _{0,2} (is|was|were|are) (the reason|why|the cause|to blame)]`,
    invalid: ['SDEC’s poor triage is why the medical take is overflowing, in the view of the site manager.'],
    valid: ['The hub’s new triage is why waits fell.'],
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
    frame: `{culprit:agents} _{0,2} [{reprimand-givers} (a|an)? (formal|written|final|official|stern|public)? {sanction:reprimands}] !(template|templates|policy|procedure|form|forms|process|letter|letters)`,
    invalid: ['The practice manager received a formal reprimand over the lost referrals.', 'Members said the contractor deserves a final warning.'],
    valid: ['The new HR policy explains how a written warning is given.', 'Staff were given a written warning template to use in supervision.'],
  },
  {
    frame: `[{reprimands}] {determiners} _{0,3} {culprit:agents}`,
    invalid: ['Members voted to censure the trust over the discharge letters.', 'The chair asked us to reprimand the agency.'],
    valid: ['The reprimand letter template was reviewed.'],
  },
  // -- Added for blame recall (issue 8): a finger pointed at a provider or colleague, accusations, reprimands, culprit hunts.
  {
    // "entirely the practice manager's doing", "the trust's doing, full stop".
    frame: `[{culprit:agents} ('s|') (own)? doing] !{determiners} !(about|on|with|to|for|well|great|it|so|now|more|everything|what|some|all|nothing|fine|ok|okay)`,
    invalid: ['Minute 6.2: the delay was entirely the practice manager’s doing.', 'The ambulance delay was the trust’s doing, full stop.'],
    valid: ['Members asked what the trust’s doing about the waiting list.', 'The council’s doing a great job on the new bus route.'],
  },
  {
    frame: `(was|were|is|are) {intensifiers}? (all|entirely|squarely|wholly|solely|largely)? [(his|her|their) (own)? doing] !{determiners} !(about|on|with|to|for|well|now|so|it)`,
    invalid: ['ACTION: FN to remind the ambulance liaison officer that the lost handover notes were entirely his doing.'],
    valid: ['Members agreed the recovery was not their doing alone but everyone’s.', 'She said what she was doing about the rota.'],
  },
  {
    // "this is down to the agency": a lapse put down to a named party (but "down to the board to decide" hands over a choice).
    frame: (
      `[(this|that|which|it|delay|delays|problem|problems|mess|gap|backlog|shortfall|breach|failure|failures|loss|error|errors|mistake|` +
      `mistakes|mix-up|blunder) ('s|is|was|were|are) {intensifiers}? (all|entirely|squarely|solely|purely|largely|wholly)? down to] ` +
      `{determiners}? _{0,3} {culprit:agents} !('s|'|to|and|working|being|staff)`
    ),
    // "down to the national shortage of radiographers": a cause that only mentions people is no finger pointed.
    unless: /\bdown to (?:[\w'’-]+ ){0,3}?(?:of|in|for|from|with|at|on|among|across)\b/,
    invalid: ['This is down to the agency.', 'Members heard the backlog was squarely down to the discharge team.'],
    valid: [
      'It is down to the board to decide.', 'The fall in waiting times is down to the new triage team working weekends.',
      'This is down to the council’s hard work.', 'The backlog is down to the national shortage of radiographers.',
    ],
  },
  {
    // "thanks to the platform squad the pipeline is broken again", "another lost referral courtesy of the hub".
    frame: `{lapse-nouns} _{0,3} [(courtesy of|thanks to) {determiners}? _{0,3} {culprit:agents}]`,
    invalid: ['Another lost referral courtesy of the hub.'],
    valid: ['Fewer referrals were lost thanks to the new tracker.', 'Thanks to the hub, referrals are faster.'],
  },
  {
    frame: `[(thanks to|courtesy of) {determiners}? _{0,3} {culprit:agents}] _{0,6} {lapse-nouns} _{0,3} (again|yet again|once again|once more)`,
    invalid: ['Thanks to the platform squad the deploy pipeline is broken again.'],
    valid: ['Thanks to the volunteers the lunch club is open again.'],
  },
  {
    frame: `[(that|that one|this|this one) ('s|is|was) {intensifiers}? (all|squarely|entirely|firmly|completely)? on (them|him|her)] !(to|for|the|a|and|when|at|in|as)`,
    invalid: ['Stand-up: infra team let the certs expire AGAIN, so that’s on them.'],
    valid: ['The rota is ready and this is on them to share with the ward.', 'That is on them to decide.'],
  },
  {
    frame: `[accused {determiners}? _{0,3} {culprit:agents} of #Gerund?]`,
    invalid: ['Trust rep accused GP surgeries of dumping patients on A&E rather than seeing them.'],
    valid: ['The accused was named in the court report.', 'The chair accused nobody and asked what had got in the way.'],
  },
  {
    frame: `{culprit:agents} (was|were|had been|has been|have been|being|been) [accused of #Gerund?]`,
    invalid: ['Podiatry were accused of sitting on the diabetic foot referrals for a month.'],
    valid: ['Podiatry were asked what would help with the diabetic foot referrals.'],
  },
  {
    // A disciplinary step pinned on a named person or team; a policy that says what may happen is not.
    unless: /\b(?:policy|procedures?|guidance|may|might|could|can|if|unless|entitled|right to|template|training)\b/,
    frame: `{culprit:agents} _{0,3} [(face|faces|faced|facing|get|gets|got|given|receive|received|receives|needs|deserves|deserved)? disciplinary (action|proceedings|hearing|talk|meeting|warning)]`,
    invalid: ['The receptionist should face disciplinary action over the lost forms.', 'Members felt the locum deserved disciplinary action.'],
    valid: ['Staff facing disciplinary action can bring a colleague or union rep.', 'The disciplinary policy was updated in May.'],
  },
  {
    // The same step handed to someone: "gave the practice manager a formal warning".
    frame: `[{reprimand-givers} {determiners}? _{0,3} {culprit:agents} (a|an)? (formal|written|final|official|stern|public)? {sanction:reprimands}]`,
    invalid: ['The chair gave the discharge team a stern telling-off.', 'HR gave the receptionist a final warning.'],
    valid: ['HR gave the receptionist a new contract.'],
  },
  {
    // Culprit hunts: "who signed this off?", "whose bright idea", "find out who leaked", "which idiot in the hub".
    frame: `^ [who (signed this off|signed that off|signed it off|signed off on|okayed|ok'd|sanctioned|thought this was a good idea|thought that was a good idea|thought it was a good idea|let this happen|allowed this)]`,
    invalid: ['Who signed this off?', 'Who signed off on pushing that config straight to prod without review?'],
    valid: ['Who signs the forms off was agreed: the duty manager.'],
  },
  {
    frame: `[whose (bright|brilliant|great|clever|stupid|daft) idea]`,
    invalid: ['Lettings: whose bright idea was the new portal?'],
    valid: ['Whose idea was the winter walk? Members thanked Jo for it.'],
  },
  {
    // "which forms were lost" asks what went missing, not who lost it.
    unless: /\b(?:was|were|been|being|got|get|gets|are|is) (?:\w+ )?(?:lost|mislaid|misplaced|broke|binned|leaked|ignored|forgot|forgotten|overlooked|dropped|disabled|deleted|double-booked)\b/,
    frame: `(find out|identify|establish|work out|ascertain|discover|track down|determine) (exactly|precisely)? [(which|who) _{0,5} {lapse:lapse-verbs}]`,
    invalid: ['A proper investigation is needed to find out who leaked the draft paper.', 'ACTION: KT to identify which engineer disabled the alert.'],
    valid: ['The audit will establish which practices need extra support.', 'Find out which forms were lost in the move so they can be reissued.'],
  },
  {
    frame: `[(which|what|some) (idiot|idiots|genius|bright spark|clown|muppet|numpty|wally|joker)] !(of)`,
    invalid: ['ACTION: KD to find out which idiot in the booking hub double-booked the vaccination clinic.', 'Which bright spark decided to move the clinic?'],
    valid: ['The chair asked which room the clinic would use.', 'The panto needs a clown and a joker.'],
  },
  {
    frame: `[(we all|everyone|everybody|everyone round the table) _{0,2} (know|knows) (who|whose)] !(to|the|is|are|our|we|you|their|attended|came)`,
    invalid: ['We all know who sat on the continuing healthcare paperwork over the summer.', 'Everyone round the table knows whose desk it came from.'],
    valid: ['Everyone knows who the safeguarding lead is.', 'We all know who to call out of hours.'],
  },
  {
    frame: `[i wonder who] $`,
    invalid: ['Somehow the discharge letter template was changed again without anyone in primary care being asked — I wonder who.'],
    valid: ['I wonder who could help us with the translation?'],
  },
  {
    frame: `(make sure|ensure|must|should|will|need to|needs to|has to|have to) (they|he|she)? [answer for (it|this|that|this mess|that mess)]`,
    invalid: ['ACTION: KT to identify which engineer disabled the alert and make sure they answer for it.'],
    valid: ['The lead will answer questions on it at the next meeting.'],
  },
  {
    frame: `[(brushed aside|batted back|batted away|stonewalled)] ("|”|'|’)? _{0,4} by {determiners}? _{0,3} {culprit:agents}`,
    invalid: ['The request for a joint clinic was batted back by the acute trust without being read.'],
    valid: ['The ball was batted back by the pupils in the rounders match.'],
  },
]);

/** Counterfactual hindsight pinned on a named team ("had the ward sent it, none of this would have happened") (no-hindsight-blame). */
const HINDSIGHT_PAST = `(listened|checked|sent|followed|read|bothered|picked|spotted|acted|flagged|answered|escalated|chased|done|caught|noticed|returned|kept|paid)`;
export const HINDSIGHT_FRAMES = new FrameSet([
  {
    negatable: false,
    frame: `^ [had (the|our|their)? _{0,3} {culprit:agents} ${HINDSIGHT_PAST}] _{0,8} (,)? _{0,8} (would|could|'d) (not|never|n't)? (have|be)`,
    invalid: ['Had the fundraising committee listened to the auditors, none of this would have happened.'],
    valid: ['Had the team known about the road closure, they would have rerouted the visits — the council will share closures earlier.'],
  },
  {
    negatable: false,
    frame: `^ [if (the|our|their)? _{0,3} {culprit:agents} had ${HINDSIGHT_PAST}] _{0,8} (,)? _{0,8} (would|could|'d) (not|never|n't)? (have|be)`,
    invalid: ['If the ward had sent the TTOs on time, the patient would not have gone home without her insulin.'],
    valid: ['If the ward had more beds, fewer patients would have waited in the corridor.'],
  },
  {
    unless: /\b(?:whether|asked|question|could|we|i)\b/,
    frame: `{culprit:agents} [(should have|should've|ought to have) (spotted|caught|picked up|noticed|flagged|seen|known|checked|escalated|acted|chased)]`,
    invalid: ['OOH GP should’ve spotted the sepsis.'],
    valid: ['The review asked whether the GP should have spotted the sepsis, and what would help next time.'],
  },
  // -- Added for blame recall (issue 8): hindsight pinned on someone.
  {
    unless: /\b(?:whether|asked|question|could|we|i)\b/,
    frame: `{culprit:agents} [(should have|should've|ought to have) (known better|known|realised|realized|foreseen|anticipated|seen it coming|thought|asked|listened|read|bothered|checked|warned)]`,
    invalid: ['The ward should have known better than to discharge him on a Friday.', 'The practice ought to have listened to the carers.'],
    valid: ['Members asked whether the practice should have known, and what would help next time.', 'We should have checked the list and have added a second check.'],
  },
  {
    frame: `{culprit:agents} _{0,3} [(could|should|might) (reasonably|surely|at least|fairly)? have been expected to]`,
    invalid: ['Members felt the social prescribing lead could reasonably have been expected to spot the duplicate referrals earlier.'],
    valid: ['Nobody could have been expected to foresee the flood.'],
  },
  {
    frame: `^ [as (some of us|a few of us|several of us|many of us|those of us who) _{0,3} (predicted|warned|said at the time|foresaw|feared|pointed out at the time)]`,
    invalid: ['As some of us predicted back in June, the brokerage team’s quick fix lasted about a fortnight.', 'As some of us said at the time, outsourcing the helpline was never going to end well.'],
    valid: ['As some of us will remember, the clinic moved in 2019.', 'As some of us said at the last meeting, the bus route will change in May.'],
  },
  {
    frame: `[(was|were) (always|never) going to (end well|end badly|end in tears|go well)]`,
    invalid: ['Outsourcing the helpline to that firm was never going to end well.'],
    valid: ['The fun run was always going to be in May.'],
  },
  {
    frame: `[(one|you|we|i) (might|would|could) have (hoped|thought|expected)] (that)? {determiners}? _{0,3} {culprit:agents} (would|might|could|to)`,
    invalid: ['One might have hoped the ICB would read its own guidance before rejecting the bid.'],
    valid: ['We would have expected demand to rise in December.', 'One might have hoped for better weather.'],
  },
  {
    negatable: false,
    frame: `[if only {determiners}? _{0,3} {culprit:agents} had ${HINDSIGHT_PAST}]`,
    invalid: ['If only the ward had checked the notes.'],
    valid: ['If only the council had more money for the park.'],
  },
  {
    frame: `[(had|if) {determiners}? _{0,3} {culprit:agents} (had)? (bothered|troubled|taken the trouble|cared enough)]`,
    invalid: ['Had the agency bothered to read the care plan, she would not have fallen.', 'If the contractor had bothered to check, the leak would have been found.'],
    valid: ['If the team had time, they would have joined the walk.'],
  },
]);

/** "to save their lives", "if its life depended on it" (every owner, both numbers). */
const SAVE_LIFE = `(${['their', 'his', 'her', 'its']
  .flatMap((o) => [`to save ${o} life`, `to save ${o} lives`, `if ${o} life depended on it`, `if ${o} lives depended on it`])
  .join('|')})`;

/** Idioms of neglect or failure pinned on a named team or person (no-blame-idiom). */
export const IDIOM_FRAMES = new FrameSet([
  {
    // Our own slips, and "no longer feel kept in the dark" (a fix reported), judge no one.
    unless: new RegExp(
      String.raw`\b(?:we|i|us|ourselves)\b (?:\w+ )?(?:have |had |were |was )?(?:fobbed|washed|kept|led|left|wriggled|swept|dropped|passed|made|messed|cocked|screwed|blew)|` +
      String.raw`\b(?:no longer|never|not|less)\b(?: \w+){0,2} (?:feel|felt|being|been)\b`,
    ),
    frame: `{culprit:agents} _{0,4} ("|“|'|‘)? {intensifiers}? [{idiom:neglect-idioms}]`,
    invalid: ['The hospice felt the district nurses had washed their hands of the patient at the weekend.', 'The contractor has wriggled out of every snagging visit.'],
    valid: [
      'We dropped the ball on the rota and have put a second check in place.', 'Families said they no longer feel kept in the dark since the weekly calls began.',
      'The team has made its own bed rota for the winter.',
    ],
  },
  {
    frame: `[{idiom:neglect-idioms}] ("|”|'|’)? _{0,3} by (the)? _{0,3} {culprit:agents}`,
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
  // -- Added for blame recall (issue 8): neglect and derision pinned on a named party.
  {
    // "clearly did not read the notes", "just don't read the notes": a charge of not caring, not an account of what got in the way.
    negatable: false,
    frame: (
      `{culprit:agents} (who)? [(clearly|obviously|plainly|evidently|just|simply|never even|still) (did not|didn't|does not|doesn't|do not|don't|had not|` +
      `hadn't|have not|haven't|has not|hasn't|never|can not|cannot|can't) (bother|bothered|read|check|checked|listen|listened|look|looked|care|cared|think|thought)]`
    ),
    unless: /\b(?:because|until|as the|since the|so we|so the)\b/,
    invalid: ['Dr Lennox said the discharge coordinators clearly did not read the notes before phoning families.', "Dr Venn: 'social workers just don't read the notes.'"],
    valid: ['The discharge coordinators did not read the notes because the record was locked.', 'Patients just don’t read long leaflets, so we made a short one.'],
  },
  {
    // "could not organise a rota to save their lives", "couldn't organise a handover if its life depended on it".
    negatable: false,
    frame: `[(could not|couldn't|cannot|can't|can not) _{1,5} ${SAVE_LIFE}]`,
    invalid: ['Our partners at the trust, as usual, could not organise a rota to save their lives.', 'Dr Fenwick remarked that the ambulance service couldn’t organise a handover if its life depended on it.'],
    valid: ['The paramedics worked to save his life.'],
  },
  {
    negatable: false,
    frame: `{culprit:agents} _{0,3} ("|“|'|‘)? [(could not|couldn't|cannot|can't|can not) (organise|organize|run|find|manage) _{1,4} (,)? (in a brewery|in a fire station|in a needle factory|in a sweet shop|let alone|never mind)]`,
    invalid: ['Chair observed that the ICB’s digital team could not organise a rota, let alone a new patient record.', "Ward 7 sister said the bed bureau couldn't organise a rota in a brewery after Tuesday's transfer mix-up."],
    valid: ['The clinic could not run on Tuesdays in a church hall, so it moved.'],
  },
  {
    unless: /\b(?:will|would|can|may|could|should|shall|agreed to|plans? to|decided to) treat\b/,
    frame: `{culprit:agents} _{0,4} [(treat|treats|treated|treating) _{1,4} as (optional|a suggestion|an optional extra|an afterthought|a tick-box exercise|a tick box exercise|a joke|beneath them)]`,
    invalid: ['The chair remarked that the out-of-hours provider appeared to treat safeguarding flags as optional.'],
    valid: ['The clinic will treat the evening session as optional for staff who worked the weekend.'],
  },
  {
    negatable: false,
    frame: `{culprit:agents} _{0,2} ("|“|'|‘)? [(has|have|had|do|does|did|'s|'ve) (n't|not) (got|have)? a clue]`,
    invalid: ['ED lead said general practice hasn’t a clue about frailty.'],
    valid: ['The family did not have a clue where the clinic was until the text came.'],
  },
  {
    frame: `[no idea what (they|he|she|they're|he's|she's) (are|is|were|was|'re|'s)? doing]`,
    invalid: ['The governors said the contractor had no idea what they were doing.'],
    valid: ['We had no idea what the day would bring.'],
  },
  {
    // "sat on the referral all weekend", "sitting on patients who were medically fit" (not "sat on the panel").
    frame: `{culprit:agents} _{0,3} ("|“|'|‘)? [(sat|sitting|sits|sit) on] ("|”|'|’)? {determiners}? _{0,3} {held-items} !(panel|panels|board|committee|group|forum|team|steering|working|appeals|review|'|'s)`,
    invalid: ['Ward 7 sat on the referral all weekend.', 'KM said frankly the ward sisters were sitting on patients who were medically fit.'],
    valid: ['Cllr Hart sat on the complaints panel for two years.', 'Two GPs sit on the patients’ forum.'],
  },
  {
    // An evaluative lapse verb on a named party: "coding team mangled the data return", "111 fumbled the handover".
    unless: /\b(?:we|i|us)\b (?:\w+ )?(?:have |had )?(?:botched|bungled|fumbled|mangled|butchered|ghosted|fluffed|bodged|dumped|ballsed|fouled|mucked|made)/,
    frame: `{culprit:agents} (has|have|had)? ("|“|'|‘)? {intensifiers}? {verdict-degrees}? [{lapse:botch-verbs}]`,
    invalid: ['111 fumbled the handover yet again.', 'Coding team mangled the data return again.', "Governors heard that the local authority had 'completely bungled' SEND transport."],
    valid: ['We fumbled the handover on Friday and have added a checklist.', 'The handover was fumbled when the phones went down.'],
  },
  {
    // Failing or letting down the people a service is for: "failed the patients of this borough".
    unless: /\b(?:system|process|policy|scheme|model|funding|formula|we|our)\b (?:\w+ )?(?:has |had |have )?(?:failed|let)\b/,
    frame: `{culprit:agents} (has|have|had)? {verdict-degrees}? [(failed|let down) {determiners}? _{0,1} {served-people}]`,
    invalid: ['The 111 provider failed the patients of this borough over the bank holiday.'],
    valid: ['The funding formula failed older people in rural areas.', 'Families failed to attend the first session.'],
  },
  {
    unless: /\b(?:system|process|policy|scheme|model|funding|formula|weather|we|our)\b (?:\w+ )?(?:has |had |have )?let\b/,
    frame: `{culprit:agents} (has|have|had)? {verdict-degrees}? [let {determiners}? _{0,1} {served-people} down]`,
    invalid: ['Members felt the council had let residents down over the bus route.'],
    valid: ['The weather let families down on the fun day.'],
  },
  {
    negatable: false,
    frame: `[(nobody|no one|no-one) (at|in|from) (the)? _{0,3} {culprit:agents} (can|could) (even)? (read|answer|be bothered|spell|count|organise|organize)]`,
    invalid: ['Apparently nobody in housing can read an email — the hospital discharge referral sat unopened for a fortnight.'],
    valid: ['Nobody at the practice could attend on Tuesday, so the visit moved.'],
  },
  {
    frame: `{culprit:agents} _{0,3} [(fobbed|fobbing|fobs|fob|palmed|palming|strung|stringing|strings) {determiners}? _{0,1} {served-people} (off|along)]`,
    invalid: ['Repairs team fobbed the tenant off for months.', 'The housing team had strung the family along for a whole winter.'],
    valid: ['The team strung bunting along the fence for the fun day.'],
  },
  {
    frame: `{culprit:agents} _{0,3} [(fobbed|fobbing|fobs|fob|palmed|palming|strung|stringing|strings) (us|them|him|her|me|everyone|everybody) (off|along)]`,
    invalid: ['The vendor has strung us along on the fix for three releases now.'],
    valid: ['We strung them along the fence.'],
  },
  {
    frame: `{culprit:agents} _{0,3} [(left|leaving|leaves) _{0,3} (high and dry|in the lurch|holding the baby|to pick up the pieces)]`,
    invalid: ['The agency left us high and dry over Christmas.', 'The agency left the family in the lurch.'],
    valid: ['The storm left the village without power.'],
  },
  {
    negatable: false,
    frame: `{culprit:agents} (who)? [(never|rarely|barely|seldom) (bothers|bother|bothered) to]`,
    invalid: ['The agency never bothers to ring back.'],
    valid: ['Patients never bother to call when the line is busy.'],
  },
  {
    negatable: false,
    unless: /\b(?:we|i)\b/,
    frame: `[(had not|hadn't|did not|didn't) (read|checked|check|looked at|look at) _{1,4} before (signing|approving|sending|agreeing)]`,
    invalid: ['The group recorded its disappointment that Dr Elgar had not read the pathway before signing it off.'],
    valid: ['We had not read the paper before signing, so we will look again.'],
  },
  {
    unless: /\bwasted no\b/,
    frame: `{culprit:agents} (has|have|had) [wasted {number}? _{0,2} (weeks|months|years|days|time|money)]`,
    invalid: ['Steering group heard that the consultants had wasted six months producing a report nobody asked for.'],
    valid: ['The group has wasted no time in setting up the clinic.'],
  },
  {
    frame: `{culprit:agents} (has|have|had)? [buried {determiners} _{0,2} {held-items}]`,
    invalid: ['Dr Singh said the radiology department had buried the scan report and nobody there cared.'],
    valid: ['The parish buried the time capsule by the church.'],
  },
  {
    frame: `[(as much use as|as useful as) a (chocolate teapot|chocolate fireguard|chocolate kettle)]`,
    invalid: ['VCSE rep said the social prescribers had been about as much use as a chocolate teapot.'],
    valid: ['The chocolate teapot raffle raised £40.'],
  },
  {
    frame: `{culprit:agents} (is|are|was|were|keeps|keep|kept) (always|forever|constantly|continually|perpetually) [(losing|forgetting|ignoring|mislaying|misplacing|missing|dropping|cancelling|breaking)]`,
    invalid: ['The school office is always losing the consent forms.'],
    valid: ['The team is always looking for volunteers.'],
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
  // -- Added for blame recall (issue 8): sarcasm about repetition and barbed asides.
  {
    frame: `^ [another (week|month|day|year|meeting|quarter|winter|term|monday|friday|audit|inspection|sprint) , another] _{0,2} {lapse-nouns}`,
    invalid: ['Another week, another lost referral from the PCN hub.', 'Another month, another missed deadline from the commissioning support unit.'],
    valid: ['Another year, another successful fun run for the hospice.'],
  },
  {
    frame: `[how many more (near misses|near-misses|incidents|complaints|errors|mistakes|reminders|warnings|chances|deaths|lost referrals|missed visits)]`,
    invalid: ['How many more near misses before the theatre team start following the WHO checklist?'],
    valid: ['How many more home visits can the team offer in March?'],
  },
  {
    frame: `[how many more times] _{0,6} (miss|lose|forget|ignore|break|fail|cancel|drop|mislay|chase|remind|ask|tell|explain)`,
    invalid: ['ML asked pointedly how many more times the hospice intends to miss the data return.'],
    valid: ['Members asked how many more times the group would meet before the summer.'],
  },
  {
    frame: `[in (their|its|his|her) infinite wisdom]`,
    invalid: ['Highways, in their infinite wisdom, dug up the same road twice in a month.'],
    valid: ['The infinite patience of the volunteers was praised.'],
  },
  {
    // A bare aside after a lapse ("Lab mislaid the bloods. Typical.").
    frame: `^ [(typical|predictable|classic|naturally|figures|surprise surprise|what a surprise|no surprise there|shock horror|thanks for nothing|cheers for that)] $`,
    invalid: ['Typical.', 'Predictable.', 'Thanks for nothing.'],
    valid: ['Typical waiting times are in the appendix.', 'Classic car rally: the road will close at 9.'],
  },
  {
    frame: `[thanks for nothing]`,
    invalid: ['Trust IT broke EMIS access. Thanks for nothing, as ever.'],
    valid: ['Thanks for everything you did this year.'],
  },
  {
    frame: `, [(naturally|typically|predictably|classic)] $`,
    invalid: ['Discharge letters late. District nurses, naturally.'],
    valid: ['The group will meet in March, as usual.'],
  },
  {
    frame: `{culprit:agents} (:)? _{0,2} [(asleep|sleeping|slept) (,)? (again|as always|as usual|as ever|on the job|through the pager|through the bleep|through the alarm|through the call|through it)]`,
    invalid: ['Bed bureau asleep again on Friday night.', 'SRE on call slept through the pager.', 'Council waste team: asleep, as always.'],
    valid: ['The patient slept through the night.'],
  },
  {
    // A lapse told as a repeat: "Supply teachers lost the coursework again", "DevOps let the staging cert expire again".
    frame: `{culprit:agents} (has|have|had)? [{lapse:lapse-verbs}] _{0,5} (,)? (again|yet again|once again|once more)`,
    // Losing staff, a vote or a bid is no lapse of theirs; "dropped the ball" is the idiom rule's (its "again" is the repeat rule's own).
    unless: /\b(?:we|i|us|our)\b|\bdropped the ball\b|\blost (?:\w+ ){0,2}(?:colleagues?|staff|nurses?|gps?|doctors?|members?|volunteers?|patients?|residents?|funding|money|contracts?|bids?|tenders?|votes?|appeals?|cases?)\b/,
    invalid: ['Supply teachers lost the coursework again.', 'The lab mislaid the bloods yet again.'],
    valid: [
      'The team lost two nurses to retirement and is recruiting again.',
      'The nurses lost two colleagues to retirement again this year.',
      'The council dropped the ball on discharge letters yet again.',
    ],
  },
  {
    frame: `{culprit:agents} (has|have|had)? [let _{1,4} (slide|drift|spiral|get into this state|get into such a state|slip through the net|slip through the cracks)]`,
    unless: /\b(?:we|i|us|our)\b/,
    invalid: ['ACTION: FO to establish which pharmacist let the controlled drugs register get into this state.', 'After the care navigators let the backlog spiral, the board set them a target.'],
    valid: ['We let the backlog spiral in March and have added a weekly review.'],
  },
  {
    frame: `{culprit:agents} (has|have|had)? [let _{1,4} (expire|lapse|pile up|go missing|run out)] _{0,3} (again|yet again|once again|once more)`,
    unless: /\b(?:we|i|us|our)\b/,
    invalid: ['Stand-up: DevOps let the staging cert expire again, so nothing got tested.'],
    valid: ['The board let the old contract expire as planned.'],
  },
  {
    frame: `^ [is it too much to ask]`,
    invalid: ['Is it too much to ask that the data team test a dashboard before sending it to the board?'],
    valid: ['Members asked whether it is too much to ask of volunteers in winter.'],
  },
  {
    frame: `[only {number} _{0,2} (late|behind|overdue) this time]`,
    invalid: ['Great work from the hospital transport people, only three hours late this time.'],
    valid: ['The bus was three minutes late this time because of roadworks.'],
  },
  {
    frame: `[(another|a) masterclass in how not to]`,
    invalid: ['Another masterclass in how not to run a bed meeting from the site team, JR said.'],
    valid: ['The masterclass in how to run a bed meeting was well attended.'],
  },
  {
    frame: `^ [(typical|classic) _{0,2} {culprit:agents}] (—|–|-|,|!|.|:|;)`,
    invalid: ['Typical council.', 'Typical agency — nobody answers the phone.'],
    valid: ['Typical GP workload is about forty patients a day.'],
  },
  {
    frame: `[{lapse:lapse-verbs}] ("|”|'|’)? by {determiners}? _{0,3} {culprit:agents} _{0,4} (again|yet again|once again|running)`,
    invalid: ["Referrals were, let's say, 'mislaid' by the MSK triage team for the third month running.", 'The forms were lost by the agency again.'],
    valid: ['The forms lost in the move were found by the agency.'],
  },
]);
