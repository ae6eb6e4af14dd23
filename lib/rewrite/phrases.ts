// Noun phrases around a point in a sentence, read from compromise's tags (subject before a verb, object after).
import nlp from 'compromise';

interface Term {
  text: string;
  start: number;
  end: number;
  tags: string[];
}

let last: { sentence: string; terms: Term[] } | undefined;

/** The sentence's terms with offsets; the last sentence is remembered, as every strategy reads the same one. */
function terms(sentence: string): Term[] {
  if (last?.sentence === sentence) return last.terms;
  const out = parseTerms(sentence);
  last = { sentence, terms: out };
  return out;
}

function parseTerms(sentence: string): Term[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length })));
}

const NP_TAG = /^(?:Noun|Singular|Plural|Adjective|Determiner|Possessive|ProperNoun|Organization|Person|Value|Cardinal|Acronym|FirstName|LastName|Honorific|Place|Uncountable)$/;
const STOP = /^(?:and|or|but|that|which|who|said|says)$/i;
const isNp = (t: Term) => t.tags.some((g) => NP_TAG.test(g)) && !t.tags.includes('Verb') && !t.tags.includes('Preposition') && !STOP.test(t.text);

/** The noun phrase ending just before `index` (skipping auxiliaries such as had, has, was): [start, end). */
export function npBefore(sentence: string, index: number): { start: number; end: number } | null {
  const ts = terms(sentence).filter((t) => t.end <= index);
  let i = ts.length - 1;
  while (i >= 0 && /^(?:had|has|have|was|were|is|are|had been|also|then|again|just|simply|clearly|repeatedly|really)$/i.test(ts[i].text)) i--;
  const last = i;
  while (i >= 0 && isNp(ts[i]) && !/[,;:]$/.test(sentence.slice(ts[i].end, ts[i + 1]?.start ?? ts[i].end))) i--;
  if (i === last) return null;
  // A comma inside the walk ends the phrase there.
  let start = ts[i + 1].start;
  const between = sentence.slice(start, ts[last].end);
  const comma = between.lastIndexOf(',');
  if (comma >= 0) start += comma + 1;
  while (/\s/.test(sentence[start])) start++;
  return { start, end: ts[last].end };
}

/** The noun phrase starting at or after `index` (determiners, adjectives, nouns, possessives): [start, end). */
export function npAfter(sentence: string, index: number): { start: number; end: number } | null {
  const ts = terms(sentence).filter((t) => t.start >= index);
  let i = 0;
  while (i < ts.length && isNp(ts[i])) {
    i++;
    if (/^[,;:.!?]/.test(sentence.slice(ts[i - 1].end).trimStart()) && sentence.slice(ts[i - 1].end).trimStart()[0] !== undefined) {
      if (/^[,;:.!?]/.test(sentence.slice(ts[i - 1].end))) break;
    }
  }
  if (i === 0) return null;
  let end = ts[i - 1].end;
  // "the interaction between the two medicines", "the list of referrals": the noun's own complement stays with it.
  if (i < ts.length && /^(?:of|between)$/i.test(ts[i].text) && !/^[,;:.!?]/.test(sentence.slice(end))) {
    const tail = npAfter(sentence, ts[i].end + 1);
    if (tail && tail.start <= ts[i].end + 2) end = tail.end;
  }
  return { start: ts[0].start, end };
}

/** Past-tense verbs in or just around [start, end), nearest first: candidates for a neutral, agentless account. */
export function verbsNear(sentence: string, start: number, end: number): { text: string; start: number; end: number }[] {
  return terms(sentence)
    .filter((t) => t.tags.includes('PastTense') && !/^(?:said|was|were|had|did|felt|thought|reported|noted|added|asked|told|explained|argued|claimed)$/i.test(t.text))
    .filter((t) => t.end >= start - 40 && t.start <= end + 20)
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
}

/** Words after which a clause's subject starts: reporting verbs, complementisers and linking words. */
const CLAUSE_OPENER =
  /^(?:that|said|says|stated|noted|heard|felt|feel|feels|thought|think|believed|agreed|accepted|concluded|explained|added|warned|insisted|complained|suggested|argued|alleged|recorded|observed|found|reported|confirmed|claimed|knew|know|because|since|so|when|whenever|while|whilst|if|once|until|after|before|though|although|whereas|but|apparently|clearly|frankly|honestly|sadly|unfortunately)$/i;

/**
 * The whole subject of the clause whose verb starts at `index`: the words back to the clause's opening (sentence
 * start, a colon, semicolon or dash, "that", a reporting verb, a comma), when they read as one noun phrase
 * ("the speech and language team", "reception at Birchfield Surgery"). None when a verb sits in them.
 */
export function clauseSubject(sentence: string, index: number): { start: number; end: number } | null {
  let end = index;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  const ts = terms(sentence).filter((t) => t.end <= end);
  let i = ts.length - 1;
  let words = 0;
  while (i >= 0) {
    const t = ts[i];
    const gap = sentence.slice(t.end, i + 1 < ts.length ? ts[i + 1].start : end);
    if (/[,;:|—–(]|\s-\s/.test(gap)) break;
    if (CLAUSE_OPENER.test(t.text)) break;
    if (t.tags.includes('Verb') && !t.tags.includes('Adjective') && !t.tags.includes('Noun')) return null;
    if (/^(?:who|which|whose|what|there|it|this|that)$/i.test(t.text)) return null;
    words++;
    i--;
  }
  if (words === 0 || words > 8) return null;
  const first = ts[i + 1];
  let start = first.start;
  // A list marker or a heading word before a colon is not part of the subject.
  while (start < end && /[\s*•>-]/.test(sentence[start])) start++;
  // The opening punctuation must end the part before it: a comma after "Honestly" or "In March" is a lead-in.
  return start < end ? { start, end } : null;
}
