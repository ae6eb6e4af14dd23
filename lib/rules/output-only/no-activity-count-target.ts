// A target or commitment stated as a count of activity ("deliver 2,000 health checks", "target: 30 discharges a day").
import { defineRule } from '../define.ts';
import { ACTIVITY, NUM, PARTICIPLE, THROUGHPUT_VERB, outcomeStated, overlaps } from '../shared/output-only-words.ts';
import { frameTrigger } from '../shared/frames.ts';
import { COUNT_FRAMES, PLAN_COUNT_FRAMES, TARGET_LABEL_FRAMES, bigEnough } from '../shared/output-only-frames.ts';
import { detectCountTarget } from '../shared/count-target.ts';
import { detectQuotaFragment } from './no-activity-quota-fragment.ts';

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp((
  String.raw`^(?=[\s\S]*?(?:\d|\b${NUM}\b))[\s\S]*?(?:\b(?:each|every|targets?|goals?|aims?|ambitions?|kpis?|okrs?|commit\w*|` +
  String.raw`pledge\w*|expect\w*|trajector\w*)\b|\b${ACTIVITY}\b|\b${PARTICIPLE}\b|\b(?:treat|see|assess|triage|vaccinate|immunise|` +
  String.raw`screen|discharge|admit|process)\s|\b${THROUGHPUT_VERB}\s+(?:\w+\s+){0,3}?(?:\d|${NUM}\b))`
), 'u');
const TRIGGER = frameTrigger(BASE_TRIGGER, COUNT_FRAMES, TARGET_LABEL_FRAMES, PLAN_COUNT_FRAMES);

export default defineRule({
  id: 'no-activity-count-target',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'A target or commitment stated as a number of appointments, checks, calls, visits or other activity.',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” makes a count of activity the target.',
  },
  check(ctx) {
    const base = TRIGGER.baseTest(ctx.lower) ? detectCountTarget(ctx.sentence, ctx.lower) : null;
    // Set by set, stopping at the first that reports a count big enough to be a quota.
    const frames = () => {
      for (const set of [COUNT_FRAMES, TARGET_LABEL_FRAMES, PLAN_COUNT_FRAMES]) {
        const hit = set.run(ctx).find((h) => bigEnough(h.data?.count, ctx.lower));
        if (hit) return hit;
      }
      return null;
    };
    const hit = base ?? (outcomeStated(ctx.lower) ? null : frames());
    // A bare quota fragment is no-activity-quota-fragment's to report; a frame does not report it twice.
    if (!base && hit && overlaps(hit, detectQuotaFragment(ctx.sentence, ctx.lower))) return [];
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
