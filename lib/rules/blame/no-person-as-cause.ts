// A person, team or organisation as the subject of a failure ("the council failed to…", "QA let another bug slip through").
import { defineRule, type SuggestInput } from '../define.ts';
import { type Frame, isAgentPhrase, runFrames, spaced } from '../shared/blame-words.ts';
import type { RuleContext, RuleHit } from '../define.ts';

const PEOPLE_OBJECT = (
  String.raw`(?:us|me|them|him|her|you|patients|residents|families|the family|the patient|people|the public|children|carers|` +
  String.raw`service users|users|customers|the community|our \w+|(?:their|its|his|her) (?:\w+ )?(?:children|pupils|students|` +
  String.raw`patients|residents|tenants|clients|users|customers|families|carers|members|staff|community|communities))`
);

const FRAMES: Frame[] = [
  // "the trust failed to …", "the head of maths had failed to …", "JR forgot to …"
  // Machines fail to start or load; that is a neutral account, whatever the subject.
  {
    re: new RegExp(
      String.raw`\b(?<verb>failed) to (?!(?:secure|obtain|win|receive|attract|recruit|fill|gain|qualify|purchase|buy|procure|source|` +
      String.raw`get (?:planning|funding|permission|approval|agreement|a grant|the grant|enough))\b)(?!(?:start|restart|load|boot|` +
      String.raw`respond|connect|run|deploy|build|compile|scale|launch|sync|update|install|render|resolve|parse|open|close|save|` +
      String.raw`upload|download|trigger|fire|execute|complete successfully)\b)\p{L}+`,
      'iu',
    ),
    subject: 'agent',
  },
  // Things do not forget: "… and crucially, forgot to update the head" needs no named subject.
  { re: /\b(?<verb>(?:neglected|forgot|omitted)) to \p{L}+/iu, subject: 'not-self' },
  // "the locum clean forgot about the visit", "reception forgot all about the referral": said of a person or team only.
  {
    re: new RegExp(
      String.raw`\b(?<verb>(?:clean |completely |totally |simply |just )?(?:forgot|forgotten)) (?:all )?(?:about )?(?:(?:Mrs?|Ms|` +
      String.raw`Dr|Miss) )?(?:the|a|an|their|his|her|its|this|that|\p{L}+['’]s) (?:\p{L}+ ){0,2}?(?:meeting|appointment|visit|` +
      String.raw`review|referral|care|package|request|call|booking|clinic|patient|resident|family|tenant|letter|case|assessment|` +
      String.raw`follow-up|handover|alert|order|medication|prescription|delivery|discharge|session|panel|plan)s?\b`,
      'iu',
    ),
    subject: 'agent',
  },
  // "the council failed us", "the provider has failed residents"
  { re: new RegExp(String.raw`\b(?<verb>failed) ${PEOPLE_OBJECT}\b`, 'i'), subject: 'agent' },
  // "the council's refusal to share data", "their failure to act"
  {
    re: /\b(?:\p{L}+['’]s?|their|his|her) (?<verb>(?:refusal|failure|unwillingness)) to \p{L}+/iu,
    subject: 'agent',
  },
  // "didn't bother to follow up", "couldn't be bothered", "simply didn't try"
  {
    re: new RegExp(
      String.raw`\b(?<verb>(?:could ?n[o'’]t be|could not be|can ?n[o'’]t be|cannot be)) bothered\b(?: to \p{L}+)?|\b(?<verb2>(?:did ?n[o'’]t|` +
      String.raw`did not|had ?n[o'’]t|had not|has ?n[o'’]t|has not|have ?n[o'’]t|have not|never|not)) (?:even )?(?:bother|bothered) (?:to \p{L}+|` +
      String.raw`\p{L}+ing)\b`,
      'iu',
    ),
    subject: 'not-self',
  },
  {
    re: new RegExp(
      String.raw`\b(?<verb>simply|just) (?:did ?n[o'’]t|did not|could ?n[o'’]t|would ?n[o'’]t|had ?n[o'’]t|had not|has ?n[o'’]t|` +
      String.raw`has not|not|never) (?:done|do|try|tried|care|cared|listen|listened|bother|bothered|turn up|turned up|show up|showed up|` +
      String.raw`read|reply|replied|respond|responded|follow|followed)\b(?: (?:the|their|his|her|its|any) \p{L}+)?`,
      'iu',
    ),
    subject: 'not-self',
  },
  // "they never check anything", "he never reads the handover"
  {
    re: new RegExp(
      String.raw`\b(?<verb>never) (?:checks?|checked|tests?|tested|reads?|read|listens?|listened|replies|replied|reply|responds?|` +
      String.raw`responded|follows? up|followed up|turns? up|turned up|shows? up|showed up)\b(?: (?:anything|properly|the \p{L}+))?`,
      'iu',
    ),
    subject: 'agent',
  },
  // "never returns our calls", "never picks up the phone"
  {
    re: new RegExp(
      String.raw`\b(?<verb>never|rarely|seldom|hardly ever) (?:returns?|returned|answers?|answered|picks? up|picked up|responds? to|` +
      String.raw`responded to|replies to|replied to) (?:our|my|the|their|any|his|her) (?:calls?|emails?|e-mails?|messages?|phone|` +
      String.raw`letters?|queries|requests?)\b`,
      'iu',
    ),
    subject: 'agent',
  },
  // "keeps ignoring the protocol", "kept missing the deadline"
  {
    re: new RegExp(
      String.raw`\b(?<verb>keeps?|kept|keeping) (?:on )?(?:ignoring|missing|forgetting|losing|cancelling|canceling|failing|dropping|` +
      String.raw`breaking|getting (?:it|this|things) wrong|poaching|letting (?:us|me|them|\p{L}+) down)\b`,
      'iu',
    ),
    subject: 'agent',
  },
  // "the locum is forever mislaying the keys": a habit of failure pinned on a person or team.
  {
    re: new RegExp(
      String.raw`\b(?<verb>is|are|was|were|['’]s|['’]re) (?:always|forever|for ever|constantly|continually|perpetually|permanently|` +
      String.raw`eternally)(?: \p{L}+ly)? (?:losing|forgetting|missing|mislaying|misplacing|double-booking|double booking|overbooking|` +
      String.raw`mixing up|muddling up)\b(?! (?:sleep|staff|nurses|out|money|weight|income|funding|beds)\b)`,
      'iu',
    ),
    subject: 'agent',
  },
  // "managed to lose the referral", sarcastic
  {
    re: /\b(?<verb>managed) to (?:lose|miss|break|forget|mess up|delete|misplace|ignore|overlook|crash|botch)\b(?: (?:the|a|an|another|their|his|her|our) \p{L}+)?/iu,
    subject: 'not-self',
  },
  // "had once more ignored the shared protocol", "mishandled the complaint"
  {
    re: /\b(?<verb>(?:ignored|disregarded)) (?:the|our|a|an|their|his|her|its|every|all|repeated|this|that|these|those|yet another|another) \p{L}+/iu,
    subject: 'agent',
  },
  // "the ward manager brushed off three warnings", "IT sat on our emails": a person or team neglecting what was raised.
  {
    re: new RegExp(
      String.raw`\b(?<verb>ignored|ignores|ignoring|brushed (?:off|aside)|brushes (?:off|aside)|sat on|sits on|sitting on|dismissed|` +
      String.raw`never (?:answered|acknowledged|replied to|responded to|acted on|got back to|returned)|(?:did ?n[o'’]t|did not|` +
      String.raw`would ?n[o'’]t|would not|refused to) (?:even )?(?:answer|acknowledge|reply to|respond to|act on|get back to)) (?:(?:every one|` +
      String.raw`all|any|each|none|most|some|many) of )?(?:(?:the|our|their|his|her|its|every|all|all the|any|repeated|several|` +
      String.raw`numerous|multiple|these|those|this|that|two|three|four|five|six|\d+|each|yet another|another|a|an|earlier|early|` +
      String.raw`written|formal|clear|separate|urgent|many|all our|all of our|our repeated|[\p{L}-]+['’]s|[\p{L}-]+s['’]) ){0,3}(?:(?!(?:and|` +
      String.raw`or|but|to|for|of|from|with|in|on|by|because|as)\b)[\p{L}-]+ ){0,2}?(?<obj>warnings?|emails?|e-mails?|letters?|` +
      String.raw`messages?|calls?|complaints?|requests?|concerns?|reminders?|escalations?|alerts?|queries|questions|pleas?|chasers?|` +
      String.raw`red flags?|worries|referrals?|petitions?|advice)\b(?! (?:panel|committee|board|group|forum|process|policy|procedure|` +
      String.raw`log|system|inbox|queue|team|service)\b)`,
      'iu',
    ),
    subject: 'agent',
  },
  // Things do not botch or mess up: an unnamed subject ("Payroll screwed up …") still reads as a person or team.
  {
    re: new RegExp(
      String.raw`\b(?<verb>(?:botched|bungled|mishandled|messed up|screwed up|cocked up|fouled up)) (?:the|our|a|an|their|his|her|` +
      String.raw`its|every|all|this|that|these|those|yet another|another|it|them|everything) ?\p{L}*`,
      'iu',
    ),
    subject: 'not-thing',
  },
  // "QA let another regression slip through"
  {
    re: /\b(?<verb>let|lets|letting) (?:yet )?(?:another|a|an|the|this|that|one more|more) (?:\p{L}+ ){0,2}?(?:slip|fall|get|go) (?:through|by|unnoticed)\b/iu,
    subject: 'not-self',
  },
  // "Payments pushed an untested config"
  {
    re: new RegExp(
      String.raw`\b(?<verb>(?:pushed|shipped|merged|released|deployed|sent|submitted|signed off)) (?:an? |the |their |his |her )?(?:untested|` +
      String.raw`unreviewed|unchecked|broken|half-finished|incomplete|sloppy) \p{L}+`,
      'iu',
    ),
    subject: 'agent',
  },
];

const SOFTENED = spaced(
  new RegExp(
    String.raw`\b(?:because|due to|owing to|as a result of|given (?:the|that)|following (?:the|a|two|three)|after (?:the|a|two|` +
    String.raw`three)|when (?:the|two|three)|despite (?:the|two|three|repeated|their|its|best)|(?:ask|asked|asking|explore|explored|` +
    String.raw`look|looked|looking|understand|find out|learn|learned|learnt) (?:at )?(?:what|why|how))\b`,
    'iu',
  ),
);

/** "our concerns were brushed off by the duty manager": what was raised, neglected, and who neglected it. */
const PASSIVE_NEGLECT =
  new RegExp(
    String.raw`\b(?:warnings?|emails?|e-mails?|letters?|messages?|calls?|complaints?|requests?|concerns?|reminders?|escalations?|` +
    String.raw`alerts?|queries|questions|pleas?|worries|referrals?|petitions?|advice) (?:were|was|have been|had been|has been|` +
    String.raw`got|are|are being|were being|kept being) (?:\p{L}+ly )?(?:brushed (?:off|aside)|dismissed|ignored|sat on|swept under the (?:carpet|` +
    String.raw`rug)|never answered|left unanswered) by (?<who>(?:the |their |a |an )?[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,3}?)(?=[.,;:!?)]|` +
    String.raw`$| and | but | for | until | since | who | which | when | after | before | despite )`,
    'giu',
  );

function passiveNeglect(ctx: RuleContext): RuleHit[] {
  const out: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(PASSIVE_NEGLECT)) {
    if (isAgentPhrase(m.groups!.who)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export default defineRule({
  id: 'no-person-as-cause',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Makes a person, team or organisation the subject of a failure (“the council failed to…”).',
  trigger: spaced(
    new RegExp(
      String.raw`\b(?:failed|neglected|forgot|omitted|bother(?:ed)?|(?:never|rarely|seldom|hardly ever) (?:check|test|read|listen|` +
      String.raw`repl|respond|follow|turn|show|return|answer|pick)|(?:keeps?|kept|keeping) (?:on )?(?:ignoring|missing|forgetting|` +
      String.raw`losing|cancel|failing|dropping|breaking|getting|poaching|letting)|(?:always|forever|for ever|constantly|continually|` +
      String.raw`perpetually|permanently|eternally) (?:\S+ly )?(?:losing|forgetting|missing|mislaying|misplacing|double.?booking|` +
      String.raw`overbooking|mixing|muddling)|managed to|ignored|ignores|ignoring|disregarded|brush(?:ed|es) (?:off|aside)|(?:sat|` +
      String.raw`sits|sitting) on |dismissed|never (?:acknowledg|act|got back|return)|(?:did ?n[o'’]t|did not|would ?n[o'’]t|would not|` +
      String.raw`refused to) (?:even )?(?:answer|acknowledg|repl|respond|act|get back)|swept under|left unanswered|botched|bungled|` +
      String.raw`mishandled|messed up|screwed up|cocked up|fouled up|let(?:s|ting)? (?:yet )?(?:another|an?|the|this|that|one more|` +
      String.raw`more) |untested|unreviewed|unchecked|broken|half-finished|incomplete|sloppy|(?:simply|just) (?:did|could|would|` +
      String.raw`had|has|not|never)|refusal to|failure to|unwillingness to)`,
      '',
    ),
  ),
  messages: {
    found: '“{{match}}” makes someone the subject of a failure.',
  },
  check(ctx) {
    const hits = [...runFrames(ctx, FRAMES), ...passiveNeglect(ctx)];
    return hits.filter((h) => {
      // "they might not even bother" is a worry about the future, not a charge.
      const text = ctx.sentence.slice(h.start, h.end);
      if (/^(?:not|never)\b/i.test(text) && /\b(?:might|may|would|could|will|won['’]t|wouldn['’]t)\b/i.test(ctx.sentence.slice(Math.max(0, h.start - 100), h.start))) return false;
      // "failed to X because of the snow" or "… and asked what got in the way" is an account, not a verdict.
      if (/^(?:did|would|never|refused)/i.test(text) && /^[^.;!?]{0,80}?\b(?:until|unless|while|since|pending)\b/i.test(ctx.sentence.slice(h.end))) return false;
      if (/^(?:failed to |did|would|never|refused)/i.test(text) && SOFTENED.test(ctx.sentence.slice(h.end, h.end + 200))) return false;
      return true;
    });
  },
  suggest: suggestFix,
  examples: {
    invalid: [
      'The lettings agency failed to pass on the tenant’s repair request.',
      'Once more the estates team ignored the agreed cleaning schedule.',
      'Dr Mensah forgot to pass on the change of address.',
    ],
    valid: [
      'We failed to check the distribution list before sending the letters.',
      'The new booking system failed to send reminders for two days.',
    ],
  },
});

function suggestFix(input: SuggestInput) {
  const m = input.match.match(/^(failed|neglected|forgot|omitted) to (\p{L}+)$/iu);
  const before = input.sentence.slice(Math.max(0, input.start - 40), input.start).trimEnd().toLowerCase();
  const out: { title: string; replacement?: string }[] = [];
  // "failed to send" → "did not send" keeps the fact and drops the verdict; only safe after a plain subject.
  // Not after "which member of staff": "did not pass on" would still hunt a culprit.
  if (m && !/\b(?:had|has|have|was|were|is|are|to|who|which|that)$/.test(before) && !/\b(?:which|who|whoever)\b(?:\s+\S+){0,5}$/.test(before)) {
    out.push({ title: 'State what did not happen, without the verdict', replacement: `did not ${m[2]}` });
  }
  out.push({ title: 'Describe what happened and ask what got in the way, without naming a culprit' });
  return out;
}
