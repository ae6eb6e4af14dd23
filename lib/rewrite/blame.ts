// Blame: a neutral account of what happened, without a culprit, and a curious follow-up (what got in the way).
import { clauseEnd } from './clause.ts';
import { capitalise, gerund, infinitive, namesAgent, participle, possessive } from './grammar.ts';
import { clauseSubject, npAfter, npBefore, verbsNear } from './phrases.ts';
import type { Finding, Rewrite } from './types.ts';
import { CLAUSE_FIRST, CLAUSE_STRATEGIES } from './blame-clauses.ts';
import { HINDSIGHT_STRATEGIES } from './blame-hindsight.ts';
import { VERDICT_STRATEGIES } from './blame-verdicts.ts';
import { NOTE_STRATEGIES } from './blame-notes.ts';
import { calm, FOLLOW, objectAt, pluralNp, subjectOf } from './blame-words.ts';


type Strategy = (f: Finding) => Rewrite | null;

/** Words after which a new clause (and so a subject) may start. */
const LEAD_IN =
  /^(?:that|said|says|stated|noted|heard|felt|feel|feels|thought|think|thinks|believed|agreed|accepted|acknowledged|concluded|explained|added|warned|insisted|complained|suggested|argued|alleged|recorded|observed|found|reported|confirmed|claimed|knew|know|knows|because|since|as|so|when|whenever|where|while|whilst|if|unless|once|until|after|before|though|although|whereas|but|yet|then|now|also|again|frankly|honestly|clearly|sadly|unfortunately|apparently|today|yesterday|more|time|least|week|month|year|night|morning|sprint|quarter)$/i;

/** A subject read off the words before a verb; none when it is the tail of "which member of staff" or a prepositional phrase. */
function subjectBefore(sentence: string, index: number): { start: number; end: number } | null {
  return nearSubject(sentence, index) ?? clauseSubject(sentence, index);
}

/** As subjectBefore, then a subject read from plain words (terse minutes: "Housing let the family down"). */
function subjectWide(sentence: string, index: number): { start: number; end: number } | null {
  return subjectBefore(sentence, index) ?? subjectOf(sentence, index);
}

/** The noun phrase just before the verb, when it is the clause's subject on its own. */
function nearSubject(sentence: string, index: number): { start: number; end: number } | null {
  const np = npBefore(sentence, index);
  // "PCN CD: the community dental service": a label before a colon is not part of the subject.
  if (!np || /[:;]/.test(sentence.slice(np.start, np.end))) return null;
  const before = sentence.slice(0, np.start);
  if (/\b(?:which|who|whose|of|for|to|with|by|from|about|on|in|at|that)\s+$/i.test(before)) return null;
  // Mid-word ("on-call engineer" read from "call") or mid-phrase ("the speech and language team", "the trust's
  // safeguarding lead"): the whole subject was not found, so no rewrite rather than a broken one.
  if (/[\p{L}\d'’-]$/u.test(before)) return null;
  const prev = /(\S+)\s+$/.exec(before)?.[1];
  if (prev && !/[,:;(–—-]$/.test(prev) && !LEAD_IN.test(prev)) return null;
  return np;
}

const LEAD_REPEAT = /^([\s>*•-]*)(?:as ever|as usual|as always|as per usual|yet again|once again|once more|again|not for the first time),?\s*$/i;

/** The range [a, b) rewritten to `text`, then the rest of the clause, then "; <follow-up>". */
function withFollowUp(f: Finding, a0: number, b: number, text0: string, follow0: string, title: string): Rewrite | null {
  const { sentence } = f;
  // "As ever, the team were nowhere to be seen": the lead-in recurrence goes with the account, which then opens the sentence.
  const lead = text0.length > 1 ? LEAD_REPEAT.exec(sentence.slice(0, a0)) : null;
  const a = lead ? lead.index + lead[1].length : a0;
  const text = lead ? capitalise(text0) : text0;
  const follow = lead && follow0 === FOLLOW.way ? FOLLOW.pattern : follow0;
  // "X had been negligent with the data and agreed …": with X gone, "and agreed" would have no subject.
  if (text.length > 1 && /^,?\s+(?:and|but)\s+(?:then\s+)?(?:had|has|have|was|were|is|are|must|should|will|would|did|can|could|may|might|[a-z]+ed)\b/i.test(sentence.slice(b))) return null;
  const at = Math.max(b, clauseEnd(sentence, b));
  const inTable = /\|/.test(sentence);
  const already = /what (?:got|gets|kept|keeps getting) in the way|what would (?:have )?help/i.test(sentence);
  // An account (not a bare removal) also drops repetition asides from the rest of its clause, and the agent's
  // pronoun ("its returns") now points at no one, so it reads "the".
  const account = text.length > 1;
  // Only the words up to the first break are this clause's ("…, so they won't handle money again" keeps its "again").
  const raw = sentence.slice(b, at);
  const brk = /,\s|\s(?:so|and|but|because|as)\s/.exec(raw);
  const head = brk ? raw.slice(0, brk.index) : raw;
  const calmed = account ? calm(head) : { text: head, repeat: false };
  const rest = { text: calmed.text + (brk ? raw.slice(brk.index) : ''), repeat: calmed.repeat };
  // "… by cancelling visits": a means that needs the agent who is gone from the account.
  if (account && /\bby [a-z]+ing\b/i.test(rest.text)) return null;
  const ask = rest.repeat && follow === FOLLOW.way ? FOLLOW.pattern : follow;
  const own = account ? text.replace(/^(?:its|their|his|her)\b/, 'the').replace(/^(?:Its|Their|His|Her)\b/, 'The') : text;
  const tail = inTable || already ? '' : `; ${ask}`;
  return { title, start: a, end: at, replacement: own + rest.text + tail };
}

function search(re: RegExp, f: Finding): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const m of f.sentence.matchAll(g)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (a < f.end && f.start < b) return m as RegExpExecArray;
  }
  return null;
}

/** "find out which member of staff failed to pass on the referral" → "find out what got in the way of passing on the referral". */
const culpritWho: Strategy = (f) => {
  const m = search(/\b(?:who|which (?:member|members|one|ones|person|people|individual|colleague|team|teams|of|GP|GPs|nurse|nurses|doctor|doctors|clinician|clinicians|officer|officers|worker|workers|manager|managers|carer|carers|practice|practices|service|services|provider|providers|department|engineer|engineers|developer|developers)(?: of)?(?: (?:her|his|their|our|the|its))?(?: \w+){0,2}?) (?:had |has |have )?(?:failed to|forgot to|neglected to|did ?n[o'’]t|did not) (?<verb>[a-z]+)(?<rest>[^;|.!?]*)/i, f);
  if (!m) return null;
  const rest = m.groups!.rest.replace(/\s+(?:and|but)\s.*$/, '');
  const text = `what got in the way of ${gerund(m.groups!.verb)}${rest}`;
  return { title: 'Ask what got in the way, not who', start: m.index!, end: m.index! + m[0].length - (m.groups!.rest.length - rest.length), replacement: text };
};

/** "identify who was responsible for the missed referral" → "identify what led to the missed referral". */
const culpritResponsible: Strategy = (f) => {
  const m = search(/\bwho (?:was|is|were|are|had been|will be|would be) (?:really |ultimately )?(?:responsible|to blame|at fault|accountable|culpable)(?: for (?<obj>[^;|.!?,]*?))?(?=\s+and\b|[;|.!?,]|$)/i, f);
  if (!m) return null;
  const obj = m.groups!.obj?.trim();
  return { title: 'Ask what led to it, not who', start: m.index!, end: m.index! + m[0].length, replacement: obj ? `what led to ${obj}` : 'what led to this' };
};

/** "whose fault the missed scan was" → "what led to the missed scan". */
const culpritWhose: Strategy = (f) => {
  const m = search(/\bwhose fault (?:it was that |it is that )?(?<obj>[^;|.!?]+?) (?:was|is|were|had been)\b/i, f);
  if (!m) return null;
  return { title: 'Ask what led to it, not whose fault', start: m.index!, end: m.index! + m[0].length, replacement: `what led to ${m.groups!.obj}` };
};

/** "was the ambulance service's fault" → "had causes the partners will look at together". */
const faultOf: Strategy = (f) => {
  const m = search(/\b(?<be>was|is|were|are|had been|has been) (?:all |entirely |completely |squarely |clearly |simply )?(?:down to |the )?(?:[\w’'-]+ ){0,4}?[\w-]+['’]s? fault\b|\b(?<be2>was|is|were|are|had been|has been) (?:all |entirely |completely |squarely |simply )?(?:the fault of|down to|the result of) (?:an? |the )?[\w’' -]+?(?=[;|.!?,]|$| and | who | which )/i, f);
  if (!m) return null;
  // "It was the agency's fault that …": the clause that follows is the event; this frame cannot word it.
  if (/^\s+that\b/i.test(f.sentence.slice(m.index! + m[0].length))) return null;
  const be = (m.groups!.be ?? m.groups!.be2).toLowerCase();
  const have = be === 'was' || be === 'were' || be === 'had been' ? 'had' : be === 'are' ? 'have' : 'has';
  // A relative clause about the person ("…, who had been spoken to") goes with the culprit.
  let end = m.index! + m[0].length;
  const rel = /^,? (?:who|whom|which) [^;|.!?]*/.exec(f.sentence.slice(end));
  if (rel) end += rel[0].length;
  return { title: 'Describe the causes, not a culprit', start: m.index!, end, replacement: `${have} causes the partners will look at together` };
};

/**
 * The subject before a matched verb phrase and the object straight after it, for turning "X <verb>ed Y" into
 * "Y was <verb>ed": none when either is missing or the object is a pronoun (the account would lose what happened).
 */
function subjectAndObject(sentence: string, m: RegExpExecArray): { subj: Span; obj: Span; objText: string } | null {
  const subj = subjectBefore(sentence, m.index!);
  const objAt = m.index! + m[0].length;
  let obj = npAfter(sentence, objAt);
  if (!subj || !obj || obj.start !== objAt) return null;
  // The tagger may stop inside the phrase ("its audit | returns"): the plain-word reader runs on to its end.
  const plain = objectAt(sentence, objAt);
  if (plain && plain.end > obj.end) obj = plain;
  const objText = sentence.slice(obj.start, obj.end);
  if (/^(?:it|them|us|him|her|me|you|anything|everything)\b|^(?:themselves|himself|herself|itself|ourselves)$/i.test(objText)) return null;
  return { subj, obj, objText };
}

interface Span {
  start: number;
  end: number;
}

const FAIL = /\b(?<aux>had |has |have )?(?<fail>failed|forgot|neglected|omitted) to (?<verb>[a-z]+)(?<particle> (?:on|up|back|over|through|out|in|off))?\s/i;

/** "The lettings agency failed to pass on the request" → "The request was not passed on; the partners will look …". */
const failedTo: Strategy = (f) => {
  const m = search(FAIL, f);
  const so = m && subjectAndObject(f.sentence, m);
  if (!so) return null;
  const { subj, obj, objText } = so;
  const plural = pluralNp(objText);
  const aux = m.groups!.aux?.trim().toLowerCase();
  const be = aux === 'had' ? 'had not been' : aux ? (plural ? 'have not been' : 'has not been') : plural ? 'were not' : 'was not';
  const text = `${objText} ${be} ${participle(m.groups!.verb)}${m.groups!.particle ?? ''}`;
  return withFollowUp(f, subj.start, obj.end, text, FOLLOW.way, 'Say what did not happen and ask what got in the way');
};

const LAPSE = /\b(?<verb>missed|lost|mislaid|misplaced|ignored|overlooked|botched|bungled|mangled|fumbled|dropped|cancelled|canceled|forgot|sat on|mixed up|messed up|muddled up)\s/i;

/** "The homecare agency missed his evening call." → "His evening call was missed; the partners will look …". */
const lapse: Strategy = (f) => {
  const m = search(LAPSE, f);
  const so = m && subjectAndObject(f.sentence, m);
  if (!so) return null;
  const { subj, obj, objText } = so;
  if (subj.end + 1 !== m.index! && !/^\s*(?:had|has|have)\s*$/i.test(f.sentence.slice(subj.end, m.index!))) return null;
  const [head, ...particle] = m.groups!.verb.split(' ');
  const aux = f.sentence.slice(subj.end, m.index!).trim().toLowerCase();
  const plural = pluralNp(objText);
  const be = aux === 'had' ? 'had been' : aux ? (plural ? 'have been' : 'has been') : plural ? 'were' : 'was';
  // Verbs that are charges in themselves stay charges in the passive ("was botched"): say the work went wrong instead.
  if (/^(?:botched|bungled|mangled|fumbled)$/i.test(head)) {
    const wrong = aux === 'had' ? 'had gone wrong' : aux ? (plural ? 'have gone wrong' : 'has gone wrong') : 'went wrong';
    return withFollowUp(f, subj.start, obj.end, `${objText} ${wrong}`, FOLLOW.way, 'Say what happened and ask what got in the way');
  }
  const pp = [participle(infinitive(head)), ...particle].join(' ');
  return withFollowUp(f, subj.start, obj.end, `${objText} ${be} ${pp}`, FOLLOW.way, 'Say what happened and ask what got in the way');
};

/** "the hospice keeps losing the paperwork" → "the paperwork keeps getting lost". */
const keepsLosing: Strategy = (f) => {
  const m = search(/\b(?<keep>keeps|keep|kept) (?:on )?(?<verb>losing|missing|forgetting|mislaying|misplacing|cancelling|dropping|ignoring|mixing up|muddling up|double-booking)\s/i, f);
  if (!m) return null;
  const subj = subjectBefore(f.sentence, m.index!);
  const objAt = m.index! + m[0].length;
  const obj = npAfter(f.sentence, objAt);
  if (!subj || !obj || obj.start !== objAt || f.sentence.slice(subj.end, m.index!).trim()) return null;
  const objText = f.sentence.slice(obj.start, obj.end);
  if (/^(?:it|them|us|him|her|me|you)\b/i.test(objText)) return null;
  const [head, ...particle] = m.groups!.verb.split(' ');
  const keep = m.groups!.keep.toLowerCase() === 'kept' ? 'kept' : pluralNp(objText) ? 'keep' : 'keeps';
  const pp = [participle(infinitive(head)), ...particle].join(' ');
  return withFollowUp(f, subj.start, obj.end, `${objText} ${keep} getting ${pp}`, FOLLOW.pattern, 'Say what keeps happening and ask what gets in the way');
};

/** "The discharge summary was mislaid by the ward clerk." → "The discharge summary was mislaid; the partners will look …". */
const passiveAgent: Strategy = (f) => {
  const m = search(/\b(?:was|were|had been|has been|have been|is|are|got|being) (?:\w+ly )?(?:[a-z]+ed|lost|mislaid|forgotten|overlooked|sat on|left|kept in the dark|fobbed off|brushed (?:off|aside)|let down|dropped)(?<by> by (?:[^;|.!?,]+?))(?=[;|.!?,]|$| and | but | because | after | before | when | until )/i, f);
  if (!m) return null;
  const a = m.index! + m[0].length - m.groups!.by.length;
  return withFollowUp(f, a, m.index! + m[0].length, '', FOLLOW.way, 'Say what happened, without who');
};

const IDIOM =
  /\b(?<aux>had been |has been |have been |had |has |have |is |are |was |were |keeps? |kept )?(?:(?:really|completely|totally|clearly|simply|just|always|repeatedly|often) )?(?<idiom>dropped (?:the|every|another|this) ball|drop(?:ped|s|ping)? the ball|let (?:us|them|residents|patients|people|everyone|(?:the|this|that|these|those|our|their|its|every|each|all) (?:[\w-]+ ){0,2}[\w-]+|\w+) down|let down (?:us|them|residents|patients|people|everyone|(?:the|this|that|these|those|our|their|its|every|each|all) (?:[\w-]+ ){0,2}?[\w-]+)(?= (?:in|on|at|over|with|by|yet|again|this|last|badly)\b|[,;.!?]|$)|taken (?:his|her|their|its|our|my) eye off the ball|nowhere to be (?:seen|found)|not pulling (?:their|its|his|her) weight|(?:dragging|dragged|drags?) (?:their|its|his|her) (?:feet|heels)|(?:cut|cuts|cutting) corners|passed the buck|passing the buck|asleep at the wheel|(?:fell )?asleep on the job|made a (?:right |complete |total |real |proper )?(?:mess|hash|pig['’]s ear|shambles|muddle|dog['’]s dinner|dog['’]s breakfast) of|messed (?:it|this|things) up|fobbed (?:us|them|\w+) off|washed (?:their|its|his|her) hands of|kicked (?:it|this) into the long grass|sat on (?:it|this|them)|hung (?:us|them|\w+) out to dry|left (?:us|them|\w+) (?:in the lurch|high and dry|to pick up the pieces))\b(?: (?:badly|completely|totally|entirely|spectacularly|massively))?/i;

type Tense = 'past' | 'had' | 'has' | 'is' | 'present';

/** Neutral, agentless accounts of the event an idiom describes, per tense. */
const EVENTS: [RegExp, Record<Tense, string>][] = [
  // "made a mess of the bookings": the object stays, so the account ends in "with".
  [/\bof$/i, { past: 'there were problems with', had: 'there had been problems with', has: 'there have been problems with', is: 'there are problems with', present: 'there are problems with' }],
  [/nowhere/i, { past: 'no one was available', had: 'no one had been available', has: 'no one has been available', is: 'no one is available', present: 'no one is available' }],
  [/weight/i, { past: 'the work was not shared evenly', had: 'the work had not been shared evenly', has: 'the work has not been shared evenly', is: 'the work is not shared evenly', present: 'the work is not shared evenly' }],
  [/ball/i, { past: 'a step was missed', had: 'a step had been missed', has: 'a step has been missed', is: 'steps are being missed', present: 'steps get missed' }],
  [/asleep/i, { past: 'things were missed', had: 'things had been missed', has: 'things have been missed', is: 'things are being missed', present: 'things get missed' }],
  [/feet|heels/i, { past: 'progress was slow', had: 'progress had been slow', has: 'progress has been slow', is: 'progress is slow', present: 'progress is slow' }],
  [/corners/i, { past: 'steps were skipped', had: 'steps had been skipped', has: 'steps have been skipped', is: 'steps are being skipped', present: 'steps get skipped' }],
  [/\blet\b/i, { past: 'what was agreed did not happen', had: 'what was agreed had not happened', has: 'what was agreed has not happened', is: 'what was agreed is not happening', present: 'what is agreed does not happen' }],
];
const OTHER: Record<Tense, string> = { past: 'things did not go as planned', had: 'things had not gone as planned', has: 'things have not gone as planned', is: 'things are not going as planned', present: 'things do not go as planned' };

function tenseOf(aux: string, idiomText: string): Tense {
  if (aux === 'had' || aux === 'had been') return 'had';
  if (aux === 'has' || aux === 'have' || aux === 'has been' || aux === 'have been') return 'has';
  if (aux === 'is' || aux === 'are') return 'is';
  if (aux === 'was' || aux === 'were' || aux === 'kept') return 'past';
  if (aux === 'keeps' || aux === 'keep') return 'present';
  return /^(?:drops|drags|cuts|lets|passes)\b/i.test(idiomText) ? 'present' : 'past';
}

/** "The out-of-hours provider dropped the ball on the weekend handover" → "A step was missed on the weekend handover; …". */
const idiom: Strategy = (f) => {
  const m = search(IDIOM, f);
  if (!m) return null;
  // "the contractor had, frankly, made a hash of": asides between subject and idiom go; an auxiliary there gives the tense.
  const fill = /(?:[\s,]*\b(?:had|has|have|frankly|clearly|simply|obviously|somehow|really|just|yet again|once again|again|as usual|as ever|as always|as per usual)\b,?)*\s*$/i.exec(f.sentence.slice(0, m.index!))!;
  const subj = subjectWide(f.sentence, m.index! - fill[0].length);
  const gap = subj ? (/\b(had|has|have)\b/i.exec(fill[0])?.[1] ?? '').toLowerCase() : 'x';
  if (!subj || f.sentence.slice(subj.end, m.index! - fill[0].length).trim()) return null;
  // "had been dragging their heels and must hit 95%": the subject carries on into the next verb.
  if (/^,?\s+(?:and|but)\s+(?:must|should|will|would|can|could|need|needs|has to|have to|is|are|was|were)\b/i.test(f.sentence.slice(m.index! + m[0].length))) return null;
  const aux = (gap || (m.groups!.aux ?? '')).trim().toLowerCase();
  const tense = tenseOf(aux, m.groups!.idiom);
  const event = (EVENTS.find(([re]) => re.test(m.groups!.idiom))?.[1] ?? OTHER)[tense];
  const recurs = /usual|ever|always|again/i.test(fill[0]);
  return withFollowUp(f, subj.start, m.index! + m[0].length, event, recurs ? FOLLOW.pattern : FOLLOW.way, 'Say what happened, without a verdict');
};

/** Verdicts that come in pairs ("rude and obstructive", "unreliable and frankly lazy"): the second goes with the first. */
const COORDINATE = '(?:lazy|careless|rude|obstructive|sloppy|incompetent|unprofessional|unreliable|useless|hopeless|reckless|negligent|clueless|slow|complacent|arrogant|unhelpful|shambolic|amateurish|slapdash|inept|unacceptable|disorganised|chaotic)';

/** "The agency carers were careless with the medication charts" → "There were problems with the medication charts; …". */
const judgementPredicate: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word') return null;
  const word = f.sentence.slice(f.start, f.end);
  // One verdict word ("careless") or a pair ("rude and obstructive"), not a phrase read round a verb ("accused of losing").
  if (!/^[\p{L}-]+(?: and [\p{L}-]+)?$/u.test(word)) return null;
  const re = new RegExp(String.raw`\b(?<be>was|were|is|are|has been|have been|had been|(?:was|were|is|are|been) (?:described|seen|regarded|viewed|labelled|branded) as) (?:(?:\w+ly|so|very|just|simply|utterly|completely|totally|frankly|quite|rather|too) )*${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,? and (?:(?:frankly|simply|just|utterly|completely|totally|very|so) )*${COORDINATE})?(?<rest> (?:with|about|over) [^,;.|!?]+?(?=[,;.|!?]|$| and | but ))?`, 'i');
  const m = search(re, f);
  if (!m) return null;
  const subj = subjectBefore(f.sentence, m.index!);
  if (!subj) return null;
  const subjText = f.sentence.slice(subj.start, subj.end);
  // "it", "they": the account would name no one and nothing, so no rewrite.
  if (/^(?:it|they|he|she|we|you|i|this|that|these|those)$/i.test(subjText)) return null;
  const be = m.groups!.be.toLowerCase().replace(/ (?:described|seen|regarded|viewed|labelled|branded) as$/, '').replace(/^been$/, 'had been');
  const were = be === 'was' || be === 'were' ? 'were' : be === 'is' || be === 'are' ? 'are' : be === 'had been' ? 'had been' : 'have been';
  // "the care home's manager": "the work of …" rather than a second possessive.
  const whose = subjText.replace(/^The\b/, 'the');
  const work = /['’]s?\b| (?:at|of|in|on|from|for|with) /i.test(whose) ? `with the work of ${whose}` : `with ${possessive(whose)} work`;
  const about = m.groups!.rest?.trim().replace(/^(?:about|over)\b/i, 'with') ?? work;
  const text = `there ${were} problems ${about}`;
  return withFollowUp(f, subj.start, m.index! + m[0].length, text, FOLLOW.hard, 'Describe what happened, not the people');
};

/** "its careless practice" → "its practice": the verdict dropped from a noun phrase. */
const judgementAttributive: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word' || !/^[\p{L}-]+$/u.test(f.sentence.slice(f.start, f.end))) return null;
  const before = f.sentence.slice(0, f.start);
  const after = f.sentence.slice(f.end);
  if (!/\b(?:its|their|his|her|the|our|a|an|this|that|such)\s+$/i.test(before) || !/^\s+[a-z]/i.test(after)) return null;
  const next = npAfter(f.sentence, f.end + 1);
  if (!next) return null;
  return { title: 'Drop the verdict', start: f.start, end: f.end + 1, replacement: '' };
};

/** "Yet again the housing team missed the deadline" → "The housing team missed the deadline; … what keeps getting in the way". */
const repetition: Strategy = (f) => {
  const word = f.sentence.slice(f.start, f.end);
  if (!/^(?:yet again|once again|again|as usual|as always|time and (?:time )?again|not for the first time|for the (?:umpteenth|nth|hundredth) time|yet another|like clockwork|true to form)$/i.test(word)) return null;
  if (/^yet another$/i.test(word)) return withFollowUp(f, f.start, f.end, /^Y/.test(word) ? 'Another' : 'another', FOLLOW.pattern, 'Describe this occasion and ask what keeps getting in the way');
  let a = f.start;
  let b = f.end;
  if (f.sentence[b] === ',') b++;
  if (a > 0 && f.sentence[a - 1] === ' ') a--;
  else if (f.sentence[b] === ' ') b++;
  if (a > 0 && f.sentence[a - 1] === ',' && (f.sentence[b] === ' ' || f.sentence[b] === undefined || /[.;!?]/.test(f.sentence[b]))) a--;
  let rest = '';
  if (f.start === 0 || /^\s*$/.test(f.sentence.slice(0, f.start))) {
    // Sentence-initial: the next word now starts the sentence.
    rest = '';
    a = f.start;
    const m = /^[ ,]*(\w)/.exec(f.sentence.slice(f.end));
    if (!m) return null;
    b = f.end + m[0].length;
    rest = m[1].toUpperCase();
  }
  return withFollowUp(f, a, b, rest, FOLLOW.pattern, 'Describe this occasion and ask what keeps getting in the way');
};

/** "The locum should have spotted the interaction" → "The interaction was not spotted at the time; …". */
const hindsight: Strategy = (f) => {
  const m = search(/\b(?:should|ought to|could|must) (?:have|['’]ve) (?<pp>known|spotted|caught|seen|noticed|checked|picked up|flagged|realised|realized|identified|raised|escalated|chased|acted on|followed up|read|done)\s/i, f);
  if (m) {
    const subj = subjectWide(f.sentence, m.index!);
    const objAt = m.index! + m[0].length;
    const obj = npAfter(f.sentence, objAt);
    // "should have known the wound was getting worse": the object opens a clause, which the next strategy words.
    const clause = obj && /^\s+(?:was|were|is|are|had|has|would|could)\b/i.test(f.sentence.slice(obj.end));
    if (subj && obj && !clause && obj.start === objAt && !/^(?:it|them|that|this|better)\b|\b(?:ago|days|weeks|months|years|hours)\b/i.test(f.sentence.slice(obj.start, obj.end))) {
      const objText = f.sentence.slice(obj.start, obj.end);
      const text = `${objText} ${pluralNp(objText) ? 'were' : 'was'} not ${m.groups!.pp}`;
      return withFollowUp(f, subj.start, obj.end, text, FOLLOW.hindsight, 'Say what happened and ask what would have helped');
    }
  }
  const p = search(/\b(?:should|ought to|could|must) have been (?<pp>[a-z]+(?: up| on| off)?)(?<when> (?:earlier|sooner|before now|at triage|straight away|immediately))?/i, f);
  if (!p) return null;
  const subj = subjectWide(f.sentence, p.index!);
  if (!subj) return null;
  const subjText = f.sentence.slice(subj.start, subj.end);
  const text = `${subjText} ${pluralNp(subjText) ? 'were' : 'was'} not ${p.groups!.pp}${p.groups!.when ?? ''}`;
  return withFollowUp(f, subj.start, p.index! + p[0].length, text, FOLLOW.hindsight, 'Say what happened and ask what would have helped');
};

/** "somebody needed to be held accountable" → "the partners needed to understand what happened". */
const accountable: Strategy = (f) => {
  const m = search(/\b(?:somebody|someone|some(?:one|body) (?:else|here)|a head|heads|people|the [\w -]+?) (?<v>needs?|needed|has|had|have|must|should) (?:to )?(?:be held (?:to )?account(?:able)?|be held responsible|take the blame|answer for (?:this|it)|carry the can|roll)\b/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const need = /ed$|^had$/.test(v) ? 'needed' : v === 'must' || v === 'should' ? v : 'need';
  // "… held accountable and asked whether …": a second "and" would blur what the partners do, so the short form.
  const more = /^\s+and\b/i.test(f.sentence.slice(m.index! + m[0].length)) ? '' : ' and what got in the way';
  const text = `the partners ${need}${need === 'must' || need === 'should' ? '' : ' to'} understand what happened${more}`;
  return { title: 'Look for what happened, not someone to hold to account', start: m.index!, end: m.index! + m[0].length, replacement: text };
};

/** "could not be relied on to refer correctly" → "needed more support to refer correctly". */
const reliedOn: Strategy = (f) => {
  const m = search(/\b(?<v>cannot|can ?not|can['’]t|couldn['’]t|could not|can no longer|could no longer) (?:really |simply |always )?be (?:trusted|relied (?:on|upon)|counted on|depended (?:on|upon)) to\b/i, f);
  if (!m) return null;
  const past = /could/i.test(m.groups!.v);
  return { title: 'Say what support would help', start: m.index!, end: m.index! + m[0].length, replacement: `${past ? 'needed' : 'need'} more support to` };
};

/** "X should have known the wound was deteriorating" → "it was not clear at the time that the wound was deteriorating". */
const hindsightClause: Strategy = (f) => {
  const m = search(/\b(?:should|ought to|must) have (?:known|realised|realized|seen|noticed|spotted) (?:that )?(?=(?:the|a|an|his|her|their|its|this|it|he|she|they)\b[^;|.!?]*\b(?:was|were|had|is|are|would)\b)/i, f);
  if (!m) return null;
  // "that the district nurse on the caseload should have known": a subject with its own prepositional phrase.
  const whole = /(?:^|\bthat |:\s+)((?:the|a|an|his|her|their|its|our) (?:(?!\b(?:that|said|concluded|felt|found|who|which)\b)[\w '’-])+?) $/i.exec(f.sentence.slice(0, m.index!));
  const subj = subjectWide(f.sentence, m.index!) ?? (whole ? { start: m.index! - whole[1].length - 1, end: m.index! - 1 } : null);
  if (!subj) return null;
  return withFollowUp(f, subj.start, m.index! + m[0].length, 'it was not clear at the time that ', FOLLOW.hindsight, 'Say what was known at the time and ask what would have helped');
};

/** "the estates contractor had treated the repair list as a suggestion" → "the repair list had been treated as a suggestion". */
const agentPassive: Strategy = (f) => {
  for (const v of verbsNear(f.sentence, f.start, f.end)) {
    const subj = subjectBefore(f.sentence, v.start);
    const gap = subj ? f.sentence.slice(subj.end, v.start).trim().toLowerCase() : 'x';
    if (!subj || !['', 'had', 'has', 'have'].includes(gap) || !namesAgent(f.sentence.slice(subj.start, subj.end))) continue;
    const objAt = v.end + 1;
    const obj = npAfter(f.sentence, objAt);
    if (!obj || obj.start !== objAt) continue;
    const objText = f.sentence.slice(obj.start, obj.end);
    if (/^(?:it|them|us|him|her|me|you|that|this|what|which|who|to|themselves|himself|herself|itself|ourselves)\b/i.test(objText)) continue;
    const plural = pluralNp(objText);
    const be = gap === 'had' ? 'had been' : gap ? (plural ? 'have been' : 'has been') : plural ? 'were' : 'was';
    return withFollowUp(f, subj.start, obj.end, `${objText} ${be} ${participle(infinitive(v.text))}`, FOLLOW.way, 'Say what happened and ask what got in the way');
  }
  return null;
};


/** "the on-call engineer couldn't be bothered to read the runbook" → "the runbook was not read; …what got in the way". */
const notBothered: Strategy = (f) => {
  const m = search(/\b(?<aux>could ?n['’]t|could not|can ?not|can['’]t|did ?n['’]t|did not|does ?n['’]t|does not|do ?n['’]t|do not|would ?n['’]t|would not|won['’]t|will not) (?:even )?(?:be bothered to|bother to|bother) (?<verb>[a-z]+)(?<particle> (?:on|up|back|over|through|out|in|off))?\s/i, f);
  if (!m) return null;
  const subj = subjectBefore(f.sentence, m.index!);
  const objAt = m.index! + m[0].length;
  const obj = npAfter(f.sentence, objAt);
  if (!subj || !obj || obj.start !== objAt) return null;
  const gap = f.sentence.slice(subj.end, m.index!).trim();
  if (gap && !/^(?:\w+ly|just|even)$/i.test(gap)) return null;
  const objText = f.sentence.slice(obj.start, obj.end);
  if (/^(?:it|them|us|him|her|me|you|anything|everything|to)\b/i.test(objText)) return null;
  const plural = pluralNp(objText);
  const present = /^(?:can|do|does)/i.test(m.groups!.aux);
  const future = /^(?:won|will)/i.test(m.groups!.aux);
  const be = future ? 'will not be' : present ? (plural ? 'are not' : 'is not') : plural ? 'were not' : 'was not';
  const verb = m.groups!.verb.endsWith('ing') ? infinitive(m.groups!.verb) : m.groups!.verb;
  const text = `${objText} ${be} ${participle(verb)}${m.groups!.particle ?? ''}`;
  return withFollowUp(f, subj.start, obj.end, text, FOLLOW.hard, 'Say what did not happen and ask what made it hard');
};

/** "The delay was laid at the feet of the admin team" → "The delay had causes the partners will look at together". */
const laidAt: Strategy = (f) => {
  const m = search(/\b(?<be>was|were|is|are|has been|have been|had been) (?:\w+ly )?(?:laid|pinned|placed|put|blamed|pointed) (?:\w+ly )?(?:at the (?:feet|door) of|on|at) (?!the time\b)[^;|.!?,]+?(?=[;|.!?,]|$| and | but | because | after | before | when | while )/i, f);
  if (!m) return null;
  const be = m.groups!.be.toLowerCase();
  const have = be === 'was' || be === 'were' || be === 'had been' ? 'had' : be === 'are' || be === 'have been' ? 'have' : 'has';
  return { title: 'Describe the causes, not a culprit', start: m.index!, end: m.index! + m[0].length, replacement: `${have} causes the partners will look at together` };
};

/** "Someone in facilities has to be accountable for the flooded basement" → "The partners need to understand what led to the flooded basement". */
const accountableFor: Strategy = (f) => {
  const m = search(/\b(?:somebody|someone|some(?:one|body) (?:else|here))(?: (?:in|at|from|on) (?:the )?[\w -]+?)? (?<v>needs?|needed|has|had|have|must|should) (?:to )?(?:(?:be (?:held )?(?:to )?(?:accountable|responsible|to blame|account)|carry the can|take the blame|take the rap|answer) for (?<obj>[^;|.!?,]+?)|(?:own|answer for|carry the can for) (?:that|this|the) (?:mess|failure|problem|fiasco|disaster|shambles))(?=[;|.!?,]|$| and | but )/i, f);
  if (!m) return null;
  if (!m.groups!.obj) {
    const v = m.groups!.v.toLowerCase();
    const need = /ed$|^had$/.test(v) ? 'needed to' : v === 'must' || v === 'should' ? v : 'need to';
    return { title: 'Look for what happened, not someone to hold to account', start: m.index!, end: m.index! + m[0].length, replacement: `the partners ${need} understand what happened and what got in the way` };
  }
  const v = m.groups!.v.toLowerCase();
  const need = /ed$|^had$/.test(v) ? 'needed to' : v === 'must' || v === 'should' ? v : 'need to';
  return { title: 'Look for what led to it, not someone to hold to account', start: m.index!, end: m.index! + m[0].length, replacement: `the partners ${need} understand what led to ${m.groups!.obj}` };
};

/** "wrecked the service through sheer carelessness" → "wrecked the service": the verdict on the people dropped. */
const judgementAdjunct: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word') return null;
  const word = f.sentence.slice(f.start, f.end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = search(new RegExp(String.raw`,? (?:through|out of|by|due to|because of|thanks to) (?:sheer |pure |simple |plain |their |his |her |its |the )?${word}(?: on (?:their|his|her|its) part)?(?=[;|.!?,]|$)`, 'i'), f);
  if (!m) return null;
  return withFollowUp(f, m.index!, m.index! + m[0].length, '', FOLLOW.hard, 'Drop the verdict and ask what made it hard');
};

/** "this was a community trust failure, not a practice one" → "this was something the partners will look at together". */
const failureOf: Strategy = (f) => {
  const m = search(/\b(?:an? |the )(?:[\w’'-]+ ){1,3}(?:failure|failing|fault|cock-up|blunder)(?:,? (?:and )?not (?:an? [\w-]+ one|ours|theirs|the [\w-]+['’]s))?(?=[;|.!?,]|$| and | but )/i, f);
  if (!m) return null;
  if (!/\b(?:is|was|were|are|been|['’]s)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  return { title: 'Describe the causes, not a culprit', start: m.index!, end: m.index! + m[0].length, replacement: 'something the partners will look at together' };
};

const VERDICT_NOUN = /\b(?<noun>incompetence|negligence|laziness|sloppiness|carelessness|complacency|arrogance|indifference|ineptitude|ineptness|slackness|uselessness)\b/i;

/** "the council's incompetence" → "what got in the way for the council": the verdict becomes a curious question. */
const verdictNoun: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word') return null;
  const m = search(VERDICT_NOUN, f);
  if (!m) return null;
  // "one manager's sheer incompetence": the intensifier goes with the verdict.
  const lead = /(?:(?:sheer|pure|complete|total|utter|shocking|gross|basic) )*$/i.exec(f.sentence.slice(0, m.index!))![0];
  const owner = npBefore(f.sentence, m.index! - lead.length);
  if (!owner || owner.end + 1 + lead.length !== m.index!) return null;
  const text = f.sentence.slice(owner.start, owner.end);
  if (!/['’]s?$/.test(text)) return null;
  const who = text.replace(/['’]s?$/, '').replace(/^(?:The|A|An|One|This|That)\b/, (d) => d.toLowerCase());
  return { title: 'Ask what got in the way, not who failed', start: owner.start, end: m.index! + m[0].length, replacement: `what got in the way for ${who}` };
};

/** "the contractor's shoddy work" → "a problem with the contractor's work": what went wrong, not a verdict on them. */
const verdictOnWork: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word' || !/^[\p{L}-]+$/u.test(f.sentence.slice(f.start, f.end))) return null;
  const owner = npBefore(f.sentence, f.start);
  if (!owner || owner.end + 1 !== f.start || !/['’]s?$/.test(f.sentence.slice(owner.start, owner.end))) return null;
  const gerundNoun = /^ ([a-z]+ing)\b/.exec(f.sentence.slice(f.end));
  const noun = npAfter(f.sentence, f.end + 1) ?? (gerundNoun ? { start: f.end + 1, end: f.end + 1 + gerundNoun[1].length } : null);
  if (!noun || noun.start !== f.end + 1) return null;
  const nounText = f.sentence.slice(noun.start, noun.end);
  const ownerText = f.sentence.slice(owner.start, owner.end).replace(/^(?:The|A|An|This|That|Our|Their|Its)\b/, (d) => d.toLowerCase());
  const lead = pluralNp(nounText) ? 'problems with' : 'a problem with';
  return { title: 'Describe what went wrong, not the people', start: owner.start, end: noun.end, replacement: `${lead} ${ownerText} ${nounText}` };
};

/** "this whole mess" → "this whole situation"; "is a complete shambles" → "is under strain". */
const messWord: Strategy = (f) => {
  const m = search(/\b(?<det>this|that|the|the whole|this whole|that whole) (?:[\w-]+ )?(?:mess|shambles|fiasco|debacle|car crash|farce|omnishambles)\b/i, f);
  // "made this mess": a situation is not made, so that one stays for another strategy.
  if (m && !/^the [\w-]+ /i.test(m[0]) && !/\b(?:of|made|make|makes|making|created|create|caused|cause)\s*$/i.test(f.sentence.slice(0, m.index!))) {
    return { title: 'Name the situation, not a verdict', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.det} situation` };
  }
  const p = search(/\b(?<be>is|are|was|were|has been|have been|had been) (?:frankly |simply |just |now )?(?:an? |the )?(?:complete |total |utter |absolute |real )?(?:shambles|mess|disaster|car crash|farce|joke|black hole|weak(?:est)? link|liability|liabilities)\b/i, f);
  if (!p) return null;
  const be = p.groups!.be;
  if (/weak|liabilit/i.test(p[0])) {
    const need = /^(?:was|were|had been)$/i.test(be) ? 'needed' : /^(?:is|has been)$/i.test(be) ? 'needs' : 'need';
    return { title: 'Say what support would help', start: p.index!, end: p.index! + p[0].length, replacement: `${need} the most support` };
  }
  return { title: 'Describe the strain, not a verdict', start: p.index!, end: p.index! + p[0].length, replacement: `${be} under strain` };
};

/** "the vendor was simply not competent to deliver the migration" → "the vendor needed more support to deliver the migration". */
const notCompetent: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were|has been|have been|had been) (?:simply |just |clearly |really |frankly )?not (?:competent|capable|up to the job|up to the task|good enough) to\b/i, f);
  if (!m) return null;
  const be = m.groups!.be.toLowerCase();
  const need = /^(?:was|were)$/.test(be) ? 'needed' : be === 'had been' ? 'had needed' : be === 'is' ? 'needs' : be === 'has been' ? 'has needed' : be === 'have been' ? 'have needed' : 'need';
  return { title: 'Say what support would help', start: m.index!, end: m.index! + m[0].length, replacement: `${need} more support to` };
};

/** "she is out of her depth" → "she is in need of more support". */
const outOfDepth: Strategy = (f) => {
  const m = search(/\b(?:simply |clearly |completely |totally )?out of (?:his|her|their|its|my|our|your) depth\b/i, f);
  if (!m) return null;
  return { title: 'Say what support would help', start: m.index!, end: m.index! + m[0].length, replacement: 'in need of more support' };
};

/** "Shocking." on its own → "The partners will ask what got in the way." */
const bareVerdict: Strategy = (f) => {
  const m = /^(\s*)(?:(?:that|this|it)(?:['’]s| is| was) )?(?:(?:frankly|simply|just|utterly|completely|totally|quite) )*(?:not good enough|[\p{L}-]+)(?:,? (?:frankly|really))?([.!]?)\s*$/iu.exec(f.sentence);
  if (!m || f.ruleId !== 'no-judgement-word') return null;
  return { title: 'Ask what got in the way', start: m[1].length, end: f.sentence.length - (f.sentence.length - f.sentence.trimEnd().length), replacement: `The partners will ask what got in the way${m[2]}` };
};

/** "…, which is frankly inexcusable." → "…; the partners will look together at what got in the way." */
const whichVerdict: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word') return null;
  const m = search(/,\s*which (?:is|was) (?:(?:frankly|simply|just|utterly|completely|totally|quite|really|pretty) )*[\p{L}-]+(?=\s*(?:[.;!]|$))/iu, f);
  if (!m) return null;
  const already = /what (?:got|gets) in the way/i.test(f.sentence);
  if (already) return null;
  return { title: 'Drop the verdict and ask what got in the way', start: m.index!, end: m.index! + m[0].length, replacement: `; ${FOLLOW.way}` };
};

const CULPRIT_VERB: Record<string, string> = {
  'signed off': 'signed off', approved: 'approved', lost: 'lost', wrote: 'written', sent: 'sent', booked: 'booked', cancelled: 'cancelled',
  missed: 'missed', broke: 'broken', forgot: 'forgotten', closed: 'closed', changed: 'changed', published: 'published', deleted: 'deleted',
  ordered: 'ordered', agreed: 'agreed', allowed: 'allowed', released: 'released', shipped: 'shipped', merged: 'merged', deployed: 'deployed',
};

/** "Who on earth signed off this discharge?" → "What led to this discharge being signed off?" */
const culpritQuestion: Strategy = (f) => {
  const m = search(/\b(?:who|which (?:[\w-]+ )?[\w-]+)(?: exactly| on earth| else| actually)? (?:(?<verb>signed off|approved|lost|wrote|sent|booked|cancelled|missed|broke|forgot|closed|changed|published|deleted|ordered|agreed|allowed|released|shipped|merged|deployed)|(?<wrong>messed up|dropped the ball on|made a (?:mess|hash) of|botched|bungled)) /i, f);
  if (!m) return null;
  const objAt = m.index! + m[0].length;
  const obj = npAfter(f.sentence, objAt);
  if (!obj || obj.start !== objAt) return null;
  const objText = f.sentence.slice(obj.start, obj.end);
  if (/^(?:it|them|this|that|us|him|her)$/i.test(objText)) return null;
  if (m.groups!.wrong) return { title: 'Ask what went wrong, not who', start: m.index!, end: obj.end, replacement: `what went wrong with ${objText}` };
  return { title: 'Ask what led to it, not who', start: m.index!, end: obj.end, replacement: `what led to ${objText} being ${CULPRIT_VERB[m.groups!.verb.toLowerCase()]}` };
};

/** "Mark blamed the night staff for the missed observations" → "Mark asked what led to the missed observations". */
const blamedFor: Strategy = (f) => {
  const m = search(/(?<!\b(?:was|were|is|are|be|been|being|get|got|gets|to)\s)\b(?<v>blamed|blames|blame|blaming) (?:the |a |an |his |her |their |its |our )?(?:[\w’'-]+ ){0,5}?for (?<obj>(?:the |a |an |this |that |his |her |their |its |our )?[^;|.!?,]+?)(?=[;|.!?,]|$| and | but | because )/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const ask = v === 'blamed' ? 'asked' : v === 'blames' ? 'asks' : v === 'blaming' ? 'asking' : 'ask';
  return { title: 'Ask what led to it, not who', start: m.index!, end: m.index! + m[0].length, replacement: `${ask} what led to ${m.groups!.obj}` };
};

/** "Northside PCN is to blame for the cancelled clinics" → "The partners will look at what led to the cancelled clinics". */
const toBlame: Strategy = (f) => {
  const m = search(/\b(?:is|are|was|were) (?:entirely |solely |squarely |clearly |partly )?to blame for (?<obj>[^;|.!?,]+?)(?=[;|.!?,]|$| and | but )/i, f);
  const b = m ? null : search(/\b(?:the )?blame for (?<obj>[^;|.!?]+?) (?:lies|rests|sits|lay|rested|falls|fell) (?:squarely |firmly |entirely |solely )?(?:with|on|at the door of) [^;|.!?,]+?(?=[;|.!?,]|$| and | but )/i, f);
  if (m) {
    const subj = subjectWide(f.sentence, m.index!);
    if (!subj) return null;
    return { title: 'Look at what led to it, not who', start: subj.start, end: m.index! + m[0].length, replacement: `the partners will look at what led to ${m.groups!.obj}` };
  }
  if (!b) return null;
  return { title: 'Look at what led to it, not who', start: b.index!, end: b.index! + b[0].length, replacement: `the partners will look at what led to ${b.groups!.obj}` };
};

/** "It's entirely the ward manager's fault that the rota collapsed" → "The partners will look at why the rota collapsed". */
const itsFault: Strategy = (f) => {
  const m = search(/\b(?:it|this)(?:['’]s| is| was) (?:all |entirely |squarely |totally |clearly |simply )?(?:down to )?(?:the |a |an )?(?:[\w’'-]+ ){0,4}?[\w-]+['’]s? (?:fault|failure|failing|negligence|incompetence|carelessness|mistake|doing)(?:, pure and simple,)? that (?<clause>[^;|!?]+?)(?=[;|.!?]|$| - | — )/i, f);
  if (!m) return null;
  const clause = m.groups!.clause;
  // "that led to the fall" (a verb follows) → "what led to the fall"; "that the rota collapsed" → "why the rota collapsed".
  const lead = /^(?:led|caused|sank|cost|meant|made|left|put|brought|wrecked|broke|stopped|delayed)\b/i.test(clause) ? 'what' : 'why';
  return { title: 'Look at why it happened, not whose fault', start: m.index!, end: m.index! + m[0].length, replacement: `the partners will look at ${lead} ${clause}` };
};

/** "Whose bright idea was it to close the walk-in centre?" → "What led to the decision to close the walk-in centre?" */
const whoseIdea: Strategy = (f) => {
  const m = search(/\bwhose (?:bright |brilliant |great |clever )?idea was (?:it|this|that) to\b/i, f);
  if (!m) return null;
  return { title: 'Ask what led to the decision', start: m.index!, end: m.index! + m[0].length, replacement: 'what led to the decision to' };
};

/** "If the ward had sent the TTOs on time, …" → "If the TTOs had been sent on time, …": the counterfactual without a culprit. */
const counterfactual: Strategy = (f) => {
  const PAST = String.raw`(?<verb>[a-z]+ed|sent|read|kept|caught|taken|written|paid|told|spoken|seen|done)`;
  const m =
    search(new RegExp(String.raw`\b(?<lead>if)(?<subj> (?:the |our |their )?[\w’' -]{2,40}?) had (?:actually |only |just |even )?(?:bothered to |taken the time to )?${PAST}(?<particle> (?:up|on|off|out|back))? `, 'i'), f) ??
    search(new RegExp(String.raw`(?:^|(?<=[,;:]\s|\bthat\s))(?<lead>had)(?<subj> (?:the |our |their )?[\w’' -]{2,40}?) (?:actually |only |just |even )?(?:bothered to |taken the time to )?${PAST}(?<particle> (?:up|on|off|out|back))? `, 'i'), f);
  if (!m) return null;
  const isIf = m.groups!.lead.toLowerCase() === 'if';
  if (/\b(?:had|has|have|was|were|is|are|been)\b/i.test(m.groups!.subj)) return null;
  const verb = m.groups!.verb.toLowerCase();
  if (/^(?:been|had|done|got|not|never|to|a|an|the)$/.test(verb)) return null;
  const objAt = m.index! + m[0].length;
  const obj = npAfter(f.sentence, objAt);
  if (!obj || obj.start !== objAt) return null;
  const objText = f.sentence.slice(obj.start, obj.end);
  if (/^(?:it|them|us|him|her|me|you|their|his|its)\b/i.test(objText)) return null;
  // "like she was told to": the aside about the person goes with them.
  let end = obj.end;
  const aside = /^ (?:like|as) (?:she|he|they|we|I) (?:was|were|had been) (?:told|asked) to\b/i.exec(f.sentence.slice(end));
  if (aside) end += aside[0].length;
  const pp = participle(infinitive(verb)) + (m.groups!.particle ?? '');
  const lead = /^[A-Z]/.test(m.groups!.lead) ? capitalise(m.groups!.lead.toLowerCase()) : m.groups!.lead.toLowerCase();
  const text = isIf ? `${lead} ${objText} had been ${pp}` : `${lead} ${objText} been ${pp}`;
  return { title: 'Say what would have helped, without a culprit', start: m.index!, end, replacement: text };
};

/** "The night manager never bothered to read the handover notes" → "The handover notes were not read; …what made it hard". */
const neverDid: Strategy = (f) => {
  const m = search(/\b(?:never|didn['’]t|did not) (?:even |actually |once )?(?:bother(?:ed)? to )?(?<verb>read|check|checked|test|tested|answer|answered|return|returned|chase|chased|update|updated|call|called|open|opened|send|sent|book|booked|file|filed|log|logged|record|recorded)(?<particle> (?:up|on|back|through))? /i, f);
  const so = m && subjectAndObject(f.sentence, m);
  if (!so) return null;
  const { subj, obj, objText } = so;
  if (f.sentence.slice(subj.end, m.index!).trim()) return null;
  const be = pluralNp(objText) ? 'were not' : 'was not';
  const text = `${objText} ${be} ${participle(infinitive(m.groups!.verb))}${m.groups!.particle ?? ''}`;
  return withFollowUp(f, subj.start, obj.end, text, FOLLOW.hard, 'Say what did not happen and ask what made it hard');
};

const SHAME: Record<string, string> = { 'name and shame': 'learn from it together', 'naming and shaming': 'learning from it together' };

/** "could we name and shame?" → "could we learn from it together?" */
const nameAndShame: Strategy = (f) => {
  const m = search(/\b(?:name and shame|naming and shaming)\b/i, f);
  if (!m) return null;
  return { title: 'Learn from it together, not name and shame', start: m.index!, end: m.index! + m[0].length, replacement: SHAME[m[0].toLowerCase()] };
};

const STRATEGIES: Strategy[] = [notCompetent, nameAndShame, culpritQuestion, blamedFor, toBlame, itsFault, whoseIdea, counterfactual, neverDid, verdictNoun, verdictOnWork, messWord, outOfDepth, bareVerdict, whichVerdict, keepsLosing, accountableFor, failureOf, laidAt, notBothered, judgementAdjunct, accountable, reliedOn, hindsightClause, culpritWho, culpritResponsible, culpritWhose, faultOf, failedTo, hindsight, passiveAgent, idiom, repetition, judgementPredicate, judgementAttributive, lapse, agentPassive];

function runStrategies(f: Finding): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of STRATEGIES) {
    const r = s(f);
    if (r && r.start <= f.start && r.end >= f.end - 1) out.push(r);
    else if (r && r.start < f.end && f.start < r.end) out.push(r);
    if (out.length >= 2) break;
  }
  return out;
}

/** Clause-level builders (blame-clauses.ts): tried after the phrase strategies, so the checks may pick either. */
function clauseRewrites(f: Finding): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of [...CLAUSE_STRATEGIES, ...HINDSIGHT_STRATEGIES, ...VERDICT_STRATEGIES, ...NOTE_STRATEGIES]) {
    const r = s(f);
    if (r && r.start < Math.max(f.end, f.start + 1) && f.start < r.end) out.push(r);
  }
  return out;
}

/** One rewrite per account: the same words with only a different follow-up would crowd out the rule's own fix. */
function distinctAccounts(rs: Rewrite[]): Rewrite[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const key = `${r.start}\0${r.replacement.replace(/; the partners will .*$/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function blameRewrites(f: Finding): Rewrite[] {
  return distinctAccounts(blameCandidates(f));
}

function blameCandidates(f: Finding): Rewrite[] {
  // "let X down": the clause builder words it for the people let down, so it goes before the idiom's generic event.
  const first = CLAUSE_FIRST.map((s) => s(f)).filter((r): r is Rewrite => !!r && r.start < Math.max(f.end, f.start + 1) && f.start < r.end);
  const out = [...first, ...runStrategies(f), ...clauseRewrites(f)];
  // The tone model reads the whole sentence and flags a cue word in it: when nothing fits the cue itself, a strategy
  // may rewrite words elsewhere in the sentence, and the re-check then asks that the model's finding is gone.
  if (out.length < 3 && /-tone$/.test(f.ruleId)) {
    const whole = { ...f, start: 0, end: f.sentence.length };
    out.push(...[...runStrategies(whole), ...clauseRewrites(whole)].slice(0, 3 - out.length));
  } else if (out.length === 0) {
    // A marker that frames a clause ("As ever, the team were nowhere to be seen"): a rewrite of the whole clause that
    // takes the marker with it also answers this finding.
    const whole = { ...f, start: 0, end: f.sentence.length };
    const covering = [...runStrategies(whole), ...clauseRewrites(whole)].filter((r) => r.start <= f.start && r.end >= f.end);
    out.push(...covering.slice(0, 2 - out.length));
  }
  return out;
}
