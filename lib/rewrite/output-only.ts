// Output-only targets: keep the target and complete it with an outcome for people ("…, so that <outcome>").
import { clauseEnd } from './clause.ts';
import { outcomeFor } from './outcomes.ts';
import type { Finding, Rewrite } from './types.ts';

const MEASURE = /\b(?:judged|measured|assessed|evaluated|monitored|rated|scored|paid|funded|rewarded) (?:on|by|against)\b/i;

/** A measure named as such ("the success measure remains the number of contacts"): completed with a second measure. */
const SUCCESS = /\b(?:success )?measures?\b|\bKPIs?\b|\bmetrics?\b|\bindicators?\b/i;

export function outputOnlyRewrites(f: Finding): Rewrite[] {
  const { sentence, start, end } = f;
  // Already completed with an outcome: nothing to add.
  if (/\bso that\b|\bin order that\b/i.test(sentence.slice(start))) return [];
  // A question about a target is asked, not set: no outcome is bolted on to it.
  if (/\?["”’)]*\s*$/.test(sentence)) return [];
  const at = clauseEnd(sentence, end);
  if (at < end) return [];
  const target = [f.data.activity, f.data.object, sentence.slice(start, end)].filter(Boolean).join(' ');
  const outcome = outcomeFor(target, sentence.slice(0, at));
  const kept = sentence.slice(start, at);
  // A measure ("judged on the number of leaflets") is completed with an outcome measure; a target with its purpose.
  // The re-check keeps the first form that clears the category.
  const head = sentence.slice(0, at);
  const joiners = MEASURE.test(head) ? [', and on whether ', ', so that '] : SUCCESS.test(head) ? [', alongside whether '] : [', so that '];
  return joiners.map((joiner) => {
    const replacement = kept + joiner + outcome;
    const title = joiner === ', so that ' ? 'Add who ends up better off: “…, so that …”' : 'Measure what changes for people too';
    return { title, start, end: at, replacement, select: { start: kept.length + joiner.length, end: replacement.length } };
  });
}
