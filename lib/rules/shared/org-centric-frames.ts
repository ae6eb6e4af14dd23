// Org-centric frames over word classes (lib/rules/lexicon): gatekeeping work on money, queues and closed decisions.
import { FrameSet } from './frames.ts';

// Frames on conditions, resources kept back, costs moved and closed views live beside these.
export * from './org-gate-frames.ts';

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
    frame: (
      `[(prioritise|prioritises|prioritised|prioritising|favour|favours|favoured|favouring|put|puts|putting) (our|its|their) (own|registered) _{0,2} ` +
      `{people:own-people} (first|ahead|before|over)]`
    ),
    invalid: ['The PCN will prioritise its own registered patients ahead of the care homes.', 'The school said it would put its own pupils first for the holiday places.'],
    valid: ['The practice will prioritise patients with the greatest need first.', 'We put our patients first in everything we do.'],
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
    frame: `[{give-verbs} _{0,4} only (with|to|for) (our|its|their) (own|registered) _{0,2} {people:own-people}]`,
    invalid: ['The hospice will share the bereavement leaflets only with its own families.', 'The practice offers the spare flu slots only to its registered patients.'],
    valid: ['The practice will share the results only with patients who consent.', 'The charity will share the report with all partners and its own members.'],
  },
  {
    // Money kept by one body against a joint, pooled or partnership pot.
    frame: (
      `[{money:money-nouns} _{0,3} (stay|stays|remain|remains|be kept|be held|be retained|kept|held|retained) (with|in|by) (the|our|its|their)? _{0,2} {agents} (,)? ` +
      `(rather than|instead of|and not|not) _{0,3} (joint|shared|pooled|partnership|system|common)]`
    ),
    invalid: ['Members agreed the grant should stay with the charity rather than go into the joint pot.', 'Any underspend will be kept by the trust, not returned to the pooled budget.'],
    valid: [
      'The grant will go into the joint pot rather than stay with the charity.',
      'Funding will stay with the partnership until the review in March.',
      'The underspend stays in the pooled fund rather than going back to the council.',
    ],
  },
  {
    frame: `[(keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained|retaining) _{0,6} (for|in|within|with) (its|our|their) own _{0,3} rather than]`,
    invalid: ['The district council will keep any underspend in its own pot rather than the joint fund.'],
    valid: ['The district council will pool any underspend in the joint fund rather than its own pot.', 'Keep the notes in your own words rather than jargon.'],
  },
  {
    frame: `[(keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained) _{0,6} for (its|our|their) (registered|own) _{0,2} ` +
      `(patients|list|residents|families|tenants|members|clients|pupils) rather than]`,
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
    frame: `[{agents} ('s)? {burden-nouns} (to fix|to sort|to sort out)? (,|;|—|–)? not (ours|mine|the|our)]`,
    invalid: [
      'Dental access? That’s NHS England’s mess, not the PCN’s.',
      'Delayed transfers are a council problem, not ours.',
      'Home-to-school transport is the county’s cost, not the trust’s.',
    ],
    valid: ['Delayed transfers are a system problem, not the council’s alone.', 'This is a housing matter, not a clinical one, and the housing officer will join the next MDT.'],
  },
  {
    negatable: false,
    // Saying a team cannot carry it alone, or must not decide alone, shares the problem rather than passing it.
    unless: /\b(?:alone|on (?:its|their|our) own|by (?:itself|themselves|ourselves)|single-handedly|together|without)\b/,
    frame: `[(not|n't|never) (for|up to|the job of|the role of) (the|our)? _{0,2} {agents} to {pick-up-verbs}]`,
    invalid: [
      'It is not up to the practice to sort out the hospital’s discharge delays.',
      'Housing officers said it was not for the council to pick up the trust’s missed referrals.',
      'The GP lead said it isn’t for general practice to mop up after the acute trust.',
    ],
    valid: [
      'It is not for the council to fix this alone; partners will work on it together.',
      'It is now up to the practice to fix the rota, with help from the PCN.',
      'It is not up to patients to chase their own results.',
      'It is not for the board to decide the rota; the teams will agree it.',
    ],
  },
  {
    // Moving a cost so that it lands on another organisation's books instead of one's own.
    frame: (
      `[(so|so that) (the)? (cost|costs|bill|spend|overspend|liability|pressure|burden) (lands|land|falls|fall|sits|sit|goes|go|moves|shifts|ends up|lies) ` +
      `(on|with|onto|in|to)] _{1,5} (rather than|instead of|and not|not)`
    ),
    invalid: ['The dressings will be recorded as GP prescribing so the cost lands on primary care rather than the community trust.'],
    valid: [
      'The post is funded from the pooled budget so the cost falls on all four partners equally.',
      'Under the section 75 agreement the cost falls on the council rather than the trust.',
    ],
  },
  {
    // Cost shunting: a cost, a load or a problem moved onto another body; a split agreed between partners is not.
    unless: /\b(?:equally|fairly|shared|pro rata|proportionately|jointly|as agreed|agreed split)\b/,
    frame: (
      `[(shift|shifts|shifted|shifting|shunt|shunts|shunted|shunting|pass|passes|passed|passing|push|pushes|pushed|pushing|offload|offloads|offloaded|` +
      `offloading|dump|dumps|dumped|dumping) (the)? _{0,4} {burden:burden-nouns} _{0,4} (onto|on to|over to|across to) (the)? _{0,3} {agents}]`
    ),
    invalid: [
      'The acute trust has shifted the cost of wound dressings onto the community provider.',
      'Members felt the new criteria simply pushed the pressure onto general practice.',
    ],
    valid: [
      'The pooled budget passes the cost onto all four partners equally.',
      'The ICB passed the winter funding onto the practices in November.',
      'Costs will be shared between the council and the trust as agreed.',
    ],
  },
  {
    negatable: false,
    // Refusing to carry a bill that is said to be another body's; a bill not yet payable is housekeeping.
    unless: /\b(?:until|invoice\w*|yet|before|without)\b/,
    frame: (
      `[(wo n't|will not|would not|would n't|refuse to|refused to|refuses to|not going to|ca n't|cannot|can not|not) (foot|pick up|pay|carry|meet|cover|shoulder) ` +
      `the (bill|bills|cost|costs|tab)] (for|of) (the)? _{0,3} {agents}`
    ),
    invalid: [
      'The council won’t foot the bill for the hospital’s delayed discharges.',
      'GP leads said the practices would not pick up the costs of the trust’s cancelled clinics.',
    ],
    valid: [
      'The charity cannot meet the cost of the new van this year.',
      'We cannot pay the bill for the cleaning contractor until the invoice arrives.',
      'The council will foot the bill for the joint training day.',
    ],
  },
  {
    frame: `[for (the)? (other|another|next) {agents} to (sort out|sort|untangle|fix|solve|deal with|pick up|worry about|clear up|mop up)]`,
    invalid: ['Registry said exam clashes are for the other department to untangle.'],
    valid: ['The clinic asked the other practices to pick up the learning from the audit together.'],
  },
]);

/** Joining shared work on condition that one organisation keeps the name, lead, money or control (no-conditional-participation). */
export const JOIN_CONDITION_FRAMES = new FrameSet([
  {
    frame: (
      `(join|joining|attend|attending|participate|participation|take part|taking part|co-host|co-fund|support|sign up) _{0,8} (,)? [(provided|providing|on condition|` +
      `conditional on|on the understanding|as long as|so long as) (that)? (it|we|they|the|our|its) {agents}? (is|are|be|being|gets|get) (named|credited|badged|branded|` +
      `listed) as _{0,3} (lead|organiser|owner|host|provider)]`
    ),
    invalid: [
      'The VCSE alliance would co-host the event, on the understanding that the alliance is credited as the organiser in all press coverage.',
      'Participation in the joint bid is conditional on the federation being named as lead provider.',
    ],
    valid: ['The alliance will co-host the event provided the partners agree who is named as lead contact for families.'],
  },
  {
    frame: `[(lead|leads|led|open|opens) with (our|its|their) (own)? (name|logo|brand|branding)]`,
    invalid: ['The CEO asked that joint bids lead with our name, otherwise we won’t take part.'],
    valid: ['The joint bid will lead with the residents’ own words about what matters to them.'],
  },
  {
    frame: `[(its|our|their) (own)? (logo|name|brand|branding) (should|must|to|will)? (appear|appears|be|is|go|goes|sit|sits) ` +
      `(larger|bigger|bolder|first|on top|above|higher|more prominent|more prominently)]`,
    invalid: ['The hospice board asked that its logo appear larger than the ICB’s on the joint leaflet.'],
    valid: ['The new leaflet puts the patients’ words first and the partners’ logos together at the foot.'],
  },
  {
    frame: `[(badged|branded|billed|presented|announced|credited) as (a|an|the)? _{0,2} {agents} (initiative|clinic|clinics|service|project|scheme|event|success|` +
      `achievement)? (,)? (not|rather than) (a|an|the)? (partnership|joint|system|shared|collective)]`,
    invalid: ['The council rep asked that the grant be badged as a council initiative, not a partnership one.'],
    valid: ['The grant will be badged as a partnership initiative, not a council one.'],
  },
  {
    frame: `[(so|so that) (the)? _{0,2} {agents} (knows|know|sees|see|can see|will know|remember|remembers) who (delivered|did|funded|paid for|ran|provided)]`,
    invalid: ['PCN will run 40 extra clinics, all branded as PCN clinics so the ICB knows who delivered them.'],
    valid: ['Each clinic will list its staff so patients know who to ask for.'],
  },
]);

/** "Us and them": another organisation's mess, shortfall or performance that one side will not carry (no-us-and-them). */
export const THEM_FRAMES = new FrameSet([
  {
    negatable: false,
    frame: `(not|n't|never|no longer|refuse to|refused to|stop) (be)? (going to)? [(mopping|mop|cleaning|clean|tidying|tidy) up after (the)? _{0,3} {agents}]`,
    invalid: ['The GP lead said general practice would not be mopping up after the hospital.', 'Our ops team is not cleaning up after the data engineers again.'],
    valid: ['Volunteers will be cleaning up after the summer fair.', 'The council did not clean up after the flood for three weeks.'],
  },
  {
    negatable: false,
    frame: (
      `(not|n't|never|no longer|refuse to|refused to|stop) _{0,6} [(cover|covering|pay for|paying for|bail out|bailing out|rescue|rescuing|prop up|propping up|subsidise|` +
      `subsidising) (their|its|the)? _{0,3} ('s|their|its) (own)? (mistakes|mess|failures|failings|overspend|deficit|performance|shortfall|incompetence)]`
    ),
    invalid: [
      'Our homelessness budget isn’t going to cover their mistakes.',
      'The PCN will not be running extra clinics to rescue the trust’s performance.',
    ],
    valid: ['The partners agreed to cover the trust’s shortfall together this winter, and not to let patients bear it.', 'We did not cover the cost of parking.'],
  },
  {
    frame: `[(keep|keeps|kept|keeping) (its|their|your) (hands|nose|noses|tanks) (off|out of)]`,
    invalid: ['Pharmacy reps said the PCN should keep its hands off.'],
    valid: ['Staff were reminded to keep their hands clean between patients.'],
  },
  {
    unless: /\b(?:confidential\w*|until|embargo\w*|announce\w*|personal|privacy|private)\b/,
    frame: `[(keep|keeps|kept|keeping) _{0,5} to (ourselves|themselves|itself)] (rather than|instead of|and not|not)`,
    invalid: ['Trustees agreed to keep the new volunteer database to ourselves rather than share it with the food bank network.'],
    valid: ['Members agreed to keep the names to themselves until the announcement rather than share them early.'],
  },
  {
    frame: `[(keep|keeps|kept|keeping) (the|our|its|their|this|that|any|all)? _{0,3} {money-nouns} in-house]`,
    invalid: ['We keep the winter money in-house.'],
    valid: ['The payroll service will be kept in-house after the review.'],
  },
  {
    frame: `[(other|neighbouring|outside) _{0,2} (will|would|can|must|'ll) (have to|need to)? (look elsewhere|make their own arrangements|fend for themselves|sort themselves out|find their own)]`,
    invalid: ['Beds are for Brookside residents; other localities will have to look elsewhere.', 'Other places can make their own arrangements.'],
    valid: ['Other localities will have the same offer from April, so no one has to look elsewhere.'],
  },
  {
    frame: `[before (the)? (other|neighbouring|rival) _{0,3} (hear|hears|find out|finds out|get wind|notice|notices|ask|asks|catch on)]`,
    invalid: ['Make sure the money is spent on our practices before the other PCNs hear about it.'],
    valid: ['Papers go out a week before the meeting so the partners hear about changes first.'],
  },
]);

/** Rank named as the reason a view need not be heard (no-rank-closing-discussion). */
export const RANK_REASON_FRAMES = new FrameSet([
  {
    frame: `[given (his|her|their|my|our) (seniority|rank|grade|position|status|standing|title|experience as)] (,)? _{0,10} (need|needed|needs|did not|does not|would not|was not|is not|n't|no)`,
    invalid: ['Lead GP said that, given her seniority, the paramedic’s objection did not need discussing.'],
    valid: ['Given her experience, the chair asked her to lead the review and report back to everyone.'],
  },
]);
