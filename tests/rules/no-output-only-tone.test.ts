// Table tests for no-output-only-tone: the tone model on fresh sentences (none of them in data/train).
import rule from '../../lib/rules/output-only/no-output-only-tone.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    // Hard negatives: numbers reported, and targets tied to an outcome for people.
    'The clinic saw 212 patients in March, up from 180 in February.',
    'We will offer 400 home visits a quarter so that fewer older people are admitted after a fall.',
    'The volunteers ran 14 sessions last month and people said they felt less isolated.',
    'Numbers attending the drop-in have doubled since the move.',
    // No target word at all: a count in passing is not a target, whatever the model thinks.
    'Forty people came to the carers’ coffee morning in the library.',
  ],
  invalid: [
    { text: 'From April the hubs will be measured on slots filled.', problems: [{ match: 'measured on slots filled', suggestions: [{ title: /changes for people/, output: 'From April the hubs will be measured on slots filled, and on whether people get care when they need it and feel better for it.' }, { title: /better off/ }] }] },
    { text: 'ACTION: community team to get 60 new carers through the door each month.', problems: 1 },
  ],
});
