// Sarcasm and repetition about a failure: "yet again", "as usual", "for the umpteenth time", "surprise, surprise".
import { defineRule } from '../define.ts';
import { globalOf, isAgentPhrase, spaced, subjectBefore } from '../shared/blame-words.ts';
import { frameTrigger } from '../shared/frames.ts';
import { SARCASM_FRAMES } from '../shared/blame-frames.ts';
import type { RuleContext, RuleHit } from '../define.ts';

const MARKER =
  new RegExp(
    String.raw`\b(?:yet again|yet another|as (?:per )?usual|as always|as ever|surprise,? surprise|what a surprise|for the (?:umpteenth|` +
    String.raw`nth|hundredth|millionth|third|fourth|fifth|sixth|tenth|\d+(?:st|nd|rd|th)) time|same old story|here we go again|` +
    String.raw`no surprises? there)\b`,
    'giu',
  );

/** Something went wrong or was left undone: without it, "as usual" is just routine. */
const FAILURE_CUE = spaced(
  new RegExp(
    String.raw`\b(?:fail\w*|late|missed|miss(?:es|ing)?|lost|los(?:e|ing)|ignor\w*|forg[eo]t\w*|did ?n[o'’]t|has ?n[o'’]t|have ?n[o'’]t|` +
    String.raw`had ?n[o'’]t|was ?n[o'’]t|were ?n[o'’]t|wo ?n[o'’]t|did not|has not|have not|had not|no[- ]show|br(?:oke|oken|` +
    String.raw`eak)|dropp?\w*|let \w+ down|let down|overdue|absent|cancel\w*|pulled out|mess\w*|wrong|errors?|blunder\w*|excuses?|` +
    String.raw`shortfall|delay\w*|slipp?\w*|poach\w*|refus\w*|behind|nowhere to be seen|never|last[- ]minute|too late|left (?:\p{L}+ ){1,2}(?:waiting|` +
    String.raw`stranded|without)|(?:discharged|sent) (?:a |the |an |two |three |several |more )?(?:\p{L}+ )?(?:patients?|residents?|` +
    String.raw`people|person|children|clients?|users?|him|her|them) (?:home )?without)\b`,
    'iu',
  ),
);

/** Softer markers that only keep score when a person, team or organisation is the subject of the failure. */
const WEAK_MARKER =
  /\b(?:(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) time\b(?: (?:that|this \p{L}+|in \p{L}+ \p{L}+)(?= ))?|time (?:and time )?again|again and again|time after time)/giu;

/** "Typical of the trust to …", "it's always the same with …": sarcasm that needs no failure word. */
const TYPICAL = spaced(
  new RegExp(
    String.raw`\b(?:(?:how|so|that['’]s|all too) typical\b|(?:it['’]s|it is|it was) always the same with\b|typical(?:ly)? of (?:the \p{L}+(?: \p{L}+)?|` +
    String.raw`them|him|her|\p{L}+) to \p{L}+|(?:well done|congratulations|thanks|thank you|hats off|full marks) (?:again )?to (?:the )?(?:\p{L}+ ){1,3}?for (?:yet another|` +
    String.raw`another|losing|missing|failing|breaking|forgetting|ignoring|cancelling|managing to))`,
    'iu',
  ),
);

/** "the service once again left patients waiting", "the lab again lost the samples": a repeated harm charged to an actor. */
const HARM = (
  String.raw`(?:left (?:\p{L}+ ){1,3}?(?:waiting|stranded|without|in the dark|hanging|out)|lost(?! (?:the |their |its |a |an |` +
  String.raw`another )?(?:\p{L}+ )?(?:finals?|match|matches|game|games|vote|votes|election|appeal|tie|race|contract|bid|tender|` +
  String.raw`case|seat|toss|weight)\b)|forgot|forgotten|missed|cancelled|canceled|failed|ignored|overlooked|mislaid|misplaced|` +
  String.raw`double-booked|turned (?:\p{L}+ ){1,2}?away|sent (?:\p{L}+ ){1,2}?away|(?:sent|discharged) (?:a |the |an |two |` +
  String.raw`three |several |more )?(?:\p{L}+ )?(?:patients?|residents?|people|person|children|clients?|users?|him|her|them) (?:home )?without|` +
  String.raw`got (?:it|the \p{L}+|\p{L}+) wrong|(?:given|gave|sent|issued|prescribed|booked|delivered) (?:out )?(?:\p{L}+ ){0,2}?(?:the )?wrong|` +
  String.raw`let (?:\p{L}+ ){1,3}?down)\b`
);
/** "Once more the council lost the file": the marker opens the sentence, before its subject. */
const AGAIN_FRONT = spaced(new RegExp(String.raw`^\W*(?:once again|once more|again),? (?<who>(?:[\p{L}&'’-]+ ){1,4}?)(?:has |have |had )?${HARM}(?! (?:nothing|none|no one|nobody)\b)`, 'iu'));
const AGAIN_HARM = new RegExp(String.raw`\b(?:once again|once more|again) (?<harm>${HARM})`, 'giu');

/** "… because the timetable changed": a repeated lapse with its reason given is an account, not scorekeeping. */
const EXPLAINED = spaced(/^[^.;:!?]{0,100}?\b(?:because|due to|owing to|as a result of|after the|when the)\b/iu);

/** The failure a marker keeps score of: the nearest failure word within a short reach of it, or null. */
function nearbyCue(sentence: string, at: number, length: number): RegExpExecArray | null {
  const from = Math.max(0, at - 90);
  const window = sentence.slice(from, at + length + 90);
  const m = FAILURE_CUE.exec(window);
  if (!m) return null;
  m.index += from;
  return m;
}

function check(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const typical = TYPICAL.exec(ctx.sentence);
  if (typical) hits.push({ start: typical.index, end: typical.index + typical[0].length });
  const marked = (re: RegExp, needAgent: boolean) => {
    for (const m of ctx.sentence.matchAll(globalOf(re))) {
      const text = m[0].trimEnd();
      const cue = nearbyCue(ctx.sentence, m.index!, text.length);
      if (!cue) continue;
      // "we were late again, as usual" owns the lapse; only flag repetition charged to others.
      const subject = subjectBefore(ctx.sentence, cue.index, ctx);
      if (subject === 'self' || (needAgent && subject !== 'agent')) continue;
      hits.push({ start: m.index!, end: m.index! + text.length });
    }
  };
  for (const m of ctx.sentence.matchAll(globalOf(AGAIN_HARM))) {
    if (subjectBefore(ctx.sentence, m.index!, ctx) !== 'agent') continue;
    if (EXPLAINED.test(ctx.sentence.slice(m.index! + m[0].length))) continue;
    if (hits.some((h) => h.start <= m.index! && m.index! < h.end)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  const front = AGAIN_FRONT.exec(ctx.sentence);
  if (front && isAgentPhrase(front.groups!.who) && !hits.length && !EXPLAINED.test(ctx.sentence.slice(front[0].length))) hits.push({ start: front.index, end: front.index + front[0].length });
  marked(MARKER, false);
  marked(WEAK_MARKER, true);
  return hits;
}

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = spaced(
  new RegExp(
    String.raw`(?:yet again|yet another|well done|congratulations|thanks|thank you|hats off|full marks|usual|as always|as ever|` +
    String.raw`surprise|umpteenth|nth time|\d(?:st|nd|rd|th) time|(?:hundredth|millionth|third|fourth|fifth|sixth|tenth) time|` +
    String.raw`same old story|here we go again|typical|always the same|(?:second|third|fourth|fifth|sixth|\dnd|\drd|\dth) time|` +
    String.raw`time again|again and again|time after time|once again|once more|(?:^|[.!?]\s+|\n\s*)again,? (?:[a-z&'’-]+ ){1,4}?(?:has |` +
    String.raw`have |had )?(?:left|lost|forg|missed|cancel|fail|ignor|overlook|misla|mispla|turned|sent|let)|again (?:left|lost|` +
    String.raw`forg|missed|cancel|fail|ignor|overlook|misla|mispla|double|turned|sent|got|let|discharged|given|gave|issued|prescribed|` +
    String.raw`booked|delivered))`,
    '',
  ),
);
const TRIGGER = frameTrigger(BASE_TRIGGER, SARCASM_FRAMES);

export default defineRule({
  id: 'no-sarcastic-repetition',
  category: 'blame',
  practice: 3,
  severity: 'warning',
  description: 'Sarcasm or repetition that keeps score of others’ failures (“yet again”, “as usual”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” keeps score of past failures, which wears down trust.',
  },
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? check(ctx) : []), ...SARCASM_FRAMES.run(ctx)],
  suggest: (input) => {
    const out: { title: string; replacement?: string }[] = [];
    // Dropping a leading "Yet again" leaves a plain account; only safe when it opens the sentence.
    if (input.start === 0 && /^(?:yet again|as usual|as always)$/i.test(input.match)) {
      const rest = input.sentence.slice(input.end, input.end + 4);
      if (/^,?\s+\S/.test(rest)) out.push({ title: 'Remove the scorekeeping', replacement: 'This time' });
    }
    out.push({ title: 'Describe this occasion and ask what keeps getting in the way' });
    return out;
  },
  examples: {
    invalid: [
      'Yet again the housing team missed the deadline for the panel papers.',
      'As usual, the lab results arrived late for the Tuesday clinic.',
    ],
    valid: [
      'As usual, the meeting opened with introductions.',
      'We were late with the returns yet again and have asked for help with the template.',
    ],
  },
});
