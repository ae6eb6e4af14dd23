// Table tests for no-blame-idiom.
import rule from '../../lib/rules/blame/no-blame-idiom.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'The ball was passed to the ICB for a decision.',
    'We will not let the momentum drop.',
  ],
  invalid: [
    { text: 'The council dropped the ball on referrals.', problems: [{ match: 'dropped the ball' }] },
    { text: 'Once again the supplier let us down.', problems: [{ match: 'let us down' }] },
    {
      text: 'She said they threw us under the bus.',
      problems: [{ match: 'threw us under the bus', message: /Reported speech/ }],
    },
  ],
});
