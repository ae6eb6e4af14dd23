// Cue evidence the tone model needs before it may speak: the words that carry the charge, which also form the span.
//
// The model reads a whole sentence and can be swayed by words that only set the scene ("council", "budget",
// "answer"). On real minutes that made it speak on ordinary prose, so each category must first show its own
// kind of evidence, found by the broad word classes below: a verdict (blame), an ownership or gate construction
// (org-centric), a count with a target or commitment (output-only). The finding's span is built from those words.

import { mayMatch } from '../engine/prefilter.ts';

export type CueCategory = 'blame' | 'org' | 'output';

export interface Cue {
  start: number;
  end: number;
  /** The cue words as written, shown in the card. */
  words: string;
}

const alt = (xs: readonly string[]) => xs.join('|');

// ── Blame: a verdict on people or their work ────────────────────────────────────────────────────────────────
/** Words that pass judgement on people or how they worked (adjectives, nouns and verbs of verdict). */
export const VERDICT_WORDS = [
  'careless(?:ly|ness)?', 'sloppy', 'sloppiness', 'lazy', 'laziness', 'incompeten(?:t|ce|tly)', 'useless', 'hopeless(?:ly)?',
  'negligen(?:t|ce|tly)', 'reckless(?:ly|ness)?', 'clueless', 'unprofessional(?:ly)?', 'unreliable', 'inept(?:itude)?',
  'shambolic', 'shambles', 'shoddy', 'slapdash', 'lax', 'complacen(?:t|cy)', 'disorganised', 'lacklustre', 'half-hearted(?:ly)?',
  'dismissive', 'obstructive', 'uncooperative', 'unhelpful', 'arrogan(?:t|ce)', 'rude(?:ly|ness)?', 'obstinate', 'stubborn(?:ly)?',
  'evasive', 'dishonest(?:y)?', 'untrustworthy', 'irresponsib(?:le|ly|ility)', 'inexcusab(?:le|ly)', 'unacceptab(?:le|ly)',
  'appalling(?:ly)?', 'disgrace(?:ful|fully)?', 'shameful(?:ly)?', 'pathetic', 'ridiculous', 'woeful(?:ly)?', 'abysmal(?:ly)?',
  'atrocious', 'dreadful(?:ly)?', 'terrible', 'awful', 'substandard', 'sub-par', 'below par', 'not fit for purpose',
  'out of (?:their|his|her) depth', 'asleep at the wheel', 'not pulling (?:their|his|her) weight', 'lack of (?:care|effort|grip|interest|urgency)',
  'blame[sd]?', 'blaming', 'to blame', '(?:their|his|her|its|the \\w+(?:\'s|s\')) fault', 'at fault', 'culprits?', 'scapegoat\\w*',
  'mess(?:ed)? (?:it |things |this )?up', 'made a mess', 'botch(?:ed|ing)?', 'bungl(?:ed|ing)', 'fumbled', 'screwed up', 'cocked up',
  'ignor(?:ed|ing) (?:the|our|my|all|every|repeated|warnings?|advice|emails?|requests?|calls?)', 'neglect(?:ed|ing)?', 'overlooked',
  'fail(?:ed|s|ing)? to', 'failure to', 'forg(?:ot|otten|ets|etting) to', 'forgot', 'let (?:us|them|the \\w+|patients|residents|people) down',
  'dropped the ball', 'sat on', 'drag(?:ged|ging) (?:their|his|her|its) feet', 'stonewall(?:ed|ing)?', 'dither(?:ed|ing)?',
  'keeps? (?:losing|forgetting|missing|ignoring)', 'always late', 'never (?:on time|answers?|replies|returns?|bothers?|listens?|reads?)',
  'still (?:hasn\'t|haven\'t|has not|have not)', 'yet again', 'as usual', 'typical of', 'human error', 'user error', 'operator error',
  'should(?:n\'t| not)? have(?: been)?', 'ought to have', 'could have (?:avoided|prevented|spotted|caught)',
  'underperform(?:ed|ing|ance|s)?', 'poor(?:ly)? (?:performance|performing|leadership|management|judgement|attitude|communication from)',
  'weak leadership', 'mismanag(?:ed|ement|ing)', 'mishandl(?:ed|ing)', 'misled', 'cover(?:ed)?-? ?up', 'reprimand(?:ed)?',
  'disciplinary', 'warning letter', 'hold (?:them|him|her|the \\w+) to account', 'held to account', 'naming and shaming', 'name and shame',
  'couldn\'t care less', 'could not care less', '(?:can\'t|cannot|couldn\'t|could not) be bothered', 'didn\'t bother', 'not bothered',
  'no excuse', 'excuses', 'refus(?:ed|es|ing) to (?:engage|help|listen|cooperate|co-operate|share|answer|attend)', 'won\'t engage',
  'bad at', 'no idea what (?:they|he|she)', 'rushed (?:it|this|through)',
  'treated (?:the|our|it|this) [\\w -]{0,30}as (?:a suggestion|optional|a joke)', 'doesn\'t listen', 'didn\'t listen', 'not listening',
  'without (?:bothering|checking with anyone)',
  'a law unto (?:themselves|himself|herself|itself)', '(?:no|any|lost) grip', 'amateurish', 'an embarrassment', 'a joke',
  // Culprit hunts, hindsight and sarcasm: the verdict without a verdict word.
  'whose (?:fault|head|watch|responsibility)', 'who on earth', 'who exactly', 'whoever', 'heads? (?:should |will |must )?roll',
  'answer for', '(?:held|hold \\w+) (?:personally )?(?:accountable|responsible)', 'singled out', 'at the feet of', 'squarely on',
  'weak link', 'thanks (?:a bunch|a lot|to whoever)', '(?:many|huge|big) thanks to (?:the|whoever)[^,.;]{0,40} for (?:losing|another|breaking|nothing)',
  'great job by', 'well done to', 'at least (?:the \\w+ )?(?:\\w+ )?(?:managed|remembered|bothered|turned up)', 'nowhere to be seen',
  'as ever', 'as per usual', 'once again', 'not for the first time', 'when will (?:they|he|she) learn', 'should be (?:embarrassed|ashamed)',
  'should not be allowed', 'black hole', 'go(?:es)? to die', 'car crash', 'fiasco', '(?:a|another|yet another|the) mess', 'disregard',
  'cavalier', 'hardly a (?:shock|surprise)', 'nobody was surprised', 'no surprise', 'given (?:who|which)', 'chose to ignore', 'given up',
  'badly (?:written|run|managed|handled|done)', 'gather dust', 'without (?:telling|asking|reading|checking)', 'at the worst possible',
  'if (?:the |a |our |their )?[\\w\' -]{1,30} had (?:done|listened|picked|bothered|checked|read|followed|answered|turned)',
  'had (?:the |a )?[\\w\' -]{1,30} (?:listened|bothered|checked|done (?:the|their|his|her) job)', 'done the job (?:she|he|they) (?:is|are) paid',
  'to blame', 'responsible for (?:this|the|that) (?:mess|failure|error|incident|delay|leak)', 'which (?:\\w+ )?(?:teacher|nurse|member|person|team|officer) is responsible',
  'the reason (?:the|this|that|we)', 'laid at', 'pinned on', 'down to (?:the|their|his|her) (?:poor|lack|failure|carelessness|incompetence)',
];

/** Owning a mistake is accountability, not blame: "we failed to …", "I forgot …". */
const SELF_SUBJECT = /\b(?:we|i|us|ourselves|myself)\b(?:\s+[\w'’-]+){0,3}\s*$/iu;

// ── Org-centric: ownership and gate constructions ────────────────────────────────────────────────────────────
/** What an organisation guards: its money, people, patients, figures, name and patch. */
export const GUARDED = [
  'budgets?', 'money', 'funding', 'funds?', 'income', 'underspend', 'reserves', 'pot', 'cash', 'staff', 'nurses', 'doctors', 'clinicians',
  'gps', 'workforce', 'team', 'people', 'patients', 'residents', 'clients', 'tenants', 'pupils', 'members', 'list', 'caseload',
  'capacity', 'beds', 'slots', 'hours', 'time', 'targets?', 'kpis?', 'performance', 'figures', 'numbers', 'stats', 'statistics',
  'reputation', 'brand', 'name', 'logo', 'badge', 'credit', 'turf', 'patch', 'remit', 'interests', 'priorities', 'contract',
  'data', 'services?', 'resources?', 'share', 'cut', 'slice', 'bottom line', 'income stream', 'tariff', 'activity',
];

const GUARD = alt(GUARDED);
export const ORG_CUES: RegExp[] = [
  // "our own patients", "protect our budget", "our staff are for our patients", "their figures, not ours"
  new RegExp(`\\b(?:our|my|its|their) own (?:[\\w-]+ )?(?:${GUARD})\\b`, 'iu'),
  new RegExp(`\\b(?:protect(?:s|ed|ing)?|guard(?:s|ed|ing)?|ring-?fenc(?:e|ed|ing)|hoard(?:s|ed|ing)?|hang(?:ing)? on to|keep(?:ing)? hold of|hold(?:ing)? on to)`
    + ` (?:our|my|its|their) (?:own )?(?:[\\w-]+ )?(?:${GUARD})\\b`, 'iu'),
  new RegExp(`\\b(?:our|my|its) (?:[\\w-]+ )?(?:${GUARD}) (?:come|comes|came|must come|has to come|have to come|should come) first\\b`, 'iu'),
  new RegExp(`\\b(?:our|my|its) (?:[\\w-]+ )?(?:${GUARD}) (?:is|are|were|was|stay|stays|remain|remains) (?:for|only for) (?:our|us|my|its)\\b(?: (?:own )?(?:${GUARD})\\b)?`, 'iu'),
  /\b(?:not|isn't|aren't|wasn't) (?:our|my|the \w+'s|their) (?:problem|remit|responsibility|job|issue|concern|business|headache|call|money|patients|priority)\b/iu,
  /\b(?:their|his|her|its) (?:problem|headache|lookout|mess|look-out),? not (?:ours|mine)\b/iu,
  /\bnot ours\b/iu,
  /\b(?:outside|beyond) (?:the |our |its |my )?(?:scope|remit)\b|\bout of (?:our |my )?(?:scope|remit)\b/iu,
  /\bone for (?:the )?[\w-]+(?: [\w-]+)? to (?:sort|fix|deal with|pick up|solve|worry about)\b/iu,
  /\bback of the queue\b/iu,
  /\bnot (?:for|one for) (?:the )?partners\b/iu,
  /\b(?:is|are|was) not a priority for (?:us|our|the \w+)\b|\bnot a priority\b/iu,
  /\b(?:only|just) (?:if|when|where) (?:it|they|there)(?:'s| is| are)? (?:[\w-]+ ){0,3}(?:money|income|funding|paid|pays?|funded|credit|our name|cost(?:s)? us nothing)\b/iu,
  /\b(?:provided|providing|as long as|so long as|on condition that) (?:it|they|this|that)(?:'s| is| are| does| do)? (?:not |n't )?(?:[\w'-]+ ){0,3}(?:cost|pay|paid|funded|money|budget|income|credit|name|badge)\w*\b/iu,
  /\bwhat's in it for (?:us|me|the \w+)\b|\bwhat do (?:we|i) get\b/iu,
  /\brecharg(?:e|ed|ing)\b|\bno goodwill\b|\bwon't (?:lend|share|give|release|loan) (?:our|any|them)\b/iu,
  /\b(?:us|ours?) (?:and|versus|vs\.?|v) (?:them|theirs)\b|\b(?:their|his|her) (?:patients|residents|clients|people|staff), not ours\b/iu,
  /\bwhy should (?:we|our|i)\b/iu,
  /\b(?:our|my) (?:call|decision|say)(?:,| and) not\b|\ba (?:board|trust|council|practice|icb) decision, not\b/iu,
  /\bas (?:the )?(?:senior|lead|most senior|consultant|medical director|director|chair|clinician)\b[^.;]{0,30}\b(?:decided|have decided|will decide|final)\b/iu,
];

/** Ownership and boundary words: whose thing it is. */
const OWN_TERMS = [
  'our', 'ours', 'ourselves', 'us', 'we\'re a', '(?<!on )(?:its|their) own', '\\w+\'s to', 'belongs? to', 'matter for',
  'headache', 'remit', 'patch', 'catchment', 'boundary', 'logo', 'brand(?:ing)?', 'credit', 'name',
  'league table', 'figures?', 'budget', 'money', 'funding', 'income', 'capacity', 'roadmap', 'supporters', 'donors',
  `[\\w-]+'s (?:${GUARD})`,
];
/** Refusal, priority and gate words: keeping it, passing it on, or setting terms. */
const GATE_TERMS = [
  'won\'t', 'will not', 'wouldn\'t', 'would not', 'shouldn\'t', 'should not', 'not', 'refus\\w+', 'only', 'provided', 'as long as', 'unless',
  'otherwise', '(?:comes?|came|go(?:es)?|put) first', 'first (?:call|dibs|refusal)', 'first(?=\\s*(?:[;,.:!]|$))', 'ahead of', 'rather than', 'instead of', 'keep', 'kept', 'keeping', 'stays? with', 'protect\\w*', 'dilut\\w+', 'poach\\w*',
  'bail(?:ing)? (?:them|\\w+) out', 'mop(?:ping)? up', 'clean(?:ing)? up after', 'cover(?:ing)? for', 'lift a finger', 'full stop', 'charged to',
  'precedent', 'must not', 'priority', 'for our', 'to ourselves', 'accountable officer', 'decision stood', 'ruled', 'not be (?:minuted|recorded)',
  'don\'t need to debate', 'draining', 'before (?:it|we|they) (?:signs?|agrees?|joins?|commits?)', 'bigger than', 'can find (?:its|their) own', 'can write (?:its|their) own', 'their (?:budget|problem|mess)',
];
const OWN_RE = new RegExp(`(?<![\\p{L}'’-])(?:${alt(OWN_TERMS)})(?![\\p{L}'’-])`, 'giu');
const GATE_RE = new RegExp(`(?<![\\p{L}'’-])(?:${alt(GATE_TERMS)})(?![\\p{L}'’-])`, 'giu');

// ── Output-only: a count or rate, and a target or commitment ─────────────────────────────────────────────────
const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'double', 'treble', 'triple', 'half', 'quarter',
];
/** A count, a rate or a volume: digits, a percentage, a number word, "the number of". */
export const COUNT = new RegExp(
  `(?:£\\s?)?\\b\\d[\\d,.]*\\s?%?|\\b(?:${alt(NUMBER_WORDS)})\\b|\\b(?:the )?(?:number|numbers|no\\.?|volume|count|rate|proportion|share) of\\b|\\bevery\\b`,
  'giu',
);
/** A target, a measure or a commitment to a figure. */
export const TARGET_CUE = new RegExp(
  '\\b(?:targets?|kpis?|quotas?|aims?|aiming|aimed|goals?|objectives?|ambitions?|commit\\w*|pledge\\w*|promis\\w*|expected|required|requirements?|'
    + 'must|will|shall|needs? to|has to|have to|at least|minimum|no fewer than|(?:per|a|each) (?:day|week|month|quarter|year|annum|session|shift|clinic|head)|'
    + 'measured|measures?|metrics?|success|headline|held to|judged|trajector\\w+|plan(?:ned|s)? (?:for|to)|by the end of|within|hope[sd]?|hoping|'
    + 'increase|grow|double|lift|boost|reach|hit)\\b',
  'giu',
);

const PUNCT_BREAK = /[;:()[\]—–"“”?!]|\s-\s/;

// Global twins compiled once; a pattern whose literals are absent is not searched (lib/engine/prefilter.ts).
const GLOBAL_TWINS = new WeakMap<RegExp, RegExp>();

function allMatches(re: RegExp, s: string): { start: number; end: number }[] {
  if (!mayMatch(re, s)) return [];
  let g = GLOBAL_TWINS.get(re);
  if (!g) GLOBAL_TWINS.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return [...s.matchAll(g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const VERDICT = new RegExp(`(?<![\\p{L}'’-])(?:${alt(VERDICT_WORDS)})(?![\\p{L}'’-])`, 'giu');

function blameCue(sentence: string): Cue | null {
  const norm = sentence.replace(/’/g, "'");
  for (const m of allMatches(VERDICT, norm)) {
    if (SELF_SUBJECT.test(norm.slice(Math.max(0, m.start - 40), m.start))) continue;
    return { start: m.start, end: m.end, words: sentence.slice(m.start, m.end) };
  }
  return null;
}

function orgCue(sentence: string): Cue | null {
  const norm = sentence.replace(/’/g, "'");
  let best: { start: number; end: number } | null = null;
  for (const re of ORG_CUES) {
    const m = mayMatch(re, norm) ? re.exec(norm) : null;
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  if (!best) best = nearestPair(norm, OWN_RE, GATE_RE, 50);
  return best && { ...best, words: sentence.slice(best.start, best.end) };
}

/** The shortest window holding a match of each pattern, within one clause and max characters. */
function nearestPair(s: string, a: RegExp, b: RegExp, max: number): { start: number; end: number } | null {
  const as = allMatches(a, s);
  const bs = allMatches(b, s);
  let best: { start: number; end: number } | null = null;
  for (const x of as) {
    for (const y of bs) {
      if (x.start < y.end && y.start < x.end) continue;
      const start = Math.min(x.start, y.start);
      const end = Math.max(x.end, y.end);
      if (end - start > max || PUNCT_BREAK.test(s.slice(start, end))) continue;
      if (!best || end - start < best.end - best.start) best = { start, end };
    }
  }
  return best;
}

/** A measure stated as what gets done: "measured on slots filled", "the metric is clinic slots booked". */
const MEASURE_CUE =
  /\b(?:measured|judged|assessed|rated|monitored|paid|rewarded) (?:on|by)(?: the)?(?: number of)? [\p{L}-]+(?: [\p{L}-]+)?|\b(?:metric|kpi|measure|success measure|headline figure)s? (?:is|are|will be|=|:) (?:the )?[\p{L}-]+(?: [\p{L}-]+)?/iu;

/** The nearest count and target cue in one clause; the span runs from one to the other (at most ~60 characters). */
function outputCue(sentence: string): Cue | null {
  const counts = allMatches(COUNT, sentence);
  const targets = allMatches(TARGET_CUE, sentence);
  let best: { start: number; end: number } | null = null;
  for (const c of counts) {
    for (const t of targets) {
      const start = Math.min(c.start, t.start);
      const end = Math.max(c.end, t.end);
      if (end - start > 60 || PUNCT_BREAK.test(sentence.slice(start, end))) continue;
      if (!best || end - start < best.end - best.start) best = { start, end };
    }
  }
  if (!best) {
    const m = mayMatch(MEASURE_CUE, sentence) ? MEASURE_CUE.exec(sentence) : null;
    return m && { start: m.index, end: m.index + m[0].length, words: m[0] };
  }
  // Carry the span to the end of the counted thing ("80% will be covered", "150 visits a week").
  const rest = /^(?:[\s,]*[\p{L}\d%'’-]+){0,3}/u.exec(sentence.slice(best.end))![0];
  const words = rest.split(/\s+/).filter(Boolean);
  let end = best.end;
  if (words.length && !/^(?:and|but|or|so|because|which|who|that|the|a|an|to|of|in|on|for|with|by|as)$/i.test(words[0])) {
    end = best.end + (/^[\s,]*[\p{L}\d%'’-]+/u.exec(sentence.slice(best.end))?.[0].length ?? 0);
  }
  return { start: best.start, end, words: sentence.slice(best.start, end) };
}

/** The cue for a category in a sentence, or null when the sentence shows no such evidence. */
export function findCue(sentence: string, category: CueCategory): Cue | null {
  // The scorer and the three tone rules ask about the same sentence in turn: remember its cues.
  if (sentence !== lastCues.sentence) lastCues = { sentence, found: {} };
  const found = lastCues.found;
  if (!(category in found)) found[category] = category === 'blame' ? blameCue(sentence) : category === 'org' ? orgCue(sentence) : outputCue(sentence);
  return found[category] ?? null;
}

let lastCues: { sentence: string; found: Partial<Record<CueCategory, Cue | null>> } = { sentence: '', found: {} };

/** The cue classes a sentence shows, as model features ("c:blame"): the model learns how much each class weighs. */
export function cueFeatureNames(sentence: string): string[] {
  return (['blame', 'org', 'output'] as const).filter((c) => findCue(sentence, c)).map((c) => `c:${c}`);
}
