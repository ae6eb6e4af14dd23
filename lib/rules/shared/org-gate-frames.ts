// More org-centric frames over word classes: conditions on joining, resources kept back, costs moved, own image, closed views.
import { FrameSet } from './frames.ts';

/** An owner: "our", "its", or a body named with 's or ' ("the trust's", "the practices'"), a few words on. */
const WHOSE = `_{0,3} ('s|'|our|its|their|my)`;

/** Joining, sharing or taking work on under a condition that serves one organisation (no-conditional-participation). */
export const CONDITION_FRAMES = new FrameSet([
  {
    negatable: false,
    unless: /\b(?:independent|rotating|rotates|jointly|co-chair\w*|neutral)\b/,
    frame: `[{conditions} (that)? (it|we|they) (chair|chairs|chaired|lead|leads|host|hosts|holds the chair|hold the chair|holds the lead) (it|them|the group|the board|the meeting)?]`,
    invalid: ['The acute trust will join the steering group as long as it chairs it.'],
    valid: ['The acute trust will join the steering group as long as it can send a deputy.'],
  },
  {
    negatable: false,
    frame: `[{conditions} _{0,4} (benefits|benefit|boosts|boost|helps|help|suits|suit|pays|feeds|feed|drives|drive) (its|our|their) (own)? _{0,1} {image-stakes|own-ground|own-ledgers}]`,
    invalid: ['The pharmacy chain is willing to host the blood pressure clinics provided the footfall benefits its stores.'],
    valid: ['The pharmacy will host the clinics provided the partners agree the rota.', 'Partners will fund the post provided it benefits our residents.'],
  },
  {
    // The work must count for one body's own figures, targets or contract.
    frame: `[(count|counts|counted|counting|score|scores|scored) (towards|toward|against|for|as) ${WHOSE} (own) _{0,2} {image-stakes}]`,
    invalid: [
      'The trust will join once the activity counts towards the trust’s own contract targets.',
      'The PCN will only staff the hub if the sessions count towards our own figures.',
    ],
    valid: ['Every contact counts towards the shared outcome measures agreed by all partners.', 'Visits will count towards the neighbourhood figures.'],
  },
  {
    negatable: false,
    frame: `{conditions} _{0,8} [(count|counts|counted|counting) (towards|toward|as) ${WHOSE} _{0,2} {image-stakes}]`,
    invalid: ['The practice will take part provided the clinics count towards its QOF points.', 'We will help only if the calls count as our activity figures.'],
    valid: ['Provided the clinics count towards the joint outcome measures, partners will review them in March.'],
    unless: /\b(?:joint|shared|partnership|system|collective|common)\b/,
  },
  {
    negatable: false,
    // One body's name or logo must come first, or it pulls out.
    frame: (
      `{conditions} _{0,3} [${WHOSE} (own)? (name|logo|brand|branding|badge) _{0,1} ` +
      `(appear|appears|appearing|is|be|being|go|goes|going|come|comes|sit|sits|displayed|shown|placed|printed|lead|leads|leading) _{0,1} (first|above|on ` +
      `top|larger|bigger|ahead|higher|more prominently|at the top)]`
    ),
    invalid: [
      'The hospice will take part subject to its logo appearing first on all joint materials.',
      'The hall can host the warm space, provided that the council’s logo is displayed above the church’s.',
    ],
    valid: ['The leaflet will go out provided the partners’ logos appear together at the foot.', 'Provided the name is spelt correctly, the poster can be printed.'],
  },
  {
    frame: (
      `[${WHOSE} (own)? (name|logo|brand|branding|badge) _{0,6} or (we|they|it|the)? _{0,2} ` +
      `(pull|pulls|walk|walks|withdraw|withdraws|leave|leaves|will|'ll|wo|won't) (out|away|withdraw|leave|n't)?]`
    ),
    invalid: ['Our logo goes on the leaflet or we pull out.', 'The trust’s name leads on the leaflet or they walk away.'],
    valid: ['Our logo can go on the leaflet or the back page, whichever the designers prefer.'],
  },
  {
    negatable: false,
    // Joining only where one body chairs, hosts or runs it, on its site or its terms.
    unless: /\b(?:independent|rotating|rotates|jointly|co-chair\w*|neutral|lay member|resident)\b/,
    frame: `[{conditions} _{0,4} (chaired|led|hosted|run|held) (by|on|at) (the|our|its|their)? _{0,2} {agents|sectors|own-ground}]`,
    invalid: ['Trust not to attend the system flow huddle unless chaired by the trust.', 'The crisis team won’t join unless the huddle is held on its site.'],
    valid: [
      'The group will meet monthly, provided it is chaired by an independent member.',
      'The huddle will run only if the chair rotates between partners.',
    ],
  },
  {
    negatable: false,
    unless: /\b(?:independent|rotating|rotates|jointly|co-chair\w*|neutral)\b/,
    frame: `[{conditions} (that)? (our|its|their) _{0,2} {agents|sectors} (chair|chairs|lead|leads|host|hosts|run|runs) (it|them|the)]`,
    invalid: ['We’d be happy to be part of the neighbourhood MDT on condition that our GPs chair it.'],
    valid: ['Provided the partners agree, our GPs and the council’s social workers will chair it in turn.'],
  },
  {
    frame: `[(on|at) ${WHOSE} (own)? (terms|agenda|premises|site|turf) (,)? or not at all]`,
    invalid: ['Youth charity lead: we’ll attend the partnership, but on our agenda, or not at all.'],
    valid: ['Partners agreed to meet on each other’s sites in turn.'],
  },
  {
    negatable: false,
    // None of one body's people or money may reach anyone else.
    frame: `[{conditions} (that)? none of _{1,5} (used|spent|leave|leaves|go|goes|given|diverted|redeployed|moved|come|comes)]`,
    invalid: [
      'The mental health trust will join the neighbourhood team provided none of its staff leave trust premises.',
      'The hospice will take part provided none of its charitable funds are used for NHS patients.',
      'PCN CDs agreed to join as long as none of the funding comes out of the ARRS budget.',
    ],
    valid: ['The pilot can start provided none of the patients object.', 'Provided none of the partners disagree, the plan is adopted.'],
  },
  {
    negatable: false,
    // Holding the lead, the contract or the whole pot as the price of joining.
    frame: (
      `[{conditions} _{0,3} (holds|hold|held|keeps|keep|kept|retains|retain|retained|controls|control) (the|sole|all the|its|our|their)? _{0,2} (lead|lead ` +
      `provider contract|contract|whole grant|grant|underspend|first call|final say|sign-off|veto|money|purse strings|lead role)]`
    ),
    invalid: [
      'The practice will accept the health coach unless the practice holds the underspend.',
      'The charity will join the consortium only if it holds the lead provider contract.',
    ],
    valid: ['The bid goes ahead provided the partnership board holds the contract for all members.'],
    unless: /\b(?:partnership|partners|joint|pooled|shared|system|alliance|consortium board|accountable body)\b[^.;]{0,30}\b(?:hold|holds|held|keeps|retains)/,
  },
  {
    frame: (
      `(only|just)? {take-on-verbs} _{0,6} [(only|just)? (if|when|where|as long as|provided) _{0,2} ('s|is|are|was|'re)? (charged|recharged|billed) to ` +
      `(the|our|its|their|another|a)? _{0,2} (budget|budgets|account|cost centre|line)]`
    ),
    invalid: ['Infra team will only pick up the DNS migration if it’s charged to the product budget.'],
    valid: ['The team will pick up the migration once the work is charged to the shared budget.', 'Staff may only claim mileage if it is charged to the right cost centre.'],
    unless: /\b(?:shared|joint|pooled|right|correct|project)\b/,
  },
  {
    frame: `[(money|something|anything|income|a profit|profit) in it for (us|them|the|our|its)]`,
    invalid: ['The practice will only take on the clinics if there is money in it for us.'],
    valid: ['Residents asked what difference the clinic would make for them.'],
  },
  {
    frame: `[no (benefit|return|gain|upside|value|payback) (to|for) ${WHOSE} (own)? _{0,2} {own-people}]`,
    invalid: ['PCN to decline shared phlebotomy - no benefit to our list.', 'The federation declined the pilot, seeing no benefit for its own patients.'],
    valid: ['The audit found no benefit to patients from the extra letter.', 'No benefit to residents was found, so partners stopped the trial together.'],
  },
  {
    frame: `[(return|benefit|payback) (to|for) ${WHOSE} (own)? _{0,2} {image-stakes}] (before|first)?`,
    invalid: ['Any redeployment to the step-down unit would need a business case showing the return to the ward’s own metrics.'],
    valid: ['The business case sets out the return for residents and for the system as a whole.'],
  },
]);

/** One organisation's people, rooms, money or data kept back from partners, or its own people served first (no-own-organisation-first). */
export const KEEP_BACK_FRAMES = new FrameSet([
  {
    frame: (
      `[('s|'|our|its|their) (own)? (name|logo|brand|branding|badge) (and|or)? (name|logo|brand|branding)? (should|must|to|will|has to|needs to)? ` +
      `(appear|appears|go|goes|come|comes|sit|sits|lead|leads|be) (first|above|on top|ahead|larger|bigger|more prominently)]`
    ),
    invalid: ['AH asked that the PCN’s name and logo appear first on all joint leaflets.', 'The trust wants its logo to appear above the council’s.'],
    valid: ['All partners’ logos appear together at the foot of the leaflet.', 'The name of the service should appear first on the page, above the opening times.'],
  },
  {
    negatable: false,
    unless: new RegExp(
      String.raw`\b(?:consent|confidential\w*|gdpr|data protection|information governance|legal basis|safeguarding|personal|identifiable)\b|` +
        String.raw`\b(?:patients?|residents?|famil(?:y|ies)|carers?|people|service users?|clients?|parents?) (?:\w+ )?(?:declined|refused|declines|refuses)\b`,
    ),
    frame: `[(declined to|refused to|refuses to|declines to|refusing to|declining to) {give-verbs} (the|its|our|their|any|any of)? _{0,3} {own-assets|share-data|money-nouns}]`,
    invalid: ['Community trust declined to share the rapid response rota, citing commercial sensitivity.', 'The hub refused to lend its minibus.'],
    valid: ['The trust agreed to share the rapid response rota with partners.', 'Patients declined to share their records.'],
  },
  {
    negatable: false,
    frame: `[(not|wo n't|will not|would not|would n't|refuse to|refused to|no longer) {give-verbs} _{0,3} any of (our|its|their) (own)? _{0,2} {own-assets|share-data|money-nouns}]`,
    invalid: ['Frankly we’re not lending them any of our care coordinators.'],
    valid: ['We are lending the hub two of our care coordinators this winter.'],
  },
  {
    frame: `[(our|its|their) (own)? _{0,2} {own-people|own-assets} (get|gets|have|has|will get|will have|keep|keeps|retain|retains) (first refusal|first call|first dibs|first pick|first choice)]`,
    invalid: ['Our staff get first refusal on the new wellbeing sessions; partners can have whatever places are left.'],
    valid: ['Carers get first refusal on the respite places, as agreed by all partners.'],
  },
  {
    frame: `[(retains|retain|retained|keeps|keep|kept) (first call|first refusal|first dibs|first pick)]`,
    invalid: ['Hosting the MDT is declined unless partners meet the full room costs and the surgery retains first call on the slot.'],
    valid: ['Residents of the care home have first call on the minibus, as agreed with the family group.'],
  },
  {
    frame: `[own _{0,2} {own-people} (served|seen|treated|booked|offered|dealt with|looked after|vaccinated) (first|before)]`,
    invalid: ['Target of 300 clinic slots a week, with our own practice lists served first and other PCNs only if there is slack.'],
    valid: ['The most vulnerable patients will be seen first, whichever practice they belong to.'],
  },
  {
    frame: `[{agents|sectors|shared-parties|outsiders|other-bodies} (can|could|will|may|get|gets|would get) (have)? (whatever|what) _{0,3} (left|left over|remains|spare)]`,
    invalid: ['Our staff get first refusal on the sessions; partners can have whatever places are left.', 'Health visitors could have whatever is left.'],
    valid: ['Partners can have whatever support they need from the hub.'],
  },
  {
    frame: `[their {own-people} (can|could|will|'ll|must|will have to|would have to) (wait|go last|go elsewhere|look elsewhere|queue)]`,
    invalid: [
      'The housing association were useless last winter, so this year hospital beds come first and their tenants can wait.',
      'The director said their patients could wait for the morning list.',
    ],
    valid: ['Their patients will be seen by the same team, so no one has to wait longer.'],
  },
  {
    frame: `[(take|takes|took|taking|get|gets|claim|claims|claimed|keep|keeps) (the|all the|sole)? credit] (for|,|$)`,
    invalid: ['The mental health trust should take the credit for the reduction in crisis presentations.', 'The federation wants to claim all the credit for the joint clinic.'],
    valid: ['Partners agreed to share the credit for the joint clinic.', 'The nurses should get the credit for the fall in pressure ulcers, the chair said.'],
    unless: /\b(?:share|shared|sharing|all partners|everyone|jointly|together|nurses|staff|volunteers|team should|frontline|residents|patients|people|community|carers|families)\b/,
  },
  {
    frame: (
      `('s|'|our|its|their) (own)? _{0,2} {image-stakes} [(diluted|watered down|swallowed up|swallowed|lost|buried|hidden) (by|in|among|within|into)] _{0,4} ` +
      `(system|partnership|joint|shared|wider|collective|combined)`
    ),
    invalid: ['We don’t want the PCN’s good results diluted by being reported as a system figure.'],
    valid: ['The PCN’s results will sit within the system figure so partners can see the whole picture.'],
  },
  {
    // Kept for one body rather than offered to others.
    unless: /\b(?:infection|safeguarding|consent|until the|asbestos|repairs?|refurbish\w*|fire safety)\b/,
    frame: `[{keep-verbs} _{0,8} (rather than|instead of|and not|but not) (be|being)? {release-verbs} (to|with|for)?]`,
    invalid: [
      'Trust estates confirmed the empty ward would be held back for acute use rather than offered to the step-down pilot.',
      'ACTION: RB to confirm the PCN’s spare clinic rooms are kept for PCN staff and not offered to the perinatal team.',
      'The spare consulting room would stay locked on Thursdays rather than be lent to the talking therapies team.',
    ],
    valid: [
      'The empty ward will be offered to the step-down pilot rather than held back for acute use.',
      'The rooms were kept clean and not used during the outbreak because of infection control.',
    ],
  },
  {
    frame: (
      `[(reserved|kept|held|ring-fenced|ringfenced|earmarked) for _{1,4} (and|,)? (can not|cannot|ca n't|will not|wo n't|are not|is not|not) (be)? (made ` +
      `available|available|offered|lent|shared|released|used)]`
    ),
    invalid: ['The clinic rooms are reserved for trust services and cannot be made available to PCN teams.'],
    valid: ['The rooms are booked for the vaccination clinic and cannot be used on Tuesdays until the floor is repaired.'],
    unless: /\b(?:until|repair\w*|maintenance|infection|safety)\b/,
  },
  {
    frame: `[(strictly|only|solely|exclusively|purely) for ${WHOSE} (own)? _{0,2} {own-people}] !(who|whose|that|with|aged|over|under|in|at|on|living|registered|eligible|referred)`,
    invalid: ['Our PCN will do 800 extra smear tests, but strictly for our registered list.', 'The bereavement counsellors are solely for the hospice’s families.'],
    valid: ['The text reminders are only for our patients who have agreed to be contacted.', 'The hub is for everyone, not only for our patients.'],
  },
  {
    frame: `[(our|its|their|council-funded|trust-funded|hospice) {own-people} only] !(who|whose|that|with|aged|over|under|living|registered)`,
    invalid: ['Practice to offer 400 extra appointments - our patients only, the walk-ins can go elsewhere.', 'The hospice’s bereavement counsellors are to support hospice families only.'],
    valid: ['The survey link went to patients only, not to staff.', 'The hub serves registered patients only who live in the area, and partners will review that rule in March.'],
    unless: /\b(?:survey|consent|pilot cohort|trial|research|confidential|data protection|invite\w*)\b/,
  },
  {
    frame: (
      `[{own-assets|money-nouns} _{0,3} (stay|stays|remain|remains|will stay|must stay|should stay|to stay|will remain) (with|within|in|inside) ${WHOSE} ` +
      `(own)? _{0,1} {own-people|agents|own-ground|own-ledgers}]`
    ),
    invalid: ['Our pharmacists stay in our practices.', 'The PCN’s physios must stay with its own practices.'],
    valid: ['The budget remains within its limits for the year.', 'The nurses stay with the patients until the ambulance arrives.'],
  },
  {
    // Refusing to share people, rooms, data or access with a named partner.
    negatable: false,
    unless: /\b(?:consent|confidential\w*|gdpr|data protection|information governance|legal basis|safeguarding|sickness|shortage|vacanc\w+|until|unless|without|before|personal|identifiable|dpia)\b/,
    frame: (
      `[(wo n't|will not|would not|would n't|refused to|refuses to|declined to|declines to|not going to|no longer|not to|not) {give-verbs} ` +
      `(the|its|our|their|any|all)? _{0,3} {own-assets|share-data|money-nouns}] (with|to) (the|our|their|any|other)? _{0,2} ` +
      `{agents|sectors|outsiders|shared-parties|other-bodies}`
    ),
    invalid: [
      'Community safety partnership: police won’t share the ASB hotspot data with the council.',
      'Parish council will not share the village hall booking income with the joint youth project.',
      'The data team won’t give read access to the support squad.',
      'From now on we’re not sharing our roadmap with them.',
    ],
    valid: [
      'The practice will not share patient records with the council without consent.',
      'We will not share the draft with partners until the figures are checked.',
      'The trust agreed to share its discharge data with the council every week.',
    ],
  },
  {
    negatable: false,
    unless: /\b(?:confidential\w*|until|embargo\w*|personal|privacy|private|gdpr|consent|identifiable)\b/,
    frame: (
      `[(keep|keeps|kept|keeping|stay|stays|remain|remains) (the|our|its|their|this|that|any|all)? _{0,3} {own-assets|share-data} ('|")? (in-house|in ` +
      `house|internal|to ourselves|to themselves|to itself|under wraps)]`
    ),
    invalid: ['We should keep the virtual ward data in-house for now.', 'Planning officers were told to keep the flood data in house.'],
    valid: ['The payroll service will stay in-house after the review.', 'Keep the patient list internal until the consent forms are back.'],
  },
  {
    negatable: false,
    unless: /\b(?:confidential\w*|until|embargo\w*|personal|privacy|private|gdpr|consent|identifiable)\b/,
    frame: `[(our|its|their) _{0,2} {own-assets|share-data} (stay|stays|remain|remains|are kept|is kept|kept|must stay) ('|")? (in-house|in house|internal)]`,
    invalid: ['Our waiting times stay internal; we don’t want the other practices comparing.'],
    valid: ['The payroll service will stay in-house after the review.', 'Our waiting times are published monthly for every partner.'],
  },
  {
    // One body's own figures or plan put first.
    frame: `[(priority|priorities|focus|first priority|first concern) (is|are|was|remains|remain|will be) ${WHOSE} own]`,
    invalid: ['Police rep said the force’s priority is its own 85% response-time figure, not the partnership plan.', 'Trust priority is our own numbers: 95% of handovers within 30 minutes.'],
    valid: ['Our priority is the shared frailty pathway.', 'The first priority is residents’ safety.'],
  },
  {
    frame: `[${WHOSE} (own)? _{0,2} {image-stakes} (come|comes|came|must come|will come|has to come|have to come|take|takes|took) (first|priority|precedence)]`,
    invalid: [
      'Ambulance service said its response-time standards come first and it would not divert crews.',
      'The PCN CD said the practices’ QOF achievement came first, because that is what pays us.',
    ],
    valid: ['Residents’ safety comes first in the winter plan.', 'The shared outcomes come first for all partners.'],
    unless: /\b(?:joint|shared|partnership|system|collective|residents|patients|people|community)\b[^.;]{0,20}\b(?:come|comes|came|take|takes)\b/,
  },
  {
    frame: (
      `[(regardless of|whatever|irrespective of|notwithstanding) _{0,3} (knock-on|impact|effect|effects|consequences|it does) (for|on|to) ` +
      `(the|other|our|their|any)? _{0,2} {shared-parties|outsiders|sectors|other-bodies}]`
    ),
    invalid: [
      'Trust priority is 95% of handovers within 30 minutes, regardless of the knock-on for community services.',
      'Our squad’s OKR comes first: 60 pull requests merged a sprint, whatever it does to the other teams’ queues.',
    ],
    valid: ['Partners agreed to review the knock-on for community services together.', 'Whatever the cost to the trust, the clinic will stay open for residents.'],
  },
  {
    frame: `[(whatever|regardless of|irrespective of) the (system|wider system|partnership|system 's|partners ') (position|view|need|needs|plan|plans|priorities)]`,
    invalid: ['Finance lead reminded members that the trust’s savings are the trust’s to bank, whatever the system position.'],
    valid: ['Partners will look at the system position together in March.'],
  },
  {
    // Credit for shared work claimed by one body.
    frame: `[(credited|credit|attributed|reported|written up|presented|announced) (to|as)? (the|our)? _{0,2} {agents|sectors} ('s|')? (alone|only|solely)]`,
    invalid: [
      'Children’s services wants the early help hub’s success credited to the council alone.',
      'Comms lead asked that the press release credit the ICB alone.',
      'Governors asked that the figures be reported as the school’s alone, not the partnership’s.',
    ],
    valid: ['The success was credited to all partners in the annual report.', 'Incidents are reported to the ward manager only when harm occurs.'],
    unless: /\b(?:reported to|credited to all|harm|incident)\b/,
  },
  {
    frame: `[as (ours|theirs|its own|our own|their own) alone]`,
    invalid: ['Mobile team wants the accessibility fix credited in the release notes as theirs alone, though three squads did the work.'],
    valid: ['The partners described the result as shared by all of them.'],
  },
  {
    frame: `[(reported|presented|written up|badged|branded|billed|announced|claimed|shown|described) as (a|an)? _{0,1} {agents|sectors} (achievement|achievements|success|successes|win|wins)]`,
    invalid: ['The ICB’s programme team asked that the community-led outcomes be reported as ICB achievements.', 'The ICB asked that the results be presented as an ICB success.'],
    valid: ['The outcomes will be reported as a partnership achievement.', 'The pilot was written up as a shared success of all six partners.'],
    unless: /\b(?:partnership|joint|shared|system|collective|all partners)\b[^.;]{0,6}\b(?:achievement|success|win)/,
  },
  {
    frame: `[(say|says|said|show|shows|make clear|makes clear|state|states) (that)? (it 's|it is|it was|this is|this was|they are|they 're) (ours|all ours|our work|our idea)]`,
    invalid: ['We did the heavy lifting on the model, so the press release should say it’s ours.'],
    valid: ['The press release should say it is a shared piece of work.'],
  },
  {
    frame: (
      `[{agents|sectors} ('s|')? (left|kept|taken|removed|cut) (off|out of) (the)? _{0,2} (slide|slides|press ` +
      `release|leaflet|leaflets|poster|posters|credits|publicity|materials|write-up|announcement|newsletter|logo|logos)]`
    ),
    invalid: ['The federation asked that the results be presented as its own, with the PCNs left off the slide.'],
    valid: ['The PCNs were added to the slide so every partner is named.'],
  },
  {
    frame: (
      `${WHOSE} [(name|logo|role|contribution|part) (is n't|is not|are n't|are not|must not be|should not be|wo n't be|will not be|not be|not) ` +
      `(on|in|referred to in|mentioned in|credited in|shown on|included in) (the|any|our)? _{0,3} (poster|posters|leaflet|leaflets|press ` +
      `release|publicity|letters|materials|report|slides|heading|title|website)]`
    ),
    invalid: [
      'ACTION: JB to make sure the council’s name isn’t on the dementia cafe posters.',
      'The trust would want it branded as a trust service and the PCN’s role not referred to in patient letters.',
    ],
    valid: ['The council’s name is on the posters beside every partner’s.'],
  },
  {
    frame: `[(play down|plays down|playing down|played down|downplay|downplays|downplayed|downplaying) (the|our|its|their)? _{0,2} ('s|')? (role|part|involvement|contribution|responsibility)]`,
    invalid: ['Council officer asked that the joint report play down the council’s role in the care home closures.'],
    valid: ['The report sets out the council’s role in the care home closures.'],
  },
]);

/** A cost, a case or a bad figure moved onto another body, or kept off one's own (no-passing-the-problem). */
export const OFFLOAD_FRAMES = new FrameSet([
  {
    frame: `[(should|must|ought to|can|could) be (paid for|funded|picked up|covered|met|footed) by (the)? _{0,3} {agents|sectors}] !(and|together|jointly|as)`,
    invalid: ['The ambulance service’s falls response should be paid for by the care homes that call us.'],
    valid: ['The falls response will be funded by the ICB and the council together.', 'The post could be funded by the ICB and the council jointly.'],
    unless: /\b(?:together|jointly|pooled|shared|split|equally|as agreed)\b/,
  },
  {
    frame: (
      `[(a|an) {agents|sectors} (issue|problem|matter|responsibility|concern)] (and|so|,) _{0,3} (would not|will not|wo n't|would n't|not|declined to|refused ` +
      `to) (be)? (attending|attend|coming|involved|getting involved|taking part|come)`
    ),
    invalid: ['Public health said substance misuse in the hostel is a housing issue and they would not be attending.'],
    valid: ['Public health said the hostel is a housing issue too, and they will be attending with the housing team.'],
    unless: /\btoo\b|\bas well\b|\balso\b/,
  },
  {
    frame: `[(a|an) {agents|sectors} {burden-nouns} (,|;)? (and)? not (something|one|a matter) (for|the|that|we|our)]`,
    invalid: ['Falls in the community are a council problem, not something the ambulance service should be funding.'],
    valid: ['Falls in the community are a system problem, not something one service can fix alone.'],
    unless: /\b(?:alone|on (?:its|their|our) own|by itself|single-handedly)\b/,
  },
  {
    frame: `[(out of scope|outside the scope|not in scope|outside the remit|beyond the remit|not within the remit|not the remit) (for|of) (the|our)? _{0,2} {agents|sectors}] !(and|but|so|;)`,
    invalid: ['Housing colleagues were told that tenancy sustainment is out of scope for the PCN.'],
    valid: ['Tenancy sustainment is out of scope for the PCN, so the housing officer will join the MDT and the PCN will refer in.'],
    unless: /\b(?:meeting|agenda|this group|together|jointly|will join|refer in|signpost)\b/,
  },
  {
    frame: (
      `[{agents|sectors|other-bodies} (can|could|will have to|'ll have to|must|should) (request|ask for|apply for|raise|put in for|ask) _{0,3} ` +
      `(through|via|like) _{0,3} (foi|freedom of information|proper channels|usual channels|everyone else|a ticket)]`
    ),
    invalid: [
      'Any data we collect stays with the practice; the ICB can request it through the usual FOI route.',
      'If the ICB wants the data, they can ask through the proper channels like everyone else.',
    ],
    valid: ['Partners can request the data through the shared portal, which opens next week.'],
  },
  {
    frame: (
      `[(wo n't|will not|would not|would n't|no longer|not|refuse to|refused to|declined to|stop|stopped) (take|taking|accept|accepting) (any)? ` +
      `(more|further|new)? _{0,2} (referrals|patients|cases|requests|nominations|work) from (the)? _{0,3} {agents|sectors|other-bodies}]`
    ),
    invalid: ['Council will hit its 90 assessments a month but won’t take referrals from the trust until it does.'],
    valid: ['The clinic will not accept referrals from GPs during the pilot while the new system is set up.'],
    negatable: false,
    unless: /\b(?:pilot|new system|goes live|capacity|temporarily|during|closed to new|maternity|staff shortage|vacanc\w+)\b/,
  },
  {
    frame: `[(no longer|not|wo n't|will not|would not|refuse to|refused to|stop|stopped) (take|taking|accept|accepting) their _{0,3} (work|referrals|patients|cases|requests|nominations)]`,
    invalid: ['Dr Rees said his practice would no longer accept their discharge medicines work.'],
    valid: ['The practice will keep accepting their referrals through the winter.'],
    negatable: false,
  },
  {
    frame: (
      `[(so|so that|so as to|in order to|to) _{0,5} (come|comes|drop|drops|fall|falls|stay|stays|keep|kept|get|gets|taken|take|go|goes|are|is|be|moved|move) ` +
      `(them|it|this|these|people|patients|cases)? off ${WHOSE} _{0,3} {own-ledgers}]`
    ),
    invalid: [
      'Agreed to redirect the frequent attenders to the out-of-hours service so they come off our figures.',
      'Households will be recorded as intentionally homeless promptly to keep them off the department’s temporary accommodation figures.',
    ],
    valid: ['Patients were discharged once well, and the team celebrated with them.', 'Staff were encouraged to take time off to rest.'],
    unless: /\b(?:recover\w*|well again|discharged (?:home|safely))\b/,
  },
  {
    frame: (
      `[(so|so that|so as to) (fewer|less|none|no|nothing|it|they|the cost|the costs|the spend) _{0,3} (no longer)? (land|lands|end up|ends ` +
      `up|fall|falls|sit|sits|lie|lies|stay|stays|show|shows|appear|appears) (on|in|onto|against) ${WHOSE} _{0,3} {own-ledgers}]`
    ),
    invalid: [
      'Agreed to tighten the criteria for the falls service so fewer referrals end up on our caseload.',
      'The trust will move the patient transport spend onto the ICB’s line from April so it no longer sits on our books.',
      'The authority would apply the residence test strictly so that fewer hospital discharges land on the council’s books.',
    ],
    valid: ['Partners will pool the spend so that it sits on the joint budget.', 'The clinic opens on Saturdays so fewer people end up in A&E.'],
    unless: /\b(?:joint|pooled|shared|system|partnership) (?:budget|books|figures|ledger)\b/,
  },
  {
    frame: `[(so|so that) (they|it|he|she|the)? _{0,2} (stay|stays|remain|remains|become|becomes) (the)? _{0,3} ('s|') (responsibility|problem|cost|headache|patients|issue|liability)]`,
    invalid: ['The memory service will stop accepting referrals so they stay the care home’s responsibility.'],
    valid: ['The care plan was written so it stays the patient’s own plan.'],
    unless: /\b(?:patient|person|resident|family|carer)['’]s\b/,
  },
  {
    frame: `[{pick-up-verbs|money-verbs} (the)? _{0,2} (bill|bills|cost|costs|tab|tally|expense|money) (instead of|rather than|not) (us|ours|we)]`,
    invalid: ['If we classify it as health need, CHC picks up the bill instead of us - worth pushing.'],
    valid: ['The charity paid the bill instead of the family, as agreed at the panel.'],
  },
  {
    frame: (
      `[(can|could|should|must|will have to|'ll have to|needs to|need to) (find|foot|fund|pay|pay for|pick up|cover|meet|carry) _{0,5} (,)? (not|rather ` +
      `than|instead of) (us|we|ours|the practice|the trust|the council)]`
    ),
    invalid: ['Most of the walk-ins come from Millbrook practices, so Millbrook can fund the extra streaming nurse, not us.'],
    valid: ['The council and the trust will fund the streaming nurse together.'],
  },
  {
    frame: (
      `[let (the)? _{0,2} {agents|sectors} (find the money|find the cash|put their money in|put its money in|foot the bill|pick up the bill|pick up the ` +
      `tab|pick up the cost|pick up the costs|pay for it|pay for that|blink first|go first|carry the cost)]`
    ),
    invalid: ['Let the ICB find the money; we have done our bit.', 'ASC lead: let health put their money in and we’ll see.'],
    valid: ['Let the partners agree together how the money is found.'],
  },
  {
    frame: (
      `[(attributed|filed|minuted|logged|recorded|coded) (to|against|as|under) (the)? _{0,3} {agents|sectors} _{0,2} (,)? (rather than|instead of|and ` +
      `not|not) (to)? (the|our)? _{0,2} {agents|sectors}]`
    ),
    invalid: [
      'Sub-committee sought assurance that any overspend would be attributed to the NHS partners rather than the council.',
      'Finance asked that the overspend be recorded against the council rather than the trust.',
    ],
    valid: ['The overspend will be attributed to the joint equipment store and shared by all partners.'],
    unless: /\b(?:shared by|split|equally|jointly)\b/,
  },
  {
    // The outside party's problem named informally, as what something is or where it sits ("was highways' baby"); never a
    // possessive before a noun ("the locality's baby clinics") or a count ("the practice's cases").
    frame: (
      `(is|are|was|were|be|been|remain|remains|stays|become|becomes|'s|'re|on) (really|simply|just|entirely|the)? ` +
      `[{agents|sectors} ('s|') (headache|lookout|look-out|baby|worry|funeral|problem child|side of the fence)] !({activity-nouns}|clinic|clinics|unit|units|group|groups)`
    ),
    invalid: [
      'Highways officers said potholes outside the school were education’s lookout.',
      'Planning said flood risk on the new estate was highways’ baby.',
      'Children’s services said CAMHS waiting lists are health’s headache.',
    ],
    valid: [
      'The patient’s worry about the move was discussed with her family.',
      'The council’s cases will be reviewed with the trust’s at the joint panel.',
      'Why should our health visitors cover the other locality’s baby clinics?',
    ],
    unless: /\b(?:reviewed with|together|jointly|joint panel|shared)\b/,
  },
  {
    frame: `[(on|firmly on|squarely on) the {agents|sectors} side of the (fence|line)]`,
    invalid: ['Carers’ assessments: firmly on the LA side of the fence.', 'The council will deliver 300 assessments, but only for cases that started on the council side of the line.'],
    valid: ['The council side of the partnership met on Tuesday.'],
  },
  {
    frame: `[not (our|my) (own)? _{0,2} {own-people|work-items|burden-nouns} to {pick-up-verbs}]`,
    invalid: ['Support team broke it; not our sprint to fix.', 'The headteacher said exclusions from the other school are not our children to pick up.'],
    valid: ['It is not our job alone to fix, so partners will share it.'],
    unless: /\b(?:alone|on our own|by ourselves|single-handedly)\b/,
  },
  {
    frame: `[(is n't|is not|are n't|are not|not) (really)? (our|its|their) core (business|work|job|service)]`,
    invalid: ['Governors said the school should not host the family hub sessions because it isn’t our core business.'],
    valid: ['Hosting the hub is part of our core work with families.'],
  },
  {
    frame: (
      `[(outside|beyond|not within|not part of|not in) ${WHOSE} (own)? _{0,1} (remit|contract|brief|core business|lane)] (,|;|—|–)? (so|and|but)? _{0,2} ` +
      `(leave|we 'll leave|we will leave|left|would be best raised|best raised|should go|should be raised|declined|decline|will not|wo n't|not)`
    ),
    invalid: [
      'Supporting people with hoarding disorder is outside our contract, so we’ll leave it to the council.',
      'The housing association said residents’ mental health was outside the association’s remit and would be best raised with the PCN.',
    ],
    valid: ['The request is outside our remit, so we have asked the housing officer to join us and will follow it up together.'],
    unless: /\b(?:together|jointly|follow (?:it )?up|join us|with us)\b/,
  },
  {
    frame: `[(is|are|was|were|'s|'re|and) (really|simply|frankly|entirely)? nothing to do with (the|our)? _{0,2} {agents|sectors}]`,
    invalid: ['Mr Grant argued that the waiting times were nothing to do with the ICS.', 'Can we make sure the paper says the gap is a primary care figure and nothing to do with the memory service?'],
    valid: ['The delay was nothing to do with the weather, the review found.', 'The new rota has everything to do with the ICS plan.'],
  },
]);

/** A view closed down by rank, or partners told rather than asked (no-rank-closing-discussion). */
export const CLOSED_VOICE_FRAMES = new FrameSet([
  {
    frame: (
      `[(inform|tell|update|notify|brief) (the)? _{0,2} {shared-parties|sectors|outsiders} (partners)? (once|after|when) (it|the decision|this|that|the ` +
      `change) (goes live|is live|has gone live|has been made|is made|is decided|has been decided|is done|is final|is in place)]`
    ),
    invalid: ['Noted: the council decided the eligibility change internally and will inform health partners once it goes live.'],
    valid: ['The council will inform health partners once the consultation opens, so they can shape the change.'],
  },
  {
    frame: (
      `[{decide-verbs} _{0,5} (ourselves|themselves|itself|internally|among themselves|among ourselves|behind closed doors)] (and|before|then)? _{0,3} ` +
      `(update|updating|tell|telling|inform|informing|take|taking|bring|bringing|present|presenting|report|reporting)`
    ),
    invalid: [
      'We’ll decide the bed base ourselves and update the system later.',
      'Trust executives will sign off the discharge-to-assess model among themselves before taking it to the partnership.',
    ],
    valid: ['Partners decided the bed base together and will report back to residents.'],
  },
  {
    frame: (
      `[{shared-parties|outsiders|sectors|other-bodies} (can|may|could|will be able to|will) (comment|respond|feed back|have their say|give views|ask ` +
      `questions) (afterwards|after the event|once it is done|once it is decided|after it is announced)]`
    ),
    invalid: ['The ICB will announce the allocation first; partners can comment afterwards.'],
    valid: ['Partners can comment on the draft before the board decides.'],
  },
  {
    frame: (
      `[(route|routes|routed|send|sends|sent|put|puts|push|pushes|pushed|move|moves|moved|bump|bumped|shunt|shunted|relegate|relegated|park|parked) _{0,3} ` +
      `('s|'|their) _{0,1} {request-nouns} _{0,3} (to|at|on|into) the {queue-ends}]`
    ),
    invalid: ['ACTION: MB to route the community pharmacy’s queries to the back of the queue until month-end close.'],
    valid: ['The team moved its own routine referrals to the back of the list during the heatwave.'],
  },
  {
    frame: `[(informed|told|notified) ('|")? (,)? (but)? (not|rather than|and not|instead of being) (consulted|asked|involved)]`,
    invalid: ['Steering group chair said the residents’ panel would be ‘informed, not consulted’.'],
    valid: ['The residents’ panel will be consulted, not just informed, before the board decides.'],
  },
  {
    frame: `{agents|sectors|shared-parties} ('s|')? _{0,3} [{voice:voice-nouns} _{0,5} {dismissals}]`,
    invalid: [
      'Senior nurses were told by the ward manager that HCAs’ views on the new rota were not relevant.',
      'Head teacher reminded governors that exclusion decisions are for the leadership team and staff views would not be sought.',
      'As the responsible consultant, Mr Harding said the OT’s view did not need to be heard.',
      'Chief Inspector said the PCSOs’ concerns were not for this table.',
    ],
    valid: [
      'The chair said the staff views would be heard at the next meeting, with time set aside for them.',
      'Members’ comments were noted and will be added to the action log.',
    ],
  },
  {
    frame: (
      `[{agents|sectors} (do n't|do not|does n't|does not|wo n't|will not|should n't|should not|need not|need n't|do not need to|do n't need to) (get a ` +
      `vote|get a say|have a vote|have a say|question|revisit|debate|second-guess|be questioning|weigh in)]`
    ),
    invalid: [
      'Consultant noted that physiotherapists don’t get a vote on discharge criteria.',
      'Steering group chair said other workstreams need not question the finance figures.',
      'Paramedics shouldn’t be questioning a consultant’s plan.',
    ],
    valid: ['The governors will debate the curriculum changes in March.', 'Patients do not need to question their appointment letters; the practice will call them.'],
  },
  {
    frame: `[above (the)? _{0,2} ('s|'|their|his|her|your) pay grade]`,
    invalid: ['SRE lead said it was above the POs’ pay grade to question the on-call design.'],
    valid: ['The pay grade of the new posts was agreed with the union.'],
  },
  {
    frame: `[(decide|decides|decided|deciding|determine|determines|determined|set|sets) _{0,6} (on their behalf|on its behalf)]`,
    invalid: ['The medical director suggested the proposal be noted and that the leadership group would decide on their behalf.'],
    valid: ['Carers asked the team to decide on their behalf only when they could not be reached.'],
    unless: /\b(?:asked|when they could not|lasting power|best interests?|mental capacity)\b/,
  },
  {
    frame: `[(decide|decides|decided|deciding|determine|determines|determined|set|sets) _{0,6} without (further|any)? _{0,2} input]`,
    invalid: ['The Registrar said she would determine the wellbeing policy without further student input.'],
    valid: ['Carers asked the team to decide on their behalf only when they could not be reached.', 'The group decided, with input from residents, to move the clinic.'],
    unless: /\b(?:asked|when they could not|lasting power|best interests?|mental capacity)\b/,
  },
  {
    frame: (
      `[as (the)? {rank-words} _{0,2} (present|in the room|on the mdt|here)?] (,)? _{0,8} (final|settled|closed|stood|stands|not for discussion|moving ` +
      `on|need not|needn't|ourselves|the last word|the final say|properly his|properly hers|was his|was hers)`
    ),
    invalid: [
      'CTO closed the debate, saying that as the most senior engineer present his choice of database was final.',
      'Head of Estates made clear that as the senior officer he had settled the issue.',
      'As lead provider, we will set the KPI ourselves.',
    ],
    valid: ['As clinical director, she will share the draft with every team before anything is final.', 'As the senior nurse on duty, Ms Amos closed the ward to visitors during the outbreak.'],
    unless: /\b(?:before anything is final|outbreak|infection|fire|evacuat\w+|safety)\b/,
  },
]);
