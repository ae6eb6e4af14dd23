// A target stated as a share of throughput within a time ("95% of calls answered within 60 seconds", "hit the 4-hour target").
import { defineRule } from '../define.ts';
import { outcomeStated } from '../shared/output-only-words.ts';
import { frameTrigger, firstFrameHit } from '../shared/frames.ts';
import { COVERAGE_SHARE_FRAMES, RATE_FLOOR_FRAMES, RATE_PUSH_FRAMES, TIME_SHARE_FRAMES } from '../shared/output-only-frames.ts';
import { detectRateTarget } from '../shared/rate-target.ts';

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = /%|per ?cent|\bwithin\b|same[- ]day|first (?:time|contact)|in (?:one|a single) |\b(?:target|standard)s?\b/u;
const FRAMES = [RATE_FLOOR_FRAMES, TIME_SHARE_FRAMES, RATE_PUSH_FRAMES, COVERAGE_SHARE_FRAMES];
const TRIGGER = frameTrigger(BASE_TRIGGER, ...FRAMES);

export default defineRule({
  id: 'no-throughput-rate-target',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'A target stated as a share of work processed in time ("95% of calls answered within 60 seconds", "hit the 4-hour target").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” makes processing speed the target.',
  },
  check(ctx) {
    const base = TRIGGER.baseTest(ctx.lower) ? detectRateTarget(ctx.sentence, ctx.lower) : null;
    const hit = base ?? (outcomeStated(ctx.lower) ? null : (FRAMES.map((f) => firstFrameHit(f, ctx)).find(Boolean) ?? null));
    return hit ? [hit] : [];
  },
  suggest: () => [
    { title: 'Add who ends up better off and how: “…, so that …”' },
    { title: 'State the wait from the patient’s side, such as fewer people waiting over 12 hours' },
  ],
  examples: {
    invalid: [
      'Target: 98% of repair requests logged within two working days.',
      'The trust wants to meet the 18-week standard by the autumn.',
    ],
    valid: [
      'The 18-week figure was 64% in May; members asked what the waits meant for people in pain.',
      'Aim: 80% of people who fall at home reached within an hour, so that fewer lie on the floor overnight.',
    ],
  },
});
