// Blame rewrites at clause level: "<agent> <lapse verb> <object> <rest>" becomes "<object> was <done> <rest>; <a
// curious follow-up>", with repetition and sneer asides left out; sarcastic thanks and praise become the plain event.
import { calm, clauseStop, FOLLOW, objectAt, plainNp, pluralNp, subjectOf, trailingRemark, type Span } from './blame-words.ts';
import { capitalise, infinitive, participle } from './grammar.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

/** Lapse verbs (past or participle form) → the participle a neutral account uses. */
const LAPSE: Record<string, string> = {
  // Verbs that are charges in themselves (botched, bungled, fumbled, mangled) tell what went wrong, never 'was botched'.
  botched: '@wrong', bungled: '@wrong', ignored: 'ignored', lost: 'lost', missed: 'missed', mislaid: 'mislaid', misplaced: 'misplaced',
  forgot: 'forgotten', forgotten: 'forgotten', overlooked: 'overlooked', fumbled: '@wrong', mangled: '@wrong', dropped: 'dropped',
  broke: 'broken', broken: 'broken', wrecked: 'broken', cancelled: 'cancelled', canceled: 'cancelled', deleted: 'deleted', skipped: 'skipped',
  pushed: 'pushed', 'sat on': 'held up', 'wriggled out of': 'missed', dodged: 'missed', ducked: 'missed', 'mixed up': 'mixed up', 'muddled up': 'mixed up', 'messed up': '@wrong',
};
const LAPSE_BASE: Record<string, string> = {
  botch: '@wrong', bungle: '@wrong', ignore: 'ignored', lose: 'lost', miss: 'missed', mislay: 'mislaid', misplace: 'misplaced', forget: 'forgotten',
  overlook: 'overlooked', drop: 'dropped', break: 'broken', wreck: 'broken', cancel: 'cancelled', delete: 'deleted', skip: 'skipped', 'mix up': 'mixed up', 'mess up': '@wrong',
};
/** "blew the deadline" → "the deadline was missed": blew reads as a lapse only with these objects. */
const BLEW = /\b(?:deadline|target|sprint|goal|window|date|slot|budget)s?$/i;

const FILL = String.raw`(?:\s*,?\s*(?:(?:yet|once) again|once more|again|as usual|as ever|not for the first time|somehow|simply|just|completely|totally|clearly|frankly|obviously|predictably|conveniently|actually|even|really|entirely)\s*,?)*`;
const PARTICLE = String.raw`(?<particle> (?:on|up|back|over|through|out|off|in|about))?`;

const POSITIVE = new RegExp(
  String.raw`\b(?<aux>had|has|have)?${FILL}\s*(?:(?<managed>managed to) )?(?<verb>wriggled out of|dodged|ducked|sat on|mixed up|muddled up|messed up|blew|blown|botched|bungled|ignored|lost|missed|mislaid|misplaced|forgot(?:ten)?(?: about)?|overlooked|fumbled|mangled|dropped|broke|broken|wrecked|cancell?ed|deleted|skipped|pushed|(?<base>botch|bungle|ignore|lose|miss|mislay|misplace|forget(?: about)?|overlook|drop|break|wreck|cancel|delete|skip|mix up|mess up))\s`,
  'gi',
);
/** "nobody at the ICB bothered to read X": the "nobody" phrase is the subject, and the account is of X not being read. */
const NOBODY = new RegExp(
  String.raw`\b(?:nobody|no one|no-one)(?: (?:at|in|from|on) (?:the )?[\p{L}\d&'’ -]{1,30}?)? (?:even )?(?<neg>bothered|thought|remembered|cared) to (?<verb>[a-z]+)${PARTICLE}\s`,
  'giu',
);
const NEGATIVE = new RegExp(
  String.raw`\b(?<aux>had|has|have)?${FILL}\s*(?<neg>did ?n['’]t|did not|never|failed to|forgot to|neglected to|omitted to|(?:could ?n['’]t|could not|can['’]t|cannot|can not) (?:even )?be bothered to|(?:did ?n['’]t|did not) (?:even )?bother to|not bothered to|not bothered to|never bothered to)${FILL}\s+(?<verb>[a-z]+)${PARTICLE}\s`,
  'gi',
);

interface Hit {
  subj: Span;
  obj: Span;
  objText: string;
  /** The "is/was" form for the object's number and the verb group's tense. */
  be: string;
  pp: string;
  negative: boolean;
  /** An aside between subject and verb named a recurrence ("had, yet again, ignored"). */
  repeat: boolean;
}

function beFor(aux: string | undefined, neg: string | undefined, plural: boolean, negative: boolean): string {
  const a = aux?.toLowerCase();
  const n = negative ? ' not' : '';
  if (a === 'had') return `had${n} been`;
  if (a === 'has' || a === 'have') return `${plural ? 'have' : 'has'}${n} been`;
  if (neg && /^(?:can|cannot)/i.test(neg)) return `${plural ? 'are' : 'is'}${n}`;
  return `${plural ? 'were' : 'was'}${n}`;
}

const NOT_VERB = /^(?:to|the|a|an|be|been|have|had|it|them|that|this|any|anyone|anything|about|up)$/i;

/** Every "<subject> <lapse verb group> <object>" in the sentence that overlaps the finding. */
function hits(f: Finding): Hit[] {
  const s = f.sentence;
  const out: Hit[] = [];
  for (const [re, negative] of [[POSITIVE, false], [NEGATIVE, true], [NOBODY, true]] as const) {
    for (const m of s.matchAll(re)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (!(a < f.end + 40 && f.start < b + 40)) continue;
      // The verb group must start a word right after the subject (an "had"/"has" or the verb itself).
      const lead = /^\s*/.exec(m[0])![0].length;
      const subj = re === NOBODY ? { start: a, end: a } : subjectOf(s, a + lead);
      if (!subj) continue;
      const g = m.groups!;
      const verb = g.verb.toLowerCase();
      if (negative && NOT_VERB.test(verb)) continue;
      // "couldn't be bothered to chase it": a pronoun object stands for what was named before ("it was not chased").
      const pron = /^(it|them)\b/i.exec(s.slice(b));
      const obj = pron ? { start: b, end: b + pron[1].length } : objectAt(s, b);
      if (!obj) continue;
      const objText = pron ? (pron[1].toLowerCase() === 'it' ? 'it' : 'they') : s.slice(obj.start, obj.end);
      // Idioms ("did not simply cut corners") are not acts with an object: "corners were not cut" would invert them.
      if (/^(?:corners|the ball|the buck|(?:their|its|his|her) (?:weight|feet|heels|eye))\b/i.test(objText)) continue;
      let pp: string;
      if (negative) pp = participle(verb.endsWith('ing') ? infinitive(verb) : verb) + (g.particle ?? '');
      else if (verb === 'blew' || verb === 'blown') {
        if (!BLEW.test(objText)) continue;
        pp = /budget/i.test(objText) ? 'overspent' : 'missed';
      } else if (g.base) {
        // A bare base form is present tense ("ignore the plan") only after "managed to"; otherwise skip.
        if (!g.managed) continue;
        pp = LAPSE_BASE[verb.replace(/ about$/, '')];
      } else pp = LAPSE[verb.replace(/ about$/, '')];
      if (!pp || (pp === '@wrong' && negative)) continue;
      if (pp === 'pushed' && !/\b(?:untested|broken|faulty|buggy|bad|wrong|unreviewed)\b/i.test(objText)) continue;
      if (!g.aux && g.base && g.managed && /\b(?:has|have|had)\s*$/i.test(s.slice(subj.end - 4, a + lead))) continue;
      const plural = objText === 'they' || pluralNp(objText);
      const between = s.slice(subj.end, obj.start);
      out.push({ subj, obj, objText, be: beFor(g.aux, g.neg, plural, negative), pp, negative, repeat: /again|once more|as usual|as ever|first time/i.test(between) });
    }
  }
  return out;
}

/** A verb straight after the clause (", and cost the programme a month"): its subject would be gone. */
const CARRIES_ON = /^,?\s+(?:and|but)\s+(?!(?:the|a|an|this|that|these|those|their|its|our|we|they|it|he|she|there|i|nobody|no one|everyone|now|then)\b)[a-z]/;

/** "The M&E subcontractor had botched the ductwork on level 2" → "The ductwork on level 2 had been botched; the partners …". */
export const lapseClause: Strategy = (f) => {
  for (const h of hits(f)) {
    const s = f.sentence;
    let stop = clauseStop(s, h.obj.end);
    let rest = calm(s.slice(h.obj.end, stop.end));
    // "had botched the ductwork and cost the programme a month" → "the ductwork had been botched, which cost …".
    const carry = /^,?\s+and\s+(?=(?:[a-z]+ed|cost|put|left|made|meant|set|took|lost|broke|sent|kept|held)\s)/.exec(s.slice(stop.end));
    if (carry && !h.negative) {
      const next = clauseStop(s, stop.end + carry[0].length);
      rest = { text: `${rest.text}, which ${s.slice(stop.end + carry[0].length, next.end)}`, repeat: rest.repeat };
      stop = next;
    }
    if (CARRIES_ON.test(s.slice(stop.end))) continue;
    // Rest of the clause must not carry another verdict about the agent ("… and should be ashamed"), nor a pronoun
    // for the agent, who is gone from the account ("… before they did").
    if (/\b(?:should|must|ought)\b/i.test(rest.text) || /\b(?:before|after|until|than|when|as) (?:it|they|he|she) (?:did|had|was|were|could|would)\b/i.test(rest.text)) continue;
    const repeat = h.repeat || rest.repeat;
    const already = /what (?:got|gets|kept|keeps getting) in the way|what would (?:have )?help|what made it hard/i.test(s);
    const follow = stop.last && !already && !/\|/.test(s) ? `; ${repeat ? FOLLOW.pattern : h.negative ? FOLLOW.hard : FOLLOW.way}` : '';
    // "messed up the launch" → "the launch went wrong": what happened, in the event's own words.
    // "its returns" pointed at the agent, who is gone from the account: "the returns".
    const capitalOwn = (t: string) => t.replace(/^(?:its|their|his|her)\b/i, (w) => (/^[A-Z]/.test(w) ? 'The' : 'the'));
    const done = h.pp === '@wrong' ? `${h.objText} ${/^had/.test(h.be) ? 'had gone' : /^ha(?:s|ve)/.test(h.be) ? `${h.be.split(' ')[0]} gone` : 'went'} wrong` : `${h.objText} ${h.be} ${h.pp}`;
    const text = `${capitalOwn(done)}${rest.text}${follow}`;
    const end = stop.last ? trailingRemark(s, stop.end) : stop.end;
    return { title: h.negative ? 'Say what did not happen and ask what made it hard' : 'Say what happened and ask what got in the way', start: h.subj.start, end, replacement: text };
  }
  return null;
};

/** "Many thanks to the CSU for losing the agreement again" → "The agreement was lost; … what keeps getting in the way". */
export const sarcasticThanks: Strategy = (f) => {
  const s = f.sentence;
  const m =
    /(?:^|(?<=[:;]\s*))(?:(?:many|huge|big|massive|special|great|a big|a huge) )?(?:thanks|thank you|well done|congratulations|kudos|hats off|cheers|bravo|nice one|great job|good job|top marks)(?: again)?,? (?:to |by )?(?<who>(?:the |our |their )?[\p{L}\d&'’ .-]{1,50}?)(?<how> for (?:(?:once again |yet again |again )?(?:finally |somehow )?managing to (?<base>[a-z]+)|(?:once again |yet again |again )?(?<verb>[a-z]+ing))(?<particle> (?:on|up|back|over|through|out|off))? | for (?=(?:yet )?another\b))/iu.exec(s);
  if (!m || !(m.index < f.end && f.start < m.index + m[0].length + 40)) return null;
  const objAt = m.index + m[0].length + (/^yet (?=another\b)/i.exec(s.slice(m.index + m[0].length))?.[0].length ?? 0);
  const obj = objectAt(s, objAt);
  if (!obj) return null;
  const stop = clauseStop(s, obj.end);
  if (CARRIES_ON.test(s.slice(stop.end))) return null;
  let objText = s.slice(obj.start, obj.end).replace(/^yet another\b/i, 'another');
  const rest = calm(s.slice(obj.end, stop.end));
  const repeat = rest.repeat || /\b(?:again|another)\b/i.test(m[0] + objText);
  const follow = stop.last ? `; ${repeat ? FOLLOW.pattern : FOLLOW.way}` : '';
  let text: string;
  if (m.groups!.verb || m.groups!.base) {
    const v = m.groups!.base ?? infinitive(m.groups!.verb);
    const pp = LAPSE_BASE[v] ?? (/^(?:ship|publish|release|send|schedule|move|change|close)$/i.test(v) ? participle(v) : '');
    if (!pp) return null;
    text = `${objText} ${pluralNp(objText) ? 'were' : 'was'} ${pp}${m.groups!.particle ?? ''}${rest.text}`;
  } else {
    objText = objText.replace(/^yet another\b/i, 'another');
    text = `there ${pluralNp(objText) ? 'were' : 'was'} ${objText}${rest.text}`;
  }
  return { title: 'Say what happened, without the sarcasm', start: m.index, end: stop.end, replacement: capitalise(text) + follow };
};

/** "Typical of the council to lose the paperwork again." → "The paperwork was lost; … what keeps getting in the way." */
export const typicalOf: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?:^|(?<=[:;]\s*))(?:how |so |that['’]s |it['’]s |it is |it was )?(?:typical|classic|just like|trust) (?:of )?(?:the |our )?[\p{L}\d&'’ .-]{1,40}? to (?:(?:once again|yet again|again|finally) )?(?<verb>[a-z]+)(?<particle> (?:up|on|off|out|back|over|about))? /iu.exec(s);
  if (!m || !(m.index < f.end && f.start < m.index + m[0].length)) return null;
  const obj = objectAt(s, m.index + m[0].length);
  if (!obj) return null;
  const stop = clauseStop(s, obj.end);
  if (CARRIES_ON.test(s.slice(stop.end))) return null;
  const objText = s.slice(obj.start, obj.end);
  const rest = calm(s.slice(obj.end, stop.end));
  const follow = stop.last ? `; ${FOLLOW.pattern}` : '';
  // Any act the sarcasm wraps ("to announce the closure on a Friday") is told plainly: "the closure was announced …".
  const verb = m.groups!.verb.toLowerCase();
  if (/^(?:be|have|do|get|go|come|make|say|think|know|want|let|see|keep|try)$/.test(verb)) return null;
  const pp = (LAPSE_BASE[verb] ?? participle(verb)) + (m.groups!.particle && m.groups!.particle !== ' about' ? m.groups!.particle : '');
  if (/^(?:it|this|that|them|us)$/i.test(objText) && !/^(?:this|that)$/i.test(objText)) return null;
  const text = `${objText} ${pluralNp(objText) ? 'were' : 'was'} ${pp}${rest.text}`;
  return { title: 'Say what happened, without the sarcasm', start: m.index, end: stop.end, replacement: capitalise(text) + follow };
};

const NOMINATIVE: Record<string, string> = { us: 'we', them: 'they', him: 'he', her: 'she', me: 'I', you: 'you' };

/** "Housing let the family down badly" → "Things did not go as the family needed; the partners …". */
export const letDown: Strategy = (f) => {
  const s = f.sentence;
  const re = new RegExp(String.raw`\b(?<aux>had|has|have)?${FILL}\s*(?:(?:really|badly|completely|totally) )?let (?:(?<who>us|them|him|her|me|you|[\p{L}\d&'’-]+(?: [\p{L}\d&'’-]+){0,3}?) down|down (?<who2>(?:the|our|their|its|his|her|local|all|every|many) [\p{L}\d&'’-]+(?: [\p{L}\d&'’-]+){0,2}?|residents|patients|families|tenants|carers|customers|clients|people|everyone|pupils|parents))(?<how>,? (?:badly|completely|totally|again|yet again|once again|in every way possible))*(?=[\s,;.!?]|$)`, 'giu');
  for (const m of s.matchAll(re)) {
    if (!(m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    const lead = /^\s*/.exec(m[0])![0].length;
    const subj = subjectOf(s, m.index! + lead);
    if (!subj) continue;
    const raw = m.groups!.who ?? m.groups!.who2;
    if (/^(?:the|a|an|it|this|that|down|the side|the team)$/i.test(raw) || /\b(?:down|let)\b/i.test(raw)) continue;
    const who = NOMINATIVE[raw.toLowerCase()] ?? raw;
    const aux = m.groups!.aux?.toLowerCase();
    const go = aux === 'had' ? 'had not gone' : aux ? 'have not gone' : 'did not go';
    const stop = clauseStop(s, m.index! + m[0].length);
    if (CARRIES_ON.test(s.slice(stop.end))) continue;
    const rest = calm(s.slice(m.index! + m[0].length, stop.end));
    if (/\b(?:should|must|ought|by)\b/i.test(rest.text)) continue;
    const repeat = rest.repeat || /again/i.test(m[0]);
    const follow = stop.last ? `; ${repeat ? FOLLOW.pattern : FOLLOW.way}` : '';
    return { title: 'Say what happened for people, without a verdict', start: subj.start, end: stop.end, replacement: `things ${go} as ${who} needed${rest.text}${follow}` };
  }
  return null;
};

/** "Hollins Lane Surgery's failure to code the frailty scores had wrecked …" → "the frailty scores not being coded had wrecked …". */
export const failureOfOwner: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?<owner>\b(?:[Tt]he|[Oo]ur|[Tt]heir) (?:[\p{L}\d&-]+ ){0,3}?[\p{L}\d&-]+(?:['’]s|s['’])|\b(?:\p{Lu}[\p{L}\d&-]* ){0,3}\p{Lu}[\p{L}\d&-]*(?:['’]s|s['’])|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)) (?:repeated |continued |persistent |ongoing )?failure to (?<verb>[a-z]+)(?<particle> (?:on|up|back|over|through|out|off))? /gu.exec(s);
  if (!m || !(m.index < f.end && f.start < m.index + m[0].length)) return null;
  if (/^(?:be|have|do|get|make|take|turn|show|attend|engage|act|respond)$/i.test(m.groups!.verb)) return null;
  const obj = objectAt(s, m.index + m[0].length);
  if (!obj) return null;
  const objText = s.slice(obj.start, obj.end).replace(/^(?:their|his|her|its)\b/i, 'the');
  const pp = participle(m.groups!.verb) + (m.groups!.particle ?? '');
  const text = /^[\s>*•-]*$/.test(s.slice(0, m.index)) ? capitalise(objText) : objText;
  return { title: 'Say what did not happen, not whose failure', start: m.index, end: obj.end, replacement: `${text} not being ${pp}` };
};

export const CLAUSE_FIRST: Strategy[] = [letDown];
/** "The transport service once again left people waiting for hours" → "People were left waiting for hours; …". */
export const leftWaiting: Strategy = (f) => {
  const s = f.sentence;
  const m = new RegExp(String.raw`\b(?<aux>had|has|have)?${FILL}\s*left (?<who>people|patients|families|residents|carers|tenants|pupils|parents|customers|clients|callers|(?:the|our|their) [\p{L}-]+(?: [\p{L}-]+)?|them|us) (?<how>waiting|stranded|in limbo|high and dry|without [\p{L}-]+(?: [\p{L}-]+)?)`, 'giu').exec(s);
  if (!m || !(m.index < f.end + 20 && f.start < m.index + m[0].length + 20)) return null;
  const lead = /^\s*/.exec(m[0])![0].length;
  const subj = subjectOf(s, m.index + lead);
  if (!subj) return null;
  const raw = m.groups!.who;
  const who = raw === 'them' ? 'they' : raw === 'us' ? 'we' : raw.replace(/^(?:their)\b/i, 'the');
  const aux = m.groups!.aux?.toLowerCase();
  const be = aux === 'had' ? 'had been' : aux ? 'have been' : 'were';
  const stop = clauseStop(s, m.index + m[0].length);
  if (CARRIES_ON.test(s.slice(stop.end))) return null;
  const rest = calm(s.slice(m.index + m[0].length, stop.end));
  const repeat = rest.repeat || /again|once more|as usual|as ever/i.test(m[0]);
  const follow = stop.last ? `; ${repeat ? FOLLOW.pattern : FOLLOW.way}` : '';
  return { title: 'Say what happened for people, without a culprit', start: subj.start, end: stop.end, replacement: `${who} ${be} left ${m.groups!.how}${rest.text}${follow}` };
};

/** "Nice of the provider to finally read the escalation email - only took them nine days." → "The escalation email was read after nine days; …". */
export const niceOf: Strategy = (f) => {
  const s = f.sentence;
  const m = /^(?<lead>[\s>*•-]*)(?:how )?(?:nice|good|lovely|great|kind|big|decent) (?:of|to see) (?:the |our )?[\p{L}\d&'’ .-]{1,40}? (?:to )?(?:finally |eventually |at last )?(?<verb>[a-z]+?)(?:ing)? (?<obj>(?:the|a|an|their|its|our) [^,;.|!?—–-]+?)\s*(?:[-—–]|,)\s*(?:it )?(?:only )?took (?:them|it|him|her) (?<span>(?:a |an |\d+ |one |two |three |four |five |six |seven |eight |nine |ten |several )?[\p{L}]+)\.?\s*$/iu.exec(s);
  if (!m || !(m.index < f.end && f.start < s.length)) return null;
  let verb = m.groups!.verb;
  if (/ing$/.test(m[0].slice(0, m[0].indexOf(m.groups!.obj)).trim())) verb = infinitive(`${verb}ing`);
  const obj = m.groups!.obj.replace(/^(?:their|its)\b/i, 'the');
  const pp = participle(verb);
  if (!/^[a-z]+$/.test(pp)) return null;
  const text = `${capitalise(obj)} ${pluralNp(obj) ? 'were' : 'was'} ${pp} after ${m.groups!.span}; ${FOLLOW.way}`;
  return { title: 'Say what happened, without the sarcasm', start: m.groups!.lead.length, end: s.length - (/\.\s*$/.test(s) ? s.length - s.trimEnd().length + 1 : 0), replacement: text };
};

/** "Nobody at the trust bothered to reply to three emails" / "X never replied to the letters" → "Three emails went unanswered". */
export const unanswered: Strategy = (f) => {
  const s = f.sentence;
  const m = new RegExp(String.raw`(?<who>\b(?:nobody|no one|no-one)(?: (?:at|in|from|on) (?:the )?[\p{L}\d&'’ -]{1,40}?)? (?:even )?(?:bothered|thought) to|(?<aux>had|has|have)?${FILL}\s*(?:never|did ?n['’]t|did not|failed to|could ?n['’]t be bothered to|did not bother to|didn['’]t bother to|never bothered to|not bothered to)) (?:reply|respond|answer) to (?<obj>(?:the|a|an|any|three|two|four|five|several|many|our|their|his|her|its|\d+) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$| about | from | since | for ))`, 'iu').exec(s);
  if (!m || !(m.index < f.end + 20 && f.start < m.index + m[0].length + 20)) return null;
  const isNobody = /^(?:nobody|no one|no-one)/i.test(m.groups!.who);
  const lead = /^\s*/.exec(m[0])![0].length;
  const subj = isNobody ? { start: m.index, end: m.index } : subjectOf(s, m.index + lead);
  if (!subj) return null;
  const objStart = m.index + m[0].length - m.groups!.obj.length;
  const stop = clauseStop(s, objStart);
  if (CARRIES_ON.test(s.slice(stop.end))) return null;
  const whole = calm(` ${s.slice(objStart, stop.end)}`).text.trim();
  const obj = whole.replace(/^(?:their|his|her|its)\b/i, 'the');
  const aux = m.groups!.aux?.toLowerCase();
  const went = aux === 'had' ? 'had gone' : aux ? (pluralNp(m.groups!.obj) ? 'have gone' : 'has gone') : 'went';
  const cap = /^[\s>*•-]*$/.test(s.slice(0, subj.start)) ? capitalise(obj) : obj;
  // The object runs to the clause end ("three emails about the crisis pathway"), so the verb follows it.
  const follow = stop.last ? `; ${FOLLOW.hard}` : '';
  return { title: 'Say what did not happen and ask what made it hard', start: subj.start, end: stop.end, replacement: `${cap} ${went} unanswered${follow}` };
};

/** "the mental health team has failed to turn up to the MDT" → "the mental health team has not been at the MDT; …". */
export const notThere: Strategy = (f) => {
  const s = f.sentence;
  const m = new RegExp(String.raw`\b(?<aux>had|has|have)?${FILL}\s*(?:failed to|could ?n['’]t be bothered to|did ?n['’]t bother to|did not bother to|never bothered to) (?:turn up|show up|show|attend|appear)(?: (?:to|at|for))? (?<where>(?:the|a|an|this|that|our|their|its|any) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))`, 'iu').exec(s);
  if (!m || !(m.index < f.end + 20 && f.start < m.index + m[0].length + 20)) return null;
  const lead = /^\s*/.exec(m[0])![0].length;
  const subj = subjectOf(s, m.index + lead);
  if (!subj) return null;
  const subjText = s.slice(subj.start, subj.end);
  const plural = /^(?:they|we)$/i.test(subjText) || pluralNp(subjText);
  const aux = m.groups!.aux?.toLowerCase();
  const be = aux === 'had' ? 'had not been' : aux ? `${plural ? 'have' : 'has'} not been` : plural ? 'were not' : 'was not';
  const repeat = /again|once more|as usual|as ever/i.test(s.slice(0, m.index + m[0].length));
  const stop = clauseStop(s, m.index + m[0].length);
  const follow = stop.last ? `; ${repeat ? FOLLOW.pattern : FOLLOW.way}` : '';
  // The recurrence goes from the front ("Once again, …"), the account names it in the follow-up.
  const front = /^([\s>*•-]*)(?:once again|yet again|again|once more|as usual|as ever),?\s*$/i.exec(s.slice(0, subj.start));
  const start = front ? front[1].length : subj.start;
  const who = front ? capitalise(subjText) : subjText;
  return { title: 'Say what happened and ask what got in the way', start, end: stop.end, replacement: `${who} ${be} at ${m.groups!.where}${follow}` };
};

/** "why Sunita's team keeps getting it wrong" → "what keeps getting in the way for Sunita's team". */
export const keepsGettingWrong: Strategy = (f) => {
  const s = f.sentence;
  const m = /\bwhy (?<who>(?:the |our |their )?[\p{L}\d&'’ -]{2,40}?) (?:keeps?|kept) (?:on )?(?:getting (?:it|things|this) wrong|messing (?:it|things|this) up|dropping the ball|making (?:the same )?mistakes)\b/iu.exec(s);
  if (!m || !(m.index < f.end && f.start < m.index + m[0].length) || !plainNp(m.groups!.who)) return null;
  const keeps = /\bkept\b/.test(m[0]) ? 'kept' : 'keeps';
  return { title: 'Ask what gets in the way, not who gets it wrong', start: m.index, end: m.index + m[0].length, replacement: `what ${keeps} getting in the way for ${m.groups!.who}` };
};

export const CLAUSE_STRATEGIES: Strategy[] = [sarcasticThanks, typicalOf, lapseClause, failureOfOwner, leftWaiting, niceOf, unanswered, notThere, keepsGettingWrong];
