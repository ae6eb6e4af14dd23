// A plan to grow activity itself: the detection no-activity-growth-target and no-activity-quota-fragment share.
import type { RuleHit } from '../define.ts';
import { ACTIVITY, COUNT, PARTICIPLE, firstMatch, outcomeStated } from './output-only-words.ts';

const DETS = String.raw`(?:(?:the|our|its|their|total|overall|weekly|monthly|daily|annual)\s+)*`;
const MEASURE = String.raw`(?:(?:number|numbers|volume|volumes|amount|count|level|levels|rate)\s+of\s+)?`;
const OBJECT = String.raw`${DETS}${MEASURE}(?:[\w'’&-]+\s+){0,3}?${ACTIVITY}\b(?:\s+${PARTICIPLE}\b)?`;
const AMOUNT = String.raw`(?:${COUNT}|a (?:third|quarter|half|fifth|tenth)|half|a third)`;

/** Growth to more places ("expand first contact to four more practices") widens reach; it is not more activity. */
const NOT_PLACES = (
  String.raw`(?!\s+(?:more\s+|other\s+|new\s+|further\s+)?(?:practices|sites|areas|wards|pcns|schools|homes|care homes|localities|` +
  String.raw`neighbourhoods|places|locations|teams|hubs|surgeries|pharmacies|estates|towns|villages)\b)`
);

/** Growth verbs in the base form or -ing: a plan, not a report ("increased" and "rose" are reports). */
const GROW_BY = new RegExp(
  (
    String.raw`\b(?<hit>(?:increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|grow(?:ing)?|expand(?:ing)?|lift(?:ing)?|step(?:ping)? up|` +
    String.raw`ramp(?:ing)? up|push(?:ing)? up|scal(?:e|ing) up)\s+${OBJECT}(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:by|to)\s+${AMOUNT})${NOT_PLACES}`
  ),
  'iu',
);

/** Doubling and maximising carry their own amount. */
const MULTIPLY = new RegExp(String.raw`\b(?<hit>(?:doubl(?:e|ing)|tripl(?:e|ing)|quadrupl(?:e|ing)|maximis(?:e|ing)|maximiz(?:e|ing))(?![\s-]+(?:check|book|click|count)\w*)\s+${OBJECT})`, 'iu');

/** "get weekly MDT meetings up to 3 per neighbourhood", "bring calls up to 500 a day". */
const UP_TO = new RegExp(
  String.raw`\b(?:get(?:ting)?|bring(?:ing)?|take|taking)\s+(?<hit>${OBJECT}\s+up\s+to\s+${COUNT}(?:\s+(?:per|a|an|each)\s+[\w-]+)?)`,
  'iu',
);

/** Fragments in plans and action logs: "elective activity +8%". */
const PLUS = new RegExp(String.raw`(?<hit>\b${ACTIVITY}\s*\+\s*\d+(?:\.\d+)?\s?%)`, 'iu');

/** "deliver a 15% increase in appointments", "target: a 10% rise in activity" (the noun form, after a target word or verb). */
const GROWTH_NOUN = new RegExp(
  (
    String.raw`\b(?:target|goal|aim|ambition|objective|plan|commit\w*|deliver|achieve|secure|drive|pledge\w*|okr|kpi)s?\b[^;]{0,40}?\b(?<hit>(?:an?\s+)?(?:\d+(?:\.\d+)?\s?%|` +
    String.raw`${COUNT})\s+(?:increase|rise|uplift|growth|expansion|more)\s+in\s+${OBJECT})`
  ),
  'iu',
);

export const COVERAGE = /\b(?:uptake|take-up|coverage|reach)\b/;

function findHit(sentence: string): RuleHit | null {
  for (const re of [GROW_BY, MULTIPLY, UP_TO, PLUS, GROWTH_NOUN]) {
    const hit = firstMatch(re, sentence, 'hit');
    if (hit) return hit;
  }
  return null;
}

/** The finding for a sentence, or null (shared so that bare quotas are not reported twice). */
export function detectGrowthTarget(sentence: string, lower: string): RuleHit | null {
  return outcomeStated(lower) || COVERAGE.test(lower) ? null : findHit(sentence);
}
