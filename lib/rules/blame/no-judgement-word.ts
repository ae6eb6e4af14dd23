// Judgement words about people or teams: "careless", "incompetent", "a disgrace", "weak link", "can't be trusted".
import { defineRule } from '../define.ts';
import { AGENT_NOUNS, type Frame, globalOf, isAgentPhrase, negatedBefore, ownedBefore, steeredBefore, runFrames, spaced, subjectBefore } from '../shared/blame-words.ts';
import type { RuleContext, RuleHit } from '../define.ts';
import { frameTrigger } from '../shared/frames.ts';
import { VERDICT_FRAMES } from '../shared/blame-frames.ts';

/** Words that judge people whatever they describe (a careless script was written by someone). */
const STRONG =
  new RegExp(
    String.raw`\b(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|inept(?:itude)?|sloppy|sloppiness|laz(?:y|` +
    String.raw`iness)|shambolic|unprofessional(?:ly|ism)?|disgrace(?:ful|fully)?|weak links?|slacking|slackers?|amateurish|clueless|` +
    String.raw`feckless|irresponsib(?:le|ly|ility)|lackadaisical|bone[- ]idle|half[- ]hearted|couldn['’]t care less|reckless(?:ly|` +
    String.raw`ness)?|cavalier|idiots|dim[- ]witted|cowboys|amateurs|clowns|jobsworths?|pen[- ]pushers|blundered|blundering|human error|` +
    String.raw`shoddy|slapdash|stonewall(?:ing|ed|s)?|lax (?:approach|attitude|practice|practices|standards|oversight|management|` +
    String.raw`supervision))\b`,
    'iu',
  );

/** Technical or legal senses that judge no one. */
const NOT_JUDGEMENT = spaced(
  new RegExp(
    String.raw`\b(?:clinical negligence|negligence (?:claims?|scheme|cases?|litigation|cover)|lazy (?:load\w*|eval\w*|init\w*|` +
    String.raw`import\w*|static|val|iterat\w*|compil\w*|pars\w*|bind\w*|match\w*|quantifier|evaluation|fetch\w*|mode)|lazily|` +
    String.raw`sloppy mode|useless (?:code|warnings?|output|logs?|noise|imports?)|hopeless(?:ly)? (?:optimistic|romantic)|human error (?:rates?|` +
    String.raw`risks?|reduction|in (?:manual|data))|(?:reduce|reduces|reducing|minimise|minimize|minimising|avoid|prevent|less|` +
    String.raw`fewer) (?:the (?:risk|chance) of )?human error)\b`,
    'iu',
  ),
);

/** Softer words that only judge when said of a person, team or organisation ("the partner was unreliable"). */
const WEAK_FRAME: Frame = {
  re: new RegExp(
    String.raw`\b(?<verb>is|are|was|were|been|being|as|seems?|seemed|looks?|looked|remains?|remained|proved|proving)\s+["“‘']?(?:\p{L}+ly )?(?:(?:clearly|` +
    String.raw`obviously|simply|generally|notoriously|always|so|very|completely|totally|utterly|really|frankly|hopelessly|entirely|` +
    String.raw`quite|rather|just|simply|consistently|increasingly|too|extremely|pretty|thoroughly|wholly) )?(?<hit>(?:unreliable|` +
    String.raw`useless|hopeless|pathetic|stupid|idiotic|disorganised|disorganized|chaotic|complacent|obstructive|uncooperative|` +
    String.raw`unhelpful|dismissive|arrogant|rude|dishonest|untrustworthy|abysmal|woeful|appalling|atrocious|dire|(?:a|an) (?:complete |` +
    String.raw`total |absolute |utter |bit of a )?(?:shambles|joke|nightmare|liability|disaster)|not up to the job|out of (?:their|` +
    String.raw`his|her) depth)(?: and (?:unreliable|disorganised|disorganized|chaotic|complacent|obstructive|uncooperative|unhelpful|` +
    String.raw`dismissive|arrogant|rude|unprofessional))?)\b`,
    'iu',
  ),
  subject: 'agent',
  negatable: true,
};

/** "the council's lack of urgency", "a lack of grip from the provider": a charge of not caring or not trying. */
const LACK_FRAME: Frame = {
  re: new RegExp(
    String.raw`\b(?:(?:their|his|her|\p{L}+['’]s?) )?(?<hit>(?:complete |total |utter |sheer |apparent )?(?:lack of|no) (?:grip|` +
    String.raw`urgency|care|effort|interest|ownership|accountability|professionalism|competence|common sense|respect))\b`,
    'iu',
  ),
};

/** "bad at responding": said of a thing it is a limitation; said of people (or an elided subject) a verdict. */
const BAD_AT_FRAME: Frame = {
  re: new RegExp(
    String.raw`\b(?<verb>is|are|was|were|been|being)\s+(?:(?:clearly|obviously|simply|generally|notoriously|always|so|very|really|` +
    String.raw`just|pretty|quite|famously) )?(?<hit>(?:bad|terrible|awful|hopeless|useless|rubbish|appalling|dreadful) at (?:\p{L}+ing|` +
    String.raw`communicat\p{L}*))\b`,
    'iu',
  ),
  subject: 'not-thing',
  negatable: true,
};

/** Distrust: "can't be trusted to", "could not be relied on". */
const TRUST_FRAME: Frame = {
  re: new RegExp(
    String.raw`\b(?<verb>(?:cannot|can ?not|can['’]t|couldn['’]t|could not|can no longer|could no longer)) ` +
    String.raw`(?:really |simply |always )?be (?:trusted|relied (?:on|upon)|counted on|depended (?:on|upon))\b`,
    'iu',
  ),
  subject: 'agent',
};

/** "their poor productivity", "the team's poor attitude", "this mess", "the trust's mess". */
const POOR_FRAME: Frame = {
  re: new RegExp(
    String.raw`\b(?:their|his|her|\p{L}+['’]s?) (?<verb>(?<hit>poor (?:productivity|performance|attitude|effort|work ethic|judgement|` +
    String.raw`judgment|workmanship|conduct|commitment|record|discipline|planning|communication|management|leadership|organisation|` +
    String.raw`organization|handling|decision-making|decisions?|oversight|supervision|timekeeping|response)))\b(?! (?:data|figures|` +
    String.raw`scores?|metrics?|ratings?|indicators?|reports?|dashboard))`,
    'iu',
  ),
  subject: 'agent',
};
const MESS_FRAME: Frame = {
  re: /\b(?<hit>(?:[Tt]his|[Tt]hat|[Tt]he whole|[Tt]his whole|[Tt]he \p{L}+['’]s|\p{Lu}\p{L}*['’]s) (?:mess|shambles|fiasco|debacle|cock-?up|screw-?up|omnishambles))\b/u,
};
/** "the physio team were criticised for their slow response" */
const CRITICISED_FOR_FRAME: Frame = {
  re: /\b(?<verb>(?:was|were|been|being|got)) (?:\p{L}+ )?(?<hit>(?:criticised|criticized|condemned|slammed|blasted|castigated|attacked|blamed) (?:for|over)|accused of \p{L}+)\b/iu,
  subject: 'agent',
};

/** Name-calling of behaviour: "stop whinging", "the team are bleating", "throwing their toys out of the pram". */
const GRIPE = '(?:sulking|whinging|whingeing|moaning|whining|bleating|griping|carping|bellyaching|bitching)';
const NAME_CALLING: Frame[] = [
  { re: new RegExp((
    String.raw`\b(?<verb>stop|stops|stopped|quit|cease) (?:all (?:the|this|that|their) |all |this |that |their )?${GRIPE}\b(?! (?:alarms?|` +
    String.raw`noises?|sounds?|pumps?|machines?|doors?)\b)`
  ), 'iu'), subject: 'not-self' },
  { re: new RegExp((
    String.raw`\b(?<verb>is|are|was|were|been|keeps?|kept|forever|always|constantly) (?:\p{L}+ly |just |only |still |forever |` +
    String.raw`always |constantly )?${GRIPE}\b`
  ), 'iu'), subject: 'agent', negatable: true },
  { re: new RegExp((
    String.raw`\b(?<verb>spent|spend|spends|spending) (?:(?:the|a|an|most of the|half the|all|whole|entire|every|much of the) ){0,2}(?:meeting|` +
    String.raw`session|call|day|week|time|morning|afternoon|hour|year|month) ${GRIPE}\b`
  ), 'iu'), subject: 'agent' },
  { re: /\b(?:all|nothing) (?:that )?(?:\p{L}+ ){1,3}?(?:ever )?(?:does|do|did) (?:is |but )(?:moan|whinge|whine|bleat|sulk|gripe|complain)\b/iu },
  { re: /\b(?:moaners|whingers|whiners|moaning minnies?|moaning minnys?)\b/iu, negatable: true },
  { re: /\b(?<verb>politicking)\b/iu, subject: 'not-self', negatable: true },
  { re: /\b(?<verb>protect\p{L}*|guard\p{L}*|defend\p{L}*) (?:their|his|her|its) (?:own )?(?:little )?(?:empires?|fiefdoms?)\b/iu, subject: 'not-self', negatable: true },
  { re: /\b(?<verb>throw|throws|threw|thrown|throwing|chuck\p{L}*) (?:their|his|her|its|the|your) toys out of the pram\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>play|plays|played|playing) (?:party |petty )?politics\b(?! (?:games?|lessons?|class|classes|clubs?|societ\p{L}+)\b)/iu, subject: 'not-self', negatable: true },
  { re: /\bempire-build(?:ing|ers?)\b|\b(?<verb>build|builds|building|built) (?:an|their|his|her|its) (?:own )?(?:little )?empires?\b/iu, subject: 'not-self', negatable: true },
];

/** "the agency mislaid the letters, which is frankly inexcusable": a verdict on an act someone did. */
const VERDICT = String.raw`(?:inexcusable|unacceptable|unforgivable|disgraceful|appalling|shocking|outrageous|scandalous|indefensible)`;
const JUDGED_ACT: Frame = {
  re: new RegExp((
    String.raw`\b(?<verb>lost|mislaid|misplaced|binned|shredded|deleted|ignored|missed|forgot|overlooked|cancelled|canceled|dropped|` +
    String.raw`threw (?:away|out)|turned away|sent (?:\p{L}+ )?home)\b[^,;.!?]{1,60}?, (?<hit>which (?:is|was|has been|really is|` +
    String.raw`really was) (?:\p{L}+ly |just |quite )?${VERDICT})\b`
  ), 'iu'),
  subject: 'agent',
};
/** "the trust's handling of the complaint was appalling": a verdict on how someone dealt with something. */
const HANDLING = new RegExp((
  String.raw`\b(?<owner>(?:[\p{L}&-]+ ){0,2}?[\p{L}&-]+['’]s?|their|his|her) (?:handling|management|treatment|response) (?:of|` +
  String.raw`to) [^,;.!?]{1,50}? (?:was|is|has been|were|had been) (?:\p{L}+ly |just |quite )?(?<hit>${VERDICT}|atrocious|abysmal|` +
  String.raw`woeful|shambolic|dreadful)\b(?! (?:in|to|for|at) )`
), 'iu');
function handlingHits(ctx: RuleContext): RuleHit[] {
  const out: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(HANDLING))) {
    const owner = m.groups!.owner.replace(/['’]s?$/, '');
    if (!/^(?:their|his|her)$/i.test(owner) && !isAgentPhrase(owner)) continue;
    if (negatedBefore(ctx.lower, m.index! + m[0].length - m.groups!.hit.length, 3)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** "a useless temp", "that hopeless locum": a verdict adjective on a person or team noun ("a hopeless case" is a prognosis). */
const PERSON_ADJ = /\b(?:a|an|the|that|this|their|our|some|another|those|these) (?:\p{L}+ )?(?<adj>useless|hopeless|pathetic|stupid|idiotic|dozy|gormless) (?<w1>\p{L}+)(?: (?<w2>\p{L}+))?/iu;
const NOT_PERSON = new Set('platform payments backend frontend infrastructure infra security design product side home desk tech service system support case situation'.split(' '));
function personAdjHits(ctx: RuleContext): RuleHit[] {
  const out: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(PERSON_ADJ))) {
    const isPerson = (w: string | undefined) => {
      if (!w) return false;
      const noun = w.toLowerCase();
      const one = noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
      return !NOT_PERSON.has(one) && (AGENT_NOUNS.has(noun) || AGENT_NOUNS.has(one) || /^(?:temp|lot|bunch|shower)$/.test(one));
    };
    const g = m.groups!;
    const at = m.index! + m[0].indexOf(g.adj);
    const w1End = m.index! + m[0].indexOf(g.w1, m[0].indexOf(g.adj) + g.adj.length) + g.w1.length;
    const w2Person = isPerson(g.w2) && !isPerson(g.w1) && !NOT_PERSON.has(g.w1.toLowerCase());
    const end = isPerson(g.w1) ? w1End : w2Person ? m.index! + m[0].length : -1;
    if (end < 0 || negatedBefore(ctx.lower, at, 3)) continue;
    out.push({ start: at, end });
  }
  return out;
}

/** A lack of care or effort is a charge only when it is someone's: "the provider's lack of urgency", "no urgency from the ICB". */
function lackHits(ctx: RuleContext): Frame[] {
  const m = globalOf(LACK_FRAME.re);
  for (const x of ctx.sentence.matchAll(m)) {
    const hitAt = x.index! + x[0].indexOf(x.groups!.hit);
    const owner = ctx.sentence.slice(x.index!, hitAt).trim();
    const after = ctx.sentence.slice(hitAt + x.groups!.hit.length, hitAt + x.groups!.hit.length + 60);
    const by = after.match(/^\s+(?:from|by|on the part of|shown by|at|in) ((?:the )?[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2})/iu)?.[1];
    const ownerIsAgent = owner !== '' && isAgentPhrase(owner.replace(/['’]s?$/, ''));
    if (ownerIsAgent || (by && isAgentPhrase(by))) return [LACK_FRAME];
  }
  return [];
}

function judgementHits(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(STRONG))) {
    const at = m.index!;
    const near = ctx.sentence.slice(Math.max(0, at - 20), at + m[0].length + 25);
    if (NOT_JUDGEMENT.test(near)) continue;
    if (negatedBefore(ctx.lower, at, 3) || ownedBefore(ctx.lower, at) || steeredBefore(ctx.lower, at)) continue;
    // "we were careless" owns a mistake; a judgement of the writer's own side is not blame.
    if (subjectBefore(ctx.sentence, at, ctx) === 'self' && /\b(?:we|i)\b(?:\s+\S+){0,4}\s*$/i.test(ctx.sentence.slice(Math.max(0, at - 60), at))) continue;
    hits.push({ start: at, end: at + m[0].length });
  }
  hits.push(...handlingHits(ctx), ...personAdjHits(ctx));
  hits.push(...runFrames(ctx, [JUDGED_ACT, WEAK_FRAME, BAD_AT_FRAME, ...lackHits(ctx), { ...TRUST_FRAME, messageId: 'trust' }, POOR_FRAME, MESS_FRAME, CRITICISED_FOR_FRAME, ...NAME_CALLING]));
  return hits;
}

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = spaced(
    new RegExp(
      String.raw`(?:careless|negligen|incompeten|inept|sloppy|sloppiness|lazy|laziness|shambolic|shambles|unprofessional|disgrace|` +
      String.raw`weak link|slack|amateurish|clueless|feckless|irresponsib|lackadaisical|idle|half.hearted|care less|pathetic|useless|` +
      String.raw`hopeless|reckless|cavalier|idiot|stupid|witted|cowboys|amateurs|clowns|jobsworth|pushers|blunder|human error|bad at|` +
      String.raw`terrible at|awful at|rubbish at|unreliable|disorgani|chaotic|complacent|obstructive|uncooperative|unhelpful|dismissive|` +
      String.raw`arrogant|rude|dishonest|untrustworthy|abysmal|woeful|appalling|atrocious|dreadful|dire\b|a joke|nightmare|liability|` +
      String.raw`disaster|up to the job|depth|trusted|relied|counted on|depended|poor |mess\b|fiasco|inexcusable|unacceptable|unforgivable|` +
      String.raw`shocking|outrageous|scandalous|indefensible|dozy|gormless|debacle|cock.?up|screw.?up|critici[sz]ed|condemned|slammed|` +
      String.raw`blasted|castigated|attacked|blamed|accused|shoddy|slapdash|stonewall|lack of|no urgency|no grip|no ownership|lax\b|` +
      String.raw`sulking|whing|moaning|whining|bleating|griping|carping|bellyaching|bitching|toys out of the pram|politics|politicking|` +
      String.raw`empire|fiefdom|moaners|whingers|whiners|minnie|(?:does|do|did) (?:is |but )(?:moan|whinge|whine|bleat|sulk|gripe|` +
      String.raw`complain))`,
      '',
    ),
  );
const TRIGGER = frameTrigger(BASE_TRIGGER, VERDICT_FRAMES);

export default defineRule({
  id: 'no-judgement-word',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Judgement words about people or teams (“careless”, “incompetent”, “a disgrace”, “can’t be trusted”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” passes judgement on someone.',
    trust: '“{{match}}” says a group cannot be trusted, which closes the door on working together.',
  },
  unless: [spaced(/\bwe (?:were|are|have been|had been) (?:a bit |too |quite |rather )?(?:careless|sloppy|complacent|disorganised|unreliable)/)],
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? judgementHits(ctx) : []), ...VERDICT_FRAMES.run(ctx)],
  suggest: () => [
    { title: 'Describe what happened and what made it hard, not the person' },
    { title: 'Ask what support or change would help next time' },
  ],
  examples: {
    invalid: [
      'The agency carers were careless with the medication charts.',
      'Frankly the estates contractor has been incompetent from the start.',
      'The transport provider cannot be relied on to collect patients on time.',
    ],
    valid: [
      'The medication charts were hard to read, so the group will test a clearer layout.',
      'Nobody was careless; the form itself invites mistakes.',
      'The page uses lazy loading for images.',
    ],
  },
});
