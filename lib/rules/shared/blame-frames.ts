// Blame frames over word classes (lib/rules/lexicon): verdicts with no failure verb, fingers pointed, formal reprimands.
import { FrameSet } from './frames.ts';

/** A verdict on a person or team's performance, or a bare verdict after a lapse (no-judgement-word). */
export const VERDICT_FRAMES = new FrameSet([
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
