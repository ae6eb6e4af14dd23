// Org-centric frames over word classes (lib/rules/lexicon): gatekeeping work on money, queues and closed decisions.
import { FrameSet } from './frames.ts';

/** Work taken on only if it brings money in, or only if one organisation gets its name, credit or control (no-conditional-participation). */
export const MONEY_GATE_FRAMES = new FrameSet([
  {
    frame: `{take-on-verbs} _{0,6} [(only|just) (if|when|where|as long as|so long as|provided) _{0,4} {money-verbs} (in)? _{0,2} {gain:money-nouns}]`,
    invalid: [
      'The practice will take on the extra clinics only if they bring money in.',
      'The trust said it would join the scheme only as long as it brings in tariff.',
    ],
    valid: [
      'The scheme will only work if it brings in match funding for the whole partnership.',
      'Patients pay only if they are not exempt.',
    ],
  },
  {
    frame: `(only|just) {take-on-verbs} _{0,6} [(if|when|where|as long as|so long as|provided) _{0,4} {money-verbs} (in)? _{0,2} {gain:money-nouns}]`,
    invalid: ['We only run the Saturday sessions when they generate income for the practice.'],
    valid: ['We only run the Saturday sessions when volunteers are free.'],
  },
  {
    negatable: false,
    frame: `{take-on-verbs} _{0,6} [unless _{0,4} {money-verbs} (in)? _{0,2} {gain:money-nouns}]`,
    invalid: ['The federation will not take on the new service unless it brings in extra income.'],
    valid: ['The hub cannot open on Sundays unless the ICB agrees the winter funding.'],
  },
  {
    frame: `[(only|just) {take-on-verbs} _{0,4} (if|when|provided|as long as|so long as) _{0,2} (our|its|it|we|they|their) (own)? _{0,2} {stake:own-stakes}]`,
    invalid: [
      'The PCN would only co-badge the leaflet if its own logo appeared larger than the council’s.',
      'Trustees said they only co-fund if our name leads the press release.',
    ],
    valid: ['The leaflet can only go out if its name is checked by the patient panel.', 'Only if we lead by example will others follow.'],
  },
  {
    frame: `{take-on-verbs} _{0,4} [only (if|when|provided|as long as|so long as) _{0,2} (our|its|it|we|they|their) (own)? _{0,2} {stake:own-stakes}]`,
    invalid: ['The federation will join the hub only if it holds the contract.'],
    valid: ['The federation will join the hub only if it has the staff to do it safely.'],
  },
]);

/** Other teams' requests left waiting behind one organisation's own work, or a service kept for its own people (no-own-organisation-first). */
export const OWN_FIRST_FRAMES = new FrameSet([
  {
    frame: `[for (our|its|their) (own)? _{0,2} {people:own-people} only]`,
    invalid: ['Our practice will do 300 extra health checks, for our registered list only.', 'The counsellors are for the hospice’s families — for its own families only.'],
    valid: ['The survey was for patients only, not staff.', 'Only for our patients who consent will the records be shared.'],
  },
  {
    frame: `{outsiders} _{0,3} [{request-nouns} _{0,6} (to|at|on|into|in) the {queue:queue-ends}]`,
    invalid: [
      'Other teams’ requests will go to the back of the queue until our backlog is clear.',
    ],
    valid: [
      'Routine requests go to the back of the queue when urgent cases arrive.',
      'Other teams asked how the queue is ordered, and the triage rules were shared.',
    ],
  },
  {
    frame: `[{request-nouns} from {outsiders} _{0,6} (to|at|on|into|in) the {queue:queue-ends}]`,
    invalid: ['Requests from partners go to the bottom of the pile.'],
    valid: ['Requests from partners are answered within a week.'],
  },
  {
    frame: (
      `[(put|puts|putting|push|pushes|pushed|pushing|send|sends|sent|sending|move|moves|moved|bump|bumped|shunt|shunted) {outsiders} _{0,3} {request-nouns} _{0,4} (to|` +
      `at|on|into) the {queue:queue-ends}]`
    ),
    invalid: ['The team has pushed other services’ referrals to the bottom of the pile since April.'],
    valid: ['The team moved routine referrals to the back of the list during the heatwave.'],
  },
  {
    frame: `{outsiders} _{0,2} [{request-nouns} _{0,2} (can|will|must|should|'ll) (wait|go last|come last|come second)]`,
    invalid: ['Partner organisations’ requests can wait until the audit is done.'],
    valid: ['Patients asked whether requests can wait until the new system is live.'],
  },
]);

/** A decision kept from the partners it affects (no-rank-closing-discussion). */
export const CLOSED_DECISION_FRAMES = new FrameSet([
  {
    frame: `[(decision|matter|call|question|issue) (,|;|—|–)? not (one|a matter|a decision|something|a question|a call|an issue)? for {shared:shared-parties}]`,
    invalid: [
      'It is a board decision, not one for partners.',
      'Closing the unit is an executive call, not something for the wider system.',
    ],
    valid: ['It is a decision for partners, not for the board alone.', 'The question of opening hours is one for the whole network to answer together.'],
  },
  {
    frame: `[(decision|matter|call|question) for (the)? _{0,3} {decision-bodies} (,|;|—|–)? (and)? not (for)? (the)? _{0,2} {shared:shared-parties}]`,
    invalid: [
      'The opening hours are a matter for the practice — not for the PCN.',
      'That is a call for the executive, not the partners.',
      'This was a decision for executives and not for the VCSE representatives.',
    ],
    valid: ['The opening hours are a matter for the whole partnership, not for one practice.'],
  },
  {
    frame: `{shared-parties} _{0,3} (will|would|are|were|to|can|should)? (be)? [(told|informed|notified|updated) (,)? (but)? (not|rather than) (consulted|asked|involved)]`,
    invalid: ['Partners will be told, not consulted, once the trust board has decided.'],
    valid: ['Partners will be consulted, not just told, before the board decides.'],
  },
]);

/** One organisation's people, kit, money or lists kept back from partners (no-own-organisation-first). */
export const GATEKEEP_FRAMES = new FrameSet([
  {
    negatable: false,
    // Consent, data law, sickness or a stated limit give a reason that is not the organisation's own interest.
    unless: /\b(?:consent|confidential\w*|gdpr|data protection|information governance|legal basis|safeguarding|sickness|shortage|vacanc\w+|until|unless|without)\b/,
    frame: `[(wo n't|will not|would not|would n't|refused to|refuses to|declined to|declines to|stop|stopped|stops|no longer) {give-verbs} _{0,4} (its|our|their) (own)? _{0,2} {asset:own-assets}]`,
    invalid: [
      'The school said it would not lend its minibus to cover the council’s runs.',
      'The charity would stop sharing its volunteer list with the council.',
      'The trust declined to release their own therapists for the joint clinic.',
    ],
    valid: [
      'The practice will not share its data without patient consent.',
      'The hospice agreed to lend its minibus for the carers’ day out.',
      'The team could not release its staff this week because of sickness.',
    ],
  },
  {
    frame: `[(keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained|retaining) _{0,6} (for|in|within|with) (its|our|their) own _{0,3} rather than]`,
    invalid: ['The district council will keep any underspend in its own pot rather than the joint fund.'],
    valid: ['The district council will pool any underspend in the joint fund rather than its own pot.', 'Keep the notes in your own words rather than jargon.'],
  },
  {
    frame: `[(keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained) _{0,6} for (its|our|their) (registered|own) _{0,2} (patients|list|residents|families|tenants|members|clients|pupils) rather than]`,
    invalid: ['Practice managers agreed to keep the extra flu stock for their registered patients rather than the care homes next door.'],
    valid: ['Practice managers agreed to share the extra flu stock with the care homes rather than keep it.'],
  },
  {
    frame: `(keep|keeps|kept|keeping|stay|stays|staying|stayed) _{0,6} [(off|out of|away from) (our|its|their|my) (own)? (books|ledger|budget|caseload|patch|turf|territory)]`,
    invalid: ['Eligibility will be raised to keep people from the next borough off our books.', 'The outreach team was told to keep off our patch.'],
    valid: ['Keep the coats off the beds.', 'People stayed out of hospital thanks to the new rapid response team.'],
  },
  {
    frame: `(so|so that) _{0,4} [(drops|drop|dropped|comes|come|falls|fall|stays|stay) off (the|our|its|their) _{0,2} (books|ledger|budget|balance sheet)]`,
    invalid: ['The trust will move the cost of continence products onto community budgets so it drops off the acute ledger.'],
    valid: ['The old equipment was written off so it drops off the asset register.'],
  },
]);

/** A problem named as another organisation's, set against "ours" (no-passing-the-problem). */
export const ELSEWHERE_FRAMES = new FrameSet([
  {
    // "Not the practice's alone" shares a problem rather than passing it.
    unless: /\b(?:alone|only|just|all of us|everyone|together|shared|jointly)\b/,
    frame: `[{agents} ('s)? (matter|problem|issue|mess|headache|responsibility|job|concern|lookout|failure) (to fix|to sort|to sort out)? (,|;|—|–)? not (ours|mine|the|our)]`,
    invalid: ['Dental access? That’s NHS England’s mess, not the PCN’s.', 'Delayed transfers are a council problem, not ours.'],
    valid: ['Delayed transfers are a system problem, not the council’s alone.', 'This is a housing matter, not a clinical one, and the housing officer will join the next MDT.'],
  },
  {
    frame: `[for (the)? (other|another|next) {agents} to (sort out|sort|untangle|fix|solve|deal with|pick up|worry about|clear up|mop up)]`,
    invalid: ['Registry said exam clashes are for the other department to untangle.'],
    valid: ['The clinic asked the other practices to pick up the learning from the audit together.'],
  },
]);
