// Inflection through compromise (full build: the rewrite layer needs verbs() and nouns()), plus small text helpers.
import nlp from 'compromise';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

function conjugate(verb: string): Conjugation {
  const c = (nlp(verb).verbs().conjugate() as Conjugation[])[0];
  return c ?? {};
}

/** "pass" → "passed", "forget" → "forgotten", "mislay" → "mislaid". */
export function participle(verb: string): string {
  // compromise gives the past tense for these ("run" → "ran"); their participle is the base form.
  if (/^(?:run|rerun|overrun|come|become|overcome)$/i.test(verb)) return verb;
  // …and takes a past form that is already the participle for its base ("lost" → "losted").
  if (/^(?:lost|sent|kept|left|put|set|cut|hit|shut|read|led|held|made|paid|told|sold|found|built|spent|meant|mislaid|caught|bought|brought)$/i.test(verb)) return verb;
  const c = conjugate(verb);
  const out = c.Participle ?? c.PastTense ?? `${verb}ed`;
  // compromise sometimes adds "ed" to a verb that already ends in "e" ("bungle" → "bungleed").
  if (/eed$/.test(out) && /[^e]e$/.test(verb)) return `${verb}d`;
  // …or "ed" to a past form it could not take back to its base ("picked" → "pickeded").
  return /eded$/.test(out) && /ed$/.test(verb) ? verb : out;
}

/** "file" → "filed", "turn" → "turned": the simple past, or nothing when compromise has none. */
export function pastOf(verb: string): string {
  return conjugate(verb).PastTense ?? '';
}

/** "pass" → "passing". */
export function gerund(verb: string): string {
  return conjugate(verb).Gerund ?? `${verb}ing`;
}

/** "missed" → "miss", "lost" → "lose". */
export function infinitive(verb: string): string {
  return conjugate(verb).Infinitive ?? verb;
}

/** True when a noun phrase is plural ("the referrals", "its carers"). */
export function isPlural(np: string): boolean {
  // The head noun decides: "the interaction between the two medicines" is singular; "mess", "process" too.
  if (/ss$/i.test(np.replace(/\s+(?:of|between|for|with|from|on|in)\s.*$/i, '').trim())) return false;
  const doc = nlp(np.replace(/\s+(?:of|between|for|with|from|on|in)\s.*$/i, ''));
  const nouns = doc.nouns();
  if (!nouns.found) return /s\b/i.test(np.trim().split(/\s+/).pop() ?? '');
  return (nouns.last() as unknown as { isPlural(): { found: boolean } }).isPlural().found;
}

/** "the agency" → "the agency’s", "the carers" → "the carers’". */
export function possessive(np: string): string {
  if (/['’]s?$/.test(np)) return np;
  return /s$/i.test(np) && isPlural(np) ? `${np}’` : `${np}’s`;
}

export const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
export const lowerFirst = (s: string) => (s && !/^[A-Z]{2}|^I\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Words tagged as people or organisations in a phrase: a culprit named. */
export function namesAgent(np: string): boolean {
  return nlp(np).has('(#Person|#Organization|#Pronoun)');
}
