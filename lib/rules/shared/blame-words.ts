// Shared word classes and subject finding for the blame rules: who is the subject of a failure or judgement?
import type { RuleContext, RuleHit } from '../define.ts';
import { mayMatch } from '../../engine/prefilter.ts';

/** Nouns that name people, teams, services or organisations (singular; a plural -s is stripped before lookup). */
export const AGENT_NOUNS = new Set(
  `team squad department dept directorate unit council authority trust practice pcn icb ics ccg provider supplier
  vendor contractor subcontractor agency firm company manager lead officer director head chair nurse midwife staff
  gp doctor consultant clinician surgeon physician pharmacist pharmacy pharmacies surgery federation colleague partner
  worker coordinator co-ordinator navigator volunteer receptionist reception admin administrator qa ops devops
  developer dev engineer tester analyst designer sales finance hr procurement commissioner commissioning brokerage
  highways housing estates facilities landlord association school academy teacher governor trustee member person
  people someone somebody everyone anyone they he she who paramedic police ambulance crew visitor therapist
  caseworker clerk secretary leader leadership management executive exec representative rep mdt board committee
  user maintainer contributor reviewer owner employee assistant carer social professional locum registrar
  charity organisation organization alliance service side operator lab laboratory ward clinic hospice hospital home
  payments platform backend frontend infrastructure infra security support helpdesk desk their his her them him
  architect surveyor planner builder treasurer accountant auditor solicitor lawyer inspector headteacher deputy
  principal porter cleaner caretaker driver dispatcher psychologist psychiatrist dentist councillor cllr mayor
  minister government ministry regulator fundraiser fundraising marketing comms communications design product pm
  po devs tech matron sister warden tutor lecturer coach trainer supervisor mentor assessor technician electrician plumber steward
  haulier courier centre`
    .split(/\s+/)
    .filter(Boolean),
);

/** Upper-case abbreviations that name technology, not people or organisations. */
export const THING_ACRONYMS = new Set(
  'IT ICT API AWS CI DNS VPN SQL UI UX EPR EHR PAS HTTP URL PDF CPU GPU SSL TLS DB OS VM CSV PR MSA QC CT MRI'.split(' '),
);

/** Words that make a subject the writer's own side: owning a mistake is not blame. */
const SELF = new Set(['we', 'i', 'us', 'our', 'ours', 'my', 'myself', 'ourselves']);

/** Words skipped when walking back from a verb to its subject. */
const SKIP = new Set(
  `had has have having was were is are be been being did does do 'd ’d then again also still simply just once more
  repeatedly consistently clearly apparently completely totally basically really even never always yet allegedly
  somehow seemingly utterly entirely frankly honestly now already only actually obviously certainly
  effectively essentially subsequently previously recently originally initially later eventually so
  described seen regarded viewed considered branded labelled labeled called deemed judged widely generally`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns for how someone behaved or worked; a judgement of them is a judgement of their owner. */
const CONDUCT = new Set(
  'attitude attitudes behaviour behavior conduct performance response handling approach work communication effort planning management leadership record'.split(' '),
);

const PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'for', 'on', 'with', 'within']);

/** Words that end a clause when walking backwards (the subject lies after them). */
const CLAUSE_WORDS = new Set(
  `that because when after since and but so while although though if where which whereas before until unless
  said says stated noted felt argued claimed reported thought believed suggested explained agreed heard recorded`
    .split(/\s+/)
    .filter(Boolean),
);

export type Subject = 'self' | 'agent' | 'thing' | 'unknown';

interface Token {
  text: string;
  lower: string;
  start: number;
}

/** How far back a subject is looked for: enough for a long noun phrase, and keeps long lines linear. */
const WINDOW = 160;

function tokensBefore(sentence: string, index: number): Token[] {
  const offset = Math.max(0, index - WINDOW);
  const head = sentence.slice(offset, index);
  // A clause boundary (punctuation) cuts the subject search.
  const cut = Math.max(
    ...[';', ':', '—', '–', '(', '"', '“', ' - ', '!', '?'].map((p) => head.lastIndexOf(p)),
    headCommaCut(head),
  );
  const from = cut >= 0 ? cut + 1 : 0;
  const out: Token[] = [];
  for (const m of head.slice(from).matchAll(/[\p{L}\p{N}&][\p{L}\p{N}&'’-]*/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + from + m.index! });
  }
  // A window cut mid-word leaves a fragment: drop it.
  if (offset > 0 && out.length && out[0].start === offset && /[\p{L}\p{N}]/u.test(sentence[offset - 1])) out.shift();
  return out;
}

/** The last comma cuts the clause ("Frankly, the team …" keeps "the team"), unless nothing follows it yet. */
function headCommaCut(head: string): number {
  const i = head.lastIndexOf(',');
  if (i < 0) return -1;
  const after = head.slice(i + 1).trim();
  return after ? i : -1;
}

/** Classifies the head word of a subject; `phrase` is the subject phrase it ends (for multi-word organisation names). */
function classify(tok: Token, isFirst: boolean, names: { own: string[]; partners: string[] }, phrase: string): Subject {
  const w = tok.lower.replace(/['’]s$/, '');
  if (SELF.has(w)) return 'self';
  // "Nobody let anyone down" clears everyone; treat it like an owned statement (never blame).
  if (w === 'nobody' || w === 'none' || w === 'noone' || (w === 'one' && /\bno one$/.test(phrase))) return 'self';
  if (names.own.some((n) => phrase.includes(n))) return 'self';
  if (names.partners.some((n) => phrase.includes(n))) return 'agent';
  const singular = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (AGENT_NOUNS.has(w) || AGENT_NOUNS.has(singular)) return 'agent';
  if (/^[A-Z][A-Z&]{1,5}s?$/.test(tok.text)) return THING_ACRONYMS.has(tok.text.replace(/s$/, '')) ? 'thing' : 'agent';
  if (/^\p{Lu}/u.test(tok.text)) return isFirst ? 'unknown' : 'agent';
  return 'thing';
}

/**
 * Finds the subject of the verb that starts at `index`: walks back over auxiliaries and adverbs to the head noun,
 * steps over "of/at …" phrases ("the head of maths" → head), and says whether it names the writer's side,
 * a person or organisation, a thing, or nothing that can be told.
 */
export function subjectBefore(sentence: string, index: number, ctx?: Pick<RuleContext, 'organisations' | 'partners'>): Subject {
  return findSubject(sentence, index, ctx).kind;
}

/** Tags that name a person or an organisation in compromise's parse. */
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific', 'Organization'];

/** Software that compromise knows as a first name or surname ("Lorenzo" is a hospital record system, "Jenkins" a build server). */
const NAMED_THINGS = new Set('lorenzo jenkins travis alexa hugo julia pascal ada athena jasper'.split(' '));

/**
 * Like subjectBefore, but a capitalised subject the word lists cannot place ("Patel forgot to …" at the start of a
 * sentence, where a capital says nothing) is looked up in the sentence's compromise parse: a known name or organisation
 * is an agent. Anything else stays unknown: to the parser an unknown surname and a product name look the same.
 */
export function subjectWithParse(ctx: RuleContext, index: number): Subject {
  const found = findSubject(ctx.sentence, index, ctx);
  if (found.kind !== 'unknown' || !found.head || !/^\p{Lu}/u.test(found.head.text) || NAMED_THINGS.has(found.head.lower)) return found.kind;
  const at = found.head.start;
  const terms = (ctx.doc().json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>).flatMap((s) => s.terms);
  const term = terms.find((t) => t.offset.start === at);
  return term && term.tags.some((t) => PERSON_TAGS.includes(t)) ? 'agent' : 'unknown';
}

function findSubject(sentence: string, index: number, ctx?: Pick<RuleContext, 'organisations' | 'partners'>): { kind: Subject; head?: Token } {
  const toks = tokensBefore(sentence, index);
  let i = toks.length - 1;
  while (i >= 0 && (SKIP.has(toks[i].lower) || /ly$/.test(toks[i].lower))) i--;
  if (i < 0) return { kind: 'unknown' };
  if (CLAUSE_WORDS.has(toks[i].lower) && toks[i].lower !== 'who') return { kind: 'unknown' };
  const names = { own: [...(ctx?.organisations ?? [])], partners: [...(ctx?.partners ?? [])] };
  let head = i;
  for (let hop = 0; hop < 2; hop++) {
    let j = head;
    while (j > 0 && /^\p{Lu}/u.test(toks[j - 1].text) && !CLAUSE_WORDS.has(toks[j - 1].lower)) j--;
    if (j >= 2 && PREPOSITIONS.has(toks[j - 1].lower)) head = j - 2;
    else break;
  }
  // "the provider's attitude", "their handling": conduct belongs to whoever owns it.
  if (CONDUCT.has(toks[head].lower) && head > 0) {
    const owner = toks[head - 1];
    if (/['’]s?$/.test(owner.text) || /^(?:their|his|her|its)$/.test(owner.lower)) head = head - 1;
  }
  // Any own-side word in the subject phrase ("our team", "my colleagues") makes it ours.
  let k = head;
  while (k > 0 && !CLAUSE_WORDS.has(toks[k - 1].lower) && head - k < 4) k--;
  for (let m = k; m <= head; m++) if (SELF.has(toks[m].lower)) return { kind: 'self' };
  const phrase = toks
    .slice(k, head + 1)
    .map((t) => t.lower)
    .join(' ');
  const isFirst = head === 0 && (toks[0].start === 0 || (toks[0].start < 40 && /^[\s\-*•>#\d.)]*$/.test(sentence.slice(0, toks[0].start))));
  return { kind: classify(toks[head], isFirst, names, phrase), head: toks[head] };
}

/** True when a negation sits in the few words before `index` ("not careless", "nobody was at fault"). */
export function negatedBefore(lower: string, index: number, words = 4): boolean {
  const before = lower.slice(Math.max(0, index - 80), index).split(/\s+/).filter(Boolean).slice(-words).join(' ');
  return /\b(?:not|no|never|nobody|none|without|hardly|neither|nor)\b|n['’]t\b|\bno ?one\b/.test(before);
}

const OWNED = new RegExp(
  String.raw`\b(?:acknowledg\w*|admit\w*|accept\w*|recognis\w*|recogniz\w*|owned up|owning up|apologis\w*|apologiz\w*|conced\w*|` +
  String.raw`took responsibility|takes responsibility|taking responsibility)\b(?:(?!\bbut\b|\bhowever\b|\byet\b|\band that\b)[^.;:!?—–])*$`,
  '',
);

/** True when the words before `index` say the subject owns the lapse ("the team acknowledged it had failed to …"). */
export function ownedBefore(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 100), index);
  const m = OWNED.exec(before);
  if (!m) return false;
  // "would not apologise … and that South had been slow" owns nothing.
  if (/(?:\bnot|n['’]t|\bnever|\brefused to|\bwould not)\s+$/.test(before.slice(0, m.index))) return false;
  // The lapse must be the owner's own: "admitted that it had failed" (not "accepted that the council had failed").
  const rest = before.slice(m.index + m[0].match(/^\S+(?: up| responsibility)?/)![0].length);
  return /^\s+(?:that\s+)?(?:it|they|he|she|its|their|his|her|we|i|our|my)\b/.test(rest);
}

const STEERED = new RegExp(
  String.raw`\b(?:instead of|rather than|not to|without (?:blam|apportion|assign|singl|point|nam)\w*|no need to|avoid(?:ing|` +
  String.raw`ed)?|stop(?:ping)?|resist(?:ing|ed)?|move away from|moving away from|less about|not about)\b[^.;:!?—–]*$`,
);

/** True when the words just before `index` steer away from blame ("instead of asking who dropped the ball"). */
export function steeredBefore(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 70), index);
  return STEERED.test(before);
}

/** A regex frame: where it matches and the subject test passes, a hit (or its named group `hit`). */
export interface Frame {
  re: RegExp;
  /** Who must be the subject of the verb (at the named group `verb`, or the match start). */
  subject?: 'agent' | 'not-self' | 'not-thing' | 'any';
  messageId?: string;
  /** Skip the hit when a negation comes just before it. */
  negatable?: boolean;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A literal space in a pattern (outside [...]) matches any run of whitespace, so hard-wrapped lines still match. */
function spacesAsWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (c === ' ' && !inClass) {
      // " ?" and " *" stay optional; " +" and a bare space need at least one whitespace character.
      const q = source[i + 1];
      if (q === '?' || q === '*') {
        out += '\\s*';
        i++;
      } else {
        out += '\\s+';
        if (q === '+') i++;
      }
    }
    else out += c;
  }
  return out;
}

/** The global twin of a regex, compiled once (Unicode property classes are costly to compile per sentence). */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(spacesAsWhitespace(re.source), re.flags.includes('g') ? re.flags : re.flags + 'g');
    GLOBAL.set(re, g);
  }
  return g;
}

/** A trigger whose spaces match any whitespace (a sentence hard-wrapped across lines keeps its newline). */
export function spaced(re: RegExp): RegExp {
  return new RegExp(spacesAsWhitespace(re.source), re.flags);
}

export function runFrames(ctx: RuleContext, frames: readonly Frame[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const plain = ctx.sentence;
  for (const f of frames) {
    const re = globalOf(f.re);
    if (!mayMatch(re, plain)) continue;
    for (const m of plain.matchAll(re)) {
      const hitText = m.groups?.hit ?? m[0];
      const start = m.index! + (m.groups?.hit !== undefined ? m[0].indexOf(hitText) : 0);
      const verb = m.groups?.verb ?? m.groups?.verb2;
      const verbAt = verb !== undefined ? m.index! + m[0].indexOf(verb) : m.index!;
      if (f.negatable && negatedBefore(ctx.lower, start)) continue;
      if (ownedBefore(ctx.lower, start) || steeredBefore(ctx.lower, start)) continue;
      const want = f.subject ?? 'any';
      if (want !== 'any') {
        const s = subjectWithParse(ctx, verbAt);
        if (s === 'self') continue;
        if (want === 'agent' && s !== 'agent') continue;
        if (want === 'not-thing' && s === 'thing') continue;
      }
      hits.push({ start, end: start + hitText.length, messageId: f.messageId });
    }
  }
  return hits;
}

/** True when a short noun phrase ("the admin team", "Quayside", "the ICB") names a person, team or organisation. */
export function isAgentPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}&-]/gu, ''));
  if (lower.some((w) => SELF.has(w))) return false;
  const last = { text: words[words.length - 1].replace(/[^\p{L}&'’-]/gu, ''), lower: lower[lower.length - 1], start: 0 };
  if (classify(last, false, { own: [], partners: [] }, lower.join(' ')) === 'agent') return true;
  return words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w)) && !lower.some((w) => /^(?:system|software|server|portal|platform|app|tool|outage|shortage|upgrade)s?$/.test(w));
}
