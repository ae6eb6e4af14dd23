// A target or commitment stated as a count of activity ("deliver 2,000 health checks", "target: 30 discharges a day").
import { defineRule, type RuleHit } from '../define.ts';
import {
  ACTIVITY,
  COUNT,
  DIRECTIVE,
  NUM,
  PARTICIPLE,
  PERIOD,
  PURPOSE,
  TARGET_FRAME,
  THROUGHPUT_VERB,
  clauseEnd,
  clauseStart,
  firstMatch,
  outcomeStated,
} from '../shared/output-only-words.ts';

/** What is counted: a known unit of activity, or any plural noun followed by a throughput participle. */
const COUNTED = String.raw`(?:(?:[\w'’&-]+\s+){0,4}?${ACTIVITY}\b(?:\s+${PARTICIPLE}\b)?|(?:[\w'’&-]+\s+){0,3}?[\w-]+s\s+${PARTICIPLE}\b)`;

/** "to deliver 2,400 NHS Health Checks", "ACTION: close 40 tickets", "must deliver 3,500 next month". */
const DIRECTED = new RegExp(
  String.raw`${DIRECTIVE}\s*(?:(?:also|then|now|still|consistently|collectively|jointly|each|together)\s+)?(?:be able to\s+)?\b${THROUGHPUT_VERB}\s+(?:(?:its|their|our|the|a total of|a further)\s+)?(?<hit>${COUNT}\s+${COUNTED})`,
  'iu',
);

/** Throughput counted in people: "treat 3,000 more outpatients", "see 40 extra patients a day". */
const PEOPLE_THROUGHPUT = new RegExp(
  String.raw`${DIRECTIVE}\s*\b(?:treat|see|assess|triage|vaccinate|immunise|screen|discharge|admit|process)\s+(?<hit>${COUNT}\s+(?:(?:more|extra|additional|new)\s+)?(?:out-?patients|in-?patients|patients|people|clients|cases|service users|children|adults|residents)\b(?:\s+${PERIOD})?)`,
  'iu',
);

/** The same with the unit left implicit ("must deliver 3,500 next month"), when the sentence names the activity. */
const DIRECTED_ELLIPTIC = new RegExp(
  String.raw`${DIRECTIVE}\s*\b(?:deliver|complete|process|clear|close|hit|achieve|reach|do)\s+(?:(?:at least|an extra|a further|another)\s+)?(?<hit>(?<![£$€\d.,])${NUM}(?:\s?%)?(?:\s+(?:more|extra|additional))?)\s+(?:next|this|per|a|an|each|every|by|before|over|in|from|until)\b`,
  'iu',
);

/** A count of activity after a target word: "target: 1,800 scans a month", "committed to 12,000 appointments". */
const FRAMED = new RegExp(String.raw`(?<hit>${COUNT}\s+${COUNTED})`, 'iu');

/** A bare rate after a target word when the activity is named elsewhere: "against a target of 800 a month". */
const FRAMED_RATE = new RegExp(String.raw`\b(?:target|goal|aim|ambition|trajectory)s?\s+(?:\w+\s+){0,3}?(?:of|to|is|at|for)\s+(?<hit>${COUNT}\s+${PERIOD})`, 'iu');

/** The count first, the target word after it: "400 visits a week is the goal". */
const TRAILING = new RegExp(String.raw`(?<hit>${COUNT}\s+${COUNTED})(?:\s+${PERIOD})?\s+(?:is|are|remains?|as|will be)\s+(?:the|our|its|their|a|an)\s+(?:\w+\s+)?(?:target|goal|aim|kpi|ambition|commitment|objective)\b`, 'iu');

const FRAME_RE = new RegExp(TARGET_FRAME, 'giu');
const ACTIVITY_RE = new RegExp(String.raw`\b${ACTIVITY}\b`, 'iu');

function findHit(sentence: string, lower: string): RuleHit | null {
  const direct = firstMatch(DIRECTED, sentence, 'hit') ?? firstMatch(PEOPLE_THROUGHPUT, sentence, 'hit');
  if (direct) return direct;
  if (ACTIVITY_RE.test(lower)) {
    const elliptic = firstMatch(DIRECTED_ELLIPTIC, sentence, 'hit');
    if (elliptic) return elliptic;
  }
  const trailing = firstMatch(TRAILING, sentence, 'hit');
  if (trailing) return trailing;
  FRAME_RE.lastIndex = 0;
  for (let m = FRAME_RE.exec(lower); m; m = FRAME_RE.exec(lower)) {
    const from = m.index + m[0].length;
    const to = clauseEnd(lower, from);
    const framed = firstMatch(FRAMED, sentence, 'hit', from, to);
    if (framed) return framed;
    if (ACTIVITY_RE.test(lower.slice(clauseStart(lower, m.index), to))) {
      const rate = firstMatch(FRAMED_RATE, sentence, 'hit', m.index, to);
      if (rate) return rate;
    }
  }
  return null;
}

export default defineRule({
  id: 'no-activity-count-target',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'A target or commitment stated as a number of appointments, checks, calls, visits or other activity.',
  trigger: new RegExp(String.raw`\b${ACTIVITY}\b|\b${PARTICIPLE}\b|\b(?:treat|see|assess|triage|vaccinate|immunise|screen|discharge|admit|process)\s`, 'u'),
  messages: {
    found: '“{{match}}” makes a count of activity the target. Say who should end up better off and how, so the number serves that.',
  },
  check(ctx) {
    if (outcomeStated(ctx.lower) || PURPOSE.test(ctx.lower)) return [];
    const hit = findHit(ctx.sentence, ctx.lower);
    return hit ? [hit] : [];
  },
  suggest: () => [
    { title: 'Add who ends up better off and how: “…, so that …”' },
    { title: 'Pair the count with an outcome measure, such as people reporting they feel better supported' },
  ],
  examples: {
    invalid: [
      'ACTION: the hub to carry out 350 benefit assessments by the end of June.',
      'Target for the minor injuries unit: 2,500 attendances a month.',
      'The pharmacy team committed to 900 extra blood pressure checks this winter.',
    ],
    valid: [
      'The hub carried out 350 benefit assessments in June.',
      'Target: 900 extra blood pressure checks, in order to find people with untreated hypertension before they have a stroke.',
      'Forty-two people joined the walking group in its first month.',
    ],
  },
});
