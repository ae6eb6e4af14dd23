// Word lists and regex pieces shared by the output-only rules: counts, activity nouns, target frames, outcome cues.
import { mayMatch } from '../../engine/prefilter.ts';

/** A quantity as note-takers write it: 1,800 · 500 · 2.5k · six · a thousand · 85%. Lower-case, u-mode safe. */
export const NUM = (
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?) (?:hundred|` +
  String.raw`thousand|million)|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|` +
  String.raw`thirty|forty|fifty|sixty|seventy|eighty|ninety)`
);

/** Words that may sit in front of a count without changing what is counted. */
const LEAD = String.raw`(?:(?:at least|a minimum of|minimum of|up to|over|more than|an extra|a further|another|around|about|some|circa|c\.)\s+)?`;

/** A count, or a share of a count ("85% of"), not money. */
export const COUNT = String.raw`${LEAD}(?<!\b(?:the|these|those)\s)(?<![£$€\w.,/-])(?!(?:19|20)\d\d\b)${NUM}(?:\s?%(?:\s+of(?:\s+(?:the|all|our|their|its))?)?)?`;

/**
 * Things counted as activity or throughput (plural and singular). The list names units of work, not people:
 * "patients" and "residents" are counted only through a throughput participle ("patients seen").
 */
export const ACTIVITY = (
  String.raw`(?:appointments?|(?:health )?checks?|contacts?|(?:phone |telephone )?calls?|referrals?|tickets?|meetings?|sessions?|` +
  String.raw`visits?|scans?|leaflets?|flyers?|posters?|doors|stalls?|(?:care|support|ehcp?|ehc|personalised care|safety|discharge|` +
  String.raw`treatment|personal health) plans?|roadshows?|assemblies|webinars?|drop-?ins?|(?:web |page |website )?hits|tests|` +
  String.raw`swabs?|x-?rays?|endoscop(?:y|ies)|colonoscop(?:y|ies)|mammograms?|smears?|ops|beds?|jabs?|vaccinations?|vaccines?|` +
  String.raw`immunisations?|discharges?|follow-?ups?|procedures?|operations?|assessments?|reviews?|events?|workshops?|demos?|` +
  String.raw`features?|loans?|bookings?|attendances?|consultations?|clinics?|screenings?|inspections?|audits?|requests?|enquiries|` +
  String.raw`inquiries|applications?|interventions?|classes|courses?|footfall|bins?|collections?|deliveries|pull requests?|` +
  String.raw`tasks?|letters?|texts?|emails?|surveys?|claims?|placements?|treatments?|prescriptions?|hours of (?!(?:training|` +
  String.raw`cpd|learning|study|leave|sleep|development|supervision)\b)[\w-]+(?: [\w-]+)?|care hours|cases|episodes?|transactions?|` +
  String.raw`sign-?ups?|registrations?|downloads?|page views|interviews?|log-?ins|clicks|views|impressions|downloads|slots?|` +
  String.raw`huddles?|briefings?|ward rounds?|bugs|defects|repairs|activity|activities|throughput|outputs?|cases closed|patients seen)(?![\s-]+(?:cycles?|` +
  String.raw`rooms?|notes|minutes|papers|series|spaces?|times?|completion|responses?|response rate|results?|data|dates?|agendas?|` +
  String.raw`packs?|invites?|links?|requests?|types?|formats?|templates?|process(?:es)?|system|systems|tool|tools|platform|` +
  String.raw`pathways?)\b)`
);

/** Throughput participles: "calls answered", "tickets closed", "patients seen". */
export const PARTICIPLE = (
  String.raw`(?:delivered|completed|processed|answered|closed|resolved|held|made|booked|seen|treated|discharged|handled|cleared|` +
  String.raw`logged|recorded|carried out|conducted|undertaken|distributed|handed out|put up|put out|given out|sent out|knocked on|` +
  String.raw`printed|produced|hosted|downloaded|viewed|clicked|shared|borrowed|loaned|lent|swept|observed|emptied|inspected|` +
  String.raw`audited|marked|dispensed|prescribed|handed over|turned around|packed|issued|sent|shipped|run|done|performed|collected|` +
  String.raw`attended|returned|submitted|opened|raised|triaged|responded to|picked up|dispatched|served|administered|given|` +
  String.raw`offered|provided|taken|open|set|fitted|installed|signed up|signed|enrolled|registered|trained|funded|placed|published|` +
  String.raw`merged|fixed|approved|awarded|granted|repaired|visited|contacted|reviewed|assessed|screened|vaccinated|immunised|` +
  String.raw`checked)`
);

/** Verbs that, in a plan or commitment, turn a count of activity into the target itself. */
export const STRONG_VERB = (
  String.raw`(?:deliver|complete|process|clear|close|ship|hit|achieve|reach|carry out|conduct|undertake|perform|distribute|` +
  String.raw`hand out|give out|push through|churn out|crank out|knock out|rattle through|plough through|blitz)`
);

/** Verbs that describe ordinary work ("hold 12 workshops"): a target only with a target word, an action or a rate. */
export const WEAK_VERB = (
  String.raw`(?:handle|answer|hold|run|book in|book|see|make|do|provide|offer|issue|send|send out|raise|log|open|fit in|squeeze in|` +
  String.raw`fit|install|knock on|get through|work through|turn around|observe|mark|inspect|audit|review|visit|phone|ring|call|` +
  String.raw`contact|test|screen|dispense|sign up|enrol|enroll)`
);

export const THROUGHPUT_VERB = String.raw`(?:${STRONG_VERB}|${WEAK_VERB})`;

/** Non-past context before a verb: an instruction, plan or promise, not a report of what happened. */
export const DIRECTIVE = (
  String.raw`(?:(?:^|[:;(–—-]\s*|\baction:?\s+(?:\w+\s+){0,3}?)|\b(?:to|will|must|shall|should|would|'ll|’ll|can|and|or)|\b(?:(?:demand|` +
  String.raw`insist|requir|order|instruct|stipulat)\w{0,4}|(?:ask|request|recommend)(?:s|ed)?\s+that|propos(?:e|es|ed)\s+that)\s+(?:that\s+)?(?:we|` +
  String.raw`they|you|(?:the|our|their|each|every|all|both)\s+[\w&-]+(?:\s+[\w&-]+)?|[\w&-]+))`
);

/** Pressure words that make an ordinary verb of work a demand: "the ICB insisted we do 300 more". */
export const DEMAND = new RegExp(
  String.raw`\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|(?:told|instructed|ordered|pressed|pushed|under pressure|leaned on) (?:us |` +
  String.raw`them |the \w+ |\w+ )?to|(?:wants?|wanted|expects?|expected) (?:us|them|(?:the|every|each|all|our|their) [\w-]+(?: [\w-]+)?) to)\b`,
  '',
);

/** Obligation in the speaker's own words: a demand only when the count grows or has a deadline ("we need to do 300 more by June"). */
export const NEED = /\b(?:need|needs|have|has|got|had) to\b/;

/** Nouns and phrases that frame a number as a target, goal, commitment or measure of success. */
export const TARGET_FRAME = (
  String.raw`\b(?:(?:targets?|kpis?|okrs?)\b(?! (?:reports?|dashboards?|packs?|data|figures|returns?|papers?|updates?|audiences?|` +
  String.raw`dates?|groups?)\b)|goals?\b|aims?\b|targeting\b|aiming (?:at|for)\b|the asks?\b|asks? (?:of|from|for)\b|promis(?:e|` +
  String.raw`es|ed|ing)\b|guarantee[sd]?\b|aim(?:ing)? (?:to|for)\b|ambitions?\b|aspirations?\b|expects?\b|objectives?\b|trajector(?:y|` +
  String.raw`ies)\b|pledge[sd]?\b|commit(?:s|ted|ting|ment|ments)?\b|success\b|expected to\b|asked to\b|required to\b|expectations?\b|` +
  String.raw`requirements?\b|quotas?\b|specif(?:y|ies|ied|ication)\b|contracted to\b|milestones?\b|deliverables?\b|set (?:a|` +
  String.raw`the) (?:target|goal|ambition)\b|(?:been|were|was|are|is|be) set\b)`
);

/** Frames that make a metric the yardstick: "judged on", "KPI is", "success measure", "will track". */
export const MEASURE_FRAME = (
  String.raw`\b(?:(?:kpis?|okrs?|metrics?)\b(?! (?:reports?|dashboards?|packs?|data|figures|returns?|papers?|updates?)\b)|success\b|` +
  String.raw`measures? of success\b|(?:headline|key|main|primary|only|single|core|outcome) (?:measures?|metrics?|indicators?)\b|` +
  String.raw`performance (?:measures?|indicators?)\b|(?:judged|measured|assessed|evaluated|monitored|rated|scored|paid|funded|` +
  String.raw`held to account|performance[- ]managed|managed) (?:on|by|against|for)\b|(?:commissioned|paid|funded|contracted|` +
  String.raw`judged|measured|assessed) on the basis of\b|performance\b[^.;]{0,40}?\b(?:reported|measured|judged|assessed|expressed) as\b|` +
  String.raw`(?:judg|measur|assess|evaluat|rat|scor|pay|fund|performance[- ]manag)(?:e|es|ed|ing)? (?:the |this |that |our |` +
  String.raw`their |its |each |every |a |an )?(?:[\w'’-]+ ){0,3}?(?:on|by|against)\b|(?:will|to|only|just|should|must|shall) track\b|` +
  String.raw`track(?:s|ed|ing)? (?:only|just|one thing|solely)\b|headline (?:measure|figure|number)\b|(?:only|main|one) (?:number|` +
  String.raw`figure|thing|metric) (?:[\w'’]+ ){0,4}?(?:cares?|looks?|asks?|focus(?:es)?|counts?|checks?) (?:about|at|on|for)\b)`
);

/** Words that turn an outcome word into a name ("wellbeing hub", "patient experience team"). */
const ORG_NOUN = (
  String.raw`[\s-]+(?:hubs?|services?|teams?|centres?|centers?|boards?|coordinators?|workers?|checks?|calls?|caf[eé]s?|leads?|` +
  String.raw`officers?|budgets?|funds?|programmes?|strateg(?:y|ies)|partnerships?|groups?|networks?|huddles?|forums?|sessions?|` +
  // The end is any non-letter, not \b: "café" ends in a letter that \b does not know.
  String.raw`days?|packs?|apps?|line|lines|hospitals?|sector|providers?|reviews?|chairs?|members?|advisers?|advocates?)(?![\wÀ-ɏ])`
);

/**
 * Sentence-level cues that an outcome for people is stated, the measure is being questioned, or the words only
 * report. If any is present the output-only rules stay silent for the sentence.
 */
export const OUTCOME_CUES: RegExp[] = [
  /\bso that\b|\bin order to\b|\bso as to\b/,
  /\bso (?:people|patients|residents|families|children|carers|customers|users|pupils|staff|more|fewer|they|nobody|no one|everyone)\b/,
  // "No fewer than 250 checks" is a floor on activity, not fewer of something bad.
  /(?<!\b(?:no|not) )\bfewer\b|\bless (?:lonely|pain|harm|isolated|anxious)\b/,
  new RegExp((
    String.raw`(?:\boutcomes?(?!\s+(?:measures?|metrics?|indicators?|kpis?)\b[^.;]{0,40}?(?::|\bis\b|\bwill be\b)\s*(?:the\s+)?(?:number|` +
    String.raw`count|volume|total)\s+of\b)|\bwell-?being|\bindependen(?:ce|t|tly)|\bsafe(?:ty|r|ly)?|\bsatisf(?:action|ied)|\bexperiences?|` +
    String.raw`\binequalit(?:y|ies)|\bquality of life|\blonel(?:y|iness))\b(?!${ORG_NOUN})`
  ), 'u'),
  /\bbetter off\b|\bstay(?:s|ing)? well\b|\bwell at home\b|\b(?:still|remain(?:ing)?|living) at home\b|\bdefined as\b|\bin control\b|\bmade a difference\b|\bdifference (?:it|this|they) made\b/,
  new RegExp(
    String.raw`\b(?:report(?:s|ed|ing)?|say(?:s|ing)?|said) (?:that )?(?:they|feeling|it helped)\b|` +
    // "Members felt the plan was right" is an opinion in the room, not how people feel.
    String.raw`(?<!\b(?:we|i|members|member|board|committee|group|chair|he|she|it was|it is)\s)\b(?:feel(?:s|ing)?|felt)\b|` +
    String.raw`\bhealthier\b|\bhealth (?:and wellbeing|outcomes?|gains?)\b|\bbetter health\b|\bimprov\w* (?:\w+ )?health\b`,
    '',
  ),
  /\bto (?:reduce|prevent|protect|cut|lower|avoid|save|tackle|narrow|close the gap|keep (?:people|patients|residents))\b/,
  // "aimed at reducing extractions", "with the aim of keeping people out of hospital": the purpose named as an outcome.
  /\b(?:aimed at|aim of|aims? at|focused on|with a view to) (?:reduc|prevent|protect|cut|lower|avoid|sav|keep|help|improv|support|shorten|narrow)\w*/,
  /\b(?:reduc\w*|cut\w*|lower\w*) (?:in |the )?(?:number of )?(?:\w+ ){0,3}?(?:admissions|deaths|harm|falls|strokes|waits?|waiting|readmissions|delays)\b/,
  new RegExp(
    String.raw`\bto (?:help|give|enable|allow|support|ensure|make sure|widen|shorten|speed up|bring down|catch|find|spot|diagnose|` +
    String.raw`free up time for)\b(?! (?:us |them |the team )?(?:hit|meet|reach|achieve|deliver)\b)`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:giving|meaning|means|mean|helping|enabling|allowing|letting|so) (?:that )?(?:\w+ ){0,2}?(?:people|patients|` +
    String.raw`residents|families|carers|children|pupils|users|customers|tenants|clients|men|women|adults|them)\b`,
    '',
  ),
  /\bmost deprived\b|\b(?:greatest|highest) (?:need|risk)\b|\bmost at risk\b|\bat (?:highest |greatest )?risk\b|\bunder-?(?:served|reached|represented)\b|\bhardest to reach\b/,
  /\b(?:sav|improv|chang|transform)(?:e|es|ed|ing) lives\b|\bhealthy (?:life|lives|years)\b|\byears of (?:healthy )?life\b|\blife expectancy\b|\bgot the help\b|\bthe help (?:they|people) need/,
  /\b(?:bring(?:ing)? down|shorten\w*|speed(?:ing)? up|cut\w*|reduc\w*|halv\w*) (?:the )?(?:\w+ )?(?:waits?|waiting|delays?)\b|\b(?:widen\w*|improv\w*|equal|fairer|same) access\b/,
  new RegExp(
    String.raw`\brather than\b|\binstead of\b|\bnot just\b|\bnot (?:on|by) (?:the (?:number|count|volume)|how many)\b|\bnot simply\b|` +
    String.raw`\bmore than just\b|\bwhether\b|\bright measure\b|\bvanity\b|\bno longer\b|\bstop(?:s|ped|ping)? (?:counting|measuring|` +
    String.raw`using|judging)\b|\b(?:drop|scrap|replac|retir|abandon)\w* (?:the |this |that |its |their |our )?(?:\w+ )?(?:targets?|` +
    String.raw`measures?|kpis?|metrics?|counts?)\b|\b(?:was|were|been) (?:dropped|scrapped|replaced|retired|abandoned)\b|\breplaced (?:with|` +
    String.raw`by)\b|\bmove away from\b|\bunhelpful\b`,
    '',
  ),
];

/** Forecasts and capacity, not commitments: "we expect to see", "will be able to do". */
export const FORECAST = new RegExp(
  String.raw`\b(?:be|is|are|was|were|being) able to\b|\bcapacity (?:to|for|of)\b|(?<!\b(?:is|are|be|been|was|were|being) )\bexpect(?:s|` +
  String.raw`ed|ing)? to (?:see|get|receive|have)\b|\b(?:forecast|predict|anticipat|projected|projection)\w*|\b(?:staffed|resourced|` +
  String.raw`allocated|budgeted|designed|built|sized|equipped) to\b|\btargets?\b[^.;]{0,60}?\b(?:was|were|has been|had been|` +
  String.raw`have been|is being) (?:missed|met|exceeded|hit|achieved|reached|beaten|surpassed)\b|\b(?:missed|exceeded|beat|` +
  String.raw`met) (?:the|its|their|our) (?:\w+ )?target\b|\blikely to\b|\bon track\b|(?<!please )\bcould\b(?! (?:each|every|` +
  String.raw`all|you|the \w+ team)\b)|\bcan (?:only |realistically |safely |comfortably |probably |just )?(?:make|see|do|handle|` +
  String.raw`manage|take|fit|get|process|answer|cope with|run|absorb)\b|\bat (?:the )?(?:most|best|maximum)\b|\b(?:un|not |` +
  String.raw`isn't |is not |wasn't )sustainable\b|\bstruggl\w* to\b|\bwith only (?:\w+ )?(?:staff|people|nurses|volunteers|` +
  String.raw`clinicians|members of staff)\b`,
  '',
);

/** Reporting verbs between a target word and a number: the number is a result, not the target. */
export const REPORTING = /\b(?:showed|shows|show|reported|reports|recorded|records|found|revealed|noted|achieved|reached|hit|met)\b/;

/** True when the lower-cased sentence names an outcome for people or questions the measure. */
export function outcomeStated(lower: string): boolean {
  return OUTCOME_CUES.some((re) => re.test(lower)) || PURPOSE.test(lower);
}

/** Offsets of the first clause boundary (;) at or after `from`, or the end. */
export function clauseEnd(lower: string, from: number): number {
  const end = Math.min(lower.length, from + WINDOW);
  const i = lower.slice(from, end).indexOf(';');
  return i < 0 ? end : from + i;
}

/** How far a target word reaches: a clause, at most this many characters (keeps very long lines linear). */
export const WINDOW = 300;

/** Start of the clause containing `at` (after the last ;). */
export function clauseStart(lower: string, at: number): number {
  const start = Math.max(0, at - WINDOW);
  return start + lower.slice(start, at).lastIndexOf(';') + 1;
}

/** A word that may stand between a count and what is counted ("2,400 NHS Health Checks"); not a preposition or article. */
export const MODIFIER = String.raw`(?!(?:for|of|to|the|a|an|with|from|on|at|by|in|about|per|into|across|over)\b)[\w'’&-]+\s+`;

/** Any plural unit, when a rate or deadline follows it ("250 parcels a week", "40 stops before June"). */
export const GENERIC_UNIT = (
  String.raw`(?:${MODIFIER}){0,3}?(?!(?:years|months|weeks|days|hours|minutes|seconds|mornings|afternoons|evenings|nights|weekends|` +
  String.raw`pounds|savings|points|people|residents|patients|families|households|staff|members|volunteers|releases|versions|` +
  String.raw`editions|issues|sprints|cycles|iterations|milestones|reports|papers|documents|dates|options|updates|minutes|notes|` +
  String.raw`agendas|actions|posts|roles|jobs)\b)[\p{L}-]{3,}s\b(?=\s+(?:a|an|per|each|every)\s+(?:[\w-]+\s+)?(?:day|week|fortnight|` +
  String.raw`month|quarter|term|year|shift|session|sprint|night)\b|\s+(?:by|before|until|ahead of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?deadline\b|` +
  String.raw`end|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|easter|summer|autumn|winter|spring|year|q[1-4]|` +
  String.raw`friday|monday|next)|\s+(?:this|next)\s+(?:week|month|quarter|year|term|winter|summer|spring|autumn|sprint)\b)`
);

/** Time units that follow a count as a rate: "a week", "per PCN per month", "each quarter". */
export const PERIOD = String.raw`(?:(?:a|an|per|each|every)\s+(?:[\w-]+\s+)?(?:day|week|fortnight|month|quarter|term|year|shift|session|sprint|night|hour))`;

/** Purpose clauses that point past the activity to what it is for. */
export const PURPOSE = new RegExp(
  String.raw`\bto (?:understand|hear|learn|co-?design|find out|involve|engage|listen|gather|identify|pick up|detect|spot|reach (?!\d|` +
  String.raw`the |a |an |its |our |their |\w+ (?:target|standard))|care for|look after|check (?:on|that|they|people)|make sure (?:people|` +
  String.raw`patients|residents))\b`,
  '',
);

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The global, indexed twin of a regex, compiled once. */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, [...new Set([...re.flags, 'g', 'd'])].join(''));
    GLOBAL.set(re, g);
  }
  return g;
}

/** First match of a global regex in a sentence; offsets trimmed to a named group when given. */
export function firstMatch(re: RegExp, sentence: string, group?: string, from = 0, to = sentence.length): { start: number; end: number } | null {
  const g = globalOf(re);
  // A pattern whose literals the sentence lacks cannot match any slice of it (lib/engine/prefilter.ts).
  if (!mayMatch(g, sentence)) return null;
  // Search a slice (with a little context behind for lookbehinds) so a bounded search stays bounded.
  const base = Math.max(0, from - 20);
  const text = base === 0 && to >= sentence.length ? sentence : sentence.slice(base, to);
  g.lastIndex = from - base;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const span = group ? m.indices?.groups?.[group] : m.indices?.[0];
    if (span && span[1] > span[0]) return { start: span[0] + base, end: span[1] + base };
    if (m[0].length === 0) g.lastIndex++;
  }
  return null;
}

/** True when two sentence spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number } | null): boolean {
  return !!b && a.start < b.end && b.start < a.end;
}
