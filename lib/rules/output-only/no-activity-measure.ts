// Success judged by a count of activity ("judged on the number of leaflets distributed", "KPI: visits per shift").
import { defineRule } from '../define.ts';
import { outcomeStated } from '../shared/output-only-words.ts';
import { frameTrigger, firstFrameHit } from '../shared/frames.ts';
import { HEADLINE_FRAMES, YARDSTICK_FRAMES } from '../shared/output-only-frames.ts';
import { detectActivityMeasure } from '../shared/activity-measure.ts';

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp(
  String.raw`\b(?:kpis?|okrs?|metrics?|success|measur\w*|managed|commissioned|contracted|basis|performance|reported|judg\w*|` +
  String.raw`assess\w*|evaluat\w*|monitored|rat(?:e|es|ed|ing)|scor\w*|paid|funded|accountable|account|track\w*|indicators?|` +
  String.raw`headline|only (?:number|figure|thing|metric))\b`,
  'u',
);
const TRIGGER = frameTrigger(BASE_TRIGGER, HEADLINE_FRAMES, YARDSTICK_FRAMES);

export default defineRule({
  id: 'no-activity-measure',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'Success measured only by activity ("judged on the number of leaflets distributed", "KPI: visits per shift").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” measures success by activity alone.',
  },
  check(ctx) {
    const base = TRIGGER.baseTest(ctx.lower) ? detectActivityMeasure(ctx.sentence, ctx.lower) : null;
    const hit = base ?? (outcomeStated(ctx.lower) ? null : (firstFrameHit(HEADLINE_FRAMES, ctx) ?? firstFrameHit(YARDSTICK_FRAMES, ctx)));
    return hit ? [hit] : [];
  },
  suggest: () => [
    { title: 'Add a measure of who ends up better off and how' },
    { title: 'Keep the count as a check on activity, next to an outcome the activity should change' },
  ],
  examples: {
    invalid: [
      'The befriending grant will be judged on the number of home visits made by volunteers.',
      'Headline KPI for the hub: referrals processed per week.',
    ],
    valid: [
      'The befriending grant will be judged on how many people say they feel less alone.',
      'Referrals processed per week were reported alongside feedback from families.',
    ],
  },
});
