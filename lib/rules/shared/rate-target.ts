// A target stated as a share of work processed in time: the detection no-throughput-rate-target and its neighbours share.
import type { RuleHit } from '../define.ts';
import { NUM, PARTICIPLE, TARGET_FRAME, clauseEnd, firstMatch, outcomeStated } from './output-only-words.ts';

const AMOUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|eighteen|twenty-four|twenty-eight|forty-eight|sixty-two)`;
const SPAN = String.raw`${AMOUNT}[- ]?(?:hours?|hrs?|h|weeks?|wks?|days?|minutes?|mins?|seconds?|secs?)`;

/**
 * A named access or time standard: "the 62-day target", "the 28-day faster diagnosis standard",
 * "the two-week-wait target", "the category 2 response standard", "the 18 week RTT target".
 */
const STANDARD = (
  String.raw`(?:\d+(?:\.\d+)?\s?%\s+)?(?:(?:a&e|ed|emergency department|cancer|rtt|referral[- ]to[- ]treatment|elective|ambulance|` +
  String.raw`diagnostic|faster diagnosis|waiting times?|response times?)(?=[\s\w&-]{0,30}?\b(?:target|standard)s?\b)|${SPAN}(?:[- ]wait(?:ing)?)?|` +
  String.raw`category[- ](?:1|2|one|two)|cat[- ]?[12])(?:\s+(?!(?:target|standard|of|for|and|or|in|on|by|to|was|is|are|were|` +
  String.raw`has|had|will)\b)[\w&/-]+){0,3}?\s+(?:target|standard)s?\b`
);

/** "hit the 4-hour target", "meet the 18-week standard": the time standard itself as the aim. */
const HIT_STANDARD = new RegExp(
  (
    String.raw`\b(?<hit>(?:hit(?:ting)?|meet(?:ing)?|achiev(?:e|ing)|reach(?:ing)?|deliver(?:ing)?|mak(?:e|ing)|get(?:ting)? back to|` +
    String.raw`return(?:ing)? to|restor(?:e|ing)|recover(?:ing)?|sustain(?:ing)?|compl(?:y|ying) with)\s+(?:the\s+|our\s+|its\s+|` +
    String.raw`their\s+|a\s+)?${STANDARD})`
  ),
  'iu',
);

/** A standard put above everything else: "the 18 week RTT target, whatever it costs". */
const AT_ALL_COSTS = new RegExp(
  String.raw`\bwhatever it (?:takes|costs)\b|\bat (?:all|any) costs?\b|\bno matter what\b|\bcome what may\b|\bby any means\b|` +
  String.raw`\bnon-negotiable\b|\babove all(?: else)?\b|\b(?:only|one) thing that matters\b|\ball that matters\b|\b(?:top|number one|` +
  String.raw`overriding|absolute|single|only|first) (?:priority|focus)\b`,
  '',
);
const NAMED_STANDARD = new RegExp(String.raw`\b(?<hit>${STANDARD})`, 'iu');
const REPORTED_STANDARD = /\b(?:was|were|has been|had been|met|missed|achieved|performance against|compliance with)\b/;

/** "N% of calls answered", "92% seen", "100% of residents to have a review logged". */
const SHARE_SRC = String.raw`(?<![£$€\w.,/-])(?:\d+(?:\.\d+)?|${NUM})\s?(?:%|per ?cent)(?:\s+of\s+(?:[\w'’&/-]+\s+){0,6}?)?\s*(?:to (?:have|be)\s+(?:[\w'’-]+\s+){0,4}?)?${PARTICIPLE}\b`;
const SHARE = new RegExp(String.raw`(?<hit>${SHARE_SRC})`, 'iu');

/** "95% of ambulance handovers within 30 minutes": a share with a time limit and no verb. */
const SHARE_WITHIN = new RegExp((
  String.raw`(?<hit>(?<![£$€\w.,/-])\d+(?:\.\d+)?\s?%\s+of\s+(?:[\w'’&/-]+\s+){1,5}?(?:within|in under|in less than|inside)\s+(?:a|` +
  String.raw`an|${AMOUNT})?[\s-]*(?:working\s+)?(?:hours?|days?|weeks?|minutes?|seconds?|h|hrs?|mins?|secs?)\b)`
), 'iu');

/** "four-hour target: 95% by March": the percentage hung on a time standard. */
const STANDARD_SHARE = new RegExp(
  String.raw`(?<hit>${SPAN}\s+(?:a&e\s+)?(?:target|standard|performance target)s?\s*(?::|is|of|at|to|=)\s*(?:\w+\s+){0,2}?\d+(?:\.\d+)?\s?%)`,
  'iu',
);

/** "answer 80% of emails within a day", "process every referral within 48 hours". */
const ACT_WITHIN_SRC = (
  String.raw`(?:answer|respond(?:ing)? to|process|clos(?:e|ing)|resolv(?:e|ing)|see|seeing|triag(?:e|ing)|clear|complet(?:e|` +
  String.raw`ing)|assess|handl(?:e|ing)|return|deal(?:ing)? with|pick(?:ing)? up|answering|processing|clearing|assessing|returning)\s+(?:(?:every|` +
  String.raw`all|each|all of the|the)\s+|(?:at least\s+|over\s+|more than\s+)?(?<![£$€\w.,/-])\d+(?:\.\d+)?\s?%\s+of\s+(?:the\s+|` +
  String.raw`all\s+)?)(?:[\w'’&/-]+\s+){0,3}?[\w'’-]+\s+(?:(?:within|in under|in less than|inside)\s+(?:a|an|${AMOUNT})?[\s-]*(?:working\s+|` +
  String.raw`calendar\s+)?(?:hours?|days?|weeks?|minutes?|seconds?|h|hrs?|mins?|secs?)\b|(?:on\s+)?the same day\b|same[- ]day\b|` +
  String.raw`first time\b|at first contact\b|in (?:one|a single) (?:touch|call|visit|contact)\b)`
);
const ACT_WITHIN = new RegExp(String.raw`\b(?<hit>${ACT_WITHIN_SRC})`, 'iu');

/** "to maintain 90% of handovers completed within 30 minutes": a directive verb carries the target. */
const DIRECTED_SHARE = new RegExp(String.raw`\b(?:to|will|must|should|shall)\s+(?:maintain|sustain|achieve|hit|reach|deliver|get|keep)\s+(?<hit>${SHARE_SRC})`, 'iu');

/** "Health visitors to complete all new birth visits within 14 days": the same speed target in an action. */
const DIRECTED_WITHIN = new RegExp(String.raw`(?:\b(?:to|will|must|should|shall)\s+|^\s*(?:[-*•]\s*)?(?:action:\s*)?)(?<hit>${ACT_WITHIN_SRC})`, 'iu');

/** A verbless share with a time limit ("95% of referrals seen within two weeks") reads as a standard being set. */
const BARE_SHARE = new RegExp(String.raw`(?<hit>${SHARE_SRC})\s+(?:within|in under|in less than|inside)\s`, 'iu');
const REPORTED_SHARE = new RegExp(
  String.raw`\b(?:was|were|is|are|has been|have been|had been|reported|achieved|managed|showed|shows|last|previous|in (?:jan|` +
  String.raw`feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|up from|down from|compared)\b`,
  '',
);

const FRAME_RE = new RegExp(TARGET_FRAME, 'giu');

/** "The trust hit the 4-hour standard on Christmas Day for the first time": "hit" as a past report, with no modal before it. */
const PAST_TIME = new RegExp(
  String.raw`\b(?:for the first time|last (?:week|month|quarter|year|winter)|yesterday|ago|since|in (?:jan|feb|mar|apr|may|` +
  String.raw`jun|jul|aug|sep|oct|nov|dec)[a-z]*|on (?:christmas|new year|boxing) day|in (?:19|20)\d\d)\b`,
  '',
);
function pastHit(lower: string, at: number): boolean {
  if (!lower.startsWith('hit ', at) || AT_ALL_COSTS.test(lower)) return false;
  const before = lower.slice(Math.max(0, at - 30), at);
  return !/\b(?:to|will|must|should|shall|can|'ll|’ll|and|or|need to|have to|has to)\s+(?:\w+\s+)?$/.test(before) && PAST_TIME.test(lower);
}

function findHit(sentence: string, lower: string): RuleHit | null {
  const hitStandard = firstMatch(HIT_STANDARD, sentence, 'hit');
  const standard = (hitStandard && !pastHit(lower, hitStandard.start)) ? hitStandard : firstMatch(STANDARD_SHARE, sentence, 'hit');
  if (standard) return standard;
  if (AT_ALL_COSTS.test(lower) && !REPORTED_STANDARD.test(lower)) {
    const named = firstMatch(NAMED_STANDARD, sentence, 'hit');
    if (named) return named;
  }
  const directed = firstMatch(DIRECTED_SHARE, sentence, 'hit') ?? firstMatch(DIRECTED_WITHIN, sentence, 'hit');
  if (directed) return directed;
  const bare = REPORTED_SHARE.test(lower) ? null : firstMatch(BARE_SHARE, sentence, 'hit');
  if (bare) return bare;
  FRAME_RE.lastIndex = 0;
  for (let m = FRAME_RE.exec(lower); m; m = FRAME_RE.exec(lower)) {
    const from = m.index + m[0].length;
    const to = clauseEnd(lower, from);
    const share = firstMatch(SHARE, sentence, 'hit', from, to) ?? firstMatch(ACT_WITHIN, sentence, 'hit', from, to) ?? firstMatch(SHARE_WITHIN, sentence, 'hit', from, to);
    if (share) return share;
  }
  return null;
}

/** The finding for a sentence, or null (shared so that bare quotas are not reported twice). */
export function detectRateTarget(sentence: string, lower: string): RuleHit | null {
  return outcomeStated(lower) ? null : findHit(sentence, lower);
}
