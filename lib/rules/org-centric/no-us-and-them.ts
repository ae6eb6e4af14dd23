// Us-versus-them framing of people and problems: "their patients, not ours", "their deadline, their headache".
import { defineRule, type RuleContext, type RuleHit } from '../define.ts';
import { AP, PEOPLE } from '../shared/org-centric-words.ts';
import { compile, runSpecs } from '../shared/org-centric-match.ts';
import { frameTrigger } from '../shared/frames.ts';
import { THEM_FRAMES } from '../shared/org-centric-frames.ts';

const THEIR_PEOPLE = new RegExp(`\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?) (?:own )?${PEOPLE}\\b`, 'gi');
const CONTRAST = new RegExp(`\\b(?:not ours|not our|rather than ours|not us|not ours to|our own|n${AP}t ours|n${AP}t our)\\b`, 'i');

/** "their patients" counts only beside a contrast with "ours", or when a partner from settings is named. */
function theirPeople(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const partnerNamed = ctx.partners.some((p) => ctx.lower.includes(p)) && /\b(?:we|us|our)\b/.test(ctx.lower);
  if (!CONTRAST.test(ctx.sentence) && !partnerNamed) return hits;
  for (const m of ctx.sentence.matchAll(THEIR_PEOPLE)) {
    const contrasted = /^,? (?:and )?(?:not ours|rather than ours)\b/i.test(ctx.sentence.slice(m.index! + m[0].length));
    if (!/^their\b/i.test(m[0]) && !partnerNamed && !contrasted) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

/** Work and people another organisation is said to send over. */
const LOAD = (
  '(?:delayed discharges|discharges|patients|referrals|waiting lists?|backlogs?|cases|caseloads?|admissions|overflow|' +
  'demand|queues?|residents|clients|pupils|families|tenants|frequent attenders|bed-?blockers|walk-ins|conveyances|' +
  'ambulances|escalations|requests|calls)'
);
/** Capacity "we" think of as ours. */
const OUR_CAPACITY = (
  '(?:beds|wards?|clinics?|lists?|diaries|diary|appointments|slots|capacity|a&e|ed|front door|waiting rooms?|theatres?|' +
  'caseloads?|books|rotas?|services?|phones|phone lines|inboxes|queues?|day centres?|classrooms?|places|units?)'
);

const SPECS = compile([
  { re: /\bnot (?:really )?our (?:people|patients|residents|pupils|clients|lot|kind)\b/i },
  { re: /\bnot one of (?:ours|our own)\b/i },
  { re: /\blet (?:the )?(?:council|trust|icb|pcn|practice|hospital|federation|other side|other team|[\w-]+ team) (?:fail|sink|struggle|flounder|stew|sweat)\b/i },
  { re: new RegExp(
    String.raw`\b(?:get|gets|have|has|given|take|takes|receive|receives) (?:priority|preference|precedence|first dibs) over (?:people|` +
    String.raw`patients|residents|families|pupils|clients|those|anyone)(?: [\w-]+){0,2} (?:from|in|at|of|registered) (?:the |` +
    String.raw`with )?(?:neighbouring|other|next|surrounding|another)\b`,
    'i',
  ) },
  { re: /\b(?:other|their|the other) [\w-]+['’]?s? (?:clients|patients|residents|pupils|families|people) (?:will|can|must|should) (?:have to |just )?wait\b/i },
  { re: new RegExp(
    String.raw`\b(?:their|[\w-]+['’]s?|other (?:practices|pcns|trusts|boroughs|areas|schools)['’]?) (?:patients|residents|pupils|` +
    String.raw`clients|people|families) (?:are |were |keep |kept )?(?:clogging|filling|blocking|using up|taking up|eating into|` +
    String.raw`swamping|overwhelming|flooding)\b`,
    'i',
  ) },
  { re: /\btheir (?:[\w-]+), their (?:problem|headache|mess|lookout|issue|look-out|funeral)\b/i },
  // their delayed discharges are clogging up our beds / the hospital's referrals have swamped our clinics
  { re: new RegExp((
    `\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?|other (?:practices|pcns|trusts|boroughs|areas|schools|hospitals)${AP}?) (?:own )?(?:[\\w-]+ )?(?:${LOAD}) (?:are |` +
    `is |were |was |keep |keeps |kept |have |has |have been |has been |will |will be |would |would be )?(?:(?:clog|` +
    `block|fill|swamp|flood|overwhelm|overrun|bung|silt)(?:s|ged|ging|ed|ing)?(?: up)?|(?:use|uses|using|used|take|` +
    `takes|taking|took|eat|eats|eating|ate) (?:up|into)|(?:take|takes|taking|took|taken) over) (?:all (?:of )?)?(?:our|` +
    `my) (?:own )?(?:[\\w-]+ )?(?:${OUR_CAPACITY})\\b`
  ), 'i') },
  // their patients keep turning up at our walk-in centre / the council's clients are being dumped on our service
  { re: new RegExp((
    `\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?) (?:own )?(?:patients|clients|families|residents|service users|people|` +
    `pupils|tenants) (?:keep|keeps|kept) (?:on )?(?:turning up|coming|being sent|being dumped|being pushed|showing up|` +
    `landing|ending up|walking in) (?:at|to|on|in|into) (?:our|my) (?:own )?(?:[\\w-]+ ){0,2}?(?:${OUR_CAPACITY}|walk-in centres?|` +
    `centres?|surgery|practice|door|doorstep|hospital)\\b(?![^.;]{0,60}\\b(?:welcome\\w*|as agreed|by agreement|under the (?:agreement|` +
    `pathway)|as planned|as per|glad|happy to))`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?) (?:own )?(?:patients|clients|families|residents|service users|people|` +
    `pupils|tenants) (?:are|were|get|got|keep getting|are being|were being) (?:flooding|pouring into|piling into|dumped on|` +
    `dumped at|dumped in|offloaded (?:on|onto)|shunted (?:on|onto|to)|palmed off on) (?:our|my) (?:own )?(?:[\\w-]+ ){0,2}?(?:${OUR_CAPACITY}|` +
    `walk-in centres?|centres?|surgery|practice|door|doorstep|hospital)\\b(?![^.;]{0,60}\\b(?:welcome\\w*|as agreed|` +
    `by agreement|under the (?:agreement|pathway)|as planned|as per|glad|happy to))`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:is|${AP}s|are|was|were|that${AP}s|it${AP}s) (?:entirely |really |frankly |just |all )?their (?:own )?(?:problem|` +
    `headache|mess|lookout|look-out|funeral)\\b(?![^.;]{0,25}\\balone\\b)`
  ), 'i') },
]);

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp((
  `their |keep turning|keeps? (?:on )?(?:coming|being|showing|landing|ending|walking|turning)|dumped|offloaded|shunted|` +
  `palmed|pouring|piling|one of ours|let (?:the )?[\\w-]+(?: [\\w-]+)? (?:fail|sink|struggle|flounder|stew|sweat)|` +
  `(?:priority|preference|precedence|first dibs) over|wait\\b|one of our own|clog|fill|block|using up|use up|used up|` +
  `taking up|take up|eat|swamp|overwhelm|flood|overrun|take over|bung|silt|not (?:really )?our (?:people|patients|` +
  `residents|pupils|clients|lot|kind)|${AP}s (?:own )?${PEOPLE}`
));
const TRIGGER = frameTrigger(BASE_TRIGGER, THEM_FRAMES);

export default defineRule({
  id: 'no-us-and-them',
  category: 'org-centric',
  practice: 1,
  severity: 'warning',
  description: 'Draws a line between “our” people and “theirs” (“their patients, not ours”, “their deadline, their headache”).',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” splits people and problems into ours and theirs.',
  },
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? [...runSpecs(SPECS, ctx.sentence), ...theirPeople(ctx)] : []), ...THEM_FRAMES.run(ctx)],
  unless: [/\b(?:all of us|us all|everyone['’]s|shared by all)\b/, new RegExp(
    String.raw`\b(?:whether|rather than (?:say|saying|talk|talking|speak)|instead of (?:say|saying|talk|talking)|shared|together)\b[^.;]{0,40}\b(?:their|` +
    String.raw`ours|our)\b`,
    '',
  )],
  suggest: ({ match, sentence, end }) => {
    if (/^their (?:own )?patients$/i.test(match) && !/^,? (?:not|rather than|and not)\b/i.test(sentence.slice(end))) {
      return [{ title: 'Name them as people you share', replacement: 'the patients we share' }];
    }
    return [{ title: 'Describe the people and the problem as shared by the partnership' }];
  },
  examples: {
    invalid: [
      'The care homes on the estate are their residents, not ours.',
      'Nobody here should pick that up: their rota, their headache.',
      'Those families are not really our people.',
    ],
    valid: [
      'The practices will write to their patients about the new clinic.',
      'Residents told us their priorities for the new hub.',
      'Our people and theirs will train together.',
    ],
  },
});
