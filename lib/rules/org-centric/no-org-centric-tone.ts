// A sentence that puts one organisation first as a whole, judged by the tone model where no org-centric phrase rule matched.
import { defineToneRule } from '../shared/tone-rule.ts';
import { LEGITIMATE_BASIS } from '../shared/org-centric-words.ts';

export default defineToneRule({
  id: 'no-org-centric-tone',
  category: 'org-centric',
  model: 'org',
  practice: 1,
  description: 'A sentence that puts one organisation ahead of the shared system overall, in wording the phrase rules do not know (tone model).',
  found:
    'Puts one organisation first, mostly through “{{match}}” (tone model, {{confidence}} sure).',
  unless: [LEGITIMATE_BASIS],
  suggestions: [
    { title: 'Reframe around the shared system and the community it serves' },
    { title: 'Record the views heard and how partners will decide together' },
  ],
  examples: {
    invalid: ['Our nurses are for our patients; the hub will have to recruit its own.'],
    valid: ['Partners agreed to pool the winter funding and review its use together in March.'],
  },
});
