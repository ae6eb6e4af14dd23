// Verdicts about people become descriptions of what happened: "were criticised as lazy for not following up the
// referrals" → "concerns were raised that the referrals were not followed up"; "hopeless at keeping families informed"
// → "keeping families informed has been hard"; culprit frames ("held accountable for X", "squarely on X", "whose head
// rolls for X") → a look at what led to X.
import { calm, clauseStop, FOLLOW, objectAt, plainNp, pluralNp, subjectOf } from './blame-words.ts';
import { infinitive, participle, pastOf, possessive } from './grammar.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

const HELP = 'the partners will ask what would help';
const near = (f: Finding, a: number, b: number) => a < f.end + 20 && f.start < b + 20;
const CARRIES_ON = /^,?\s+(?:and|but)\s+(?!(?:the|a|an|this|that|these|those|their|its|our|we|they|it|he|she|there|i|nobody|no one|everyone|now|then)\b)[a-z]/;

/** Verdict adjectives about people or their work (the judgement rule's words and their near kin). */
const VERDICT =
  String.raw`(?:lazy|careless|sloppy|slapdash|shoddy|incompetent|inept|hopeless|useless|clueless|reckless|negligent|unprofessional|unreliable|amateurish|shambolic|slow|complacent|arrogant|unhelpful|rude|obstructive|disorganised|chaotic|lax|lacklustre|poor|appalling|disgraceful|terrible|awful|dreadful|rubbish|pathetic|unacceptable|irresponsible|feckless|dozy|dim|useless)`;
const ADV = String.raw`(?:(?:far |much |way |rather |so |too |very |totally |utterly |completely |frankly |simply |just |really |quite |pretty |downright |plain |,? ?frankly,? )*)`;
const VERDICTS = String.raw`${ADV}${VERDICT}(?:(?:,| and|, and) ${ADV}${VERDICT})*`;

/** Words naming the work rather than the people: "the hub's handling of the audit" is already about the work. */
const WORK = /(?:['’]s?\s|\b(?:handling|work|planning|approach|management|response|bid|rota|costings?|assessments?|reporting|record-keeping|paperwork|process|sign-off|signoff|performance|effort|communication)s?$)/i;

/** A subject moved from the start of a sentence: "The"/"Support desk" lower-cased, names ("Westbrook Medical Practice", "ICB") kept. */
export function midSentence(np: string): string {
  if (/^(?:The|A|An|Our|Their|Its|This|That)\b/.test(np)) return np[0].toLowerCase() + np.slice(1);
  return /^[A-Z][a-z]+(?: [a-z][\p{L}'’-]*)+$/u.test(np) ? np[0].toLowerCase() + np.slice(1) : np;
}

const TIME_TOPIC = /^(?:the |this |that |last |each |every )?(?:(?:past|last|whole|entire|last few|first|second) )?(?:winter|summer|spring|autumn|holidays?|christmas|easter|weekends?|weeks?|months?|quarters?|years?|period|night|nights|days?|bank holiday|half[- ]term|fortnight)\b/i;

/** "problems with the hub's handling of the audit" / "problems with the crew's work". */
function aboutWork(subj: string): string {
  const s = midSentence(subj);
  return WORK.test(s) ? s : `${possessive(s)} work`;
}

/** "The ambulance crew were far too slow and frankly careless" → "There were problems with the ambulance crew's work; …". */
export const verdictPredicate: Strategy = (f) => {
  const s = f.sentence;
  const re = new RegExp(String.raw`\b(?<be>was|were|is|are|has been|have been|had been)\s+${VERDICTS}(?<topic> (?:with|over|about|on|in handling|re|in(?= [a-z]+ing\b)) (?<np>[^,;.|!?—–]+?))?(?=\s*(?:[,;.|!?—–]|$| and | but | this | last | all ))`, 'giu');
  for (const m of s.matchAll(re)) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    const subj = subjectOf(s, m.index!);
    if (!subj) continue;
    const subjText = s.slice(subj.start, subj.end);
    if (/^(?:he|she|they|it)$/i.test(subjText)) continue;
    const end = m.index! + m[0].length;
    const stop = clauseStop(s, end);
    if (CARRIES_ON.test(s.slice(stop.end))) continue;
    const rest = calm(s.slice(end, stop.end));
    if (/\b(?:should|must|ought)\b/i.test(rest.text)) continue;
    const be = m.groups!.be.toLowerCase();
    const were = be === 'was' || be === 'were' ? 'were' : be === 'is' || be === 'are' ? 'are' : be === 'had been' ? 'had been' : 'have been';
    // "too slow over the winter": a time is when, not what the work was, so the work keeps its owner and the time follows.
    const np = m.groups!.np?.trim();
    const when = np && TIME_TOPIC.test(np);
    const topic = np && !when ? np : aboutWork(subjText) + (when ? m.groups!.topic! : '');
    const follow = stop.last && !/\||what would help|what made it hard/i.test(s) ? `; ${FOLLOW.hard}` : '';
    return { title: 'Describe what happened, not the people', start: subj.start, end: stop.end, replacement: `there ${were} problems with ${topic}${rest.text}${follow}` };
  }
  return null;
};

/** "The coordinator has been hopeless at keeping families informed" → "Keeping families informed has been hard; …". */
export const hardAt: Strategy = (f) => {
  const s = f.sentence;
  const m = new RegExp(String.raw`\b(?<be>was|were|is|are|has been|have been|had been)\s+${VERDICTS} (?:at|with) (?<ger>[a-z]+ing)\b`, 'iu').exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const stop = clauseStop(s, m.index + m[0].length);
  if (CARRIES_ON.test(s.slice(stop.end))) return null;
  const rest = calm(s.slice(m.index + m[0].length, stop.end)).text.replace(/\b(?:their|his|her|its) /gi, 'the ');
  const be = m.groups!.be.toLowerCase();
  const is = be === 'was' || be === 'were' ? 'was' : be === 'is' || be === 'are' ? 'is' : be === 'had been' ? 'had been' : 'has been';
  const follow = stop.last ? `; ${HELP}` : '';
  return { title: 'Say what was hard, not a verdict', start: subj.start, end: stop.end, replacement: `${m.groups!.ger}${rest} ${is} hard${follow}` };
};

/** "were criticised as lazy for not following up the referrals" → "concerns were raised that the referrals were not followed up". */
export const criticisedAs: Strategy = (f) => {
  const s = f.sentence;
  const re = new RegExp(
    String.raw`(?:\b(?<be>was|were|has been|have been|had been) )?(?:publicly |openly |heavily |roundly )?(?:criticised|criticized|slammed|accused|described|branded|labelled|labeled|called(?! (?:for|on|in|off|out|back|to|at|up)\b)|castigated|condemned|attacked|blamed|reprimanded|told off|carpeted|hauled over the coals|disciplined|rebuked|scolded)(?: in front of [^,;.|!?—–]+?| publicly| openly)?(?: (?:as|for being|of being|as being))?(?: ${VERDICTS})?(?<how> (?:for|of|with|over|about|re|on) (?<rest>[^;.|!?—–]+?))?(?=\s*(?:[;.|!?—–]|$|, and | and the | but ))`,
    'giu',
  );
  for (const m of s.matchAll(re)) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    const lead = /^\s*/.exec(m[0])![0].length;
    const subj = subjectOf(s, m.index! + lead);
    if (!subj) continue;
    const subjText = s.slice(subj.start, subj.end);
    if (/^(?:he|she|they|it)$/i.test(subjText)) continue;
    const be = (m.groups!.be ?? 'were').toLowerCase();
    const were = be === 'had been' ? 'had been' : be === 'has been' || be === 'have been' ? 'have been' : 'were';
    const end = m.index! + m[0].length;
    const stop = clauseStop(s, end);
    if (stop.end > end && /\S/.test(s.slice(end, stop.end))) continue;
    let about: string;
    const rest = m.groups!.rest ? calm(` ${m.groups!.rest}`).text.trim() : '';
    if (/\b(?:be|been|being) held\b|\bto (?:be|do|have)\b/i.test(rest)) continue;
    const neg = /^not (?<ger>[a-z]+ing)(?<particle> (?:up|on|off|out|back|through))? (?<obj>.+)$/i.exec(rest);
    if (neg) {
      // "for not following up the loneliness referrals" → "that the loneliness referrals were not followed up".
      const obj = neg.groups!.obj.replace(/^(?:their|his|her|its)\b/i, 'the');
      if (!objectAt(obj, 0) || objectAt(obj, 0)!.end !== obj.length) continue;
      about = `that ${obj} ${pluralNp(obj) ? 'were' : 'was'} not ${participle(infinitive(neg.groups!.ger))}${neg.groups!.particle ?? ''}`;
    } else if (rest) {
      // "for sloppy assessments", "for their careless handling of the refurbishment", "of being careless with the DBS renewals".
      const topic = rest.replace(new RegExp(String.raw`^(?:their |his |her |its )?${VERDICTS} `, 'iu'), '').replace(/^(?:with|over|about|re|on) /i, '');
      if (!topic || new RegExp(VERDICT, 'iu').test(topic.split(' ')[0])) continue;
      const owned = /^(?:their|his|her|its) /i.test(rest) || (!/^(?:the|a|an|this|that|these|those|[a-z]+ing)\b/i.test(topic) && /^(?:for|of)\b/i.test(m.groups!.how.trim()));
      about = owned && !/^[a-z]+ing\b/i.test(topic.replace(/^handling\b/i, 'x')) ? `about ${possessive(midSentence(subjText))} ${topic.replace(/^(?:their|his|her|its) /i, '')}` : `about ${topic}`;
    } else about = `about ${aboutWork(subjText)}`;
    const follow = stop.last && !/\||what would help|what made it hard/i.test(s) ? `; ${FOLLOW.hard}` : '';
    return { title: 'Record the concern, not a verdict on people', start: subj.start, end: stop.end, replacement: `concerns ${were} raised ${about}${follow}` };
  }
  return null;
};

/** "the ICB had behaved disgracefully over the funding" → "there had been concerns about how the funding was handled". */
export const behavedOver: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?<aux>had |has |have )?(?:(?:behaved|acted|conducted (?:itself|themselves|himself|herself)) (?:\w+ )?(?:disgracefully|appallingly|shamefully|terribly|badly|irresponsibly|recklessly|unprofessionally|incompetently|carelessly|dreadfully|abysmally)|show(?:n|ed)? (?:a |an )?(?:shocking |complete |total |worrying |real |appalling )?(?:lack of (?:care|urgency|interest|grip|attention|respect)|indifference|complacency)) (?:over|about|with|on|during|in|towards|to) (?<np>(?:the|this|that|their|its|our) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const aux = m.groups!.aux?.trim().toLowerCase();
  const np = m.groups!.np.replace(/^(?:their|its)\b/i, 'the');
  const plural = pluralNp(np);
  const there = aux === 'had' ? 'there had been' : aux ? 'there have been' : 'there were';
  const handled = aux === 'had' ? `${plural ? 'had' : 'had'} been handled` : `${plural ? 'were' : 'was'} handled`;
  const stop = clauseStop(s, m.index + m[0].length);
  const follow = stop.last && stop.end === m.index + m[0].length ? `; ${FOLLOW.hard}` : '';
  return { title: 'Describe the concern, not a verdict on people', start: subj.start, end: m.index + m[0].length, replacement: `${there} concerns about how ${np} ${handled}${follow}` };
};

/** "the head of maths had simply not been up to the job this year" → "the head of maths had needed more support this year". */
export const notUpToIt: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?<be>is|are|was|were|has|have|had)(?: been)? (?:simply |just |clearly |really |frankly )?not (?:been )?(?:up to (?:the|this|that) (?:job|task|role)|competent|capable|good enough)(?! to\b)/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  if (/^(?:has|have|had)$/i.test(m.groups!.be) && !/ been /i.test(m[0])) return null;
  const be = m.groups!.be.toLowerCase();
  const need = be === 'was' || be === 'were' ? 'needed' : be === 'is' ? 'needs' : be === 'are' ? 'need' : be === 'had' ? 'had needed' : be === 'has' ? 'has needed' : 'have needed';
  return { title: 'Say what support would help', start: m.index, end: m.index + m[0].length, replacement: `${need} more support` };
};

/** "Members want the named manager held personally accountable for the incident" → "Members want to understand what led to the incident". */
export const heldAccountable: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?<v>want|wants|wanted|called for|calls for|call for|demanded(?: that)?|demand(?: that)?|asked(?: that| for)?|expects?|expected) (?<who>[\p{L}\d&'’ -]{2,50}?) (?:to )?(?:be )?held (?:personally |directly |properly )?(?:accountable|responsible|to account) (?:for|over) (?<x>[^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length) || !plainNp(m.groups!.who.replace(/^(?:that )/i, ''))) return null;
  const v = m.groups!.v.toLowerCase();
  const x = m.groups!.x;
  const text = /^(?:want|expect)/.test(v) ? `${v} to understand what led to ${x}` : /^call/.test(v) ? `${v} a look at what led to ${x}` : `${/ed\b/.test(v) ? 'asked' : 'ask'} what led to ${x}`;
  return { title: 'Look at what led to it, not at someone to hold to account', start: m.index, end: m.index + m[0].length, replacement: text };
};

/** "The ward manager was singled out as the cause of the medication error" → "The partners will look at what led to the medication error". */
export const singledOut: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?:was|were|had been|has been) (?:singled out|named|identified|picked out|blamed) as (?:the|a) (?:main |real |root |sole |only )?(?:reason|cause|culprit)(?<of> (?:of|for))? (?<x>[^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const x = m.groups!.x;
  const how = m.groups!.of ? 'what led to' : 'why';
  return { title: 'Look at what led to it, not at one person', start: subj.start, end: m.index + m[0].length, replacement: `the partners will look at ${how} ${x}` };
};

/** "whose head rolls for the lost MRI reports" → "what led to the lost MRI reports". */
export const whoseHead: Strategy = (f) => {
  const m = /\bwhose head (?:rolls|will roll|would roll|should roll|must roll|is on the block|is going to roll) (?:for|over) (?<x>[^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  return { title: 'Ask what led to it, not whose head rolls', start: m.index, end: m.index + m[0].length, replacement: `what led to ${m.groups!.x}` };
};

/** "MDT: the missed referral is squarely on the health visitor" → "MDT: the partners will look together at what led to the missed referral". */
export const squarelyOn: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?:is|was|lies|lay|rests|rested|sits|sat|lands|landed|falls|fell) (?:squarely|firmly|entirely|solely|fairly and squarely) (?:on|with|at the door of|at the feet of) (?:the |a |an )?[\p{L}\d&'’ -]{2,50}?(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const x = midSentence(s.slice(subj.start, subj.end));
  if (/^(?:he|she|they|it)$/i.test(x)) return null;
  return { title: 'Look at what led to it, not at one person', start: subj.start, end: m.index + m[0].length, replacement: `the partners will look together at what led to ${x}` };
};

/** "Ward sister to answer for the missed meds round" → "The partners to look at what led to the missed meds round". */
export const answerFor: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?<v>to|should|must|will have to|needs to|need to|has to|have to) answer for (?<x>(?:the|this|that|these|those|its|their) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const v = m.groups!.v.toLowerCase();
  const will = v === 'to' ? 'to' : v === 'should' || v === 'must' ? v : 'will';
  const x = m.groups!.x.replace(/^(?:its|their)\b/i, 'the');
  return { title: 'Look at what led to it, not at someone to answer for it', start: subj.start, end: m.index + m[0].length, replacement: `the partners ${will} look at what led to ${x}` };
};

/** "Whoever signed off the rota should be ashamed of themselves." → "The partners will look at how the rota came to be signed off." */
export const whoever: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?:^|(?<=^[\p{L} ]{2,20},\s))(?<w>[Ww]hoever) (?<verb>signed off|wrote|approved|built|designed|booked|sent|made|set up|agreed|chose|planned|drafted|scheduled|ordered|released|published|deployed|merged|configured) (?<obj>(?:the|this|that|these|those) [^,;.|!?—–]+?) (?=(?:clearly |obviously |frankly |really |simply )?(?:did ?n['’]t|did not|should|must|needs?|has|had|deserves?|ought|is|was|wants)\b)/u.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const obj = m.groups!.obj;
  const stop = clauseStop(s, m.index + m[0].length);
  if (!stop.last) return null;
  const [head, ...particle] = m.groups!.verb.split(' ');
  const pp = [participle(infinitive(head)), ...particle].join(' ');
  const lead = m.groups!.w === 'Whoever' ? 'The' : 'the';
  return { title: 'Look at how it came about, not at who did it', start: m.index, end: stop.end, replacement: `${lead} partners will look at how ${obj} came to be ${pp}` };
};

/** "The treasurer described the team's grant bid as amateurish" → "The treasurer raised concerns about the team's grant bid". */
export const describedAs: Strategy = (f) => {
  const s = f.sentence;
  const m = new RegExp(String.raw`\b(?<v>described|describes|describe|called|calls|branded|labelled|dismissed) (?<np>(?:the|a|an|this|that|their|its|our|[\p{Lu}][\p{L}&'’-]*) [^,;.|!?—–"“”]{2,80}?) as ${VERDICTS}(?: and (?:an? |the )?[\p{L}-]+(?: (?:to|for|of) (?:the |a |an )?[\p{L}-]+)?)?(?=\s*(?:[,;.|!?—–]|$))`, 'iu').exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const v = m.groups!.v.toLowerCase();
  const raised = /ed$/.test(v) ? 'raised' : /s$/.test(v) ? 'raises' : 'raise';
  return { title: 'Record the concern, not a verdict', start: m.index, end: m.index + m[0].length, replacement: `${raised} concerns about ${m.groups!.np}` };
};

/** "The discharge lounge was run incompetently by the site team" → "There were problems with how the discharge lounge was run". */
export const doneBadlyBy: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?<be>was|were|had been|has been|have been) (?<pp>[a-z]+ed|run|done|kept|made|led|set up) (?:so |very |really )?(?:incompetently|carelessly|sloppily|shoddily|negligently|recklessly|lazily|badly|appallingly|disgracefully|shambolically|amateurishly)(?: by [^,;.|!?—–]+?)?(?=\s*(?:[,;.|!?—–]|$| last | this | on | in | at | during ))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const be = m.groups!.be.toLowerCase();
  const there = be === 'had been' ? 'there had been' : be.startsWith('ha') ? 'there have been' : 'there were';
  const stop = clauseStop(s, m.index + m[0].length);
  const rest = calm(s.slice(m.index + m[0].length, stop.end)).text;
  const follow = stop.last && !/\||what would help|what made it hard/i.test(s) ? `; ${FOLLOW.hard}` : '';
  return { title: 'Describe what happened, not a verdict', start: subj.start, end: stop.end, replacement: `${there} problems with how ${midSentence(s.slice(subj.start, subj.end))} ${be} ${m.groups!.pp}${rest}${follow}` };
};

/** "X should have known better" → "X will be asked what would have helped". */
export const knownBetter: Strategy = (f) => {
  const m = /\b(?:should|ought to) (?:have|['’]ve) known better(?=\s*(?:[;.!]|$))/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(f.sentence, m.index);
  // "the nurses who wrote it should have known better": a relative clause on the subject is fine.
  if (!subj && !/\bwho\b[^,;:]*$/i.test(f.sentence.slice(0, m.index))) return null;
  return { title: 'Ask what would have helped, not a verdict', start: m.index, end: m.index + m[0].length, replacement: 'will be asked what would have helped' };
};

/** "Practice manager's fault the rota collapsed." → "The partners will look at why the rota collapsed." */
export const faultClause: Strategy = (f) => {
  const m = /^(?<lead>[\s>*•-]*)(?:(?:it was|it['’]s|this is|that['’]s) )?(?:all |entirely |totally )?(?:(?:the|a|an) )?(?:[\p{L}\d&-]+ ){0,3}[\p{L}\d&-]+(?:['’]s|s['’]) (?:fault|doing)(?:,)? (?:that )?(?<clause>(?:the|a|an|our|their|its|this|that) [^;|.!?]+?)(?=\s*(?:[;|.!?]|$))/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  if (!/\b(?:[a-z]+ed|went|broke|fell|ran|came|got|lost|missed|left|sank|slipped|collapsed|failed)\b/i.test(m.groups!.clause)) return null;
  return { title: 'Look at why it happened, not whose fault', start: m.groups!.lead.length, end: m.index + m[0].length, replacement: `The partners will look at why ${m.groups!.clause}` };
};

/** "which pharmacist was to blame for the errors" / "identify the individual responsible for X" → "what led to X". */
export const whichResponsible: Strategy = (f) => {
  const m = /\b(?:which|what) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+ (?:was|is|were|are|had been) (?:really |ultimately )?(?:to blame|responsible|at fault|accountable) for (?<x>[^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$| and ))|\b(?<v>identify|find|name|establish|pin down|track down|root out) (?:the |which )?(?:individual|individuals|person|people|member of staff|staff member|staff members|colleague|colleagues|team|clinician|officer|culprit)s? (?:responsible|to blame|at fault|accountable) for (?<y>[^,;.|!?—–]+?)(?: and (?:issue|give|hand out|deliver) (?:them |him |her )?an? (?:formal |written |final )?(?:warning|reprimand))?(?=\s*(?:[,;.|!?—–]|$))/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  if (m.groups!.v) return { title: 'Understand what led to it, not who', start: m.index, end: m.index + m[0].length, replacement: `understand what led to ${m.groups!.y}` };
  return { title: 'Ask what led to it, not who', start: m.index, end: m.index + m[0].length, replacement: `what led to ${m.groups!.x}` };
};

/** "the result of incompetence at the front desk" → "the result of problems at the front desk". */
export const verdictAt: Strategy = (f) => {
  const m = /\b(?:sheer |pure |gross |basic )?(?:incompetence|negligence|carelessness|laziness|sloppiness|complacency|ineptitude) (?<prep>at|in|on|among|within|from|by) (?<np>(?:the|a|an|our|their|its) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$| and | but ))/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const prep = /^(?:by|from)$/i.test(m.groups!.prep) ? 'with' : m.groups!.prep;
  return { title: 'Name the problem, not a verdict on people', start: m.index, end: m.index + m[0].length, replacement: `problems ${prep} ${m.groups!.np}` };
};

/** "officers clearly couldn't care less about the flooding complaints" → "the flooding complaints were not getting the attention they needed". */
export const careLess: Strategy = (f) => {
  const s = f.sentence;
  const m = /\b(?:clearly |simply |just |frankly )?(?<neg>could ?n['’]t|could not|can['’]t|cannot|do ?n['’]t|do not|does ?n['’]t|does not|did ?n['’]t|did not) (?:seem to )?care (?:less )?(?:about|for) (?<x>(?:the|this|these|those|our|their|its|his|her|any) [^,;.|!?—–]+?)(?=\s*(?:[,;.|!?—–]|$))/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const subj = subjectOf(s, m.index);
  if (!subj) return null;
  const x = m.groups!.x.replace(/^(?:their|its|his|her)\b/i, 'the');
  const plural = pluralNp(x);
  const past = /^(?:could|did)/i.test(m.groups!.neg);
  const text = past ? `${x} ${plural ? 'were' : 'was'} not getting the attention ${plural ? 'they' : 'it'} needed` : `${x} ${plural ? 'are' : 'is'} not getting the attention ${plural ? 'they need' : 'it needs'}`;
  const stop = clauseStop(s, m.index + m[0].length);
  const follow = stop.last && stop.end === m.index + m[0].length && !/\|/.test(s) ? `; ${FOLLOW.hard}` : '';
  return { title: 'Say what did not get attention, not a verdict on people', start: subj.start, end: m.index + m[0].length, replacement: `${text}${follow}` };
};

/** "Who exactly thought it was a good idea to let the contract lapse?" → "What led to the decision to let the contract lapse?" */
export const goodIdea: Strategy = (f) => {
  const m = /\b[Ww]ho (?:exactly |on earth |actually )?(?:thought|decided|imagined) (?:it was|it would be|that it was) (?:a )?(?:good|great|bright|clever|smart) idea to\b/u.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  return { title: 'Ask what led to the decision', start: m.index, end: m.index + m[0].length, replacement: `${/^W/.test(m[0]) ? 'What' : 'what'} led to the decision to` };
};

/** "the service had at least managed to turn up this week" → "the service had turned up this week": the sneer goes. */
export const atLeastManaged: Strategy = (f) => {
  const m = /\b(?<aux>had |has |have )?at least (?:managed|bothered|remembered) to (?<verb>[a-z]+)(?<particle> (?:up|on|off|out|back|in))?\b/iu.exec(f.sentence);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const verb = m.groups!.verb;
  if (/^(?:be|the|a|an|it|them)$/.test(verb)) return null;
  const done = m.groups!.aux ? `${m.groups!.aux}${participle(verb)}` : pastOf(verb);
  if (!done) return null;
  return { title: 'Say what happened, without the sneer', start: m.index, end: m.index + m[0].length, replacement: `${done}${m.groups!.particle ?? ''}` };
};

export const VERDICT_STRATEGIES: Strategy[] = [atLeastManaged, careLess, goodIdea, whichResponsible, verdictAt, describedAs, doneBadlyBy, knownBetter, faultClause, criticisedAs, hardAt, behavedOver, notUpToIt, verdictPredicate, heldAccountable, singledOut, whoseHead, squarelyOn, answerFor, whoever];
