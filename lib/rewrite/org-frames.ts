// Organisation-centric frames beyond the phrase swaps of org-centric.ts: whole clauses that gatekeep, keep assets,
// put one body's figures first, push others away or close a decision, rewritten to shared ownership and the people served.
import { clauseEnd, finalStop } from './clause.ts';
import { infinitive, isPlural } from './grammar.ts';
import { clauseSubject, npAfter } from './phrases.ts';
import { quotedSpans } from './quotes.ts';
import type { Finding, Rewrite } from './types.ts';

export type Strategy = (f: Finding) => Rewrite | null;

/** The first match of `re` that overlaps the flagged words. */
export function search(re: RegExp, f: Finding): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const m of f.sentence.matchAll(g)) {
    const a = m.index!;
    if (a < f.end && f.start < a + m[0].length) return m as RegExpExecArray;
  }
  return null;
}

const NOUN_CLASS: [RegExp, string][] = [
  [/budgets?|allocations?|money|funding|income|savings|finances?|resources|reserves|pot|surplus|contracts?|position|underspend|balance|grant|deficit|backfill|costs?|pays?|fund/i, 'how costs and savings are shared'],
  [/staff|nurses|workforce|people|teams?|clinicians|therapists|carers|doctors|GPs|engineers|candidates|posts|OTs|counsellors?|volunteers/i, 'how staff are shared'],
  [/credit|name|brand|logo|reputation|profile|badge|image|lead partner|lead provider/i, 'how credit is shared'],
  [/targets?|performance|numbers|figures|KPIs?|metrics|ratings?|position|statistics|stats|league tables?/i, 'which outcomes for local people matter most'],
  [/beds?|capacity|slots|services?|patch|turf|list|patients|residents|clients/i, 'how capacity is used for the people we all serve'],
];

/** What partners agree together about, read from the nouns in a phrase (money → costs and savings, staff, credit…). */
export function classOf(noun: string): string {
  for (const [re, what] of NOUN_CLASS) if (re.test(noun)) return what;
  return 'how costs, staff and credit are shared';
}

/** Heads of noun phrases that name people served rather than an organisation or a thing. */
const PEOPLE_HEAD = /\b(?:patients|residents|people|clients|tenants|families|service users|users|children|carers|pupils|members|students|parents|households)\b/i;

// The head noun decides ("the carers' fund" is one fund): the last word, read alone.
const are = (np: string) => (isPlural(np.trim().split(/\s+/).pop() ?? np) || /\b(?:staff|people|personnel|OTs|GPs)$/i.test(np) ? 'are' : 'is');

/** True when the clause goes on to give a quoted reason ("because 'we earned that money'", ", citing '…'"): a rewrite would contradict it. */
function quotedReasonAfter(f: Finding, end: number): boolean {
  return /^[^;.!?|]*?\b(?:because|as|since|citing|given|so)\b[^;.!?|]*?['"‘“]/i.test(f.sentence.slice(end));
}

/** "our share of the winter money" → "the winter money"; "its own discharge team" → "the discharge team". */
function theThing(np: string): string {
  let s = np.trim().replace(/^(?:our|its|their|his|her|my|your|any|all|the) (?:own )?/i, '');
  s = s.replace(/^(?:share|part|portion|slice) of (?:the |our |its |their )?/i, '');
  return /^(?:the|a|an)\b/i.test(s) || /^[A-Z]{2}/.test(s) ? s : `the ${s}`;
}

/** The form of "agree" that stands where `verb` stood (kept → agreed, keeping → agreeing, keeps → agrees). */
function agreeLike(verb: string): string {
  const v = verb.toLowerCase().split(' ')[0];
  const out = /ing$/.test(v) ? 'agreeing' : /^(?:kept|held|hung|hoarded|protected|guarded|ring-?fenced)$/.test(v) || /ed$/.test(v) ? 'agreed' : /[^s]s$/.test(v) ? 'agrees' : 'agree';
  return /^[A-Z]/.test(verb) ? out[0].toUpperCase() + out.slice(1) : out;
}

/** "other practices can fend for themselves", "neighbouring PCNs can sort their own" → planning together with them. */
const othersFend: Strategy = (f) => {
  const m = search(/\b(?<aux>can|could|will have to|['’]ll have to|will need to|need to|needs to|must|should|have to|has to|would have to|are free to|is free to)\s(?:just\s)?(?:go and\s)?(?:fend for (?:themselves|itself)|look elsewhere|go elsewhere|find (?:their|its) own\b(?:\s(?<n1>[\w-]+))?|make (?:their|its) own arrangements|(?<v>sort(?: out)?|fund|recruit|staff|pay for|work out|organise|arrange|source|provide|write|run) (?:their|its) own\b(?:\s(?<n2>[\w-]+(?:\s[\w-]+)?))?)(?=[,;.!?|]|$|\s[–—-]\s|\s(?:and|but|so)\s)/i, f);
  if (!m) return null;
  const subj = clauseSubject(f.sentence, m.index!);
  if (!subj) return null;
  const who = f.sentence.slice(subj.start, subj.end);
  if (/^(?:they|it|he|she|we|you|I|them)$/i.test(who) || /^(?:and|so|but)\b/i.test(who)) return null;
  const end = m.index! + m[0].length;
  const noun = m.groups!.n2 ?? m.groups!.n1;
  const lowerWho = /^(?:The|Other|Any|Neighbouring)\b/.test(who) && subj.start > 0 ? who[0].toLowerCase() + who.slice(1) : who;
  if (PEOPLE_HEAD.test(who)) return { title: 'Plan together for the people served', start: subj.start, end, replacement: `partners will plan together for ${lowerWho}` };
  if (noun && m.groups!.v && !/^(?:and|but|or|so|from|for|with)$/i.test(noun)) {
    return { title: 'Do it together', start: subj.start, end, replacement: `partners will ${m.groups!.v.toLowerCase()} the ${noun} together with ${lowerWho}` };
  }
  return { title: 'Plan together with partners', start: subj.start, end, replacement: `partners will plan together with ${lowerWho}` };
};

/** "is for our school", "are for its own calls and won't be made available to …" → "for the people we all serve". */
const forOurOwn: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were|will be|would be|should be|must be|stays?|remains?) (?:strictly |only |solely |purely )?for (?:(?:our|its|their|the [\w-]+['’]s) (?:own )?(?:[\w’'-]+ ){0,2}?[\w’'-]+(?: (?:only|first|alone))?|[A-Z][\w-]+ (?:residents|patients|pupils|families|tenants|members) only)(?:,? (?:regardless of|whatever) [^,;.!?|]+)?(?:,? (?:and )?not (?:for )?[^,;.!?|]+?(?=[,;.!?|]|$))?(?: and (?:shouldn['’]t|should not|won['’]t|will not|mustn['’]t|must not|can['’]t|cannot|isn['’]t|is not|aren['’]t|are not) be [^,;.!?|]+)?(?=[,;.!?|]|$|\s[–—-]\s| because | as )/i, f);
  if (!m || quotedReasonAfter(f, m.index! + m[0].length)) return null;
  return { title: 'Name the people served', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} for the people we all serve` };
};

/** "their figures mattered more than the system's plan", "must take precedence over" → "the people we all serve come first". */
const mattersMore: Strategy = (f) => {
  const m = search(/\b(?:our|its|their|the [\w’'-]+(?: [\w’'-]+)?['’]s) (?:own )?(?:[\w’'%-]+ ){0,4}?[\w’'%-]+ (?<v>matters|matter|mattered|must matter|will matter|must take|should take|takes|take|took|has to take|have to take|had to take|will take) (?:more than|precedence over|priority over) [^,;.!?|]+?(?=[,;.!?|]|$|\s[–—-]\s)/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const out = /^matters?$/.test(v) ? 'matter most' : v === 'mattered' ? 'mattered most' : /matter$/.test(v) ? `${v.split(' ')[0]} matter most` : v === 'took' || v === 'had to take' ? (v === 'took' ? 'came first' : 'had to come first') : /^(?:takes|take)$/.test(v) ? 'come first' : `${v.split(' ').slice(0, -1).join(' ')} come first`;
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `the people we all serve ${out}` };
};

/** "Our priority has to be our own practice list before any network work" → "… the people we all serve". */
const priorityIs: Strategy = (f) => {
  const m = search(/\b(?<lead>(?:our|its|their|the [\w’'-]+['’]s) (?:top |main |first |only |overriding )?priority (?:has to be|is|was|must be|will be|had to be|remains)) (?!the people\b|to\b)[^,;.!?|]+?(?=[,;.!?|]|$|\s[–—-]\s)/i, f);
  if (!m) return null;
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.lead} the people we all serve` };
};

/** "our league table position comes first" (long subjects) → "the people we all serve come first". */
const longComesFirst: Strategy = (f) => {
  const m = search(/\b(?:our|its|their|the [\w-]+['’]s) (?:own )?(?:[\w’'%-]+ ){1,4}(?<verb>comes|come|came|has to come|had to come|must come|should come|needs to come) first\b/i, f);
  if (!m) return null;
  const v = m.groups!.verb.toLowerCase();
  const plural = v === 'comes' ? 'come' : v === 'has to come' ? 'have to come' : v === 'needs to come' ? 'need to come' : v;
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `the people we all serve ${plural} first` };
};

/** "keeping our share of the winter money to ourselves", "hold back our winter money until …", "keep X away from the joint fund". */
const keepBack: Strategy = (f) => {
  const m = search(/\b(?<v>keep|keeps|kept|keeping|hold back|holds back|held back|holding back|hang on to|hangs on to|hung on to|hanging on to|hoard|hoards|hoarded|hoarding)\s(?<obj>(?:the |our |its |their |any |all )?(?:[\w’'-]+ ){0,4}?[\w’'-]+?)\s(?<tail>to (?:ourselves|themselves|itself|myself|yourselves)|in-house|in house|away from [^,;.!?|]+|back(?= until| from|[,;.!?|]|$)|until [^,;.!?|]+|(?:within|in) (?:the|our|its) (?:trust|practice|department|council|organisation|team|service|school|charity|hospice|PCN|ICB|borough|authority|federation)\b|(?:for|within) (?!the people\b)(?:[\w-]+ ){0,2}[\w-]+ (?:priorities|needs|use|schools|practices|residents|patients)(?:,? (?:and )?not (?:hand|give|share|lend|pass|pool)[^,;.!?|]+)?)(?:,? (?:rather than|instead of) [^,;.!?|]+)?(?: this time| from now on)?(?: and (?:don['’]t|do not|never) (?:tell|advertise (?:it|them) to|mention (?:it|them) to) [^,;.!?|]+|; (?:the (?:system|partners|others|network|partnership)|nobody else|no one else) (?:doesn['’]t|don['’]t|does not|do not|needs? not) (?:need to )?know)?(?=[,;.!?|]|$|\s[–—-]\s|\s(?:and|but|so|before|while|regardless|whatever)\b)/i, f);
  if (!m) return null;
  // "should be kept back for …": a passive keeps no subject to agree anything (keptPassive words it).
  if (/^(?:kept|held)\b/i.test(m[0]) && /\b(?:be|been|being|is|are|was|were)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  const obj = m.groups!.obj;
  if (/^(?:it|them|this|that|quiet|going|up|on|track|in|an eye)$/i.test(obj) || /^(?:quiet|track|tabs|an eye)\b/i.test(obj)) return null;
  const thing = theThing(obj);
  // "agreed to keep …" → "agreed to share … with partners", not "agreed to agree".
  if (/\bagree(?:d|s|ing)? to\s+$/i.test(f.sentence.slice(0, m.index!))) return { title: 'Share it with partners', start: m.index!, end: m.index! + m[0].length, replacement: `share ${thing} with partners` };
  return { title: 'Agree together how it is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${agreeLike(m.groups!.v)} with partners how ${thing} ${are(thing)} shared` };
};

/** "be kept for our practice and not shared across the PCN", "will be held in the council's reserves until …" → used as partners agree. */
const keptPassive: Strategy = (f) => {
  const m = search(/\b(?<aux>(?:must|should|will|would|can|could|to) be|be|is|are|was|were) (?:(?:returned|handed back|given back) to (?:the [\w-]+['’]s|our|its|their) (?:own )?(?:bottom line|reserves?|pot|budget|coffers|ledger|accounts?)|(?:kept|held|ring-?fenced|spent|reserved) (?:(?:back )?(?:for|within|in|to|on) (?:(?:our|its|their|the [\w-]+['’]s) (?:own )?(?:[\w’'-]+ ){0,2}?[\w’'-]+|(?:[\w’'-]+ ){0,2}[\w’'-]+ only)|back))(?: (?:this|next) (?:year|winter|month|quarter))?(?:(?: and|,)? not (?:be )?(?:shared|spent|pooled|used|handed|given|released)[^,;.!?|]*| until [^,;.!?|]+|,? (?:rather than|instead of) [^,;.!?|]+| and not on [^,;.!?|]+)?(?: (?:in case|before) [^,;.!?|]+)?(?:,? (?:regardless of|whatever|irrespective of) [^,;.!?|]+)?(?=[,;.!?|]|$|\s[–—-]\s)/i, f);
  if (!m) return null;
  if (quotedReasonAfter(f, m.index! + m[0].length)) return null;
  const aux = m.groups!.aux.toLowerCase();
  const be = /^(?:is|are|was|were)$/.test(aux) ? `${/^(?:was|were)$/.test(aux) ? 'would' : 'will'} be` : aux;
  return { title: 'Agree together how it is used', start: m.index!, end: m.index! + m[0].length, replacement: `${be} used as the partners agree together` };
};

/** "won't be pooled with English", "mustn't be used for …" (contracted forms) → used as the partners agree together. */
const wontBePooled: Strategy = (f) => {
  const m = search(/\b(?<aux>won['’]t|can['’]t|mustn['’]t|shouldn['’]t|wouldn['’]t|couldn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t) be (?:pooled|used|spent|raided|shared|touched|diverted|released|lent|redistributed|diluted)(?=[\s,;.!?|]|$)[^,;.!?|'‘"“]*?(?=[,;.!?|]|$| because | as )/i, f);
  if (!m) return null;
  if (quotedReasonAfter(f, m.index! + m[0].length)) return null;
  const past = /^(?:wouldn|couldn|wasn|weren)/i.test(m.groups!.aux);
  return { title: 'Agree together how it is used', start: m.index!, end: m.index! + m[0].length, replacement: `${past ? 'would' : 'will'} be used as the partners agree together` };
};

/** "is for the ICB to worry about", "was not for primary care to pick up the hospital's discharges" → for partners together. */
const forThemToDo: Strategy = (f) => {
  const m = search(/\b(?<be>is|was|are|were|['’]s) (?:not )?(?:really |entirely |simply )?(?:one |a matter |a job |something )?for (?!partners\b|all\b|everyone\b|us all\b)(?:the )?(?:[\w’'-]+ ){0,3}?[\w’'-]+ to (?<verb>worry about|untangle|sort out|sort|fix|deal with|pick up|handle|solve|fund|manage|chase|own|resolve|answer for|pay for|explain)\b/i, f);
  if (!m) return null;
  let end = m.index! + m[0].length;
  const verb = m.groups!.verb.toLowerCase();
  const v = verb === 'worry about' ? 'work on' : verb === 'sort' ? 'sort out' : verb === 'chase' ? 'follow up' : verb;
  const obj = npAfter(f.sentence, end + 1);
  let tail = ' together';
  if (obj && obj.start === end + 1) {
    // The object runs to the end of the clause ("the hospital's failed discharges"), then "together".
    const objEnd = clauseEnd(f.sentence, obj.end);
    const text = f.sentence.slice(obj.start, objEnd);
    if (/^(?:us|them)\b/i.test(text) || /\b(?:and|but|because|as|so|which|who)\b/i.test(text)) return null;
    end = objEnd;
    tail = ` ${text} together`;
  }
  const be = m.groups!.be;
  return { title: 'Agree who works on it together', start: m.index!, end, replacement: `${be} for partners to ${v}${tail}` };
};

/** "sits with community services, not us", "sit in the web squad's backlog" → "a shared responsibility". */
const sitsWith: Strategy = (f) => {
  const m = search(/\b(?<v>belongs|belong|belonged|sits|sit|sat|rests|rest|rested|lies|lie|lay)(?: very)? (?:squarely |firmly |entirely |solely |wholly )?(?:(?:with|to) (?!all\b|every|us all\b|partners\b)(?:the )?(?:[\w’'-]+ ){0,3}?[\w’'-]+|in (?:the )?[\w’'-]+(?: [\w’'-]+)?['’]s (?:backlog|queue|court|remit|lane|patch|budget|inbox))(?:,? not (?:with )?(?:the [\w-]+|ours|theirs|us|them))?(?=,| and | but |[;.!?|]|$)/i, f);
  if (!m) return null;
  // "will not pick them up, as they sit in X's backlog": naming them shared would contradict the refusal before it.
  if (/\b(?:as|because|since)\s+(?:they|it|these|those)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  const v = m.groups!.v.toLowerCase();
  const be = /ed$|^sat$|^lay$/.test(v) ? (/^(?:they|these|those)\b/i.test(f.sentence.slice(Math.max(0, m.index! - 8), m.index!).trim().split(' ').pop() ?? '') ? 'were' : 'was') : /s$/.test(v) ? 'is' : 'are';
  return { title: 'Name it as a shared responsibility', start: m.index!, end: m.index! + m[0].length, replacement: `${be} a shared responsibility` };
};

/** "The hospital should deal with its own discharges and leave us out of it" → "should work with partners on its discharges". */
const dealWithOwn: Strategy = (f) => {
  const m = search(/\b(?<aux>can|could|should|must|will have to|['’]ll have to|need to|needs to|has to|have to|let (?<who>the [\w’'-]+(?: [\w’'-]+){0,2}|them|him|her))\s(?:just\s)?(?:deal with|sort out|sort|worry about|handle|fix|manage|look after|clean up|tidy up|cope with|solve) (?<poss>its|their|his|her) own (?<obj>[\w’'-]+(?: [\w’'-]+){0,3}?)(?: and leave us out of it)?(?=[,;.!?|]|$|\s[–—-]\s|\s(?:and|but|so)\s)/i, f);
  if (!m) return null;
  const obj = /^(?:mess|mistakes?|muddle|shambles|problems)$/i.test(m.groups!.obj) ? 'the problems' : `${m.groups!.poss} ${m.groups!.obj}`;
  if (m.groups!.who) {
    const who = m.groups!.who;
    const cap = /^L/.test(m[0]) ? 'Partners' : 'partners';
    return { title: 'Work on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${cap} will work with ${who} on ${obj}` };
  }
  return { title: 'Work on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux} work with partners on ${obj}` };
};

/** "declined to share its bed state", "would stop sharing its volunteer list" → "agreed to share", "would keep sharing". */
const declinedToShare: Strategy = (f) => {
  let m = search(/\b(?<v>declined|declines|decline|refused|refuses|refuse|refusing|declining) to (?<verb>share|release|lend|pool|open|hand over|disclose|publish)\b/i, f);
  if (m && quotedReasonAfter(f, m.index! + m[0].length)) return null;
  if (m) {
    const v = m.groups!.v.toLowerCase();
    const agree = /ed$/.test(v) ? 'agreed' : /ing$/.test(v) ? 'agreeing' : /s$/.test(v) ? 'agrees' : 'agree';
    return { title: 'Share it with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${agree} to ${m.groups!.verb.toLowerCase()}` };
  }
  m = search(/\b(?<v>stop|stops|stopped|stopping) (?<verb>sharing|lending|pooling|releasing|publishing)\b/i, f);
  if (m) {
    const v = m.groups!.v.toLowerCase();
    const keep = v === 'stopped' ? 'kept' : v === 'stopping' ? 'keeping' : v === 'stops' ? 'keeps' : 'keep';
    return { title: 'Keep sharing with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${keep} ${m.groups!.verb.toLowerCase()}` };
  }
  // "agreed not to share the volunteer database with …, to keep our supporters ours" → "agreed to share …".
  m = search(/\b(?<v>agreed|agree|agrees|decided|decide|chose|choose|voted) not to (?<verb>share|release|lend|pool|open)\b(?<mid>[^,;.!?|]*?)(?<tail>,? (?:to|so as to|in order to) keep [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (m) return { title: 'Share it with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.v} to ${m.groups!.verb}${m.groups!.mid}` };
  return null;
};

/** "would not sign up to the compact, as its own brand was stronger" → "would sign up to the compact and agree with partners how credit is shared". */
const wontJoinBecause: Strategy = (f) => {
  const m = search(/\b(?<aux>would|will|could|can)(?: not|n['’]t)(?: be)? (?<verb>take part in|taking part in|join|joining|sign up to|signing up to|contribute to|contributing to|put its name to|putting its name to|put their name to|putting their name to|back|backing|support|supporting|commit to|committing to) (?<obj>(?:the |a |an |any )[^,;.!?|]+?),? (?:in case|because|as|since|until|unless) (?<why>[^;.!?|]+)/i, f);
  if (!m) return null;
  // "as 'we paid for her'": a quoted reason is kept as said, so no rewrite drops it.
  if (/['"‘“]/.test(m.groups!.why)) return null;
  const verb = m.groups!.verb.replace(/^(\w+)ing\b/, (w) => infinitive(w));
  const aux = m.groups!.aux.toLowerCase();
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  return { title: 'Take part and agree together how it is shared', start: m.index!, end, replacement: `${aux} ${verb} ${m.groups!.obj} and agree with partners ${classOf(m.groups!.why)}` };
};

/** "Hospices aren't a dumping ground for the acute trust" → "Hospices are working with the acute trust for the people we all serve". */
const notADumpingGround: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were)(?:n['’]t| not) (?:just )?(?:a |an )?(?:dumping ground|taxi service|overflow car park|overflow|safety net|free service|bottomless pit|cash cow|doormat|sticking plaster|convenience) for (?<who>(?:the |our |their )?[\w’'-]+(?: [\w’'-]+){0,3}?)(?=[,;.!?|]|$|\s[–—-]\s)/i, f);
  if (!m) return null;
  if (/\b(?:problems?|issues?|mistakes?|mess|failures?|overflow)$/i.test(m.groups!.who)) return null;
  const subj = clauseSubject(f.sentence, m.index!);
  if (!subj || /^(?:it|this|that)$/i.test(f.sentence.slice(subj.start, subj.end))) return null;
  const be = m.groups!.be.toLowerCase();
  return { title: 'Name the partnership', start: m.index!, end: m.index! + m[0].length, replacement: `${be} working with ${m.groups!.who} for the people we all serve` };
};

/** "make sure the credit for the pilot goes to our organisation", "so that the council gets the credit, not the VCSE partners". */
const creditGoes: Strategy = (f) => {
  let m = search(/\b(?<c>(?:the )?credit(?: for (?:the |our |this )?[\w -]+?)?) (?<v>goes|go|went|will go|should go|must go|has to go|is going) to (?:our|its|their|the [\w-]+(?:['’]s)?|us|them)(?: own)?(?: [\w-]+){0,2}?(?=[,;.!?|]|$| and | rather | not )(?:,? (?:and )?not [^,;.!?|]+)?/i, f);
  if (m) {
    const v = m.groups!.v.toLowerCase();
    const be = v === 'went' ? 'was' : /^(?:will|should|must)/.test(v) ? `${v.split(' ')[0]} be` : v === 'has to go' ? 'has to be' : 'is';
    return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.c} ${be} shared across the partnership` };
  }
  m = search(/\bso (?:that )?(?:the [\w -]+?|we|they|it|[\w-]+) (?:gets?|takes?|claims?|receives?|can claim|can take) (?:the |all the |all of the )?credit(?: for [^,;.!?|]+?)?(?:,? (?:and )?(?:not|rather than) (?<other>(?:the |our |any )?[^,;.!?|]+))?(?=[,;.!?|]|$)/i, f);
  if (m) {
    const other = m.groups!.other;
    return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: other ? `so that credit is shared with ${other}` : 'so that credit is shared across the partnership' };
  }
  return null;
};

/** "its logo appear larger than the ICB's", "the charity's logo must be bigger than the council's" → every partner's logo, side by side. */
const logoAbove: Strategy = (f) => {
  const m = search(/\b(?:the [\w’'-]+(?: [\w’'-]+)?['’]s|our|its|their) (?<n>logo|name|branding|badge)s? (?<aux>(?:must |should |has to |had to |will |would |to |can )?)(?<v>appear|appears|be|is|are|was|sit|sits|go|goes|come|comes|lead|leads|feature|features)(?: (?:much |slightly |far |a lot )?(?:larger|bigger|more prominently|above|first|ahead of|before|on top of|over))(?: than| of)? (?:everyone else['’]s|every other|all the others|the others|the rest|the [\w’'-]+(?: [\w’'-]+)?['’]s?|others['’]?|any other partner['’]s)(?: [\w-]+)?(?=[,;.!?|]|$| on | in | at )/i, f);
  if (!m || quotedReasonAfter(f, m.index! + m[0].length)) return null;
  const v = m.groups!.v.toLowerCase();
  const aux = m.groups!.aux;
  const verb = /^(?:be|is|are|was)$/.test(v) ? (aux ? 'be' : v === 'was' ? 'were' : 'are') : aux ? v.replace(/s$/, '') : v.replace(/s$/, '');
  const how = /^(?:be|is|are|was|were)$/.test(verb) ? 'the same size' : 'side by side';
  return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `every partner’s ${m.groups!.n} ${aux}${verb} ${how}` };
};

/** "badged as a council initiative, not a partnership one", "branded as PCN clinics so the ICB knows who delivered them". */
const badgedAsOurs: Strategy = (f) => {
  const m = search(/\b(?<v>badged|branded|billed|presented|announced|launched|badge|brand) as (?:an? |the )?(?!partnership\b|joint\b|shared\b)(?<org>[\w’'-]+(?: [\w’'-]+)?) (?<n>initiative|scheme|project|service|programme|clinics?|work|campaign|events?|achievement|success|win|result)(?:,? not (?:a |an |the )?(?:[\w-]+ )?(?:partnership|joint|shared|system|ICS|one)(?: [\w-]+)?)?(?:,? so (?:that )?(?:the )?[\w -]+? knows? who (?:delivered|did|ran|paid for|funded) (?:them|it|the work))?(?=[,;.!?|]|$| before | for | and )/i, f);
  if (!m) return null;
  const n = m.groups!.n;
  const art = isPlural(n) || /s$/.test(n) ? '' : 'a ';
  return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.v} as ${art}partnership ${n}` };
};

/** "is conditional on the federation being named as lead" → "will be agreed with partners against shared criteria". */
const conditionalOn: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were|will be|would be)(?: entirely| wholly| strictly)? (?:conditional|contingent|dependent) (?:on|upon) [^;|.!?]+/i, f);
  if (!m) return null;
  const be = /^(?:was|were|would be)$/i.test(m.groups!.be) ? 'would be' : 'will be';
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  return { title: 'Agree the criteria with partners', start: m.index!, end, replacement: `${be} agreed with partners against shared criteria` };
};

/** "If it doesn't help our rating, the board won't back it" → "The board will decide with partners, against agreed criteria, whether to back it". */
const ifNotInterested: Strategy = (f) => {
  const m = /^(?<lead>\s*(?:[-*•]\s+)?)(?:If|Unless) [^,;.!?|]+, (?<subj>we|the [\w’' -]+?|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)(?:\s|(?=['’]))(?:(?<neg>won['’]t|will not|wouldn['’]t|would not|aren['’]t|are not|isn['’]t|is not|['’]re not|can['’]t|cannot|don['’]t|do not) (?:be )?(?<act>interested|back it|support it|back the [\w -]+|support the [\w -]+|join|take part|sign up|sign it|go ahead|bother)|['’](?:re|s) not (?<act2>interested))(?=[.!?]|$)/.exec(f.sentence);
  if (!m || m.index + m[0].length <= f.start || f.end <= m.index) return null;
  const subj = m.groups!.subj;
  const act = (m.groups!.act ?? m.groups!.act2 ?? '').toLowerCase();
  const would = /^(?:wouldn|would)/i.test(m.groups!.neg ?? '') ? 'would' : 'will';
  const what = act === 'interested' || act === 'bother' ? 'whether to take part' : act === 'join' || act === 'take part' || act === 'sign up' || act === 'go ahead' ? `whether to ${act}` : `whether to ${act}`;
  const Subj = subj[0].toUpperCase() + subj.slice(1);
  const start = m.groups!.lead.length;
  return { title: 'Decide with partners against agreed criteria', start, end: m.index + m[0].length, replacement: `${Subj} ${would} decide with partners, against agreed criteria, ${what}` };
};

/** "We're only joining if the partnership pays for our backfill" → "We're joining and will agree with partners how costs and savings are shared". */
const onlyJoiningIf: Strategy = (f) => {
  const m = search(/\b(?<be>['’]re|['’]m|['’]s|are|am|is|was|were) only (?<act>[a-z]+ing(?: part(?: in)?| (?:in|up|on|to))?)(?<obj> (?:the |this |it\b)[^,;.!?|]*?)?,? (?:if|once|when|provided|as long as|so long as|on condition that|until) (?<clause>[^;|.!?]+)/i, f);
  if (!m) return null;
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  const lead = /^['’]/.test(m.groups!.be) ? '' : ' ';
  void lead;
  return { title: 'Take part and agree together how it is shared', start: m.index!, end, replacement: `${m.groups!.be} ${m.groups!.act}${m.groups!.obj ?? ''} and will agree with partners ${classOf(m.groups!.clause)}` };
};

/** "We're not putting any more money in until the council pays its share" → "We will agree with partners how costs and savings are shared". */
const notPayingUntil: Strategy = (f) => {
  const m = search(/(?<aux>['’]re not|['’]m not|are not|aren['’]t|will not|won['’]t|would not|wouldn['’]t|is not|isn['’]t|['’]s not) (?:be )?(?:putting|put|paying|pay|contributing|contribute|committing|commit|releasing|release)(?: any)?(?: more)? (?:money|funding|cash|staff|resources|anything|a penny)(?: in| into [^,;.!?|]+?)? until (?:the [\w -]+?|they|[\w-]+) (?:pays?|puts?|commits?|has committed|have committed|matches?) (?:its|their|his|her) (?:share|bit|part|money)(?: first)?/i, f);
  if (!m) return null;
  const aux = m.groups!.aux.toLowerCase();
  const would = /^would/.test(aux) ? 'would' : 'will';
  const lead = /^['’]/.test(aux) ? ' ' : '';
  // "We're not" → "We will": the contraction's apostrophe goes with it.
  return { title: 'Agree together how it is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${lead}${would} agree with partners how costs and savings are shared` };
};

/** "Their patients keep turning up at our walk-in centre" → "Patients we all serve keep turning up at the walk-in centre". */
const theirsAtOurs: Strategy = (f) => {
  const m = /^(?<lead>\s*(?:[-*•]\s+)?)(?:Their|Its) (?<n>(?:[\w-]+ )?[\w-]+) (?<rest>(?:keep|are|were|have been|had been|kept) [a-z]+ing (?:up )?(?:at |into |onto |on )?)(?:our|my) (?<m>[\w -]+?)(?=[,;.!?|]|$| and )/.exec(f.sentence);
  if (!m || m.index + m[0].length <= f.start) return null;
  const start = m.groups!.lead.length;
  const n = m.groups!.n;
  const N = n[0].toUpperCase() + n.slice(1);
  if (PEOPLE_HEAD.test(n)) return { title: 'Name them as people you share', start, end: m.index + m[0].length, replacement: `${N} we all serve ${m.groups!.rest}the ${m.groups!.m}` };
  const be = isPlural(n) ? 'are' : 'is';
  return { title: 'Name it as a shared pressure', start, end: m.index + m[0].length, replacement: `${N} ${be} a shared pressure on the ${m.groups!.m}` };
};

/** "their budget, their problem", "Not our circus, not our monkeys" → "a shared concern for the people we all serve". */
const pairedFragments: Strategy = (f) => {
  const m = search(/(?<![\w’'])(?:not )?(?:our|their|its|your|[\w-]+['’]s) [\w-]+(?: [\w-]+)?(?:,\s(?:not )?(?:our|their|its|your) [\w-]+(?: [\w-]+)?)*,\s(?:and\s)?(?:not )?(?:our|their|its|your) (?:problem|incident|concern|mess|headache|lookout|monkeys|issue|fault|business|worry)(?=[.;!?|]|$|\s[–—-]\s)/i, f);
  if (!m) return null;
  // Only where the pair stands as a clause of its own (sentence start, or after a semicolon or dash).
  const before = f.sentence.slice(0, m.index!);
  if (!/(?:^\s*(?:[-*•]\s+)?|[;:]\s*|\s[–—-]\s)$/.test(before)) return null;
  return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: 'a shared concern for the people we all serve' };
};

/** "Out of scope for us —", "Not one for us —" at the head of a clause → "A shared concern —". */
const outOfScopeHead: Strategy = (f) => {
  const m = search(/(?<![\w’'])(?:out of scope for us|outside our remit|not (?:one )?for us|not our (?:patch|remit|problem|concern|business|department))(?=\s[–—-]\s|\s*;)/i, f);
  if (!m) return null;
  const before = f.sentence.slice(0, m.index!);
  if (!/(?:^\s*(?:[-*•]\s+)?|[;:?]\s*)$/.test(before)) return null;
  return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: 'a shared concern for the people we all serve' };
};

/** "the matter is closed", "my decision stands", "the senior team has the final say" → open to every view, decided with partners. */
const decisionClosed: Strategy = (f) => {
  // A rank before it ("As the accountable officer, …", ", as medical director, …") goes with it.
  const RANK = String.raw`(?:(?<comma>,\s)?\b(?:[Aa]s|[Bb]eing) (?:the |a |an |our )?[\w -]{2,40}?,\s)?`;
  let m = search(new RegExp(String.raw`${RANK}(?<who>[Tt]he [\w -]+?|[A-Z][\w]+(?: [A-Z][\w]+)*|consultants|executives|GPs|clinicians|doctors) (?<v>has|have|had) the (?:final|last) (?:say|word)\b(?: and (?:the|this) (?:matter|item|decision) (?:is|was) (?:closed|final|settled))?`), f);
  if (m) {
    const v = m.groups!.v.toLowerCase();
    const lead = m.groups!.comma ? ' ' : '';
    return { title: 'Decide with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${lead}${m.groups!.who} ${v === 'had' ? 'decided' : 'will decide'} with partners` };
  }
  m = search(new RegExp(String.raw`${RANK}(?:(?:I['’]ve|I have|we['’]ve|we have) heard enough(?:,)? and )?\b(?:(?:my|our|the|this) )(?:decision|matter|item|issue|question) (?:(?<be>is|was|stands|stood|is now) (?:closed|final|made|settled)|(?<v2>stands|stood))\b(?:,? and there (?:is|was) nothing (?:more|further) to (?:discuss|say))?`, 'i'), f);
  if (m) {
    // "Mr X confirmed the decision stood": a report of the decision, not a rank closing it.
    if (/\b(?:confirmed|noted|reported|said|explained|recorded)\s+$/i.test(f.sentence.slice(0, m.index!)) && !m.groups!.comma) return null;
    const past = /^(?:was|stood)$/i.test(m.groups!.be ?? m.groups!.v2 ?? '');
    const noun = /\b(?:matter|item|issue|question)\b/i.exec(m[0])?.[0].toLowerCase() ?? 'decision';
    const lead = m.groups!.comma ? ' ' : '';
    return { title: 'Keep the discussion open', start: m.index!, end: m.index! + m[0].length, replacement: `${lead}the ${noun} ${past ? 'remained' : 'remains'} open to views from everyone affected` };
  }
  // "this was a decision for executives and not for the VCSE representatives" → "… for executives and the VCSE representatives together".
  m = search(/\ba decision for (?<a>(?:the )?[\w -]+?),? (?:and )?not (?:for )?(?<b>(?:the )?[\w -]+?)(?=[,;.!?|]|$| around | at | in )/i, f);
  if (m) return { title: 'Decide with partners', start: m.index!, end: m.index! + m[0].length, replacement: `a decision for ${m.groups!.a} and ${m.groups!.b} to make together` };
  return null;
};

/** "link workers should just follow instructions", "are employed to follow instructions", "are not there to question" → their views shape it. */
const followInstructions: Strategy = (f) => {
  let m = search(/\b(?<be>are|is|were|was) (?:employed|paid|here|there) to (?:just )?(?:follow|take) (?:instructions|orders)\b|\b(?<aux>should|must|need to|needs to|can) (?:just |simply )?(?:(?:follow|take) (?:instructions|orders)|do as they are told|do what they are told)\b/i, f);
  if (m) {
    const be = m.groups!.be;
    const tense = be ? (/^(?:was|were)$/i.test(be) ? 'were' : 'are') : null;
    return { title: 'Welcome every view', start: m.index!, end: m.index! + m[0].length, replacement: tense ? `${tense} there to shape the work with their views` : `${m.groups!.aux} shape the work with their views` };
  }
  m = search(/\b(?<be>are|is|were|was)(?: not|n['’]t) (?:there|here|employed|paid) to (?<v>question|challenge|second-guess|argue with)\b/i, f);
  if (m) return { title: 'Welcome every view', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be.toLowerCase()} welcome to ${m.groups!.v === 'second-guess' ? 'question' : m.groups!.v}` };
  return null;
};

/** "As the senior partner, I'm closing this item without further debate" → "Before closing this item, I will hear every view". */
const closingItem: Strategy = (f) => {
  let m = search(/\b(?:(?:as|being) (?:the |a |an |our )?[\w -]{2,40}?,? )?(?<subj>I|we)(?:['’]m| am|['’]re| are| will be|['’]ll be) (?:closing|ending|wrapping up) (?<obj>this (?:item|discussion|debate|conversation)|the (?:item|discussion|debate|conversation))(?: (?:without|with no) (?:further |more )?(?:debate|discussion|questions))?/i, f);
  if (m) {
    const lead = /^(?:as|being)\b/i.test(m[0]) && /^[A-Z]/.test(m[0]) ? 'Before' : 'before';
    return { title: 'Hear every view first', start: m.index!, end: m.index! + m[0].length, replacement: `${lead} closing ${m.groups!.obj}, ${m.groups!.subj} will hear every view` };
  }
  m = search(/\b(?:(?:as|being) (?:the |a |an |our )?[\w -]{2,40}?,? )?(?<subj>I|we)(?:['’]m| am|['’]re| are)(?: not|n['’]t) (?:reopening|revisiting|reopening) (?<obj>the [\w -]+?|this|it)(?=[,;.!?|]|$| with )/i, f);
  if (m) {
    const subj = m.groups!.subj === 'I' ? 'I' : /^[A-Z]/.test(m[0]) ? 'We' : 'we';
    return { title: 'Keep the discussion open', start: m.index!, end: m.index! + m[0].length, replacement: `${subj} will reopen ${m.groups!.obj}` };
  }
  return null;
};

/** "keep quiet about its spare stock until …" → "tell partners about its spare stock". */
const keepQuiet: Strategy = (f) => {
  const m = search(/\b(?<v>keep|keeps|kept|keeping) (?:quiet|silent|schtum|mum) (?:about|on) (?<obj>(?:the |its |our |their |any )?[^,;.!?|]+?)(?: until [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const tell = v === 'kept' ? 'told' : v === 'keeping' ? 'telling' : v === 'keeps' ? 'tells' : 'tell';
  return { title: 'Tell partners', start: m.index!, end: m.index! + m[0].length, replacement: `${tell} partners about ${m.groups!.obj}` };
};

/** "before the other PCNs hear about it", "the system doesn't need to know", "don't tell the others" → open with partners. */
const keptFromPartners: Strategy = (f) => {
  let m = search(/\b(?:before|until) (?<who>the other [\w -]+?|partners|the others|the partners|anyone else|the [\w-]+ partners) (?:hear|hears|find out|finds out|know|knows|get wind) (?:about|of) (?:it|this|them)\b/i, f);
  if (m) return { title: 'Share it openly with partners', start: m.index!, end: m.index! + m[0].length, replacement: `and share it openly with ${m.groups!.who}` };
  m = search(/\b(?<who>the (?:system|partners|others|network|partnership|rest of the system)) (?:doesn['’]t|don['’]t|does not|do not|needs? not) (?:need to )?know\b/i, f);
  if (m) return { title: 'Keep partners informed', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.who} will be kept informed` };
  m = search(/\b(?:don['’]t|do not|never) (?<v>tell|advertise (?:it|them) to|mention (?:it|them) to|let on to) (?<who>the [\w -]+?|anyone|others)(?=[,;.!?|]|$)/i, f);
  if (m) {
    const v = m.groups!.v.toLowerCase() === 'let on to' ? 'tell' : m.groups!.v.toLowerCase();
    const who = /^(?:anyone|others)$/i.test(m.groups!.who) ? 'partners' : m.groups!.who;
    return { title: 'Share it openly with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${v} ${who}` };
  }
  return null;
};

/** "will open to community groups only after our own fixtures are booked" → "on a timetable agreed with partners". */
const onlyAfterOurOwn: Strategy = (f) => {
  const m = search(/,? (?<only>only )?(?:after|once|until) (?<clause>(?:our|its|their) own [^,;.!?|]+)/i, f);
  if (!m) return null;
  // Without "only" it must be a clause of its own ("after our own caseload is cleared"), not a phrasal verb's object
  // ("look after its own patients"), and it must not follow a refusal ("would not contribute … until …").
  if (!m.groups!.only && !/^(?:our|its|their) own (?:[\w’'-]+ ){1,3}(?:is|are|was|were|has|have|had)\b/i.test(m.groups!.clause)) return null;
  if (/\b(?:not|n['’]t|never)\b[^,;.!?|]*$/i.test(f.sentence.slice(0, m.index!))) return null;
  const money = classOf(m.groups!.clause) === 'how costs and savings are shared';
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  return { title: 'Agree the timing with partners', start: m.index!, end, replacement: money ? ' and agree with partners how costs and savings are shared' : ' on a timetable agreed with partners' };
};

/** "our care coordinators won't be covering for them" → "will agree with partners how cover is shared". */
const notCoveringFor: Strategy = (f) => {
  const m = search(/\b(?<aux>would|will|wo|should|can|could)(?:n['’]t| not) (?:be )?(?:covering|cover) for (?:them|him|her|the [\w -]+?)(?: any (?:longer|more)| again)?(?=[,;.!?|]|$)/i, f);
  if (!m) return null;
  const aux = m.groups!.aux.toLowerCase();
  const pos = aux === 'wo' ? 'will' : aux;
  return { title: 'Agree together how cover is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${pos} agree with partners how cover is shared` };
};

/** "If the LA wants our OTs, they can pay for them" → "Partners will agree together how the OTs are shared". */
const ifTheyWantOurs: Strategy = (f) => {
  const m = /^(?<lead>\s*(?:[-*•]\s+)?)If (?:the [\w -]+?|they|[A-Z][\w-]*(?: [A-Z][\w-]*)*) wants? (?:our|its|their|any of our) (?:own )?(?<n>[\w’' -]+?), (?:they|it|he|she|the [\w -]+?) (?:can|will have to|must|should|need to|needs to) (?:pay|fund|find|recruit|provide|bring)[^;|.!?]*(?=[.!?]|$)/.exec(f.sentence);
  if (!m || m.index + m[0].length <= f.start || f.end <= m.index) return null;
  const n = `the ${m.groups!.n}`;
  return { title: 'Agree together how it is shared', start: m.groups!.lead.length, end: m.index + m[0].length, replacement: `Partners will agree together how ${n} ${are(n)} shared` };
};

/** "are ours and …", "aren't ours to redeploy" → shared across the partnership, for partners to redeploy together. */
const oursAlone: Strategy = (f) => {
  let m = search(/\b(?<be>is|are|was|were)(?:n['’]t| not) (?:ours|theirs|mine) to (?<v>[a-z]+)\b/i, f);
  if (m) return { title: 'Agree who works on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be.replace(/n['’]t$/, '')} for partners to ${m.groups!.v} together` };
  m = search(/\b(?<be>is|are|was|were) (?:all )?(?:ours|theirs|mine)(?: alone| only)?(?=[;.!?|]|$|, but\b)/i, f);
  if (m) return { title: 'Share it across the partnership', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} shared across the partnership` };
  return null;
};

/** "Why should our district nurses cover the other PCN's housebound list?" → "How can partners share … fairly?" */
const whyShouldWe: Strategy = (f) => {
  const m = /^(?<lead>\s*(?:[-*•]\s+)?)Why should (?:our|we|the) (?<x>[\w’' -]+?) (?<v>cover|mop up after|pick up|pay for|subsidi[sz]e|prop up|bail out|take on|absorb|clean up after) (?<y>[^?]+)\?\s*$/.exec(f.sentence);
  if (!m || m.index + m[0].length <= f.start) return null;
  const start = m.groups!.lead.length;
  const end = f.sentence.length - (/\s*$/.exec(f.sentence)?.[0].length ?? 0);
  const v = m.groups!.v.toLowerCase();
  if (/after|bail|prop|subsid/.test(v)) return { title: 'Ask how to work on it together', start, end, replacement: `How can the ${m.groups!.x} and ${m.groups!.y} work on this together?` };
  return { title: 'Ask how to share it fairly', start, end, replacement: `How can partners share ${theThing(m.groups!.y)} fairly?` };
};

/** "should not be drawn into the trust's bed problems", "should not be picking up work …" → work with partners on it. */
const notDrawnIn: Strategy = (f) => {
  let m = search(/\b(?<aux>should|must|will|would|can)(?: not|n['’]t) be (?:drawn|dragged|pulled) into (?<y>[^,;.!?|]+)/i, f);
  if (m) return { title: 'Work on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux.toLowerCase()} work with partners on ${m.groups!.y}` };
  m = search(/\b(?<aux>should|must|will|would)(?: not|n['’]t) (?:be )?(?:picking|pick) up (?<obj>work|the work|cases|patients)\b[^,;.!?|]*/i, f);
  if (m) return { title: 'Agree together how it is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux.toLowerCase()} agree with partners how the ${m.groups!.obj.replace(/^the /i, '')} ${are(m.groups!.obj)} shared` };
  m = search(/\b(?<aux>should|must|will|would)(?: not|n['’]t) spend (?:a penny|a pound|a single penny|any|anything|a cent) (?:more )?of (?:its|our|their|his|her) (?:own )?(?:money|budget|funds|reserves|cash)[^,;.!?|]*/i, f);
  if (m) return { title: 'Agree together how it is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux.toLowerCase()} agree with partners how costs and savings are shared` };
  return null;
};

/** "costs to be recharged to health in full, regardless of the joint agreement" → "shared as the partners agree together". */
const rechargedTo: Strategy = (f) => {
  const m = search(/\b(?<aux>(?:should|to|will|would|must|can) be|be) (?:fully |wholly |all )?(?:recharged|charged back|billed|passed on) to (?:the )?[^,;.!?|'"‘“]+?(?: in full)?(?:,? (?:regardless of|whatever|irrespective of) [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (!m || quotedReasonAfter(f, m.index! + m[0].length)) return null;
  return { title: 'Agree together how costs are shared', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux} shared as the partners agree together` };
};

/** "will not be met from the ASC budget" → "will be funded as the partners agree together". */
const notFromOurBudget: Strategy = (f) => {
  const m = search(/\b(?<aux>will|would|should|must|can)(?: not|n['’]t) be (?:met|paid for|paid|funded|covered) (?:from|by|out of) (?:the [\w-]+ |our |its |their )(?:budget|pot|funds?|reserves?|allocation)\b/i, f);
  if (!m) return null;
  return { title: 'Agree together how it is funded', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux.toLowerCase()} be funded as the partners agree together` };
};

/** "be careful not to let the VCSE sector claim credit for X", "careful the carers' centre doesn't take the credit for our work". */
const creditClaimed: Strategy = (f) => {
  let m = search(/\bbe careful not to let (?<who>[^,;.!?|]+?) (?:claim|take|get) (?:the |any )?credit for (?:our |its |their |the )?(?<x>[^,;.!?|]+)/i, f);
  if (!m) m = search(/\bbe careful (?:that )?(?<who>the [\w’' -]+?) (?:doesn['’]t|does not|don['’]t|do not) (?:take|claim|get) (?:the |any )?credit for (?:our |its |their |the )?(?<x>[^,;.!?|]+)/i, f);
  if (!m) return null;
  const x = `the ${m.groups!.x}`;
  return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `make sure credit for ${x} is shared with ${m.groups!.who}` };
};

/** "the falls data stays internal so the league table doesn't hurt us" → "is shared with partners". */
const staysInternal: Strategy = (f) => {
  const m = search(/\b(?<v>stays|stay|stayed|remains|remain|remained|is kept|are kept|will stay|will remain|must stay|should stay) (?:strictly |firmly )?(?:internal|in-house|in house|confidential|private|under wraps|behind closed doors)(?: so [^,;.!?|]+| until [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const be = /^(?:will|must|should) /.test(v) ? `${v.split(' ')[0]} be` : /^(?:stays|remains|is kept)$/.test(v) ? 'is' : /^(?:stay|remain|are kept)$/.test(v) ? 'are' : 'was';
  return { title: 'Share it with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${be} shared with partners` };
};

/** "only for patients on our member practices' lists", "from our own GPs, not the neighbouring PCN's" → across the partnership. */
const onlyOurList: Strategy = (f) => {
  let m = search(/,? (?:but )?only for (?<n>patients|people|residents|pupils|families|tenants) (?:on|in|from|registered (?:with|at)) (?:our|its|their) [^,;.!?|–—]+?(?=[,;.!?|]|$|\s[–—-]\s)/i, f);
  if (m) return { title: 'Name the people served', start: m.index!, end: m.index! + m[0].length, replacement: ` for the ${m.groups!.n} we all serve` };
  m = search(/(?<=\bfrom )(?:our|its|their) own (?<n>GPs|practices|members|schools|clinicians|teams|wards|services)(?![’'\w])(?:,? not (?:the |any )?[\w’' -]+?['’]s?(?=[,;.!?|]|$))?(?:,? (?:whatever|regardless of|irrespective of) [^,;.!?|]+)?/i, f);
  if (m) return { title: 'Share it across the partnership', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.n} across the partnership` };
  return null;
};

/** "Any saving should land in our bottom line first" → "should be shared as the partners agree together". */
const landsInOurs: Strategy = (f) => {
  const m = search(/\b(?<aux>should|will|would|must|to|can) (?:land|go|come back|return|sit) (?:in|to|into|on) (?:our|its|their|the [\w-]+['’]s|the [\w-]+) (?:own )?(?:bottom line|budget|reserves?|pot|books|ledger|accounts?)(?: first| alone| only)?(?=[,;.!?|]|$)/i, f);
  if (!m) return null;
  return { title: 'Agree together how it is shared', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.aux.toLowerCase()} be shared as the partners agree together` };
};

/** "we've got our own numbers to hit" → "we will agree with partners which outcomes for local people matter most". */
const ownNumbersToHit: Strategy = (f) => {
  const m = search(/\b(?<subj>we|they|I)(?:['’]ve| have)(?: got)? (?:our|their|my) own (?:[\w-]+ )?(?:numbers|targets|figures|KPIs|metrics|waits|list|patients) to (?:hit|meet|worry about|think about|deliver|look after)\b/i, f);
  if (!m) return null;
  const subj = m.groups!.subj;
  return { title: 'Agree together what matters most', start: m.index!, end: m.index! + m[0].length, replacement: `${subj} will agree with partners which outcomes for local people matter most` };
};

/** "stays badged as ours", "under our banner only - no ICS logo", "carry only its own logo", "the team's name, not the ICB's," → shared branding. */
const ourBanner: Strategy = (f) => {
  let m = search(/\b(?<v>stays|stay|is|are|be|remains|remain) (?:badged|branded|labelled|billed) as (?:ours|theirs|its own|our own)(?: alone| only)?(?:,? (?:whatever|regardless of) [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (m && !quotedReasonAfter(f, m.index! + m[0].length)) {
    const v = m.groups!.v.toLowerCase();
    const carry = v === 'be' ? 'carry' : /^(?:stays|is|remains)$/.test(v) ? 'carries' : 'carry';
    return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `${carry} shared branding` };
  }
  m = search(/\bunder (?:our|its|their) (?:own )?(?:banner|brand|name|logo|badge)(?: only| alone)?(?:\s[–—-]\s(?:and )?no [\w ]+? (?:logo|branding|badge|name)s?)?(?=[,;.!?|]|$)/i, f);
  if (m) return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: 'under shared branding' };
  m = search(/\b(?<v>carry|carries|carrying|show|shows|bear|bears|use|uses|feature|features) only (?:its|our|their|the [\w-]+['’]s|the [\w-]+) (?:own )?(?<n>logo|name|branding|badge)s?(?:,? with no mention of [^,;.!?|]+)?(?=[,;.!?|]|$)/i, f);
  if (m) return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.v} every partner’s ${m.groups!.n === 'branding' ? 'logo' : m.groups!.n}` };
  m = search(/\b(?:the [\w-]+(?: [\w-]+)?['’]s|our|its|their) (?:own )?(?<n>name|logo|branding|badge),? not (?:the |ours|theirs)[\w-]*(?:['’]s)?,(?= )/i, f);
  if (m) return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: `every partner’s ${m.groups!.n === 'branding' ? 'logo' : m.groups!.n}` };
  return null;
};

/** "that's above their pay grade", "end of story", "noted but not needed" → every voice counts. */
const voicesClosed: Strategy = (f) => {
  let m = search(/\b(?<be>that['’]s|it['’]s|that is|it is|is|are|was|were) (?:well |way |far )?above (?<who>their|his|her|your) pay grade\b/i, f);
  if (m) return { title: 'Welcome every view', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} a matter where ${m.groups!.who} views count` };
  m = search(/,\s*end of (?:story|discussion|conversation)\b/i, f);
  if (m && !/[|]/.test(f.sentence)) return { title: 'Welcome every view', start: m.index!, end: m.index! + m[0].length, replacement: '; partners’ views are welcome' };
  m = search(/\b(?<be>are|is|were|was) noted but (?:not needed|not required|irrelevant|beside the point)\b/i, f);
  if (m) {
    const past = /^(?:were|was)$/i.test(m.groups!.be);
    return { title: 'Welcome every view', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} noted and ${past ? 'would' : 'will'} shape the decision` };
  }
  return null;
};

/** "As the accountable officer I'll be making this call, so let's not reopen it" → "We will make this call with partners, so let's reopen it". */
const makingTheCall: Strategy = (f) => {
  const m = search(/\b(?:(?:As|as|Being|being) (?:the |a |an |our )?[\w -]{2,40}?,? )?(?:I|we)(?:['’]ll| will| am going to|['’]m going to) (?:be )?(?:making|make|taking|take) (?<obj>this|the|that) (?:call|decision)\b(?! with partners)/, f);
  if (m) {
    const cap = m.index! === 0 || /^\s*$/.test(f.sentence.slice(0, m.index!)) ? 'We' : 'we';
    return { title: 'Decide with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${cap} will make ${m.groups!.obj} ${/^(?:this|that)$/i.test(m.groups!.obj) ? 'call' : 'decision'} with partners` };
  }
  return null;
};

/** "let's not reopen it with the community teams" → "let's reopen it …". */
const letsNotReopen: Strategy = (f) => {
  const m = search(/\blet['’]s not (?<v>reopen|revisit|discuss|go back over)\b/i, f);
  return m ? { title: 'Keep the discussion open', start: m.index!, end: m.index! + m[0].length, replacement: `let’s ${m.groups!.v}` } : null;
};

/** "Let the ICB pick up the bill for the interpreter service — it isn't in our contract" → partners agree how it is funded. */
const letThemPay: Strategy = (f) => {
  const m = /^(?<lead>\s*(?:[-*•]\s+)?)Let (?<who>the [\w’' -]+?|them|[A-Z][\w-]+(?: [A-Z][\w-]+)*) (?<v>pick up the bill for|pay for|fund|foot the bill for|cover the cost of|deal with|sort out|handle|worry about|pick up) (?<obj>[^—–;,.!?|]+?)(?:\s*(?:[—–;]|\s-\s)\s*(?:it|this|that)(?: isn['’]t| is not|['’]s not) (?:in|part of|covered by) our (?:contract|remit|budget|job|brief))?(?=[.!?]?\s*$|\s*[—–;]|\s-\s)/.exec(f.sentence);
  if (!m || m.index + m[0].length <= f.start) return null;
  const start = m.groups!.lead.length;
  const obj = m.groups!.obj.trim();
  // "Let the hospice worry about its own staffing": dealWithOwn words the owner's own thing.
  if (/^(?:it|them|this|that)$/i.test(obj) || /^(?:its|their|his|her) own\b/i.test(obj)) return null;
  const pays = /bill|pay|fund|cost/i.test(m.groups!.v);
  return { title: pays ? 'Agree together how it is funded' : 'Work on it together', start, end: m.index + m[0].length, replacement: pays ? `Partners will agree together how ${obj} is funded` : `Partners will work with ${m.groups!.who} on ${obj}` };
};

/** "will recruit its own trusted assessors rather than accept any from the trust, to keep control" → "… together with partners". */
const ownRatherThan: Strategy = (f) => {
  const m = search(/\b(?<v>recruit|hire|run|build|employ|train|buy|commission|develop)(?<s>s|ed|ing)? (?:its|our|their) own (?<n>[\w’' -]+?) rather than (?:accept|use|share|take|join|pool|borrow)[^,;.!?|]*(?:,? (?:to|so as to|in order to) keep (?:control|it in-house|ownership)[^,;.!?|]*)?/i, f);
  if (!m) return null;
  return { title: 'Do it together with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.v}${m.groups!.s ?? ''} ${m.groups!.n} together with partners` };
};

/** "take these patients off our hands" → "work with partners on the care of these patients". */
const offOurHands: Strategy = (f) => {
  const m = search(/\btake (?<obj>(?:these|those|the|them|our|their) ?[^,;.!?|]*?) off (?:our|my|their) hands\b/i, f);
  if (!m) return null;
  const obj = m.groups!.obj.trim() || 'them';
  const people = PEOPLE_HEAD.test(obj) || /^them$/i.test(obj);
  return { title: 'Work on it together', start: m.index!, end: m.index! + m[0].length, replacement: people ? `work with partners on the care of ${obj}` : `work with partners on ${obj}` };
};

/** "will not be putting money towards it", "not in a position to share our data" → agree the costs, ready to share. */
const notPuttingMoney: Strategy = (f) => {
  let m = search(/\b(?<aux>will|would|wo|can|could|should)(?:n['’]t| not) (?:be )?(?:putting|put|contributing|contribute|paying|pay) (?:any )?(?:more )?(?:money|funding|a penny|cash|resources) (?:towards|into|to|for) (?:it|this|that|the [\w’' -]+?)(?=[,;.!?|]|$)/i, f);
  if (m) {
    const aux = m.groups!.aux.toLowerCase() === 'wo' ? 'will' : m.groups!.aux.toLowerCase();
    return { title: 'Agree together how costs are shared', start: m.index!, end: m.index! + m[0].length, replacement: `${aux} agree with partners how costs and savings are shared` };
  }
  m = search(/\b(?<be>are|is|am|['’]re|['’]m)(?: not|n['’]t) in a position to (?<v>share|release|lend|pool|publish|open up)\b/i, f);
  if (m) {
    const be = m.groups!.be;
    return { title: 'Share it with partners', start: m.index!, end: m.index! + m[0].length, replacement: `${/^['’]/.test(be) ? be : be.toLowerCase()} ready to ${m.groups!.v}` };
  }
  return null;
};

export const ORG_FRAMES: Strategy[] = [
  letThemPay,
  ownRatherThan,
  offOurHands,
  notPuttingMoney,
  landsInOurs,
  ownNumbersToHit,
  ourBanner,
  voicesClosed,
  makingTheCall,
  letsNotReopen,
  whyShouldWe,
  notDrawnIn,
  rechargedTo,
  notFromOurBudget,
  creditClaimed,
  staysInternal,
  onlyOurList,
  keepQuiet,
  keptFromPartners,
  onlyAfterOurOwn,
  notCoveringFor,
  ifTheyWantOurs,
  oursAlone,
  ifNotInterested,
  onlyJoiningIf,
  notPayingUntil,
  conditionalOn,
  wontJoinBecause,
  declinedToShare,
  creditGoes,
  logoAbove,
  badgedAsOurs,
  keptPassive,
  wontBePooled,
  keepBack,
  forOurOwn,
  mattersMore,
  priorityIs,
  longComesFirst,
  forThemToDo,
  sitsWith,
  dealWithOwn,
  othersFend,
  notADumpingGround,
  theirsAtOurs,
  pairedFragments,
  outOfScopeHead,
  decisionClosed,
  followInstructions,
  closingItem,
];

const SAID = /\b(?:said|says|stated|states|noted|notes|made clear|expressed the view|reiterated|insisted|argued|told [\w ]{1,30}?|regarded [\w ]{1,40}? as|described [\w ]{1,40}? as|put it)\b|^\s*(?:[-*•]\s+)?[A-Z][\w’'.()&-]*(?: [\w’'.()&-]+){0,4}:\s/;

/**
 * A quoted stance ("the PCN said the calls were 'a dental problem, not a GP one'") keeps its words as said: the
 * rewrite records it as reported and adds, outside the quote, how partners take it forward together.
 */
export function reportedStance(f: Finding): Rewrite | null {
  const spans = quotedSpans(f.sentence);
  // The tone model may flag a cue outside the quote ('homelessness … are "the NHS's mess to sort"'): the one quote it read counts.
  const q = spans.find((s) => s.start < f.end && f.start < s.end) ?? (/-tone$/.test(f.ruleId) && spans.length === 1 ? spans[0] : undefined);
  if (!q || /[|\n]/.test(f.sentence) || !SAID.test(f.sentence.slice(0, q.start))) return null;
  const stop = finalStop(f.sentence);
  // The sentence must end outside the quotation ("…'not our problem' and would not be offered places."), so the
  // follow-up can go before its final stop without touching the quoted words.
  const m = /[.!?]?\s*$/.exec(f.sentence)!;
  const at = m.index;
  if (quotedSpans(f.sentence).some((s) => s.end > at) || !stop && /['"’”]\s*$/.test(f.sentence)) return null;
  const quoted = f.sentence.slice(q.start, q.end);
  // Only money is read from the quoted words ("savings", "budget"); any other stance is a shared concern to work through.
  const money = /\b(?:budgets?|money|funding|income|savings|reserves|pot|costs?|pays?|paid|overspend|underspend)\b/i.test(quoted);
  const follow = money ? 'partners will agree together how costs and savings are shared' : 'partners will work through this together as a shared concern';
  return { title: 'Record the view as said and how partners take it forward', start: at, end: at, replacement: `; ${follow}`, reported: true };
}
