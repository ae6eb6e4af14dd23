// Blame idioms: "dropped the ball", "let us down", "thrown under the bus", "naming and shaming".
import { defineRule } from '../define.ts';

export default defineRule({
  id: 'no-blame-idiom',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Blame idioms that pin a failure on someone ("dropped the ball", "let us down").',
  trigger: /\b(?:ball|let (?:us|me|them|the \w+|everyone|patients|residents) down|under the bus|nam(?:e|ing) and sham|scapegoat)/,
  messages: {
    found: '“{{match}}” pins the failure on someone. Describe what happened and what got in the way.',
  },
  regex: [
    /\b(?:dropped|drop|drops|dropping) the ball\b/i,
    /\bthe ball (?:was|has been|got|had been) dropped\b/i,
    /\blet (?:us|me|them|the \w+|everyone|patients|residents) down\b/i,
    /\b(?:thrown|threw|throw|throwing) (?:\w+ )?under the bus\b/i,
    /\bnam(?:e|ing) and sham(?:e|ing)\b/i,
    /\bscapegoat(?:s|ed|ing)?\b/i,
  ],
  suggest: () => [],
  examples: {
    invalid: ['The council dropped the ball on discharge letters.', 'Once again the supplier let us down.'],
    valid: ['Discharge letters were delayed; we will map the hand-offs together.'],
  },
});
