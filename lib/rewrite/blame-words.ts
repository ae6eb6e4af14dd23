// Word classes the blame rewrites share: curious follow-ups, clause subjects and objects read from plain words
// (minutes are terse: "Care home ignored the falls plan" has no determiner for a tagger to lean on), and the
// repetition and sneer markers a neutral account leaves out.

export const FOLLOW = {
  way: 'the partners will look together at what got in the way',
  hard: 'the partners will ask what made it hard and what would help',
  pattern: 'the partners will look together at what keeps getting in the way',
  hindsight: 'the partners will ask what would have helped',
};

export interface Span {
  start: number;
  end: number;
}

/** Words that cannot sit inside a subject or object noun phrase (verbs, pronouns, clause words). */
const NOT_NP =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|said|says|told|who|whom|whose|which|what|when|where|why|how|to|not|no|never|it|this|that|there|these|those|we|us|our|ours|i|me|my|you|your|if|because|so|but|then|than|as|also|again|yet|once|just|simply|clearly|frankly|obviously|honestly|really|only|even|still|always|ever|apparently|members?|noted|heard|felt|thought|reported|stated|remarked|recorded|agreed|asked|explained|added|concluded|confirmed)$/i;
const PREP = /^(?:of|at|in|on|from|for|with|by|about|to|into|over|under|after|before|during|since|until|without|through|via|re|per)$/i;
const DET = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|every|each|another|some|any|all|both|several|many|several|two|three|four|five|six|enough|no)$/i;
const WORD = /^[\p{L}\d][\p{L}\d&'’./-]*$/u;

/** Lead-ins before a comma that end before the subject ("Honestly, …", "In March, …", "As usual, …"). */
const LEAD_COMMA = /(?:^|[:;]\s*)(?:\p{L}+ly|again|yet again|once again|once more|as usual|as ever|as always|as per usual|sadly|frankly|honestly|apparently|(?:in|on|at|by|during|since|over|after|last|this) [\p{L}\d ]{1,25})\s*,\s*(?=[^,;:]*$)/iu;

/**
 * The subject of the clause whose verb group starts at `index`: the words back to the clause's opening (sentence
 * start after a list marker or label, a colon, semicolon or dash, "that", a reporting verb, a linking word), when they
 * read as one noun phrase of one to seven words. None when anything in them reads as a verb or a clause word.
 */
export function subjectOf(sentence: string, index: number): Span | null {
  let end = index;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  const head = sentence.slice(0, end);
  const opener =
    /(?:\b(?:that|said|says|heard|told|felt|noted|stated|remarked|reported|recorded|concluded|because|since|when|after|before|while|whilst|although|though|if|as|until|once|where|why|how)\s+|,\s*(?:and|but|so)\s+|[:;(]\s+|\s[–—-]\s+|^[\s>*+•-]*(?:\d+[.)]\s*)?(?:\*\*[^*]+\*\*:?\s*)?)(?=[^:;()]*$)/giu;
  let start = -1;
  for (const m of head.matchAll(opener)) start = m.index! + m[0].length;
  const lead = LEAD_COMMA.exec(head) ?? /(?:^|[:;]\s*)(?:in hindsight|with hindsight|looking back|in the end|frankly|honestly|apparently|clearly|again|once again|yet again)\s+(?=[^,;:]*$)/i.exec(head);
  if (lead && lead.index + lead[0].length > start) start = lead.index + lead[0].length;
  if (start < 0 || start >= end) return null;
  return plainNp(head.slice(start)) ? { start, end } : null;
}

/** True when the words read as one noun phrase naming someone or something (up to nine words, no verb or clause word). */
export function plainNp(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 9 || !words.every((w) => WORD.test(w))) return false;
  if (PREP.test(words[0]) || PREP.test(words[words.length - 1]) || /^(?:and|or)$/i.test(words[words.length - 1])) return false;
  if (words.length === 1 && /^(?:he|she|they)$/i.test(words[0])) return true;
  if (words.every((w) => DET.test(w))) return false;
  // An acronym ("IT", "US") is a name, not a pronoun.
  const acronym = (w: string) => /^[A-Z]{2,}$/.test(w);
  if (words.some((w) => !acronym(w) && (NOT_NP.test(w) || /^(?:he|she|they|them|him|it)$/i.test(w)))) return false;
  // "the panel the homelessness team": a determiner after a noun starts a second phrase (an object, then the subject).
  if (words.some((w, i) => i > 0 && /^(?:the|a|an|its|their|this|that|these|those)$/i.test(w) && !PREP.test(words[i - 1]) && !/^(?:and|or|of)$/i.test(words[i - 1]))) return false;
  // A lower-case word ending in -ly ("clearly", "predictably") is an adverb, not part of a name.
  return !words.some((w) => /^[a-z]+ly$/.test(w) && !/^(?:family|supply|assembly|ally|rally|surgery)$/i.test(w));
}

/** Words that end an object noun phrase: prepositions (other than "of"), linking words, adverbs of time. */
const OBJ_STOP =
  /^(?:and|or|but|because|before|after|until|when|while|whilst|which|who|that|so|yet|again|anyway|though|too|instead|now|then|already|still|ever|for|on|in|at|with|by|from|to|without|through|over|since|as|during|despite|like|twice|today|yesterday|last|this|again|once|properly|either|even|instead|altogether|entirely|completely|[a-z]+ly)$/i;

/** The object noun phrase starting exactly at `at`: up to six words, "of" kept inside ("the list of referrals"). */
export function objectAt(sentence: string, at: number): Span | null {
  const rest = sentence.slice(at);
  const re = /[^\s,;:.!?|()"“”]+/gy;
  const words: { w: string; end: number }[] = [];
  let pos = 0;
  while (pos < rest.length) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) break;
    const w = m[0];
    if (words.length && OBJ_STOP.test(w) && !(DET.test(w) && words.length === 0)) break;
    if (!WORD.test(w) || (NOT_NP.test(w) && !/^(?:no|this|that|these|those|our)$/i.test(w))) break;
    words.push({ w, end: at + pos + w.length });
    pos += w.length;
    if (!/^ /.test(rest.slice(pos)) || words.length >= 6) break;
    pos += 1;
  }
  if (words.length && (PREP.test(words[0].w) || /^(?:and|or|but|so|yet|then|because|when|while|which|who|that|as|than|ago)$/i.test(words[0].w))) return null;
  // Time words are not what was done ("should have escalated days ago"); they end the phrase ("the shortage weeks before").
  const TIME = /^(?:ago|days|weeks|months|years|hours|minutes|earlier|sooner|yesterday|today|tonight|tomorrow|coming)$/i;
  const t = words.findIndex((x) => TIME.test(x.w));
  if (t === 0 || (t > 0 && /^\d+$|^(?:a|an|two|three|four|five|six|several|many|few)$/i.test(words[t - 1].w) && t - 1 === 0)) return null;
  if (t > 0) words.splice(/^\d+$|^(?:a|an|two|three|four|five|six|several|many|few)$/i.test(words[t - 1].w) ? t - 1 : t);
  // "of" may not end the phrase.
  while (words.length && PREP.test(words[words.length - 1].w)) words.pop();
  if (!words.length) return null;
  const first = words[0].w;
  if (/^(?:it|them|him|her|me|us|you|anything|everything|nothing|something|anyone|everyone|someone|to|up|down|off|out|back)$/i.test(first)) return null;
  // A bare single word that is not a capitalised name or a plural reads badly as a subject ("Sepsis was not spotted" is fine).
  return { start: at, end: words[words.length - 1].end };
}

/** Repetition, sneer and verdict asides a neutral account leaves out; `repeat` when a recurrence was named. */
const ASIDE =
  /(?:,\s*|\s)(?:(?:yet|once) again|once more|again|as usual|as ever|as always|as per usual|as per|not for the first time|for the (?:second|third|fourth|fifth|sixth|nth|umpteenth|hundredth|\d+(?:st|nd|rd|th)) time(?: (?:this|running|in a row)(?: (?:year|month|week|quarter|term|sprint))?)?|for the (?:second|third|fourth) (?:year|month|week|quarter|time) (?:running|in a row)|(?:the )?(?:second|third|fourth|fifth|sixth|nth|umpteenth) time (?:this (?:year|month|week|quarter|term|sprint)|running|in a row)|obviously|predictably|of course|frankly|clearly|conveniently|somehow|spectacularly|(?:through|out of|by) (?:sheer |plain |pure |simple )?(?:carelessness|incompetence|laziness|negligence|inattention|sloppiness))(?=[\s,;.!?]|$),?/gi;
const REPEAT = /again|once more|as usual|as ever|as always|as per|first time|time|running|in a row/i;

/** A sarcastic sign-off after a comma ("…, again, thanks"). */
const SIGN_OFF = /,\s*(?:thanks|cheers|brilliant|great|lovely|nice one|well done|as per)\s*$/i;

export function calm(text: string): { text: string; repeat: boolean } {
  let repeat = false;
  const out = text.replace(SIGN_OFF, '').replace(ASIDE, (m) => {
    if (REPEAT.test(m)) repeat = true;
    // "the team, yet again, ignored" → "the team ignored"; "of it again, and" → "of it, and" (the clause's comma stays).
    return !/^,/.test(m) && /,\s*$/.test(m) ? ',' : ' ';
  });
  const tidy = out
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,;.!?])/g, '$1')
    .replace(/,(?=\s*(?:[,;.!?]|$))/g, '')
    .replace(/\s+$/, '');
  return { text: tidy === ' ' ? '' : tidy, repeat };
}

/** Where the clause begun at `from` ends: a semicolon, table bar, dash aside, ", and" / ", but", or the final stop. */
export function clauseStop(sentence: string, from: number): { end: number; last: boolean } {
  const rest = sentence.slice(from);
  const m = /\s*(?:;|\||\s[–—-]\s|,\s*(?:and|but|so|which|who|while|whilst|because|though|although|not)\b|\s(?:and|but)\s|[.!?]["”’)]*\s*$|[.!?]\s|$)/.exec(rest);
  const at = m ? m.index : rest.length;
  const tail = rest.slice(at);
  const last = /^\s*(?:[.!?]["”’)]*\s*)?$/.test(tail) || /^\s*;/.test(tail);
  let end = from + at;
  while (end > from && /[\s,]/.test(sentence[end - 1])) end--;
  return { end, last };
}

const PLURAL_WORDS = /^(?:people|children|men|women|police|staff|data|media|criteria|feet|teeth)$/i;

/** True when an object noun phrase is plural, read from its head word ("the falls plan" is one plan). */
export function pluralNp(np: string): boolean {
  const head = np.replace(/\s+(?:of|between|for|with|from|on|in|about|over|at|to|regarding|under|after|before)\s.*$/i, '').trim().split(/\s+/).pop() ?? '';
  if (/['’]s?$/.test(head)) return false;
  if (PLURAL_WORDS.test(head)) return true;
  if (/^\d+$/.test(head)) return true;
  return /[^s'’]s$/i.test(head) && !/(?:us|is)$/i.test(head);
}

/** A one-word sarcastic or verdict remark after the clause (". Brilliant.", ". Shocking."): it goes with the clause. */
export function trailingRemark(sentence: string, end: number): number {
  const m = /^\.\s+(?:brilliant|great|shocking|typical|lovely|nice|classic|fantastic|marvellous|superb|wonderful|disgraceful|unbelievable|appalling|thanks)[.!]*\s*$/i.exec(sentence.slice(end));
  return m ? end + m[0].replace(/[.!]*\s*$/, '').length : end;
}
