// A sentence that reads as blame as a whole, judged by the tone model where no blame phrase rule matched.
import { defineToneRule } from '../shared/tone-rule.ts';

export default defineToneRule({
  id: 'no-blame-tone',
  category: 'blame',
  model: 'blame',
  practice: 4,
  description: 'A sentence that reads as blame overall, in wording the phrase rules do not know (tone model).',
  found:
    'Reads as blame, mostly through “{{match}}” (tone model, {{confidence}} sure).',
  suggestions: [
    { title: 'Describe what happened and what got in the way, without naming a culprit' },
    { title: 'Ask the people involved what would help next time' },
  ],
  examples: {
    invalid: ['Members felt the estates contractor had dragged out the repairs for a year.'],
    valid: ['The discharge letters went out late because the template changed; the ward will pilot a checklist.'],
  },
});
