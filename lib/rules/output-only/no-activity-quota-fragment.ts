// A bare quota in a list or action log ("- 35 discharges before noon every day", "| 500 jabs per PCN per week |").
import { defineRule } from '../define.ts';
import { ACTIVITY, COUNT, PARTICIPLE, outcomeStated, overlaps } from '../shared/output-only-words.ts';
import { detectCountTarget } from '../shared/count-target.ts';
import { detectGrowthTarget } from '../shared/growth-target.ts';
import { detectActivityMeasure } from '../shared/activity-measure.ts';
import { detectRateTarget } from '../shared/rate-target.ts';

/** Rules that report the same words more precisely; a quota they already flag is not reported again. */
const MORE_SPECIFIC = [detectCountTarget, detectRateTarget, detectGrowthTarget, detectActivityMeasure];

const RATE = (
  String.raw`(?:(?:per|a|an|each|every)\s+(?:[\w-]+\s+)?(?:day|week|fortnight|month|quarter|term|year|shift|sprint|night)\b|` +
  String.raw`daily\b|weekly\b|monthly\b|nightly\b|before (?:noon|midday|\d{1,2}(?::\d\d)?\s?(?:am|pm)?|\d{1,2}(?:am|pm))\b|` +
  String.raw`(?:by|before) (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:by|before) (?:year[- ]end|` +
  String.raw`christmas|easter|q[1-4]\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))`
);

/**
 * The whole fragment is a quota: an optional label ("Flu:"), a count of activity, then a rate or a time of day.
 * No finite verb may come with it, so "31 referrals a day were received" and "Beds: 38 remain open" stay out.
 */
const QUOTA = new RegExp(
  (
    String.raw`^(?:[-*•◦▪‣]\s*|\d+[.)]\s*)?(?:[\w'’&/ -]{1,30}:\s*)?(?<hit>${COUNT}\s+(?:[\w'’&-]+\s+){0,3}?${ACTIVITY}(?:\s+${PARTICIPLE})?(?:\s+(?:per|` +
    String.raw`for each|across|in|at)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,2}?[\w'’&-]+?)?\s+${RATE})`
  ),
  'iu',
);

/** Reporting words that make the fragment a result rather than a quota. */
const REPORTED_FIGURE = new RegExp(
  String.raw`\b(?:average[sd]?|on average|last|previous|so far|to date|up from|down from|compared|against|versus|vs|was|were|` +
  String.raw`is|are|has|have|had|remain(?:s|ed)?|rose|fell|reached|achieved|received|recorded|reported)\b|\bin (?:jan|feb|mar|` +
  String.raw`apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b`,
  '',
);

/** A bare quota in a fragment, or null; no-activity-count-target's frames leave such a fragment to this rule. */
export function detectQuotaFragment(sentence: string, lower: string): { start: number; end: number } | null {
  if (outcomeStated(lower)) return null;
  const m = QUOTA.exec(sentence);
  const span = m?.groups?.hit;
  if (!m || !span) return null;
  const start = m.index + m[0].length - span.length;
  if (REPORTED_FIGURE.test(lower) || /\b[a-z]{3,}ed\b/.test(lower.slice(start + span.length))) return null;
  // Small numbers in a list are usually a timetable ("Yoga: 2 sessions a week"), not a quota.
  const size = Number((/\d[\d,]*/.exec(span)?.[0] ?? '0').replace(/,/g, ''));
  if (size < 10) return null;
  return { start, end: start + span.length };
}

export default defineRule({
  id: 'no-activity-quota-fragment',
  category: 'output-only',
  practice: 2,
  severity: 'info',
  description: 'A bare quota of activity in a list, decision log or action table, with no outcome beside it.',
  trigger: new RegExp(
    String.raw`(?:per|a|an|each|every)\s+(?:[\w-]+\s+)?(?:day|week|fortnight|month|quarter|term|year|shift|sprint|night)\b|daily|` +
    String.raw`weekly|monthly|nightly|before (?:noon|midday|\d)|(?:by|before) (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|` +
    String.raw`aug|sep|oct|nov|dec|year|christmas|easter|q[1-4]|\d)`,
    'u',
  ),
  messages: {
    found: '“{{match}}” reads as a quota of activity.',
  },
  check(ctx) {
    const hit = detectQuotaFragment(ctx.sentence, ctx.lower);
    if (!hit || MORE_SPECIFIC.some((detect) => overlaps(hit, detect(ctx.sentence, ctx.lower)))) return [];
    return [hit];
  },
  suggest: () => [{ title: 'Add who ends up better off and how: “…, so that …”' }],
  examples: {
    invalid: ['- 40 home visits per nurse per week', 'Smoking: 120 quit sessions a month across the two hubs'],
    valid: ['- 40 home visits per nurse per week last winter, up from 32', '- 31 referrals a day were received in July'],
  },
});
