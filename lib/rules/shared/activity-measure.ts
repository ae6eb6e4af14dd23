// Success measured only by activity: the detection no-activity-measure and no-activity-quota-fragment share.
import type { RuleHit } from '../define.ts';
import { ACTIVITY, COUNT, MEASURE_FRAME, PARTICIPLE, clauseEnd, outcomeStated, overlaps } from './output-only-words.ts';
import { detectCountTarget } from './count-target.ts';

const WORDS = (n: number) => String.raw`(?:[\w'’&-]+\s+){0,${n}}?`;

/** "the number of contacts made", "the volume of referrals processed", "numbers of calls". */
const COUNT_OF = (
  String.raw`(?:the\s+)?(?:total\s+)?(?:number|numbers|count|volume|volumes|total|amount|quantity|tally)\s+of\s+${WORDS(3)}(?:${ACTIVITY}\b(?:\s+${PARTICIPLE}\b)?|` +
  String.raw`[\w-]+\s+${PARTICIPLE}\b)`
);

/** "how many grab rails are fitted". */
const HOW_MANY = (
  String.raw`how many\s+(?:${WORDS(3)}[\w-]+\s+(?:(?:are|were|get|got|have been|will be)\s+${PARTICIPLE}\b|(?:go|goes|went|` +
  String.raw`get|gets)\s+out\b)|(?:(?!(?:people|patients|residents|families|users|carers|children|pupils|parents|tenants|clients|` +
  String.raw`members|staff|they|we)\b)[\w'’&-]+\s+){0,3}?${ACTIVITY}\b(?!\s+(?:people|patients|residents|families|users|they|` +
  String.raw`he|she)\s+(?:say|said|rate|rated|report|reported|feel|felt|find|found|tell|told)\b)(?:\s+(?:we|they|it|you|staff|` +
  String.raw`the team|volunteers)\s+[\w-]+(?:\s+(?:out|up|in|on|through|off)\b)?)?)`
);

/** "visits completed per shift", "appointments delivered per 1,000 population", "hours of care delivered". */
const RATE = (
  String.raw`(?:${ACTIVITY}|(?:out-?patients|patients|people|clients|service users|cases|children|residents|[\w-]{3,}s)` +
  String.raw`(?=\s+${PARTICIPLE}\s+per\b))\s+(?:${PARTICIPLE}\b(?:\s+per\s+(?:\d[\d,]*\s+)?[\w-]+(?:\s+per\s+[\w-]+)?)?|` +
  String.raw`per\s+(?:\d[\d,]*\s+)?[\w-]+(?:\s+per\s+[\w-]+)?)`
);

/** "appointment numbers", "contact volumes". */
const FIGURES = (
  String.raw`(?:footfall|throughput|activity levels|volume of activity)\b|(?:appointment|contact|call|referral|visit|ticket|` +
  String.raw`session|attendance|activity|discharge|booking|footfall|throughput)\s+(?:numbers|volumes|counts|figures|totals|` +
  String.raw`levels)\b`
);

/** "300 sessions delivered", "1,000 visits a quarter" after a measure word. */
const COUNTED = String.raw`${COUNT}\s+${WORDS(3)}${ACTIVITY}\b(?:\s+${PARTICIPLE}\b)?`;

/** Nouns that are counts in themselves: "rated by hits on the landing page", "judged on downloads". */
const TALLY = (
  String.raw`(?:(?:web|page|website|app|site)\s+)?(?:hits|downloads|clicks|page views|views|impressions|footfall|sign-?ups|` +
  String.raw`attendances|contacts made|calls made|calls answered|throughput|activity)\b`
);

/** Frame and metric must be close: the metric is what the frame is about, not a later aside. */
const METRIC = new RegExp((
  String.raw`^[\s:=,—–-]*(?:(?:is|are|remains?|will be|would be|was|of|to be|be|as|for|on|by|against|one thing:?|only|just|` +
  String.raw`solely|primarily|mainly)\s+|[^\s;]+\s+){0,6}?(?<hit>${COUNT_OF}|${HOW_MANY}|${FIGURES}|${COUNTED}|${RATE})`
), 'iu');

const FRAME_RE = new RegExp(MEASURE_FRAME, 'giu');
const TALLY_RE = new RegExp(String.raw`^\s+(${TALLY})`, 'iu');

function findHit(sentence: string, lower: string): RuleHit | null {
  FRAME_RE.lastIndex = 0;
  for (let m = FRAME_RE.exec(lower); m; m = FRAME_RE.exec(lower)) {
    const from = m.index + m[0].length;
    const to = clauseEnd(lower, from);
    const tally = /(?:on|by|against)$/.test(m[0]) ? TALLY_RE.exec(sentence.slice(from, to)) : null;
    if (tally) return { start: from + tally[0].length - tally[1].length, end: from + tally[0].length };
    const found = METRIC.exec(sentence.slice(from, to));
    if (found?.groups?.hit) {
      const start = from + found.index + found[0].length - found.groups.hit.length;
      return { start, end: start + found.groups.hit.length };
    }
  }
  return null;
}

/** The finding for a sentence, or null; a count already reported as a target ("success = 500 jabs a week") is left to that rule. */
export function detectActivityMeasure(sentence: string, lower: string): RuleHit | null {
  if (outcomeStated(lower)) return null;
  const hit = findHit(sentence, lower);
  return hit && !overlaps(hit, detectCountTarget(sentence, lower)) ? hit : null;
}
