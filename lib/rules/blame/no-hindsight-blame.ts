// Hindsight about others: "should have known", "should have been caught", "if they had done their job".
import { defineRule } from '../define.ts';
import { type Frame, globalOf, isAgentPhrase, runFrames, spaced } from '../shared/blame-words.ts';
import type { RuleContext, RuleHit } from '../define.ts';

/** Verbs of noticing, checking and acting: in hindsight they charge someone with a lapse. */
const LAPSE = String.raw`(?:known(?: better)?|realised|realized|spotted|noticed|caught|checked|double[- ]checked|seen|foreseen|anticipated|predicted|flagged|escalated|picked (?:up|this up|it up)|acted(?: sooner| earlier)?|followed (?:up|this up|it up)|listened|tested|reviewed|thought|warned|told|consulted|rushed|raised|reported|informed|chased|prevented|stopped|referred|intervened|called|rung|phoned|visited|contacted|stepped in|spoken up|challenged|investigated|supervised|monitored|done (?:more|better|something|their job)|been (?:more careful|more thorough|on top of))`;

const FRAMES: Frame[] = [
  // "the provider should have known", "This should have been caught in review", "shouldn't have been rushed"
  {
    re: new RegExp(String.raw`\b(?<verb>(?:should|ought to)(?: not|n['’]t)?|shouldn['’]t) (?:really |surely |obviously |clearly |easily |at least )?have (?:been )?${LAPSE}\b`, 'iu'),
    subject: 'not-self',
  },
  // "if the pharmacists had done their job", "had they bothered to check"
  {
    re: /\bif\b[^,;.]{0,40}?\b(?<verb>had|did|were|was|['’]d)\s+(?:only |just |actually |simply |properly |been )?(?:do(?:ne|ing)? (?:their|his|her|its) (?:jobs?|homework)(?: properly)?|bothered(?: to \p{L}+)?|listened|paid attention|tested|checked|read|followed|turned up|picked (?:it|this|that) up)\b/iu,
    subject: 'agent',
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

/** What someone did not do, in a counterfactual: "had done the checks properly", "had picked up their bleep", "had listened to us". */
const UNDONE = String.raw`(?:done (?:the|their|his|her|its|what|as) [^,;.]{1,40}?|done (?:the|their|his|her|its) (?:jobs?|homework)|listened(?: to [^,;.]{1,30}?)?|checked [^,;.]{1,40}?|picked up (?:the|their|his|her|its|a) [\p{L}-]+|answered (?:the|their|his|her|its) [\p{L}-]+|sent (?:the|their|his|her|its) [^,;.]{1,30}? on time|read (?:the|their|his|her|its) [^,;.]{1,30}?|followed (?:the|their|his|her|its) [^,;.]{1,30}?|turned up(?: on time)?|returned (?:the|our|my|a) [\p{L}-]+|bothered to [\p{L}]+[^,;.]{0,30}?)`;
/** "If the ward clerk had done the job she is paid for, …", "Had the brokerage team listened to us in March, we would not …". */
const COUNTERFACTUAL = new RegExp(String.raw`\b(?:if (?<who>(?:the |their |that |a )?[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,4}?) had|had (?<who2>(?:the |their |that |a )?[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,4}?)) (?:only |just |actually |simply |properly |bothered to )?${UNDONE}(?: [^,;.]{0,40}?)?, [^.;]{0,60}?\b(?:would|wouldn['’]t|['’]d|could|might)\b`, 'iu');
function counterfactual(ctx: RuleContext): RuleHit[] {
  const out: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(globalOf(COUNTERFACTUAL))) {
    const who = m.groups!.who ?? m.groups!.who2;
    if (/^(?:we|i|our|my|us)\b/i.test(who) || !isAgentPhrase(who)) continue;
    const end = m.index! + m[0].indexOf(',');
    out.push({ start: m.index!, end });
  }
  return out;
}

const CURIOUS = spaced(
  /\b(?:look|looked|looking|ask|asked|asking|understand|explore|explored|find out|learn|learned|learnt|review) (?:at |into )?(?:why|what|how)\b/iu,
);

export default defineRule({
  id: 'no-hindsight-blame',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Hindsight about others (“should have known”, “should have been caught”, “if they had done their job”).',
  trigger: spaced(
    /(?:(?:should|ought to|shouldn['’]t)(?: not)? (?:\S+ )?have |\bif\b[\s\S]{0,60}\b(?:had|did|were|was|['’]d)\b|\bhad (?:they|he|she|the|their|that|a)\b|^\W*had \S+ |despite (?:being|knowing|having|repeated|several|many|clear|warnings|reminders)|full well)/,
  ),
  messages: {
    found: '“{{match}}” judges others with hindsight. Ask what they knew at the time and what would have helped them see it.',
  },
  unless: [spaced(/\b(?:we|i) (?:should|ought|shouldn)/)],
  // Hindsight followed by a curious question ("… and the team will look at why") is a learning account.
  check: (ctx) => {
    if (CURIOUS.test(ctx.sentence)) return [];
    const hits = runFrames(ctx, FRAMES);
    return [...hits, ...counterfactual(ctx).filter((c) => !hits.some((h) => h.start < c.end && c.start < h.end))];
  },
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
