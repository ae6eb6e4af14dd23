// Rank or professional hierarchy used to close a discussion: "as the senior clinician I have decided".
import { defineRule } from '../define.ts';
import { AP } from '../shared/org-centric-words.ts';
import { compile, runSpecs } from '../shared/org-centric-match.ts';
import { frameTrigger } from '../shared/frames.ts';
import { CLOSED_DECISION_FRAMES, CLOSED_VOICE_FRAMES, RANK_REASON_FRAMES } from '../shared/org-centric-frames.ts';

const RANK =
  (
    '(?:clinicians|doctors|consultants|professionals|experts|senior|most senior|lead|chief|principal|accountable|responsible|' +
    'executive|medical|clinical|consultant|project|programme|head|sponsor|chair|director|ceo|sro|owner|partner|manager|' +
    'officer|doctor|clinician|gp|surgeon|qualified|professional|registered)'
  );
const CLOSE = (
  `(?:decided|ruled|overruled|vetoed|determined|decreed|settled|closed|made the (?:decision|call)|pulled rank|shut (?:down|` +
  `it down)|put an end|have the final say|had the final say|has the final say|will decide|would decide|decides|${AP}ve decided|` +
  `${AP}d decided)`
);
const JUNIOR =
  (
    '(?:nurses?|juniors?|junior [\\w-]+|staff|hcas?|healthcare assistants?|care coordinators?|coordinators?|admin(?:istrators)?|' +
    'therapists?|pharmacists?|volunteers?|support staff|social workers?|receptionists?|navigators?|paramedics?|analysts?|' +
    'managers?|practitioners?|assistants?|non-clinicians?|officers?|link workers?|carers?|trainees?|students?|tas?|' +
    'teaching assistants?|support workers?|porters?|interns?|developers?|testers?|engineers?|clerks?|ward clerks?|midwives|' +
    'midwife|health visitors?|dietitians?|physios?|physiotherapists?|ots?|occupational therapists?|sisters?|registrars?|' +
    'foundation doctors?|f[12]s?)'
  );
/** Roles a speaker may invoke with "As …": RANK plus titles from schools, councils, charities and tech. */
const ROLE = (
  `(?:${RANK}|headteacher|head teacher|cto|cfo|coo|cio|cmo|cno|ciso|matron|dean|registrar|governor|chairman|chairwoman|` +
  `chairperson|leader|boss|cabinet member|portfolio holder|vice[- ]chair|deputy|founder|trustee|superintendent|gp partner|` +
  `senior partner|treasurer|secretary)`
);
/** Refusing to reopen, revisit or take questions on a matter. */
const NO_REOPEN = (
  `(?:\\bnot|n${AP}t|\\bnever|\\bno longer)\\s(?:be |going to |prepared to |willing to |open to |having |taking |` +
  `accepting |about to )?(?:reopen|re-open|revisit|re-visit|relitigat|re-?examin|reconsider|discuss|debat|entertain|` +
  `tak(?:e|ing) (?:any )?(?:more |further )?questions|accept(?:ing)? (?:any )?(?:more |further )?questions|hav(?:e|` +
  `ing) this (?:conversation|discussion|debate|argument)|go(?:ing)? (?:back )?over|return(?:ing)? to|hear(?:ing)? (?:any )?(?:more|` +
  `further|objections|challenges?))\\w*`
);
/** "the matter is closed", "that's the end of it" (not "before the matter was closed"). */
const CLOSED = (
  `(?<!\\b(?:before|until|once|after|when|if|whether) )\\b(?:(?:the|this|that) (?:matter|discussion|debate|subject|` +
  `issue|question|item|decision)|this|that|it|discussion|debate)(?: is| was|${AP}s| has been| had been) (?:now |therefore |` +
  `hence |firmly )?(?:closed|settled|over|finished|off the table|not up for (?:discussion|debate)|final)\\b|\\b(?:that|` +
  `this)(?:${AP}s| is| was) (?:the )?end of (?:it|the matter|the discussion|the debate|that)\\b|\\bend of (?:discussion|` +
  `debate|story)\\b|\\bno (?:further|more) (?:discussion|debate|questions)\\b`
);
/** Who may settle a matter by rank: senior people and bodies, not families, panels or courts. */
const SENIOR = (
  `(?:${ROLE}|consultants|doctors|surgeons|clinicians|gps|seniors|senior (?:team|staff|leadership|partners|management|` +
  `clinicians)|management|leadership|board|directors|executives?|exec|partners|managers|governors|cabinet|bosses)`
);
/** Authority that settles: final say, last word, has decided, ruled, or "as the director". */
const SETTLED_BY = (
  `(?:\\b(?:final|last) (?:say|word)\\b|\\b(?:has|have|had|${AP}ve|${AP}d) (?:already )?(?:decided|ruled|made (?:the|` +
  `their|his|her|its) (?:decision|call))\\b|\\boverruled\\b|\\bpulled rank\\b)`
);

const SPECS = compile([
  // As chair, I'm closing this item / as the senior partner I am shutting this down (unless the item is coming back)
  { re: new RegExp((
    `\\bas (?:the |a |an |their |his |her |our |my )?(?:most )?${RANK}(?: [\\w-]+){0,3}?,? (?:i|we)(?:${AP}m| am|${AP}ll| will|` +
    `${AP}re| are)? (?:now |just |simply |hereby )?(?:going to |about to )?(?:clos(?:e|ing) (?:this|the|that) (?:item|` +
    `discussion|debate|conversation|topic|matter)|clos(?:e|ing) (?:this|that|it) down|shut(?:ting)? (?:this|that|it|` +
    `the [\\w-]+) down|shut(?:ting)? down (?:this|the|that) (?:item|discussion|debate|conversation)|end(?:ing)? (?:this|` +
    `the|that) (?:item|discussion|debate|conversation)|mov(?:e|ing) (?:us |things |the meeting |everyone )?on without (?:any )?(?:further |` +
    `more )?(?:debate|discussion|comment|questions)|draw(?:ing)? a line under (?:this|it|that|the [\\w-]+))\\b(?![^.;]{0,80}\\b(?:as (?:it|` +
    `this|that)|because|since|covered|already|duplicat\\w*|elsewhere|return|come back|revisit|next (?:month|meeting|` +
    `week)|after (?:hearing|we|the)|until|once|pending|offline))`
  ), 'i') },
  // as the senior clinician present he had decided / As the project sponsor, Gareth ruled
  { re: new RegExp((
    `\\bas (?:the |a |an |their |his |her |our |my )?(?:most )?${RANK}(?: [\\w-]+){0,3}?(?: present| here| in the room| on the call)?,? (?:(?:i|` +
    `he|she|they|we|[A-Z][\\w-]+|dr [A-Z][\\w-]+|the [\\w -]{1,30}?) )?(?:(?:had|has|have|would|will) )?${CLOSE}`
  ), 'i') },
  { re: /\bpull(?:ed|ing|s)? rank\b/i },
  { re: new RegExp((
    `\\bas (?:the |a |an |their |his |her |our |my )?(?:most )?${RANK}(?: [\\w-]+){0,3}?,? (?:his|her|my|their|the) (?:decision|` +
    `word|ruling|view) (?:is|was|would be|will be|had to be) final\\b`
  ), 'i') },
  { re: /\b(?:my|his|her) (?:decision|word) (?:is|was) final\b/i },
  { re: new RegExp(`\\b${JUNIOR} (?:don${AP}t|do not|doesn${AP}t|does not|won${AP}t|will not|shouldn${AP}t|should not) (?:get|have|need) (?:a )?(?:vote|say|voice|seat at the table)\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:told|reminded|informed) (?:the |a |an )?(?:[\\w-]+ ){0,2}?${JUNIOR} (?:that )?(?:she|he|they|it) (?:was|` +
    `were|is|are)(?:n${AP}t| not) (?:qualified|senior enough|in a position|the right person) to\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\b(?:nurses|the nurses|the nursing team|nursing staff|juniors|junior staff|the juniors|staff|the team|therapists|` +
    String.raw`care coordinators|pharmacists|social workers) (?:are|is)(?:n['’]t| not) the (?:decision-?makers|ones who decide|` +
    String.raw`ones making (?:the )?decisions|ones who make (?:the )?decisions)\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`^(?=.*\b(?:consultants?|senior|director|clinicians?|doctors?|junior|hierarchy|rank|made by|the chair)\b).*?\b(?<hit>not (?:up for|` +
    String.raw`open to) (?:debate|discussion|challenge|question))`,
    'i',
  ), group: 'hit' },
  { re: new RegExp(
    String.raw`\b(?:qa|testers?|juniors?|nurses?|the nurses|trainees?|the [\w-]+ team|pharmacists?|therapists?|managers?|admin) (?:doesn['’]t|` +
    String.raw`don['’]t|do not|does not|won['’]t|will not) get to (?:decide|choose|set|say|have a say|question|veto|challenge)\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\b(?:won['’]t|will not|would not|wouldn['’]t|refuse[sd]? to|not going to) (?:accept|take|follow|implement) (?:any )?(?:changes?|` +
    String.raw`decisions?|instructions?|direction|plans?|proposals?) (?:led|made|proposed|set|imposed|designed|drawn up|dictated) by (?:the |` +
    String.raw`a |an |non-clinical )?(?:[\w-]+ ){0,2}?(?:managers?|administrators?|non-clinicians?|juniors?|nurses?|commissioners?|` +
    String.raw`bureaucrats?|accountants?)\b`,
    'i',
  ) },
  { re: /\bnot senior enough to (?:comment|question|challenge|decide|have a (?:say|view)|speak|judge)\b/i },
  { re: new RegExp(
    String.raw`\b(?:won['’]t|will not|would not|wouldn['’]t|refuse[sd]? to|not going to) be (?:lectured|dictated to|told what to do|` +
    String.raw`talked down to) by (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:icb|council|trust|pcn|federation|commissioners?|ics|nhs england|` +
    String.raw`hospital|managers?|juniors?|nurses?)\b`,
    'i',
  ) },
  { re: /\b(?:not (?:your|their|his|her) place to|know (?:your|their|his|her) place)\b/i },
  { re: /\b(?:i am|i['’]m) the (?:most )?(?:senior |responsible |lead )?(?:consultant|clinician|doctor|surgeon|director|professional|expert)(?: here| in (?:the|this) room)(?:,| and| so)/i },
  // nurses are there to carry out decisions, not to shape them
  { re: new RegExp((
    `\\b${JUNIOR} (?:are|is|were|was) (?:only |just |simply )?(?:there|here|employed|paid) to (?:carry out|follow|implement|` +
    `execute|do as|take|deliver|action) (?:decisions|instructions|orders|what|the plan|the decisions|direction|clinical decisions)(?:[^.;]{0,30}?not to (?:shape|` +
    `question|challenge|make|debate|second-guess) (?:them|decisions|it))?`
  ), 'i') },
  { re: new RegExp((
    `\\b${JUNIOR} (?:are|is|were|was)(?:n${AP}t| not) (?:there|here|employed|paid) to (?:question|challenge|shape|make|` +
    `second-guess|debate|override) (?:[\\w-]+ ){0,2}?(?:decisions|plans|instructions|orders)\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:won${AP}t|will not|would not|wouldn${AP}t|refuse[sd]? to|not going to|shouldn${AP}t|should not) be (?:told|` +
    `lectured|instructed|dictated to) (?:how|what|when) to [\\w ]{1,30}? by (?:a |an |the |some )(?:[\\w-]+ ){0,3}?${JUNIOR}\\b`
  ), 'i') },
  // consultants should not have to take direction from a PCN care coordinator
  { re: new RegExp((
    `\\b(?:should(?:n${AP}t| not)(?: have to)?|won${AP}t|will not|would not|wouldn${AP}t|refuse[sd]? to|not going to|` +
    `don${AP}t|do not|shouldn${AP}t be expected to|should not be expected to) (?:take|taking|be taking|accept|be told|` +
    `be instructed|be directed|answer to|report to|be dictated to|be lectured|be lectured to)(?: (?:direction|directions|` +
    `instructions|orders|advice|what to do))? (?:from|by) (?:a |an |some |the )?(?:[\\w-]+ ){0,3}?${JUNIOR}\\b`
  ), 'i') },
  // As clinical director I'm not reopening the rota decision / As chair, she would not be taking questions
  { re: new RegExp((
    `\\bas (?:the |a |an |their |his |her |our |my )?(?:most )?(?:(?!(?:the|a|an|agreed|noted|discussed|expected|usual|` +
    `always|ever|well|such|soon|far|long|much|part|result|before|above|previously|planned|mentioned|if|though|it|we|` +
    `i|he|she|they|this|that|of|per)\\b)[\\w-]+ ){0,2}?${ROLE}\\b(?:(?!\\b(?:ruled|decided|overruled|vetoed|determined|` +
    `decreed|settled)\\b)[^.;]){0,60}?${NO_REOPEN}`
  ), 'i') },
  // the consultants have the final say and the matter is closed / the senior team has decided, end of discussion
  { re: new RegExp(`\\b${SENIOR}(?: [\\w-]+){0,3}? ${SETTLED_BY}[^.]{0,50}?(?:${CLOSED})`, 'i') },
  { re: new RegExp(`(?:${CLOSED})[^.;]{0,40}?\\b${SENIOR}(?: [\\w-]+){0,3}? ${SETTLED_BY}`, 'i') },
  // pharmacists are not there to question consultants / nurses aren't there to second-guess the doctors
  { re: new RegExp((
    `\\b${JUNIOR} (?:are|is|were|was)(?:n${AP}t| not) (?:there|here|employed|paid|in the room|on the team) to (?:question|` +
    `challenge|second-guess|second guess|argue with|query|disagree with|overrule|override|correct|tell)\\b`
  ), 'i') },
  // decisions about care are for doctors, not pharmacists / HCAs should leave the thinking to the nurses / above your pay grade
  { re: new RegExp((
    `\\b(?:decisions?|calls?|the call|judg(?:e)?ments?|choices?|the thinking)\\b[^.;]{0,30}? (?:is|are|was|were|should be|` +
    `must be|stay|stays) (?:for|made by|down to|up to|left to) (?:the )?(?:doctors|consultants|clinicians|gps|seniors|` +
    `senior staff|senior clinicians|managers|directors?|the board|surgeons|partners),? (?:not|rather than) (?:the |` +
    `a |an )?${JUNIOR}`
  ), 'i') },
  { re: new RegExp((
    `\\b${JUNIOR} (?:should|must|need to|ought to|can) (?:just )?leave (?:the )?(?:thinking|decisions?|decision-?making|` +
    `questions|the big decisions|clinical decisions|judg(?:e)?ments?) to\\b`
  ), 'i') },
  { re: /\babove (?:your|their|his|her|my|our) pay ?grade\b/i },
  { re: /\b(?:consultant|director|doctor|surgeon|chief|head|chair|boss|ceo|gp|partner|senior)['’]s (?:decision|word|view|ruling) (?:is|was|will be|remains) final\b/i },
  // I don't need a pharmacist telling me what to do / I make the decisions on my ward
  { re: new RegExp((
    `\\b(?:don${AP}t|do not|doesn${AP}t|does not) need (?:a |an |some |the |any )?(?:[\\w-]+ )?${JUNIOR} (?:telling|` +
    `to tell|lecturing|to lecture|explaining|to explain) (?:me|us|him|her|them|consultants|doctors)\\b`
  ), 'i') },
  { re: /\b(?:i|we) (?:make|take) the decisions (?:here|on (?:my|our|this) \w+|around here|in this \w+)\b/i },
  // my decision stands / I've made my decision / the decision is final / there is nothing more to discuss / ..., end of.
  { re: new RegExp(`(?<!\\b(?:whether|if|until|unless|once) )\\b(?:my|his|her) (?:decision|ruling|word) (?:still )?(?:stands|will stand|remains|is made)\\b`, 'i') },
  { re: new RegExp((
    `(?<!\\b(?:after|having|once|when|until|before|if|whether|since)\\b[^.;]{0,60})\\b(?:i|we)(?:${AP}ve| have) (?:already )?made (?:up )?(?:my|` +
    `our) (?:decision|mind)(?: up)?\\b(?=\\s*(?:[.;!,—–-]|and (?:that|it|there|i|we)\\b|$))`
  ), 'i') },
  { re: new RegExp((
    `(?<!\\b(?:before|until|once|after|when|if|whether|unless) )\\b(?:the|this|that|my|our) decision(?:${AP}s| is) (?:final|` +
    `not up for (?:discussion|debate|negotiation)|not open to (?:discussion|debate|challenge))(?=\\s*(?:[.;!,—–-]|and\\b|` +
    `$))`
  ), 'i') },
  { re: new RegExp((
    `(?<!\\b(?:before|until|once|after|when|if|whether|unless) )\\b(?:this|that|it)(?:${AP}s not| is not| isn${AP}t) (?:up for|` +
    `open to) (?:discussion|debate|negotiation|challenge)(?=\\s*(?:[.;!—–]|$))`
  ), 'i') },
  { re: new RegExp(`\\b(?:that|this)(?:${AP}s| is) (?:the )?end of (?:it|the matter|the discussion|the debate)(?=\\s*[.!]?\\s*$)`, 'i') },
  { re: new RegExp((
    `\\b(?:told|informed|reminded) (?:the )?(?:[\\w-]+ ){0,2}?(?:that )?there (?:was|is|${AP}s) nothing (?:more|further|` +
    `else) to (?:discuss|debate|talk about)(?=\\s*(?:[.;!,—–]|$))`
  ), 'i') },
  { re: new RegExp((
    `(?<!\\b(?:as|since|because|if|when|once|until|so|whether) )\\bthere(?:${AP}s| is) nothing (?:more|further|else) to (?:discuss|` +
    `talk about|debate|say on (?:it|this|that))(?=\\s*(?:[.;!—–]|,(?!\\s*(?:so|and|as|then|the (?:chair|meeting|item))\\b)|` +
    `$))`
  ), 'i') },
  { re: /(?:[,;:—–]|\s-)\s*(?<hit>end of(?: story| discussion| debate)?)\s*[.!]?\s*$/i, group: 'hit' },
  // consultants are the experts here and nurses should just follow instructions
  { re: new RegExp((
    `\\b(?:the )?(?:[\\w-]+ )?(?:consultants|doctors|surgeons|clinicians|gps|seniors|we|specialists|psychiatrists|pharmacists|` +
    `nurses|social workers)(?: are| were|${AP}re)(?: the)? (?:real |only )?experts(?: here| in (?:this|the) room)?\\b[^.;]{0,12}?(?:,|` +
    `;|and|so)\\s(?:the )?(?:[\\w-]+ )?${JUNIOR} (?:(?:just|simply|only) )?(?:should|need|must|can|are there|is there)(?: (?:only|` +
    `just|simply))?(?: to)? (?:follow (?:instructions|orders|the plan|our lead)|do (?:as|what) (?:they${AP}re|they are|` +
    `they${AP}re|we) (?:told|say)|carry out (?:orders|instructions))(?![^.;]{0,30}\\b(?:only (?:when|if|where)|when (?:safe|` +
    `appropriate|in doubt)|unless))`
  ), 'i') },
  // As chair, I've heard enough and the decision is made / I've heard enough; we're moving on
  { re: new RegExp((
    `\\b(?:i|we)(?:${AP}ve| have) heard enough\\b\\s?(?:[,;:—–-]|and|so)?\\s?(?:and |so )?(?:the decision(?:${AP}s| is| has been) made|` +
    `(?:i|we)(?:${AP}ve| have) decided|(?:i|we)(?:${AP}re| are| am|${AP}m) moving (?:us |things )?on)\\b`
  ), 'i') },
  // it is not for nurses to question the consultant's plan
  { re: new RegExp(`\\bnot (?:for|the place of|up to|the role of) (?:a |an |the )?${JUNIOR} to (?:question|challenge|decide|tell|second-guess|judge|comment on|have a say)\\b`, 'i') },
]);

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp((
  `experts|heard enough|closing (?:this|the|that|it)|shut(?:ting)? (?:this|that|it|down)|ending (?:this|the|that)|` +
  `without (?:any )?(?:further |more )?(?:debate|discussion)|line under|(?:decision|ruling|word) (?:still )?(?:stands|` +
  `will stand|remains|is made)|made (?:up )?(?:my|our) (?:decision|mind)|up for|open to|end of (?:it|the)|decision(?:${AP}s| is) (?:final|` +
  `not)|nothing (?:more|further|else) to|end of\\b|\\bas (?:the |a |an |their |his |her |our |my )?(?:most )?${RANK}|` +
  `pulled rank|pull rank|there to (?:carry out|follow|implement|execute|do as|take|deliver|action)|not (?:there |` +
  `here )?to (?:shape|question|challenge|debate|second-guess)|direction|instructions|orders|be told|there to|here to|` +
  `(?:is|was|would be|will be|had to be|the) final\\b|get to (?:decide|choose|set|say|have|question|veto|challenge)|` +
  `(?:led|made|proposed|set|imposed|designed|drawn up|dictated) by|decision-?makers|ones (?:who|making)|not (?:up for|` +
  `open to)|(?:qualified|in a position|the right person) to|senior enough|lectured|dictated|talked down|(?:get|have|` +
  `need) (?:a )?(?:vote|say|voice|seat at the table)|place to|know (?:your|their|his|her) place|(?:i am|i['’]m) the|` +
  `lectured|dictated|not (?:for|the place of|up to) (?:a |an |the )?(?:junior|nurse|care|coordinator|staff|admin|` +
  `volunteer|pharmacist|therapist)|${NO_REOPEN}|${SETTLED_BY}|leave (?:the )?(?:thinking|decisions?|decision-?making|` +
  `questions|the big|clinical|judg)|pay ?grade|need (?:a |an |some |the |any )?[\\w -]{1,30}(?:telling|to tell|lecturing|` +
  `to lecture|explaining|to explain)|(?:make|take) the decisions|${AP}s (?:decision|word|view|ruling) (?:is|was|will be|` +
  `remains) final|(?:for|made by|down to|up to|left to) (?:the )?(?:doctors|consultants|clinicians|gps|seniors|senior|` +
  `managers|directors?|the board|surgeons|partners)`
));
const TRIGGER = frameTrigger(BASE_TRIGGER, CLOSED_DECISION_FRAMES, RANK_REASON_FRAMES, CLOSED_VOICE_FRAMES);

export default defineRule({
  id: 'no-rank-closing-discussion',
  category: 'org-centric',
  practice: 3,
  severity: 'warning',
  description: 'Uses rank or professional hierarchy to close a discussion ("as the senior clinician I have decided").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” uses rank to close the discussion.',
  },
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? runSpecs(SPECS, ctx.sentence) : []), ...CLOSED_DECISION_FRAMES.run(ctx), ...RANK_REASON_FRAMES.run(ctx), ...CLOSED_VOICE_FRAMES.run(ctx)],
  unless: [
    /\b(?:invited|wanted to hear|asked to hear|hear from|listen to|asked for the views|before any decision|decided to (?:ask|consult|defer|seek|invite|hear))\b/,
    // Procedure, confidentiality and due process close an item for a reason that is not rank.
    new RegExp(
      String.raw`\b(?:in the interests? of time|due to time|short of time|out of time|time constraints?|next meeting|offline|outside the meeting|` +
      String.raw`after the meeting|confidential\w*|individual (?:cases|patients|staff|members)|public session|part (?:ii|2|b)|in public|` +
      String.raw`legal advice|sub judice|conflict of interest|(?:until|pending|while) (?:the |an? )?(?:investigation|review|inquiry|` +
      String.raw`inquest|consultation|process|outcome|hearing|report)|until (?:it|they|this|the \w+) (?:concludes?|concluded|has concluded|` +
      String.raw`is complete|reports?))\b`,
      '',
    ),
  ],
  suggest: () => [{ title: 'Record the views heard and how the decision was reached together' }],
  examples: {
    invalid: [
      'As medical director, I have decided that the pathway stays as it is.',
      'The consultant pulled rank and the pharmacist’s concern was dropped.',
      'Healthcare assistants are there to follow instructions, not to question them.',
    ],
    valid: [
      'As the senior nurse, she asked the healthcare assistants what they had noticed first.',
      'The medical director decided, after hearing from the ward team, to pilot the new rota.',
      'The pharmacist will take direction on the audit from the steering group.',
    ],
  },
});
