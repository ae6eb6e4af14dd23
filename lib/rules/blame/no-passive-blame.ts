// Passive blame with a named agent ("the referral was lost by Dr Patel's secretary"), as compromise patterns in the net.
import { defineRule } from '../define.ts';
import { AGENT_NOUNS, THING_ACRONYMS, spaced } from '../shared/blame-words.ts';

/** Participles that charge someone with a lapse. "dropped" is left out: "the proposal was dropped by the board" is neutral. */
const FAILURES = 'lost|mislaid|misplaced|mishandled|mismanaged|botched|bungled|fumbled|ignored|overlooked|forgotten|neglected|missed|misfiled|misread|misdirected|disregarded';

/** Agent nouns that also name things or places ("lost by the platform", "ignored by the front desk"): not enough on their own. */
const THING_LIKE = new Set(
  (
    'side home desk platform payments backend frontend infrastructure infra security support design product tech ' +
    'they he she who their his her them him people person someone somebody everyone anyone user'
  ).split(' '),
);

function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x)$/.test(w)) return w + 'es';
  return w + 's';
}

/**
 * The agent nouns, singular and plural, as one compromise term regex: a (word|word|…) list of this size costs
 * about 10 ms per pattern to compile, a /regex/ term well under 1 ms (cold start matters in the extension).
 */
const AGENTS = `/^(?:${[...AGENT_NOUNS]
  .filter((w) => !THING_LIKE.has(w) && /^[a-z-]+$/.test(w))
  .flatMap((w) => [w, plural(w)])
  .join('|')})$/`;

const HEAD = `(was|were|been|being|got) #Adverb{0,2} (${FAILURES}) #Adverb? by`;

/**
 * Who did it: a known person ("Dr Patel", "Sarah Jones"), a known organisation, a noun phrase ending in a team, role or
 * organisation word ("the reception team", "Northvale PCN", "the council"), or someone's team or role ("Dr Patel's secretary").
 * The agent must end the noun phrase: "by a supplier fault" names a fault, not the supplier.
 * A bare unknown name ("by Okafor") reads the same to the parser as a product ("by Teams"), so it stays silent.
 */
const DET = '(the|a|an|their|his|her|its)?';
const AGENT_PHRASES = [
  '#Honorific? #Person+',
  '#Organization+',
  `${DET} #Adjective? #Noun{0,3} ${AGENTS}`,
  `${DET} #Noun{0,2} #Possessive #Adjective? #Noun{0,2} ${AGENTS}`,
  '(the|a|an)? #Acronym',
];

/**
 * The agent must end its noun phrase, so each shape comes twice: at the end of the sentence, or before a word that is
 * not a noun (compromise reads "(!#Noun|$)" as one term, so the end is its own pattern).
 */
const PATTERNS = AGENT_PHRASES.flatMap((agent) => {
  const body = `${HEAD} ${agent}`;
  return [
    { match: `${body}$` },
    { match: `[<hit>${body}] !#Noun`, group: 'hit' },
  ];
});

export default defineRule({
  id: 'no-passive-blame',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'A failure in the passive that names who caused it (“the referral was lost by the admin team”).',
  trigger: spaced(new RegExp(String.raw`\b(?:${FAILURES}) (?:\w+ )?by `)),
  messages: {
    found: '“{{match}}” names who caused the failure.',
  },
  patterns: PATTERNS,
  unless: [
    // Contests and bids are lost by someone without blame; the writer's own side owns its lapse.
    spaced(new RegExp(
      String.raw`\b(?:vote|votes|election|seat|seats|contract|contracts|tender|bid|bids|appeal|case|motion|amendment|match|game|` +
      String.raw`race|argument)\b[^.;:]{0,40}? (?:was|were|has been|had been|have been) lost by\b`,
      '',
    )),
    spaced(/\bby (?:us|me|our|my|ourselves|myself)\b/),
    // Microsoft Teams reads as the plural of team.
    spaced(/\bby (?:microsoft )?teams\b/),
    // Technology named by its initials is a thing.
    spaced(new RegExp(String.raw`\bby (?:the )?(?:${[...THING_ACRONYMS, 'EMIS', 'OCR', 'AI', 'LLM', 'CRM', 'ERP', 'PC', 'NHS app'].join('|').toLowerCase()})\b`)),
    // "overlooked by the school" of a building or a view.
    spaced(/\b(?:site|building|park|playground|garden|gardens|field|yard|house|houses|flat|flats|street|road|land|plot|room|window|windows) (?:is|are|was|were) (?:\w+ )?overlooked by\b/),
    // Curious accounts: "lost by the ward, and the group asked what got in the way".
    spaced(/\b(?:ask|asked|asking|explore|explored|look|looked|looking|understand|find out|learn|learned|learnt) (?:at |into )?(?:what|why|how)\b/),
  ],
  suggest: () => [
    { title: 'Describe what happened and what got in the way, without naming a culprit' },
    { title: 'Say what will change so it is easier to get right next time' },
  ],
  examples: {
    invalid: [
      'The discharge summary was mislaid by the ward clerk.',
      'Our concerns were ignored by Westbrook Council for months.',
      'The referral was lost by Dr Patel’s secretary.',
    ],
    valid: [
      'The discharge was delayed by the storm.',
      'The question was raised by the council at the last meeting.',
      'The referral was lost by our team, and we have changed the hand-off.',
    ],
  },
});
