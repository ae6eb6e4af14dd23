// Blame idioms: "dropped the ball", "let us down", "thrown under the bus", "dragging their feet", "on their watch".
import { defineRule } from '../define.ts';
import { type Frame, runFrames, spaced } from '../shared/blame-words.ts';
import { frameTrigger } from '../shared/frames.ts';
import { IDIOM_FRAMES } from '../shared/blame-frames.ts';

const POSS = String.raw`(?:their|his|her|its|your|the \p{L}+['’]s)`;

/** Active idioms are silent when the writer's own side is the subject ("we dropped the ball" owns a mistake). */
const FRAMES: Frame[] = [
  { re: /\b(?<verb>dropped|drop|drops|dropping) (?:the|a) (?:ball|baton)\b/iu, subject: 'not-self' },
  { re: /\bthe (?:ball|baton) (?:was|has been|got|had been|is being) dropped\b/iu },
  { re: /\bball[- ]dropping\b/iu },
  {
    re: new RegExp(
      String.raw`\b(?<verb>let|lets|letting) (?:(?:the|our|their|its|his|her|local|all|all the|so many|many|some|every|each|any|` +
      String.raw`those|these)(?: whole| entire)? )?(?:(?!(?:hair|guard|guards|tyres?|tires?|blinds?|shutters?|windows?|ropes?|ladders?|` +
      String.raw`drawbridge)\b)[\p{L}'’&-]+ ){0,6}?(?!(?:hair|guard|guards|tyres?|tires?|blinds?|shutters?|windows?|ropes?|ladders?|` +
      String.raw`drawbridge|come|go|fall|slow|calm|wind|climb|settle|sit|lie|step|walk|run|roll|slide|drop|ease|the|a|an)\b)[\p{L}'’&]+ (?:(?:badly|` +
      String.raw`again|once again|so|completely|terribly|very badly) )?down\b(?![-\p{L}])(?! (?:gently|lightly|slowly|to|into|onto|` +
      String.raw`from|the stairs|the ramp)\b)`,
      'iu',
    ),
    subject: 'not-self',
  },
  // "the provider has badly let down the families who relied on it": the particle before a people object.
  {
    re: new RegExp(
      String.raw`\b(?<verb>let|lets|letting) down (?:the |all the |all |every |so many |many |our |their |its |his |her |local |` +
      String.raw`those |these )?(?:(?:single|whole|entire|vulnerable|older|elderly|young|local|own|frail|very|same|\p{L}+['’]s?) ){0,2}(?:patients?|` +
      String.raw`residents?|families|family|people|person|carers?|staff|colleagues?|public|communit(?:y|ies)|children|clients?|` +
      String.raw`tenants?|users?|members?|board|partners?|volunteers?|parents?|pupils?|workforce|team|everyone|everybody|neighbours?)\b`,
      'iu',
    ),
    subject: 'not-self',
  },
  // Passive "let down" names who did it; "residents felt let down when the route was cut" is their experience.
  { re: new RegExp(
    String.raw`\b(?:was|were|been|being|feel|feels|felt|feeling) (?:\p{L}+ )?let down (?:(?:\p{L}+ ){1,3}?)?by\b(?! (?:the )?(?:weather|` +
    String.raw`snow|storm|rain|floods?|system|software|technology|computers?|network|power)\b)`,
    'iu',
  ) },
  { re: /\b(?<verb>left|leaves|leaving|leave) (?:\p{L}+ ){1,3}?in (?:a|such a|an absolute|a complete|a total) (?:shambles|mess|state)\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>thrown|threw|throw|throws|throwing)(?: \p{L}+)? under the bus\b/iu, subject: 'not-self' },
  { re: /\bnam(?:e|es|ed|ing) and sham(?:e|es|ed|ing)\b/iu },
  { re: /\bscapegoat(?:s|ed|ing)?\b/iu },
  { re: /\basleep (?:at the wheel|on the job|at the switch)\b/iu, subject: 'not-self' },
  { re: new RegExp(String.raw`\b(?<verb>drag(?:s|ged|ging)?) ${POSS} (?:feet|heels)\b`, 'iu'), subject: 'not-self' },
  { re: new RegExp(
    String.raw`\b(?<verb>sat|sitting|sits|sit) on (?!(?:the |a |an )?(?:\p{L}+ )?(?:panel|board|committee|group|council|bench|` +
    String.raw`fence|forum|jury|steering|governing|working|interview|sofa|chair|floor)\b)(?:it|them|the \p{L}+(?: \p{L}+)?|our \p{L}+|` +
    String.raw`\p{L}+['’]s \p{L}+) for (?:(?:over|nearly|almost|about|another|more than) )?(?:a|an|\d+|two|three|four|five|six|` +
    String.raw`several|many|weeks|months|days)\b`,
    'iu',
  ), subject: 'not-self' },
  { re: /\b(?:on|under) (?:their|his|her|your) watch\b/iu },
  { re: /\bslow off the mark\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>(?:is|are|was|were|been))(?:,? (?:as (?:ever|usual|always),?))? nowhere to be (?:seen|found)\b/iu, subject: 'agent' },
  { re: new RegExp(String.raw`\b(?<verb>(?:not|n['’]t|never)) (?:been )?pull(?:ing|ed)? ${POSS} weight\b`, 'iu'), subject: 'not-self' },
  { re: /\b(?:pass(?:ed|ing)? the buck|buck[- ]passing)\b/iu, subject: 'not-self' },
  { re: new RegExp(String.raw`\b(?<verb>took|taken|taking|take) ${POSS} eyes? off the ball\b`, 'iu'), subject: 'not-self' },
  { re: /\b(?<verb>fell|falling|fall) down on the job\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>left|leaving|leave) (?:us|them|me|\p{L}+) (?:in the lurch|high and dry|holding the baby)\b/iu, subject: 'not-self' },
  { re: /\bhung (?:\p{L}+ )?out to dry\b/iu },
  { re: /\b(?<verb>(?:made|make|makes|making)) (?:a (?:complete |total |right )?(?:hash|mess|pig['’]s ear|dog['’]s dinner) of)\b/iu, subject: 'not-self' },
  { re: new RegExp(String.raw`\b(?:ca|could|wo)n['’]?t get ${POSS} act together\b`, 'iu'), subject: 'not-self' },
  { re: /\b(?<verb>(?:has|have|had)) (?:a lot|much|plenty|a great deal) to answer for\b/iu, subject: 'not-self' },
  { re: new RegExp(String.raw`\b(?<verb>sat|sitting|sits|sit) on ${POSS} hands\b`, 'iu'), subject: 'not-self' },
  { re: new RegExp(String.raw`\b(?<verb>pull|pulls|pulled|pulling) ${POSS} socks up\b`, 'iu'), subject: 'not-self' },
  { re: /\b(?<verb>(?:is|are|was|were|been|went|gone|going)) (?:completely |totally )?(?:missing in action|awol)\b/iu, subject: 'agent' },
  { re: /\b(?<verb>cut|cuts|cutting) corners\b|\bcorner[- ]cutting\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>jumped|jumping|jumps) the gun\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>went|gone|going|goes) rogue\b/iu, subject: 'not-self' },
  { re: /\b(?<verb>mov(?:ed|es|ing|e)|shift(?:ed|s|ing)?|chang(?:ed|es|ing|e)) the goal ?posts\b/iu, subject: 'not-self' },
  // Tu quoque: "they have their own house to put in order", "should look closer to home".
  {
    re: new RegExp(
      String.raw`\b(?<verb>(?:has|have|had|got|with|needs? to (?:put|sort|get|clean|fix)|should (?:put|sort|get|clean|fix)|must (?:put|` +
      String.raw`sort|get|clean|fix))) (?:(?:out|up|in order) )?(?:their|his|her|its|your) own (?:house|backyard|back yard|mess|` +
      String.raw`messes|shop|failings|shortcomings|problems) (?:to (?:put|get|sort|clean|tidy|fix|deal with)|in order|out|first|` +
      String.raw`before)\b`,
      'iu',
    ),
    subject: 'not-self',
  },
  { re: new RegExp(
    String.raw`\b(?<verb>(?:put|puts|putting|sort|sorts|sorting|sorted|clean up|cleaning up|get|getting)) (?:out )?(?:their|his|` +
    String.raw`her|its|your) own (?:house|mess|shop|backyard|back yard) (?:in order |out |up )?(?:first |)before (?:criticising|` +
    String.raw`criticizing|lecturing|judging|blaming|attacking|having a go at|pointing (?:the )?fingers? at)\b`,
    'iu',
  ), subject: 'not-self' },
  { re: /\b(?<verb>look|looks|looking|looked) (?:a (?:bit|little|lot) |much |rather |rather more )?closer to home\b/iu, subject: 'not-self' },
  { re: /\bpot calling the kettle black\b/iu },
  { re: new RegExp(
    String.raw`\b(?<verb>(?:hardly|not|scarcely|barely|in no)) (?:in a |in any |)position to (?:lecture|criticise|criticize|judge|` +
    String.raw`preach|moralise|moralize|complain|point (?:the )?fingers?|talk)\b`,
    'iu',
  ), subject: 'not-self' },
  { re: /\b(?:people (?:who live )?in glass houses|glass houses (?:and|shouldn['’]t|should not))\b/iu },
];

/** A bare "cut" reads as past ("skipped" fits any subject); a base form after these words ("did not drop the ball", "to cut corners"); a participle after these ("had dragged"). */
const BASE_BEFORE = new RegExp(
  String.raw`\b(?:(?:to|do|does|did|will|would|should|shall|can|could|may|might|must)(?:\s+not)?|don['’]t|doesn['’]t|didn['’]t|` +
  String.raw`won['’]t|wouldn['’]t|shouldn['’]t|can['’]t|couldn['’]t|mustn['’]t|cannot)\s+(?:\p{L}+ly\s+)?$`,
  'iu',
);
const PERFECT_BEFORE = /\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t|['’]ve|['’]d|having|been)\s+(?:(?:not|never)\s+)?(?:\p{L}+ly\s+)?$/iu;

/** A neutral rewrite of exactly the flagged idiom, in its own tense and person, or null when none fits. */
export function neutralRewrite(match: string, before: string): string | null {
  const base = BASE_BEFORE.test(before);
  const perfect = PERFECT_BEFORE.test(before);
  const keepCase = (s: string) => (/^\p{Lu}/u.test(match) ? s[0].toUpperCase() + s.slice(1) : s);
  let m = match.match(/^(dropped|drops|dropping|drop)\s+(?:the|a)\s+(?:ball|baton)$/iu);
  if (m) {
    const verb = { dropped: 'missed', drops: 'misses', dropping: 'missing', drop: 'miss' }[m[1].toLowerCase() as 'drop'];
    return keepCase(`${verb} a step`);
  }
  m = match.match(/^(dragged|drags|dragging|drag)\s+\S+\s+(?:feet|heels)$/iu);
  if (m) {
    const w = m[1].toLowerCase();
    const verb = w === 'dragged' ? (perfect ? 'taken' : 'took') : w === 'drags' ? 'takes' : w === 'dragging' ? 'taking' : 'take';
    return keepCase(`${verb} longer than planned`);
  }
  m = match.match(/^(cutting|cuts|cut)\s+corners$/iu);
  if (m) {
    const w = m[1].toLowerCase();
    const verb = w === 'cutting' ? 'skipping' : w === 'cuts' ? 'skips' : base ? 'skip' : 'skipped';
    return keepCase(`${verb} steps`);
  }
  return null;
}

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = spaced(
  new RegExp(
    String.raw`(?:ball|baton|\blet(?:s|ting)? (?:\S+ ){1,8}?down|own (?:house|backyard|back yard|mess|messes|shop|failings|shortcomings|` +
    String.raw`problems)|closer to home|kettle black|position to|glass houses|let down|under the bus|nam(?:e|es|ed|ing) and sham|` +
    String.raw`scapegoat|asleep|feet|heels|\b(?:sat|sitting|sits|sit) on |(?:on|under) (?:their|his|her|your) watch|off the mark|` +
    String.raw`pull\w* (?:\S+ ){1,2}weight|pass\w* the buck|buck.passing|on the job|lurch|high and dry|holding the baby|out to dry|` +
    String.raw`(?:hash|mess|ear|dinner) of|act together|shambles|in a mess|in a state|nowhere to be|to answer for|hands\b|socks up|` +
    String.raw`missing in action|awol|corner|the gun|rogue|goal ?posts)`,
    '',
  ),
);
const TRIGGER = frameTrigger(BASE_TRIGGER, IDIOM_FRAMES);

export default defineRule({
  id: 'no-blame-idiom',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Blame idioms that pin a failure on someone (“dropped the ball”, “let us down”, “dragging their feet”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” pins the failure on someone.',
  },
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? runFrames(ctx, FRAMES) : []), ...IDIOM_FRAMES.run(ctx)],
  suggest: (input) => {
    const replacement = neutralRewrite(input.match, input.sentence.slice(Math.max(0, input.start - 30), input.start));
    return [
      ...(replacement ? [{ title: `Say what happened: “${replacement}”`, replacement }] : []),
      { title: 'Describe what happened and what got in the way, without naming a culprit' },
      { title: 'Ask the people involved what would help next time' },
    ];
  },
  examples: {
    invalid: [
      'The out-of-hours provider dropped the ball on the weekend handover.',
      'Once again the supplier let us down.',
      'The lab has been dragging its feet on the new sample labels.',
    ],
    valid: [
      'Discharge letters were delayed; we will map the hand-offs together.',
      'We dropped the ball on the rota and have put a reminder in place.',
    ],
  },
});
