// A plan to grow activity for its own sake ("increase activity by 10%", "double the number of sessions booked").
import { defineRule } from '../define.ts';

import { COVERAGE, detectGrowthTarget } from '../shared/growth-target.ts';

export default defineRule({
  id: 'no-activity-growth-target',
  category: 'output-only',
  practice: 2,
  severity: 'warning',
  description: 'A plan to grow activity itself ("increase activity by 10%", "double the number of sessions booked").',
  trigger: /\b(?:increas|rais|boost|grow|expand|lift|step|ramp|push|scal|doubl|tripl|quadrupl|maximi[sz]|get|getting|bring|take|taking)|\b(?:rise|uplift|growth|expansion|more) in\b|\+\s*\d/u,
  messages: {
    found: '“{{match}}” sets more activity as the aim.',
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
