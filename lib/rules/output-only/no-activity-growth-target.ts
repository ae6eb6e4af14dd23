// A plan to grow activity for its own sake ("increase activity by 10%", "double the number of sessions booked").
import { defineRule, type RuleHit } from '../define.ts';
import { ACTIVITY, COUNT, FORECAST, PARTICIPLE, firstMatch, outcomeStated } from '../shared/output-only-words.ts';

const DETS = String.raw`(?:(?:the|our|its|their|total|overall|weekly|monthly|daily|annual)\s+)*`;
const MEASURE = String.raw`(?:(?:number|numbers|volume|volumes|amount|count|level|levels|rate)\s+of\s+)?`;
/** Units of activity the shared list leaves out, and any plural with a throughput participle ("quit dates set"). */
const MORE_ACTIVITY = String.raw`(?:admissions|inductions|starts|installations|fittings|doses|packages|parcels|releases|deploy(?:ment)?s|[\w-]{3,}s\s+(?:${PARTICIPLE}|set|started|used|filled)\b)`;
const OBJECT = String.raw`${DETS}${MEASURE}(?:[\w'’&-]+\s+){0,3}?(?:${ACTIVITY}|${MORE_ACTIVITY})\b(?:\s+${PARTICIPLE}\b)?`;
const AMOUNT = String.raw`(?:${COUNT}|a (?:third|quarter|half|fifth|tenth)|half|a third)`;

/** Growth verbs in the base form or -ing: a plan, not a report ("increased" and "rose" are reports). */
const GROW_BY = new RegExp(
  String.raw`\b(?<hit>(?:increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|grow(?:ing)?|expand(?:ing)?|lift(?:ing)?|step(?:ping)? up|ramp(?:ing)? up|push(?:ing)? up|scal(?:e|ing) up)\s+${OBJECT}(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:by|to)\s+${AMOUNT})`,
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
  String.raw`\b(?:target|goal|aim|ambition|objective|plan|commit\w*|deliver|achieve|secure|drive|pledge\w*|okr|kpi)s?\b[^;]{0,40}?\b(?<hit>(?:an?\s+)?(?:\d+(?:\.\d+)?\s?%|${COUNT})\s+(?:increase|rise|uplift|growth|expansion|more)\s+in\s+${OBJECT})`,
  'iu',
);

const COVERAGE = /\b(?:uptake|take-up|coverage|(?<!\bto )reach)\b/;

/** A measure of how busy a service is: "theatre utilisation", "bed occupancy", "velocity", "deploy frequency", "slots used". */
const LEVEL_NOUN = String.raw`(?:utili[sz]ation|occupancy|throughput|velocity|productivity|(?:deploy(?:ment)?|release)\s+frequency|footfall|(?:[\w-]+\s+)?(?:(?:completion|response|first-response|closure|clearance|conversion)\s+rates?|completion)|${ACTIVITY}\s+(?:used|filled|booked)|${MORE_ACTIVITY})`;
const LEVEL_OBJECT = String.raw`(?:(?:the|our|its|their)\s+)?(?:[\w'’&-]+\s+){0,5}?${LEVEL_NOUN}\b(?:\s+(?:of|for|at|in|on)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?)?`;

/** "get theatre utilisation to 90%", "push weekend discharges up to 45", "keep physio utilisation at 92%". */
const LEVEL_VERB = new RegExp(
  String.raw`\b(?<hit>(?:get(?:ting)?|push(?:ing)?|bring(?:ing)?|driv(?:e|ing)|tak(?:e|ing)|rais(?:e|ing)|lift(?:ing)?)\s+${LEVEL_OBJECT}\s*(?:back\s+)?(?:up\s+|down\s+)?to\s+(?:at least\s+)?${COUNT}(?:\s+(?:[\w-]+\s+){0,2}?(?:a|an|per|each)\s+[\w-]+)?)`,
  'iu',
);

const LEVEL_TO = String.raw`to\s+(?:reach|hit|rise to|go up to|get to|be (?:held|kept|maintained) at|stay at|run at)\s+(?:at least\s+)?`;

/** "wants deploy frequency up to 20 a week", "Phlebotomy: throughput up to 60 an hour", "completion to reach 60% by year end". */
const LEVEL_WANTED = new RegExp(
  String.raw`(?:\b(?:wants?|wanted|needs?|expects?|asks? for|priority|aim|goal|ambition)\b[:\s]+|^(?:[-*•]\s*)?(?:[\w'’&/ -]{1,30}:\s*))(?<hit>${LEVEL_OBJECT}\s*(?:(?:back\s+)?(?:up|down)\s+(?:to\s+|by\s+)?|${LEVEL_TO})${COUNT})|^(?:[-*•]\s*)?(?<hit2>${LEVEL_OBJECT}\s*${LEVEL_TO}${COUNT})`,
  'iu',
);

/** "footfall to be increased by 10%", "referrals into the programme to double by Q4", "the target raised from 80% to 90%". */
const LEVEL_PASSIVE = new RegExp(
  String.raw`\b(?<hit>${OBJECT}(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*to\s+(?:be\s+(?:increased|raised|boosted|grown|expanded|lifted)\s+by\s+${AMOUNT}|(?:doubled|tripled|trebled)\b|(?:double|triple|treble|grow|increase|rise)\s+by\s+(?:${AMOUNT}|q[1-4]|the end|year[- ]end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)))`,
  'iu',
);
const LEVEL_TARGET = new RegExp(String.raw`\b(?<hit>${LEVEL_NOUN}\s+target\s+(?:raised|increased|lifted|moved|set|upped)\s+(?:from\s+${COUNT}\s+)?to\s+${COUNT})`, 'iu');
/** "the board expects a 30% rise in courses started", "ambition: a quarter more cases opened", "a 20% increase in sessions is to be achieved". */
const GROWTH_ASK = new RegExp(
  String.raw`\b(?:asks?|expects?|expectation|ambition|priority|wants?)\b[^;]{0,40}?\b(?<hit>(?:an?\s+)?(?:\d+(?:\.\d+)?\s?%|${AMOUNT})\s+(?:(?:increase|rise|uplift|growth)\s+in\s+|more\s+)${OBJECT})|(?<hit2>(?:an?\s+)?\d+(?:\.\d+)?\s?%\s+(?:increase|rise|uplift|growth)\s+in\s+${OBJECT})\s+(?:is|are)\s+to\s+be\s+(?:achieved|delivered|met|seen)`,
  'iu',
);
/** Reports of a level reached: "occupancy rose to 95%", "utilisation was up to 90% last month". */
const LEVEL_REPORTED = /\b(?:was|were|has been|have been|had been|rose|fell|went|reached|hit|stood|last (?:week|month|quarter|year)|so far|to date|currently)\b/;

function levelHit(sentence: string, lower: string): RuleHit | null {
  const ask = firstMatch(GROWTH_ASK, sentence, 'hit') ?? firstMatch(GROWTH_ASK, sentence, 'hit2');
  if (ask) return ask;
  if (LEVEL_REPORTED.test(lower) || FORECAST.test(lower)) return null;
  return firstMatch(LEVEL_VERB, sentence, 'hit') ?? firstMatch(LEVEL_WANTED, sentence, 'hit') ?? firstMatch(LEVEL_WANTED, sentence, 'hit2') ?? firstMatch(LEVEL_PASSIVE, sentence, 'hit') ?? firstMatch(LEVEL_TARGET, sentence, 'hit');
}

function findHit(sentence: string, lower: string): RuleHit | null {
  return firstMatch(GROW_BY, sentence, 'hit') ?? firstMatch(MULTIPLY, sentence, 'hit') ?? firstMatch(UP_TO, sentence, 'hit') ?? firstMatch(PLUS, sentence, 'hit') ?? firstMatch(GROWTH_NOUN, sentence, 'hit') ?? levelHit(sentence, lower);
}

/** The finding for a sentence, or null (shared so that bare quotas are not reported twice). */
export function detectGrowthTarget(sentence: string, lower: string): RuleHit | null {
  return outcomeStated(lower) || COVERAGE.test(lower) ? null : findHit(sentence, lower);
}

export default defineRule({
  id: 'no-activity-growth-target',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'A plan to grow activity itself ("increase activity by 10%", "double the number of sessions booked").',
  trigger: /\b(?:increas|rais|boost|grow|expand|lift|step|ramp|push|scal|doubl|tripl|quadrupl|maximi[sz]|get|getting|bring|take|taking|driv|up|down|to|more)|\b(?:rise|uplift|growth|expansion|more) in\b|\+\s*\d/u,
  messages: {
    found: '“{{match}}” sets more activity as the aim. Say what the extra activity should change for people, and for whom.',
  },
  unless: [COVERAGE],
  check(ctx) {
    const hit = detectGrowthTarget(ctx.sentence, ctx.lower);
    return hit ? [hit] : [];
  },
  suggest: () => [
    { title: 'Add who ends up better off and how: “…, so that …”' },
    { title: 'Name the change the extra activity should bring, such as shorter waits for a first appointment' },
  ],
  examples: {
    invalid: [
      'The leisure trust plans to increase gym bookings by a quarter next year.',
      'Aim for 2026: double the number of outreach sessions run.',
    ],
    valid: [
      'Gym bookings increased by a quarter last year.',
      'The plan is to increase outreach sessions by 10% so that more isolated older people are connected to support.',
    ],
  },
});
