// Culprit hunting and fault-finding: "whose fault", "who is to blame", "the fault of", "at the door of".
import { defineRule } from '../define.ts';
import { type Frame, globalOf, isAgentPhrase, negatedBefore, runFrames, spaced, subjectBefore } from '../shared/blame-words.ts';
import type { RuleContext, RuleHit } from '../define.ts';
import { frameTrigger } from '../shared/frames.ts';
import { CULPRIT_FRAMES } from '../shared/blame-frames.ts';

const FAILURE_NOUN = (
  String.raw`(?:mess|failures?|failings?|shambles|fiasco|errors?|mistakes?|blunders?|debacle|disaster|cock-?up|screw-?up|breach|` +
  String.raw`incident|missed \p{L}+|lost \p{L}+|delays?|problems?|shortfall|lapses?|oversights?)`
);

const FRAMES: Frame[] = [
  { re: /\bwhose fault\b/iu },
  { re: /\b(?:who(?:['’]s| is| was| were)?|which \p{L}+(?: of \p{L}+)?(?: is| was| were)?) (?:to blame|at fault)\b/iu },
  { re: /\b(?:is|are|was|were|be|being) (?:entirely |partly |largely |squarely |solely |really )?to blame\b/iu, negatable: true },
  {
    re: new RegExp(String.raw`\b(?:who|which \p{L}+(?: of \p{L}+)?) (?:is|was|were|['’]s|had been) (?:responsible|accountable) for (?:this|that|the|these|those) ${FAILURE_NOUN}`, 'iu'),
  },
  {
    re: new RegExp(
      String.raw`\b(?:find out|identify|establish|work out|ascertain|name|track down) (?:exactly )?(?:which|who)\b[^,;.]{0,40}?\b(?:to blame|` +
      String.raw`responsible|at fault|failed|dropped|forgot|lost|missed|messed|signed off)\b`,
      'iu',
    ),
  },
  { re: /\b(?:the|a) fault of\b/iu, negatable: true },
  { re: /\b(?:\p{L}+['’]s|\p{L}+s['’]|(?:his|her|their|your)) (?:own )?fault\b/iu, negatable: true },
  { re: /\bat fault\b/iu, negatable: true },
  { re: /\b(?:blame[sd]?|blaming) (?:\p{L}+ly )?(?:on|it on|them|him|her|the \p{L}+|\p{L}+ for)\b/iu, negatable: true },
  { re: /\b(?:the |all the |full |squarely the )?blame (?:lies|lay|rests|rested|sits|sat|falls|fell) (?:squarely |firmly |entirely )?(?:with|on|at)\b/iu, negatable: true },
  { re: /\b(?:put|puts|putting|laid|lay|lays|laying|placed|places|rests?|lies|lie|sits?) (?:\p{L}+ ){0,2}?at the (?:door|feet|doorstep) of\b/iu },
  { re: new RegExp(String.raw`\b${FAILURE_NOUN} (?:\p{L}+ ){0,2}?on the part of\b`, 'iu') },
  { re: new RegExp(String.raw`\b${FAILURE_NOUN} (?:\p{L}+ ){0,3}?(?:lies|lay|rests|rested) (?:squarely |firmly |entirely |solely )?with\b`, 'iu') },
  { re: /\b(?:caused|created|started|is behind|was behind) (?:the whole|this whole|the entire|this entire|all (?:of )?(?:this|the)) (?:problem|mess|situation|fiasco|shambles|crisis)\b/iu },
  { re: /\b(?:point(?:s|ed|ing)? the finger|finger[- ]pointing)\b/iu, negatable: true },
  { re: /\bblame\b(?: for (?:\p{L}+ ){1,3}?)? ?(?:was|were|is|has been|had been|gets?|got) (?:\p{L}+ )?(?:placed|put|laid|pinned|pointed|heaped) (?:on|at|onto)\b/iu, negatable: true },
  // "Who signed this off without checking?", "who broke the build?"
  { re: new RegExp(
    String.raw`\bwho (?:signed (?:this|that|it) off|signed off|approved|authorised|authorized|let|allowed|sent|agreed) (?:[^,;.?]{0,40}?)without (?:checking|` +
    String.raw`asking|testing|telling|reading|reviewing|consulting|thinking)\b`,
    'iu',
  ) },
  { re: /\bwho (?:broke|dropped|lost|deleted|messed up|screwed up|forgot|missed|mislaid|ignored)\b(?=[^.]*\?)/iu },
  { re: /\bheads (?:will|should|must|need to|have to) roll\b/iu },
  { re: /\b(?:carry|carried|carrying|take|took|taking) the (?:can|rap|fall)\b/iu },
  // A process or config can be "the culprit" in a post-mortem; only hunting for one, or a guilty party, is blame.
  {
    re: /\b(?:who(?:['’]s| is| was) the culprit|(?:name|find|finding|hunt(?:ing)? for|look(?:ing)? for|track(?:ing)? down|point(?:ing)? out) the culprits?|guilty part(?:y|ies))\b/iu,
  },
  { re: /\bheld (?:personally )?(?:responsible|accountable) for (?:this|that|the) (?:mess|failure|failings|fiasco|error|mistake|delay|loss)/iu },
  {
    re: new RegExp(
      String.raw`\b(?:somebody|someone|people|heads|the (?:person|people|staff|member of staff) responsible)(?: (?:in|from|at|on) (?:the )?\p{L}+)? (?:needs?|` +
      String.raw`needed|has|had|have|must|should|ought) (?:to )?be (?:held )?(?:accountable|responsible|to account|punished|disciplined|` +
      String.raw`sacked|fired|named)\b`,
      'iu',
    ),
  },
  { re: /\bpersonally (?:responsible|to blame|liable)\b/iu },
  // "name the team responsible", "publicly identify the staff who …", "so everyone knows who messed up"
  {
    re: new RegExp(
      String.raw`\b(?:(?:publicly|openly) )?(?:name|names|named|naming|identify|identifies|identified|identifying|out|outed|outing|` +
      String.raw`shame|list)(?: and shame)? (?:the|those|any|every|each) (?:(?:\p{L}+ ){0,2}?(?:person|people|team|teams|staff|` +
      String.raw`individuals?|managers?|members? of staff|staff members?|clinicians?|nurses?|doctors?|officers?|workers?|ones?|` +
      String.raw`service|provider|department)) (?:responsible(?= *(?:[.,;:!?)]|$))|responsible(?= for (?:the |this |that |these |` +
      String.raw`those |their |his |her |its )?(?:\p{L}+ )?(?:missed|lost|late|failed|failures?|mess|errors?|mistakes?|delays?|` +
      String.raw`lapses?|breach|incidents?|complaints?|cock-?up|shambles|overspend|death|fall|harm)\b)|at fault|to blame|who (?:failed|` +
      String.raw`messed|screwed|dropped|lost|forgot|missed|ignored|let|got it wrong|slipped))\b`,
      'iu',
    ),
    negatable: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?:everyone|everybody|people|all staff|the whole (?:\p{L}+)|the (?:board|public|team|partnership)) (?:knows?|` +
      String.raw`can see|sees?|will know|learns?|finds out|can tell) (?:exactly )?who (?:failed|messed up|screwed up|cocked up|` +
      String.raw`dropped the ball|got it wrong|slipped up|was to blame|is to blame|let (?:\p{L}+ )?down)\b`,
      'iu',
    ),
  },
  {
    re: new RegExp(
      String.raw`\b(?:somebody|someone)(?: (?:in|from|at|on) (?:the )?\p{L}+)? (?:needs|has|have|will have|must|should|will|is going) (?:to )?(?:own|` +
      String.raw`answer for|pay for|carry the can for|take the (?:blame|fall|rap) for|be held (?:to account|accountable|responsible) for) (?:this|` +
      String.raw`that|the|it)\b`,
      'iu',
    ),
  },
  // "Whoever cancelled the clinic should face the consequences": a demand that someone answer for it.
  {
    re: new RegExp(
      String.raw`\b(?:whoever|anyone who|those (?:who|that)|the (?:person|people|one|ones|individual|individuals|member of staff|` +
      String.raw`staff member|manager|managers|team|clinician|officer) (?:who|that)) [^.;:!?]{0,80}?\b(?:needs?|needed|has|have|` +
      String.raw`had|must|should|ought|will have|is going|are going|deserves?|deserved) (?:to )?(?:be (?:made|forced|asked) to )?(?:answer for (?:it|` +
      String.raw`this|that|what|their|his|her)|be (?:held )?(?:to account|accountable|answerable)|face (?:the )?(?:consequences|` +
      String.raw`music|sack|chop)|carry the can|pay (?:for (?:it|this|that)|the price)|be (?:sacked|fired|disciplined|punished|` +
      String.raw`named))\b`,
      'iu',
    ),
  },
  // Sarcastic culprit questions: "whose clever idea was it to …", "who in their right mind agreed to …".
  { re: /\bwhose (?:bright|brilliant|great|clever|genius|wonderful|marvellous|fantastic|smart|stupid|daft|bright little) idea (?:was|is|had been) (?:it|this|that)\b/iu },
  { re: new RegExp(
    String.raw`\bwho (?:in (?:their|his|her|your) right mind|on earth|in the world) (?:\p{L}+ ){0,2}?(?:decided|decides|agreed|` +
    String.raw`agrees|thought|thinks|approved|approves|signed off|chose|chooses|allowed|allows|would|ever)\b`,
    'iu',
  ) },
  { re: /\bwho (?:ever )?(?:thought|thinks|decided|imagined) (?:it was|it would be|it['’]d be|that was|this was) (?:a )?(?:good|great|clever|sensible|smart|bright) (?:idea|plan|move)\b/iu },
  // Judgement given as a cause: "given how slack the rota team are", "what do you expect from estates".
  {
    re: new RegExp(
      String.raw`\bwhat (?:else )?(?:do|did|would|could|can) (?:you|anyone) (?:expect|hope for) (?:from|of) (?:(?:the |that |those )?(?:\p{L}+ ){0,2}?(?:team|` +
      String.raw`lot|staff|people|managers?|department|provider|contractor|council|trust|crew|ward|practice|agency|estates|finance|` +
      String.raw`pharmacy|reception|doctors?|nurses?|consultants?)\b|them\b|him\b|her\b)`,
      'iu',
    ),
  },
  {
    re: new RegExp(
      String.raw`\b(?:no|hardly a|little|not much of a|not a) (?:surprise|wonder|shock)(?:,| —| –|:)? (?:really,? )?given (?:who|` +
      String.raw`the (?:\p{L}+ ){0,2}?(?:team|staff|people|managers?|department|provider|contractor|council|trust|lot|crew|ward|` +
      String.raw`practice|agency)|them|him|her|that (?:\p{L}+ ){0,2}?(?:team|lot|crew|provider|contractor|department))\b`,
      'iu',
    ),
  },
];

/** "given how slack the rota team are": a judgement of a person or team offered as the cause. */
const GIVEN_HOW = new RegExp(
  String.raw`\bgiven (?:how|just how) (?:lax|sloppy|slack|careless|disorganised|disorganized|chaotic|lazy|useless|hopeless|` +
  String.raw`unreliable|incompetent|shambolic|slapdash|slow) (?<who>(?:the |that |those |our |their )?(?:[\p{L}&-]+ ){0,2}?[\p{L}&-]+) (?:is|` +
  String.raw`are|was|were|has been|have been|can be|tend to be)\b`,
  'iu',
);
function givenHow(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(GIVEN_HOW))) {
    if (isAgentPhrase(m.groups!.who)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

/** "it was the matron's failure that …", "the mistake was the supplier's": a failure owned for someone else. */
const FAULT_NOUN = String.raw`(?:failure|failing|fault|mistake|error|negligence|incompetence|oversight|blunder|lapse)`;
const POSSESSED_FAILURE = new RegExp((
  String.raw`\b(?:it|this|that|which)(?:['’]s| (?:was|is|had been|has been|were)) (?:all |entirely |purely |solely |clearly |` +
  String.raw`really |simply |squarely |largely )?(?:the )?(?<who>(?:[\p{L}&-]+ ){0,2}?[\p{L}&-]+)['’]s? (?:own )?${FAULT_NOUN}\b`
), 'iu');
const FAILURE_WAS = new RegExp((
  String.raw`\b(?:the )?(?:failure|fault|mistake|error|blame|lapse|oversight|blunder) (?:was|is|were|had been|has been|lies|` +
  String.raw`lay) (?:all |entirely |purely |solely |clearly |squarely |largely )?(?:the )?(?<who>(?:[\p{L}&-]+ ){0,2}?[\p{L}&-]+)['’]s?(?=\s*(?:[.,;:!?)]|` +
  String.raw`$| and | but | alone| not))`
), 'iu');
function possessedFailure(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const re of [POSSESSED_FAILURE, FAILURE_WAS]) {
    for (const m of ctx.sentence.matchAll(globalOf(re))) {
      if (re === FAILURE_WAS && !/['’]s?$/.test(m[0])) continue;
      const who = m.groups!.who;
      if (/^(?:no ?one|nobody|anyone|anybody|everyone|our|my|we)$/i.test(who) || !isAgentPhrase(who)) continue;
      if (negatedBefore(ctx.lower, m.index!, 3)) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return hits;
}

/** "a community trust failure", "the shortfall was down to Quayside": a failure laid on a named party. */
function attributed(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(PARTY_FAILURE))) {
    const at = m.index! + m[0].lastIndexOf(m.groups!.noun);
    if (subjectBefore(ctx.sentence, at + m.groups!.noun.length + 1, ctx) !== 'agent') continue;
    if (/^(?:system|systems|process|it|data|equipment|power|supply|software|hardware|network|server|heart|kidney|liver|organ|multiple)$/i.test(m.groups!.noun)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of ctx.sentence.matchAll(globalOf(PROBLEM_IS))) {
    const who = m.groups!.who;
    if (!/^that\b/i.test(who) && isAgentPhrase(who)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of ctx.sentence.matchAll(globalOf(DOWN_TO))) {
    if (isAgentPhrase(m.groups!.who)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

const PROBLEM_IS = new RegExp(
  String.raw`\bthe (?:real |main |whole |only |actual |root )?problem(?:,[^,]{1,24},)? (?:is|was|here is|has always been) (?<who>(?:the |` +
  String.raw`that )?[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}?)(?=[.,;:!?)—–-]|$| and | but | who | which | not | again)`,
  'iu',
);
const PARTY_FAILURE = /\b(?:a|an|the) (?:\p{L}+ ){0,3}?(?<noun>\p{L}+) (?:failure|failing|failings|cock-?up|blunder)\b/iu;
const DOWN_TO =
  new RegExp(
    String.raw`\b(?:shortfall|failure|failures|delay|delays|problem|problems|mess|overspend|backlog|breach|error|errors|mistake|` +
    String.raw`gap|miss|outage|outages|incident|overrun|slippage|loss|losses|fiasco|shambles|complaints?) (?:was|is|were|are|` +
    String.raw`has been|had been) (?:all |entirely |largely |squarely |solely |mainly |partly |purely )?down to (?<who>(?:the )?[\p{L}&-]+(?: [\p{L}&-]+){0,2}?)(?=[.,;:!?)]|` +
    String.raw`$| and | but | who | which | not )`,
    'iu',
  );

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = spaced(
    new RegExp(
      String.raw`(?:fault|blam|whose (?:\S+ ){1,2}idea|who (?:in (?:their|his|her|your) right mind|on earth|in the world|ever thought|` +
      String.raw`thought|thinks|decided|imagined)|given (?:just )?how|what (?:else )?(?:do|did|would|can|could) (?:you|anyone) (?:expect|` +
      String.raw`hope)|(?:surprise|wonder|shock),? (?:really,? )?given|(?:who|which)\b[\s\S]{0,60}(?:responsible|accountable|to blame|` +
      String.raw`at fault|signed|approved|authori[sz]ed|allowed|sent|agreed|let|broke|dropped|lost|deleted|messed|screwed|forgot|` +
      String.raw`missed|mislaid|ignored|failed)|at the (?:door|feet|doorstep) of|on the part of|\b(?:lies|lay|rests|rested) (?:\S+ )?with|` +
      String.raw`(?:the whole|this whole|the entire|this entire|all (?:of )?(?:this|the)) (?:problem|mess|situation|fiasco|shambles|` +
      String.raw`crisis)|finger|heads|answer for|to account|answerable|consequences|the music|the sack|the chop|pay the price|pay for|` +
      String.raw`sacked|fired|disciplined|punished|the (?:can|rap|fall)\b|culprit|guilty part|personally (?:responsible|to blame|` +
      String.raw`liable)|held (?:personally )?(?:responsible|accountable)|be (?:held )?(?:accountable|responsible|to account|punished|` +
      String.raw`disciplined|sacked|fired|named)|(?:own|answer for|pay for|carry the can for|take the blame for) (?:this|that|the|` +
      String.raw`it)\b|failure|failing|cock.?up|blunder|down to|problem\b|['’]s? (?:own )?(?:mistake|error|negligence|incompetence|` +
      String.raw`oversight|lapse)\b|(?:mistake|error|lapse|oversight) (?:was|is|were|had been|has been|lies|lay) |(?:name|naming|` +
      String.raw`identify|identifying|out|outing|shame|list)(?: and shame)? (?:the|those|any|every|each) |who (?:failed|messed|` +
      String.raw`screwed|cocked|dropped|got it|slipped|was|is|let))`,
      '',
    ),
  );
const TRIGGER = frameTrigger(BASE_TRIGGER, CULPRIT_FRAMES);

export default defineRule({
  id: 'no-culprit-hunt',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Hunting for a culprit or assigning fault (“whose fault”, “who is to blame”, “the fault of the trust”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” looks for someone to blame.',
  },
  unless: [
    spaced(new RegExp(
      String.raw`\b(?:no ?one|nobody|no single (?:\w+ )?(?:was|is|were)|not (?:about|to) (?:assign|apportion|find|point)\w*|rather than (?:ask\w*|` +
      String.raw`look\w*|assign\w*|blam\w*|point\w*)|instead of (?:ask\w*|blam\w*|look\w*|assign\w*)|without (?:blam\w*|apportion\w*|` +
      String.raw`assign\w*)|blameless|no[- ]blame|not (?:anyone|anybody)['’]s fault|avoid\w* (?:blame|blaming|finger)|(?:about|` +
      String.raw`over) whose fault|no fault)\b`,
      '',
    )),
  ],
  check: (ctx) => [
    ...(TRIGGER.baseTest(ctx.lower) ? [...runFrames(ctx, FRAMES), ...attributed(ctx), ...possessedFailure(ctx), ...givenHow(ctx)] : []),
    ...CULPRIT_FRAMES.run(ctx),
  ],
  suggest: () => [
    { title: 'Ask what happened and what got in the way, not who is to blame' },
    { title: 'Describe the event and the system factors behind it' },
  ],
  examples: {
    invalid: [
      'The chair wanted to know whose fault the missed scan was.',
      'The late invoices were the fault of the finance officer.',
      'ACTION: BK to identify who was responsible for the lost post.',
    ],
    valid: [
      'Rather than ask who was at fault, the group mapped what got in the way.',
      'Nobody was at fault; the printer queue jammed overnight.',
      'The ICB is responsible for commissioning the service.',
    ],
  },
});
