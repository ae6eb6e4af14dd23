// Hindsight about others: "should have known", "should have been caught", "if they had done their job".
import { defineRule } from '../define.ts';
import { type Frame, runFrames, spaced } from '../shared/blame-words.ts';
import { frameTrigger } from '../shared/frames.ts';
import { HINDSIGHT_FRAMES } from '../shared/blame-frames.ts';

/** Verbs of noticing, checking and acting: in hindsight they charge someone with a lapse. */
const LAPSE = (
  String.raw`(?:known(?: better)?|realised|realized|spotted|noticed|caught|checked|double[- ]checked|seen|foreseen|anticipated|` +
  String.raw`predicted|flagged|escalated|picked (?:up|this up|it up)|acted(?: sooner| earlier)?|followed (?:up|this up|it up)|` +
  String.raw`listened|tested|reviewed|thought|warned|told|consulted|rushed|raised|reported|informed|chased|prevented|stopped|` +
  String.raw`referred|intervened|called|rung|phoned|visited|contacted|stepped in|spoken up|challenged|investigated|supervised|` +
  String.raw`monitored|done (?:more|better|something|their job)|been (?:more careful|more thorough|on top of))`
);

const FRAMES: Frame[] = [
  // "the provider should have known", "This should have been caught in review", "shouldn't have been rushed"
  {
    re: new RegExp(String.raw`\b(?<verb>(?:should|ought to)(?: not|n['’]t)?|shouldn['’]t) (?:really |surely |obviously |clearly |easily |at least )?have (?:been )?${LAPSE}\b`, 'iu'),
    subject: 'not-self',
  },
  // "if the pharmacists had done their job", "had they bothered to check"
  {
    re: new RegExp(
      String.raw`\bif\b[^,;.]{0,40}?\b(?<verb>had|did|were|was|['’]d)\s+(?:only |just |actually |simply |properly |been )?(?:do(?:ne|` +
      String.raw`ing)? (?:their|his|her|its) (?:jobs?|homework)(?: properly)?|bothered(?: to \p{L}+)?|listened|paid attention|tested|` +
      String.raw`checked|read|followed|turned up|picked (?:it|this|that) up)\b`,
      'iu',
    ),
    subject: 'not-self',
  },
  { re: /\bhad (?:they|he|she|the \p{L}+) (?:only |just |actually )?(?:done (?:their|his|her|its) jobs?|bothered|listened|checked)\b/iu },
  // "despite being aware of the risk", "despite having been warned"
  {
    re: /\bdespite (?:being (?:aware|told|warned|reminded)|knowing|having been (?:told|warned|reminded)|(?:repeated |several |many |clear )?(?:warnings|reminders))\b/iu,
    subject: 'not-self',
  },
  // "with hindsight they ought to", "they knew full well"
  { re: /\b(?<verb>knew|know) full well\b/iu, subject: 'not-self' },
];

const CURIOUS = spaced(
  /\b(?:look|looked|looking|ask|asked|asking|understand|explore|explored|find out|learn|learned|learnt|review) (?:at |into )?(?:why|what|how)\b/iu,
);

/** The rule's own first pass; the hindsight frames add their derived index words. */
const BASE_TRIGGER = spaced(
  new RegExp(
    String.raw`(?:(?:should|ought to|shouldn['’]t)(?: not)? (?:\S+ )?have |\bif\b[\s\S]{0,60}\b(?:had|did|were|was|['’]d)\b|\bhad (?:they|` +
    String.raw`he|she|the)\b|despite (?:being|knowing|having|repeated|several|many|clear|warnings|reminders)|full well)`,
    '',
  ),
);
const TRIGGER = frameTrigger(BASE_TRIGGER, HINDSIGHT_FRAMES);

export default defineRule({
  id: 'no-hindsight-blame',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Hindsight about others (“should have known”, “should have been caught”, “if they had done their job”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” judges others with hindsight.',
  },
  unless: [spaced(/\b(?:we|i) (?:should|ought|shouldn)/)],
  // Hindsight followed by a curious question ("… and the team will look at why") is a learning account.
  check: (ctx) => (CURIOUS.test(ctx.sentence) ? [] : [...(TRIGGER.baseTest(ctx.lower) ? runFrames(ctx, FRAMES) : []), ...HINDSIGHT_FRAMES.run(ctx)]),
  suggest: () => [
    { title: 'Ask what people knew at the time and what would have helped them see it' },
    { title: 'Record what will change so it is easier to spot next time' },
  ],
  examples: {
    invalid: [
      'The locum should have spotted the interaction between the two medicines.',
      'This error should have been picked up at the planning stage.',
      'If the agency had done its job properly, none of this would have happened.',
    ],
    valid: [
      'We should have checked the rota before confirming the clinic dates.',
      'The new form should have a field for the carer’s contact details.',
      'The letters should have been sent on Monday; a new date has been agreed.',
    ],
  },
});
