// One-click rewrites for the blame frames (lib/rewrite/blame-frames.ts): each kind gives exactly the text shown and clears blame.
import { describe } from 'vitest';
import { itRewrites } from './rewrite-cases.ts';

describe('blame frame rewrites', () => {
  itRewrites([
    { kind: 'a lapse verb on a named team', rule: 'no-blame-idiom', text: 'Coding team mangled the data return again.',
      output: 'The data return went wrong; the partners will look together at what keeps getting in the way.' },
    { kind: 'let X spiral', rule: 'no-sarcastic-repetition', text: 'After the care navigators let the backlog spiral, the board met.',
      output: 'After the backlog spiralled, the board met; the partners will look together at what got in the way.' },
    { kind: 'which person let it get into this state', rule: 'no-sarcastic-repetition',
      text: 'ACTION: FO to establish which pharmacist let the controlled drugs register get into this state.',
      output: 'ACTION: FO to establish how the controlled drugs register got into this state.' },
    { kind: "someone's doing", rule: 'no-culprit-hunt', text: 'The ambulance delay was the trust’s doing, full stop.',
      output: 'The ambulance delay was a matter to look at together with the trust; the partners will look together at what got in the way.' },
    { kind: 'a character adjective before a team', rule: 'no-judgement-word', text: 'The idle booking team were told to process the referrals.',
      output: 'The booking team were told to process the referrals.' },
    { kind: 'a verdict on work', rule: 'no-judgement-word', text: 'The contractor’s shoddy work on the lift put residents at risk.',
      output: 'The contractor’s work on the lift put residents at risk.' },
    { kind: 'too slow', rule: 'no-judgement-word', text: 'The call handlers were too slow over the winter.',
      output: 'There were problems with the call handlers’ work over the winter; the partners will ask what made it hard and what would help.' },
    { kind: 'a bare aside', rule: 'no-sarcastic-repetition', text: 'Lab mislaid the bloods. Typical.',
      output: 'Lab mislaid the bloods. The partners will ask what got in the way.' },
    { kind: 'an aside between commas', rule: 'no-sarcastic-repetition', text: 'Highways, in their infinite wisdom, dug up the same road twice in a month.',
      output: 'Highways dug up the same road twice in a month.' },
    { kind: 'which idiot', rule: 'no-culprit-hunt', text: 'ACTION: KD to find out which idiot in the booking hub double-booked the vaccination clinic.',
      output: 'ACTION: KD to find out how the vaccination clinic came to be double-booked.' },
    { kind: 'who signed off on', rule: 'no-culprit-hunt', text: 'Who signed off on pushing that config straight to prod without review?',
      output: 'What led to pushing that config straight to prod without review?' },
    { kind: 'fobbed off', rule: 'no-blame-idiom', text: 'Repairs team fobbed the tenant off for months.',
      output: 'The tenant did not get a proper answer for months; the partners will look together at what got in the way.' },
    { kind: 'sat on', rule: 'no-blame-idiom', text: 'Members noted the ICB had again sat on the business case.',
      output: 'Members noted the business case had been held up; the partners will look together at what keeps getting in the way.' },
    { kind: 'another week, another', rule: 'no-sarcastic-repetition', text: 'Another month, another missed deadline from the commissioning support unit.',
      output: 'This month: a missed deadline from the commissioning support unit; the partners will look together at what keeps getting in the way.' },
    { kind: 'too much to ask', rule: 'no-sarcastic-repetition', text: 'Is it too much to ask that the data team test a dashboard before sending it to the board?',
      output: 'Can the partners agree that the data team test a dashboard before sending it to the board?' },
  ]);
});
