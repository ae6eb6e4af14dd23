// Table tests for no-org-centric-tone: the tone model on fresh sentences (none of them in data/train).
import rule from '../../lib/rules/org-centric/no-org-centric-tone.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    // Hard negatives: organisations, "our" and "own" used in shared or neutral framing.
    'The council explained its statutory duty covers the assessment and offered to share the waiting list.',
    'Our team will lend two nurses to the hub on Fridays.',
    'The trust and the council agreed to split the cost of the new post equally.',
    'Each partner will keep its own records but share a monthly summary.',
    'We lost the referral in our own inbox and have set up a shared tracker.',
    'Apologies were received from the council and the hospice.',
    // Exclusivity set by a contract or a national rule is recorded, not chosen.
    'The clinic is for our registered patients only, as set out in the contract.',
    'The vaccine stock is for our registered list only under the national rules.',
  ],
  invalid: [
    { text: 'Our nurses are for our patients; the hub will have to recruit its own.', problems: [{ match: 'Our nurses are for our patients', suggestions: [{ title: /people served/, output: 'Our nurses are for the people we all serve; partners will plan together with the hub.' }, { title: /people served/, output: 'Our nurses are for the people we all serve; the hub will have to recruit its own.' }, { title: /shared system/ }, { title: /decide together/ }] }] },
    { text: 'The trust’s beds are for the trust’s patients first; the council can find its own step-down.', problems: [{ match: 'trust’s patients first' }] },
    { text: 'The charity wants its logo bigger than the council’s on every leaflet before it signs up.', problems: 1 },
  ],
});
