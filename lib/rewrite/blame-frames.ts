// Rewrites for the blame frames of lib/rules/shared/blame-frames.ts that lib/rewrite/blame.ts does not word: asides
// dropped, a lapse told without its culprit, a verdict turned into a question about what got in the way.
import { clauseEnd } from './clause.ts';
import { capitalise, isPlural } from './grammar.ts';
import { clauseSubject, npAfter } from './phrases.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

const WAY = 'the partners will look together at what got in the way';
const HARD = 'the partners will ask what made it hard and what would help';
const PATTERN = 'the partners will look together at what keeps getting in the way';
const ASKED = /what (?:got|gets|kept|keeps getting) in the way|what would (?:have )?help|what made it hard/i;

/** [a, b) becomes `text`, the rest of the clause stays, then "; <follow-up>" (unless the sentence already asks). */
function withFollow(f: Finding, a: number, b: number, text: string, follow: string, title: string): Rewrite | null {
  const { sentence } = f;
  // "X botched it and cost the programme a month": with X gone, the second verb would have no subject.
  if (/^,?\s+(?:and|but)\s+(?:then\s+)?(?:had|has|have|was|were|is|are|must|should|will|would|did|can|could|[a-z]+ed)\b/i.test(sentence.slice(b))) return null;
  const at = Math.max(b, clauseEnd(sentence, b));
  // "… held up for months and should be ashamed": a later verb of the same subject would be left without one.
  if (/\b(?:and|but)\s+(?:then\s+)?(?:should|must|ought|had|has|have|was|were|is|are|will|would|needs?|cannot|can't)\b/i.test(sentence.slice(b, at))) return null;
  const tail = ASKED.test(sentence) || sentence.includes('|') ? '' : `; ${follow}`;
  const lead = a === 0 || /^[\s"“'‘]*$/.test(sentence.slice(0, a)) ? capitalise(text) : text;
  return { title, start: a, end: at, replacement: lead + sentence.slice(b, at) + tail };
}

/** The subject of the clause whose verb starts at `at`, or null when it is no plain noun phrase. */
function subjectOf(f: Finding, at: number): { start: number; end: number } | null {
  // The frame's captured culprit ends the subject: walk back from it to the clause's opening.
  const s = clauseSubject(f.sentence, at) ?? culpritSubject(f, at);
  if (!s) return null;
  const text = f.sentence.slice(s.start, s.end);
  if (/^(?:it|they|he|she|we|you|i|this|that|these|those|who|which)$/i.test(text)) return null;
  return s;
}

function culpritSubject(f: Finding, at: number): { start: number; end: number } | null {
  const who = f.data.culprit;
  if (!who) return null;
  const head = f.sentence.slice(0, at).replace(/\s+(?:had|has|have|was|were|is|are)\s*$/i, '').replace(/\s+$/, '');
  if (!head.toLowerCase().endsWith(who.toLowerCase())) return null;
  let start = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf('–')) + 1;
  const opener = [...head.slice(start).matchAll(/\b(?:that|said|says|felt|heard|noted|thought|observed|remarked|because|after|when|since|while|and|but|so|apparently|frankly)\s+/gi)].pop();
  if (opener) start += opener.index! + opener[0].length;
  while (/\s/.test(f.sentence[start] ?? '')) start++;
  const words = head.slice(start).split(/\s+/).length;
  return words >= 1 && words <= 6 ? { start, end: head.length } : null;
}

/** A bare aside that is the whole sentence ("Typical.", "Thanks for nothing.", "Unacceptable!"). */
const bareAside: Strategy = (f) => {
  const m = /^(\s*)[^.!?]*?([.!?]?)\s*$/.exec(f.sentence);
  if (!m) return null;
  const body = f.sentence.trim().replace(/[.!?]+$/, '');
  const span = f.sentence.slice(f.start, f.end);
  if (body.length > span.length + 2) return null;
  return { title: 'Ask what got in the way', start: m[1].length, end: f.sentence.trimEnd().length, replacement: `The partners will ask what got in the way${m[2] || '.'}` };
};

/** Asides that only carry the jibe: "in their infinite wisdom", ", naturally", "As some of us predicted," "— I wonder who". */
const ASIDE = /^(?:in (?:their|its|his|her) infinite wisdom|naturally|typically|predictably|classic|true to form|as (?:some|a few|several|many) of us (?:\w+ ){0,3}?(?:predicted|warned|said at the time|said|foresaw|feared|pointed out)(?: [\w ]{0,30}?)?|i wonder who|thanks for nothing|with the greatest respect to(?: the)?(?: [\w'’-]+){1,3})$/i;
const dropAside: Strategy = (f) => {
  const s = f.sentence;
  let a = f.start;
  let b = f.end;
  // Widen to the aside's own clause: "As some of us predicted back in June," up to its comma.
  if (/^as /i.test(s.slice(a, b)) || /^with the greatest/i.test(s.slice(a, b))) {
    const comma = s.indexOf(',', b);
    if (comma < 0 || comma - b > 30) return null;
    b = comma;
  }
  if (!ASIDE.test(s.slice(a, b))) return null;
  const before = s.slice(0, a);
  const after = s.slice(b);
  if (/^\s*$/.test(before)) {
    // Sentence-initial: drop it with its comma; the next word starts the sentence.
    const m = /^\s*,\s*(\S)/.exec(after);
    if (!m) return null;
    return withFollow(f, a, b + m[0].length, m[1].toUpperCase(), WAY, 'Drop the aside and ask what got in the way');
  }
  // Between commas or dashes, or closing the sentence: drop it with the punctuation around it.
  const open = /\s*(?:,|[—–-])\s*$/.exec(before);
  if (!open) return null;
  const start = a - open[0].length;
  // "District nurses, naturally.": what would be left is no account at all, so the whole line becomes the question.
  if (before.slice(0, start).trim().split(/\s+/).length < 4 && /^[.!?]?\s*$/.test(after)) {
    return { title: 'Ask what got in the way', start: 0, end: f.sentence.trimEnd().length, replacement: 'The partners will ask what got in the way.' };
  }
  if (/^[.!?]?\s*$/.test(after)) return { title: 'Drop the aside', start, end: b, replacement: '' };
  const close = /^\s*(?:,|[—–-])\s*/.exec(after);
  if (!close) return null;
  return { title: 'Drop the aside', start, end: b + close[0].length, replacement: ' ' };
};

/** "the delays were squarely the contractor's doing" → "the delays were looked at with the contractor; …". */
const doing: Strategy = (f) => {
  const m = /\b(was|were|is|are)\s+(?:(?:\w+ly|all|just|simply)\s+)?(?:the\s+)?((?:[\w&-]+\s+){0,3}?[\w&-]+)(?:['’]s?)?\s+(?:own\s+)?doing\b/i.exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const who = /^(?:his|her|their)$/i.test(m[2]) ? '' : ` with the ${m[2]}`;
  // ", full stop", ", plain and simple": the emphasis goes with the charge.
  const tail = /^,?\s+(?:full stop|plain and simple|end of story|no question)\b/i.exec(f.sentence.slice(m.index + m[0].length));
  const end = m.index + m[0].length + (tail ? tail[0].length : 0);
  return withFollow(f, m.index, end, `${m[1]} a matter to look at together${who}`, WAY, 'Say it is to be looked at together, not whose doing it was');
};

/** "This is down to the agency." → "This is one to look at with the agency." */
const downTo: Strategy = (f) => {
  const m = /\b((?:is|was|were|are|['’]s)\s+(?:(?:\w+ly|all)\s+)?)down to\b/i.exec(f.sentence.slice(f.start, f.end + 1));
  if (!m) return null;
  const at = f.start + m.index;
  const be = m[1].replace(/\s*(?:\w+ly|all)\s+$/i, ' ').replace(/^['’]s\s*/, "'s ");
  return withFollow(f, at, f.start + m.index + m[0].length, `${be}one to look at with`, WAY, 'Name the partner to work it out with, not to blame');
};

const LAPSE_PP: Record<string, string> = {
  lost: 'went missing', mislaid: 'went missing', misplaced: 'went missing', binned: 'went missing', broke: 'broke', leaked: 'got out',
  ignored: 'was missed', forgot: 'was missed', forgotten: 'was missed', overlooked: 'was missed', dropped: 'was missed', disabled: 'was switched off',
  deleted: 'was deleted', 'double-booked': 'was double-booked', botched: 'did not go to plan', bungled: 'did not go to plan',
  fumbled: 'did not go to plan', mangled: 'came out wrong', butchered: 'did not go to plan', bodged: 'did not go to plan', fluffed: 'did not go to plan',
  'mucked up': 'did not go to plan', 'fouled up': 'did not go to plan', 'ballsed up': 'did not go to plan', ghosted: 'went unanswered',
};
const PLURAL_VERB: Record<string, string> = { 'went missing': 'went missing', 'was missed': 'were missed', 'was switched off': 'were switched off', 'was deleted': 'were deleted', 'was double-booked': 'were double-booked' };

/** "Coding team mangled the data return again" → "The data return came out wrong again; … keeps getting in the way". */
const lapse: Strategy = (f) => {
  const verb = (f.data.lapse ?? '').toLowerCase();
  const told = LAPSE_PP[verb];
  if (!told) return null;
  const re = new RegExp(String.raw`(?:(?:had|has|have)\s+)?["“'‘]?(?:(?:\w+ly)\s+)?${verb.replace(/[-]/g, '\\-')}["”'’]?\s+`, 'i');
  const m = re.exec(f.sentence.slice(Math.max(0, f.start - 30)));
  if (!m) return null;
  const at = Math.max(0, f.start - 30) + m.index;
  const subj = subjectOf(f, at);
  const obj = npAfter(f.sentence, at + m[0].length);
  if (!subj || !obj || obj.start !== at + m[0].length) return null;
  const objText = f.sentence.slice(obj.start, obj.end);
  if (/^(?:us|them|him|her|me|it)$/i.test(objText)) return null;
  const v = isPlural(objText) ? PLURAL_VERB[told] ?? told : told;
  // "… again": the repeat goes into the follow-up (what keeps getting in the way) rather than staying as a jibe.
  const again = /^,?\s+(?:yet again|once again|once more|again|as usual|as always)\b/i.exec(f.sentence.slice(obj.end));
  const end = obj.end + (again ? again[0].length : 0);
  return withFollow(f, subj.start, end, `${objText} ${v}`, again ? PATTERN : WAY, 'Say what happened, without a culprit');
};

const LET: Record<string, string> = {
  slide: 'slid', drift: 'drifted', spiral: 'spiralled', expire: 'expired', lapse: 'lapsed', 'pile up': 'piled up', 'go missing': 'went missing',
  'run out': 'ran out', 'slip through the net': 'slipped through the net', 'slip through the cracks': 'slipped through the cracks',
  'get into this state': 'got into this state', 'get into such a state': 'got into such a state',
};

/** "the care navigators let the backlog spiral" → "the backlog spiralled; …". */
const letSlide: Strategy = (f) => {
  const keys = Object.keys(LET).sort((x, y) => y.length - x.length).join('|');
  const m = new RegExp(String.raw`\b(?:(had|has|have)\s+)?let\s+((?:[\w'’-]+\s+){1,4}?)(${keys})\b`, 'i').exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const thing = m[2].trim();
  // "establish which pharmacist let the register get into this state" → "establish how the register got into this state".
  const wh = /\b(?:which|who)\s+(?:[\w'’-]+\s+){0,4}?$/i.exec(f.sentence.slice(0, m.index));
  if (wh && !m[1]) return { title: 'Ask how it happened, not who did it', start: wh.index, end: m.index + m[0].length, replacement: `how ${thing} ${LET[m[3].toLowerCase()]}` };
  const subj = subjectOf(f, m.index);
  if (!subj) return null;
  if (/^(?:us|them|him|her|me|it)$/i.test(thing)) return null;
  const past = LET[m[3].toLowerCase()];
  const told = m[1] ? `${m[1].toLowerCase() === 'had' ? 'had' : isPlural(thing) ? 'have' : 'has'} ${past.replace(/^slid$/, 'slid').replace(/^went /, 'gone ').replace(/^ran /, 'run ').replace(/^got /, 'got ')}` : past;
  return withFollow(f, subj.start, m.index + m[0].length, `${thing} ${told}`, WAY, 'Say what happened, without a culprit');
};

/** "the care agency were repeat offenders", "the crew were far too slow" → "there were problems with the work of the crew; …". */
const verdictPredicate: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word' || !f.data.culprit || !f.data.verdict) return null;
  // The copula just before the verdict ("were far too slow", "had been 'coasting'"); "too idle to read …" is left alone.
  const m = /\b(was|were|is|are|has been|have been|had been|being)\s+["“'‘]?(?:(?:\w+ly|so|very|just|simply|far|much|way|rather|a bit)\s+)*["“'‘]?$/i.exec(f.sentence.slice(0, f.start));
  if (!m || /^\s+to\s/i.test(f.sentence.slice(f.end))) return null;
  const verbAt = m.index;
  const subj = subjectOf(f, verbAt);
  if (!subj) return null;
  const who = f.sentence.slice(subj.start, subj.end).replace(/^The\b/, 'the');
  let end = f.end;
  const q = /^["”'’]/.exec(f.sentence.slice(end));
  if (q) end += 1;
  // "far too slow and frankly careless": a second verdict joined to the first goes with it.
  const pair = /^,?\s+and\s+(?:\w+ly\s+)?(?:careless|rude|sloppy|lazy|slow|useless|hopeless|chaotic|unreliable|clueless)\b/i.exec(f.sentence.slice(end));
  if (pair) end += pair[0].length;
  const be = m[1].toLowerCase();
  const were = be === 'is' || be === 'are' ? 'are' : be === 'has been' || be === 'have been' ? 'have been' : be === 'had been' ? 'had been' : 'were';
  if (be === 'being') return null;
  return withFollow(f, subj.start, end, `there ${were} problems with the work of ${who}`, HARD, 'Describe what happened, not the people');
};

/** "the contractor's shoddy work", "the pharmacy team's dismal showing" → the verdict dropped from the noun phrase. */
const verdictOnWork: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word') return null;
  const span = f.sentence.slice(f.start, f.end);
  const m = /^(["“'‘]?[\p{L}-]+(?:\s+[\p{L}-]+)?["”'’]?)\s+(attitude|handling|response|behaviour|conduct|approach|management|communications?|leadership|record|performance|showing|work|efforts?|referrals|paperwork|notes|timekeeping|planning|organisation|standards|care|service|handovers?|triage|forecasting)\b/iu.exec(span);
  if (!m) return null;
  const lead = f.sentence.slice(0, f.start);
  if (!/(?:['’]s?|\b(?:its|their|his|her|the))\s*["“'‘]?$/i.test(lead)) return null;
  let a = f.start;
  if (/["“'‘]$/.test(lead)) a -= 1;
  const noun = m[2];
  const start = a === 0 || /^\s*$/.test(f.sentence.slice(0, a)) ? capitalise(noun) : noun;
  return { title: 'Drop the verdict', start: a, end: f.start + m.index + m[0].length, replacement: start };
};

/** "find out which idiot in the booking hub double-booked the vaccination clinic" → "find out how the vaccination clinic came to be double-booked". */
const CAME_TO_BE: Record<string, string> = {
  lost: 'lost', mislaid: 'mislaid', misplaced: 'misplaced', broke: 'broken', binned: 'binned', leaked: 'leaked', ignored: 'ignored',
  forgot: 'forgotten', forgotten: 'forgotten', overlooked: 'overlooked', dropped: 'dropped', disabled: 'disabled', deleted: 'deleted',
  'double-booked': 'double-booked',
};
const culpritHow: Strategy = (f) => {
  const verb = (f.data.lapse ?? '').toLowerCase();
  const pp = CAME_TO_BE[verb];
  if (!pp || f.ruleId !== 'no-culprit-hunt') return null;
  const m = new RegExp(String.raw`\b(?:which|who)\b[^,;.?]*?\b${verb.replace(/-/g, '\\-')}\s+`, 'i').exec(f.sentence);
  if (!m) return null;
  const obj = npAfter(f.sentence, m.index + m[0].length);
  if (!obj || obj.start !== m.index + m[0].length) return null;
  return { title: 'Ask how it happened, not who did it', start: m.index, end: obj.end, replacement: `how ${f.sentence.slice(obj.start, obj.end)} came to be ${pp}` };
};

/** "Who signed off on pushing that config to prod?" → "What led to pushing that config to prod?"; "whose bright idea was X?" → "How was X decided?". */
const culpritQuestion: Strategy = (f) => {
  const who = /^(\s*)who (?:signed off on|okayed|ok['’]d|sanctioned|allowed)\s+(.+?)(\?)?\s*$/i.exec(f.sentence);
  if (who) return { title: 'Ask what led to it', start: who[1].length, end: f.sentence.trimEnd().length, replacement: `What led to ${who[2]}${who[3] ?? '?'}` };
  const idea = /\bwhose (?:bright|brilliant|great|clever|stupid|daft) idea (?:was|is) (.+?)(\?)?\s*$/i.exec(f.sentence);
  if (!idea) return null;
  const start = /^\s*$/.test(f.sentence.slice(0, idea.index)) || /:\s*$/.test(f.sentence.slice(0, idea.index));
  const how = start && /^\s*$/.test(f.sentence.slice(0, idea.index)) ? 'How' : 'how';
  return { title: 'Ask how it was decided', start: idea.index, end: f.sentence.trimEnd().length, replacement: `${how} was ${idea[1]} decided${idea[2] ?? '?'}` };
};

/** "Typical ICB - another deadline missed" → "Another deadline missed"; the jibe goes, the account stays. */
const typicalLead: Strategy = (f) => {
  const m = /^(\s*)(?:typical|classic)\b[^—–:-]{0,40}?\s*(?:[—–:]|\s-)\s*(\S)/i.exec(f.sentence);
  if (!m || f.start > m[0].length) return null;
  return withFollow(f, m[1].length, m[0].length, m[2].toUpperCase(), PATTERN, 'Drop the jibe and ask what keeps getting in the way');
};

/** "The idle booking team were told …" → "The booking team were told …". */
const characterAdjective: Strategy = (f) => {
  if (f.ruleId !== 'no-judgement-word' || !f.data.verdict || !f.data.culprit) return null;
  // The determiner stands just before the span ("the [idle booking team]"); it goes with the verdict when it is a/an.
  const lead = /\b(the|that|this|those|these|their|an?|some)\s+$/i.exec(f.sentence.slice(0, f.start));
  const span = f.sentence.slice(f.start, f.end);
  const m = new RegExp(String.raw`^${f.data.verdict.replace(/[-]/g, '\\-')}\s+`, 'i').exec(span);
  if (!lead || !m) return null;
  let det = lead[1];
  if (/^an?$/i.test(det)) det = /^[aeiou]/i.test(span.slice(m[0].length)) ? (det[0] === 'A' ? 'An' : 'an') : det[0] === 'A' ? 'A' : 'a';
  return { title: 'Drop the verdict', start: lead.index, end: f.start + m[0].length, replacement: `${det} ` };
};

const PRONOUN: Record<string, [string, string]> = { us: ['we', 'were'], them: ['they', 'were'], him: ['he', 'was'], her: ['she', 'was'], me: ['I', 'was'] };
/** Who was on the receiving end, as a subject: "us" → "we were", "the family" → "the family were". */
function asSubject(np: string): string {
  const p = PRONOUN[np.toLowerCase()];
  if (p) return `${p[0]} ${p[1]}`;
  return `${np} ${isPlural(np) || /^(?:the )?(?:family|team|practice|hub|ward)$/i.test(np) ? 'were' : 'was'}`;
}

/** "Repairs team fobbed the tenant off" → "the tenant did not get a proper answer"; "strung us along" → "we were kept waiting". */
const fobbedOff: Strategy = (f) => {
  const m = /\b(?:(?:had|has|have)\s+(?:been\s+)?)?(fobbed|fobbing|palmed|strung|stringing)\s+((?:the |a |our |their |his |her )?[\w'’-]+)\s+(off|along)\b/i.exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const subj = subjectOf(f, m.index);
  if (!subj) return null;
  const who = m[2];
  const told = m[3].toLowerCase() === 'off' ? `${PRONOUN[who.toLowerCase()]?.[0] ?? who} did not get a proper answer` : `${asSubject(who)} kept waiting`;
  return withFollow(f, subj.start, m.index + m[0].length, told, WAY, 'Say what it was like for them, without a culprit');
};

/** "the ICB's estates team had left the PCN high and dry" → "the PCN was left without support". */
const leftStranded: Strategy = (f) => {
  const m = /\b(?:(?:had|has|have)\s+)?(?:once again\s+|again\s+)?left\s+((?:the |a |our |their )?[\w'’-]+(?: [\w'’-]+)?)\s+(?:high and dry|in the lurch|holding the baby)/i.exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const subj = subjectOf(f, m.index);
  if (!subj) return null;
  return withFollow(f, subj.start, m.index + m[0].length, `${asSubject(m[1])} left without support`, WAY, 'Say what it was like for them, without a culprit');
};

/** "Ward 7 sat on the referral all weekend" → "The referral was held up all weekend". */
const satOn: Strategy = (f) => {
  const m = /\b(?:(?:had|has|have)\s+(?:yet again\s+|again\s+)?(?:been\s+)?)?["“'‘]?(?:sat|sitting)\s+on["”'’]?\s+/i.exec(f.sentence.slice(Math.max(0, f.start - 30)));
  if (!m) return null;
  const at = Math.max(0, f.start - 30) + m.index;
  const obj = npAfter(f.sentence, at + m[0].length);
  const subj = subjectOf(f, at);
  if (!obj || !subj || obj.start !== at + m[0].length) return null;
  const np = f.sentence.slice(obj.start, obj.end);
  return withFollow(f, subj.start, obj.end, `${np} ${isPlural(np) ? 'were' : 'was'} held up`, WAY, 'Say what happened, without a culprit');
};

/** "ASC ghosted us on the package again" → "We had no reply on the package again". */
const ghosted: Strategy = (f) => {
  const m = /\b(?:(?:had|has|have)\s+)?ghosted\s+(us|them|him|her|me)\b/i.exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const subj = subjectOf(f, m.index);
  if (!subj) return null;
  const again = /^\s+(?:on|about|over)\s+[^,;.]*?\s+again\b/i.test(f.sentence.slice(m.index + m[0].length));
  return withFollow(f, subj.start, m.index + m[0].length, `${PRONOUN[m[1].toLowerCase()][0]} had no reply`, again ? PATTERN : WAY, 'Say what happened, without a culprit');
};

/** "SRE on call slept through the pager" → "The pager went unanswered". */
const sleptThrough: Strategy = (f) => {
  const m = /\b(?:slept|sleeping|asleep)\s+through\s+(the\s+(?:pager|bleep|alarm|calls?|phone))/i.exec(f.sentence);
  if (!m || m.index > f.end || m.index + m[0].length < f.start) return null;
  const subj = subjectOf(f, m.index);
  if (!subj) return null;
  return withFollow(f, subj.start, m.index + m[0].length, `${m[1]} went unanswered`, WAY, 'Say what happened, without a culprit');
};

/** "Another week, another lost referral" → "This week: a lost referral …". */
const anotherWeek: Strategy = (f) => {
  const m = /^(\s*)another (\w+), another\s+/i.exec(f.sentence);
  if (!m) return null;
  return withFollow(f, m[1].length, m[0].length, `This ${m[2]}: a `, PATTERN, 'Describe this occasion and ask what keeps getting in the way');
};

/** "Is it too much to ask that the data team test it?" → "Members asked that the data team test it."; "One might have hoped X would …" → a question. */
const rhetorical: Strategy = (f) => {
  const ask = /^(\s*)is it too much to ask that (.+?)\?\s*$/i.exec(f.sentence);
  if (ask) return { title: 'Make the request plainly', start: ask[1].length, end: f.sentence.trimEnd().length, replacement: `Can the partners agree that ${ask[2]}?` };
  const hoped = /^(\s*)(?:one|you|we) might have (?:hoped|expected|thought) (?:that )?(.+?) would (.+?)([.!])?\s*$/i.exec(f.sentence);
  if (!hoped) return null;
  return { title: 'Ask it as a question', start: hoped[1].length, end: f.sentence.trimEnd().length, replacement: `The partners will ask whether ${hoped[2]} could ${hoped[3]}${hoped[4] ?? '.'}` };
};

const STRATEGIES: Strategy[] = [rhetorical, anotherWeek, fobbedOff, leftStranded, satOn, ghosted, sleptThrough, typicalLead, characterAdjective, bareAside, culpritQuestion, culpritHow, dropAside, doing, downTo, letSlide, lapse, verdictOnWork, verdictPredicate];

/** Rewrites for a blame finding that the general blame strategies left without one (at most two). */
export function blameFrameRewrites(f: Finding): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of STRATEGIES) {
    const r = s(f);
    if (r && r.start < Math.max(f.end, r.start + 1) && f.start <= r.end) out.push(r);
    if (out.length >= 2) break;
  }
  return out;
}
