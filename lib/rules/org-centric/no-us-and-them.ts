// Us-versus-them framing of people and problems: "their patients, not ours", "their deadline, their headache".
import { defineRule, type RuleContext, type RuleHit } from '../define.ts';
import { AP, APC, PEOPLE } from '../shared/org-centric-words.ts';
import { FOLK, OTHER_OWNER, addNew, compile, runSpecs } from '../shared/org-centric-match.ts';

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
const LOAD = '(?:delayed discharges|discharges|patients|referrals|waiting lists?|backlogs?|cases|caseloads?|admissions|overflow|demand|queues?|residents|clients|pupils|families|tenants|frequent attenders|bed-?blockers|walk-ins|conveyances|ambulances|escalations|requests|calls)';
/** Capacity "we" think of as ours. */
const OUR_CAPACITY = '(?:beds|wards?|clinics?|lists?|diaries|diary|appointments|slots|capacity|a&e|ed|front door|waiting rooms?|theatres?|caseloads?|books|rotas?|services?|phones|phone lines|inboxes|queues?|day centres?|classrooms?|places|units?)';


/** "Their patients, their waiting list", "Our ward, our rules", "Hospital's baby, hospital's bill": a clipped pair of owners. */
const SLOGAN = new RegExp(`(?:^|[:;—–(]\\s*|\\s-\\s*|["“'‘]\\s*)(?<p1>not (?:their|our)|their|our|[\\w&-]+${AP}s?) (?:[\\w-]+ ){0,2}?[\\w-]+, (?<p2>not (?:their|our)|their|our|[\\w&-]+${AP}s?) (?:[\\w-]+ )?(?<n2>[\\w-]+)(?: to [\\w-]+)?(?:, (?:and )?(?:not )?(?:their|our) [\\w-]+)?(?=\\s*(?:[.;!'’"”—–)]|\\s-|$))`, 'gi');
const SLOGAN_OK = /^(?:future|place|places|community|communities|voice|vision|values|way|town|city|home|health|wellbeing|priorities for \w+)$/i;
/** "for our patients, not theirs", "for our postcode area only, not the neighbouring ward's". */
const OURS_NOT_THEIRS = new RegExp(`\\b(?:for|to|from) (?:our|its|their|the (?:[\\w&-]+ ){0,2}?[\\w&-]+${AP}s?)(?: own)? (?:[\\w${APC}-]+ ){0,2}?${FOLK}(?: only)?,? (?:and )?not (?:for |from )?(?:theirs|ours|the (?:[\\w&-]+ ){0,3}?[\\w&-]+${AP}s?|[\\w&-]+${AP}s)(?=[\\s.,;:!?'’"”)]|$)`, 'i');
const NOT_FOR_OTHERS = new RegExp(`(?:\\bnot|\\b\\w+n${AP}t)(?: [\\w-]+){0,4}? (?:for|to|from) (?:the )?(?:other|neighbouring|another|next)(?: [\\w&-]+){1,2}?${AP}s? (?:[\\w-]+ )?${FOLK}\\b`, 'i');
/** "the other practices can fend for themselves", "the neighbouring PCN can run its own": the rest are left outside. */
const OTHERS_OWN = new RegExp(`(?:^|[;,:—–]|\\s-|\\band\\b|\\bso\\b)\\s*(?<who>(?:(?!(?:we|i|you|our|us|and|so)\\b)[\\w&${APC}-]+ ){0,4}?[\\w&${APC}-]+) (?:can|could|will (?:have|need) to|would (?:have|need) to|need to|needs to|should|must|may) (?:just )?["“'‘]?(?:(?:find|fund|sort|run|build|make|source|arrange|organise|get|recruit|pay for|provide|staff|buy|work out) (?:their|its) own\\b|fend for (?:themselves|itself)|(?:look|go|bid|try|shop) elsewhere|make (?:their|its) own arrangements|have (?:whatever|what)${AP}s left)`, 'i');
const EXCLUSIVE = /\b(?:our|ours|only|strictly|stays?|keeps?|kept|in-house|own|paid for|prioritis\w*|first)\b/i;
const OTHERS_OK = /\b(?:if they (?:wish|want|prefer|choose|like)|as they see fit|should they wish|with (?:our )?(?:support|help)|we will help|help them|supported by)\b/i;
/** "NHS-funded patients would have to wait", "their patients could wait for the morning list". */
const OTHERS_WAIT = new RegExp(`\\b(?:(?:[\\w-]+-(?:funded|registered|area)|out-of-area|their|neighbouring|another [\\w-]+${AP}s)(?: [\\w&${APC}-]+){0,2}? (?:patients|clients|residents|pupils|families|people|referrals|callers)|(?:the )?(?:other|neighbouring) (?:teams|practices|pcns|squads|schools|trusts|boroughs|councils|charities|services)) (?:can|could|will|would|must|should)(?: (?:have|need) to| just)? wait\\b`, 'i');
/** Keeping people off one's list: "turn away anyone not on our list", "aren't on our books and won't be", "'they're not our catchment'". */
const GATE = [
  // "for our registered list only", "only for council-funded clients", "for LA-eligible carers only"
  new RegExp(`\\bfor our (?:(?:[\\w-]+ )?(?:registered (?:patients|population|families|residents)|(?:registered )?(?:list|lists|catchment|postcode area|area|members|clients))|own (?:[\\w-]+ )?${FOLK}) only\\b(?![^.;]{0,40}\\b(?:as set out|as agreed|under the|in the contract|in line with|national rules|by law|as commissioned)\\b)`, 'i'),
  new RegExp(`\\b(?:only (?:for|to) (?:[\\w-]+-(?:funded|registered|eligible)|registered) (?:[\\w-]+ )?(?:${FOLK}|carers)|for (?:[\\w-]+-(?:funded|registered|eligible)) (?:[\\w-]+ )?(?:${FOLK}|carers) only)\\b`, 'i'),
  // "redirected to their own practice rather than absorbed into our caseload"; "they're not ours until a section 47 lands"
  new RegExp(`\\b(?:redirected|sent|referred|returned|pushed) (?:back )?to (?:their|the) (?:own |home )?[\\w-]+(?: [\\w-]+)? rather than (?:being )?(?:absorbed|taken on|added|kept|seen|treated) (?:in|into|on|onto|by) our\\b`, 'i'),
  /\bnot ours (?:until|unless|till)\b/i,
  /\btheir (?:[\w-]+ )?(?:name|budget|books|figures|list|problem|cost|risk|register|caseload),? (?:and )?not ours\b/i,
  new RegExp(`\\bturn(?:s|ed|ing)? (?:away|back) (?:anyone|anybody|people|patients|families|residents|those|referrals|callers|children|pupils|clients)(?: [\\w${APC}-]+){0,4}? (?:not|who (?:are|is)(?:n${AP}t| not)|from (?:other|outside|the next|neighbouring|another))\\b[^,.;!?]{0,40}`, 'i'),
  new RegExp(`(?:\\bnot|\\b\\w+n${AP}t) (?:on|in) our (?:books|list|register|caseload) and (?:won${AP}t|will not|never will) be\\b`, 'i'),
  new RegExp(`(?:\\bnot|n${AP}t) (?:in )?our (?:catchment|footprint|postcode)\\b`, 'i'),
  new RegExp(`\\bonly (?:takes?|accepts?|sees?|see|treats?|helps?|serves?) ["“'‘]?(?:its|their|our|${OTHER_OWNER}) own["”'’]? (?:[\\w-]+ )?${FOLK}\\b`, 'i'),
  new RegExp(`\\b(?:out-of-area|other|neighbouring|their|[\\w-]+-registered)(?: [\\w-]+){0,2}? (?:referrals|patients|residents|pupils|clients|families|people|callers) (?:go|goes|will go|get put|are put|get sent|are sent|can go) to the back of the queue\\b`, 'i'),
  new RegExp(`\\b(?:[\\w-]+ )?(?:referrals|patients|residents|pupils|clients|families|people|others|partners|teams) (?:can|could|will|may) (?:have|get|share|take) ["“'‘]?(?:whatever|what)${AP}s left\\b`, 'i'),
];
/** "the drug and alcohol service's people, not theirs": people labelled by owner and disowned. */
const PEOPLE_NOT_OURS = new RegExp(`(?<![\\w${APC}&-])${OTHER_OWNER} (?:own )?(?:people|patients|kids|children|cases|regulars|clients|residents|pupils|families),? (?:and )?not (?:ours|theirs|mine|ours to \\w+)\\b`, 'i');

function ourSideOnly(ctx: RuleContext): RuleHit[] {
  const s = ctx.sentence;
  const hits: RuleHit[] = [];
  const push = (m: RegExpMatchArray | RegExpExecArray | null) => {
    if (m) hits.push({ start: m.index!, end: m.index! + m[0].length });
  };
  for (const m of s.matchAll(SLOGAN)) {
    const { p1, p2, n2 } = m.groups!;
    const a = p1.toLowerCase().replace(/['’]s?$/, '');
    const b = p2.toLowerCase().replace(/['’]s?$/, '');
    if ((a === b || (a === 'their' && b === 'not our')) && !SLOGAN_OK.test(n2)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index! + m[0].search(/[^\s:;—–(\-"“'‘]/);
      hits.push({ start: Math.max(start, m.index! + lead), end: m.index! + m[0].length });
    }
  }
  for (const re of [OURS_NOT_THEIRS, NOT_FOR_OTHERS, OTHERS_WAIT, PEOPLE_NOT_OURS, ...GATE]) push(re.exec(s));
  const own = OTHERS_OWN.exec(s);
  if (own && EXCLUSIVE.test(s.slice(0, own.index)) && !OTHERS_OK.test(s)) {
    const start = own.index! + own[0].indexOf(own.groups!.who);
    hits.push({ start, end: own.index! + own[0].length });
  }
  return hits;
}

const SPECS = compile([
  { re: /\bnot (?:really )?our (?:people|patients|residents|pupils|clients|lot|kind)\b/i },
  { re: /\bnot one of (?:ours|our own)\b/i },
  { re: /\blet (?:the )?(?:council|trust|icb|pcn|practice|hospital|federation|other side|other team|[\w-]+ team) (?:fail|sink|struggle|flounder|stew|sweat)\b/i },
  { re: /\b(?:get|gets|have|has|given|take|takes|receive|receives) (?:priority|preference|precedence|first dibs) over (?:people|patients|residents|families|pupils|clients|those|anyone)(?: [\w-]+){0,2} (?:from|in|at|of|registered) (?:the |with )?(?:neighbouring|other|next|surrounding|another)\b/i },
  { re: /\b(?:other|their|the other) [\w-]+['’]?s? (?:clients|patients|residents|pupils|families|people) (?:will|can|must|should) (?:have to |just )?wait\b/i },
  { re: /\b(?:their|[\w-]+['’]s?|other (?:practices|pcns|trusts|boroughs|areas|schools)['’]?) (?:patients|residents|pupils|clients|people|families) (?:are |were |keep |kept )?(?:clogging|filling|blocking|using up|taking up|eating into|swamping|overwhelming|flooding)\b/i },
  { re: /\btheir (?:[\w-]+), their (?:problem|headache|mess|lookout|issue|look-out|funeral)\b/i },
  // their delayed discharges are clogging up our beds / the hospital's referrals have swamped our clinics
  { re: new RegExp(`\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?|other (?:practices|pcns|trusts|boroughs|areas|schools|hospitals)${AP}?) (?:own )?(?:[\\w-]+ )?(?:${LOAD}) (?:are |is |were |was |keep |keeps |kept |have |has |have been |has been |will |will be |would |would be )?(?:(?:clog|block|fill|swamp|flood|overwhelm|overrun|bung|silt)(?:s|ged|ging|ed|ing)?(?: up)?|(?:use|uses|using|used|take|takes|taking|took|eat|eats|eating|ate) (?:up|into)|(?:take|takes|taking|took|taken) over) (?:all (?:of )?)?(?:our|my) (?:own )?(?:[\\w-]+ )?(?:${OUR_CAPACITY})\\b`, 'i') },
  // their patients keep turning up at our walk-in centre / the council's clients are being dumped on our service
  { re: new RegExp(`\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?) (?:own )?(?:patients|clients|families|residents|service users|people|pupils|tenants) (?:keep|keeps|kept) (?:on )?(?:turning up|coming|being sent|being dumped|being pushed|showing up|landing|ending up|walking in) (?:at|to|on|in|into) (?:our|my) (?:own )?(?:[\\w-]+ ){0,2}?(?:${OUR_CAPACITY}|walk-in centres?|centres?|surgery|practice|door|doorstep|hospital)\\b(?![^.;]{0,60}\\b(?:welcome\\w*|as agreed|by agreement|under the (?:agreement|pathway)|as planned|as per|glad|happy to))`, 'i') },
  { re: new RegExp(`\\b(?:their|the [\\w-]+${AP}s?|[\\w-]+${AP}s?) (?:own )?(?:patients|clients|families|residents|service users|people|pupils|tenants) (?:are|were|get|got|keep getting|are being|were being) (?:flooding|pouring into|piling into|dumped on|dumped at|dumped in|offloaded (?:on|onto)|shunted (?:on|onto|to)|palmed off on) (?:our|my) (?:own )?(?:[\\w-]+ ){0,2}?(?:${OUR_CAPACITY}|walk-in centres?|centres?|surgery|practice|door|doorstep|hospital)\\b(?![^.;]{0,60}\\b(?:welcome\\w*|as agreed|by agreement|under the (?:agreement|pathway)|as planned|as per|glad|happy to))`, 'i') },
  { re: new RegExp(`\\b(?:is|${AP}s|are|was|were|that${AP}s|it${AP}s) (?:entirely |really |frankly |just |all )?their (?:own )?(?:problem|headache|mess|lookout|look-out|funeral)\\b(?![^.;]{0,25}\\balone\\b)`, 'i') },
]);

export default defineRule({
  id: 'no-us-and-them',
  category: 'org-centric',
  practice: 1,
  severity: 'warning',
  description: 'Draws a line between “our” people and “theirs” (“their patients, not ours”, “their deadline, their headache”).',
  trigger: new RegExp(`their |keep turning|keeps? (?:on )?(?:coming|being|showing|landing|ending|walking|turning)|dumped|offloaded|shunted|palmed|pouring|piling|one of ours|let (?:the )?[\\w-]+(?: [\\w-]+)? (?:fail|sink|struggle|flounder|stew|sweat)|(?:priority|preference|precedence|first dibs) over|wait\\b|one of our own|clog|fill|block|using up|use up|used up|taking up|take up|eat|swamp|overwhelm|flood|overrun|take over|bung|silt|not (?:really )?our (?:people|patients|residents|pupils|clients|lot|kind)|${AP}s (?:own )?${PEOPLE}|, (?:not )?(?:their|our|[\\w&-]+${AP}s?) |(?:for|to|from) (?:our|its|their|the )|not (?:for|to|from) |own\\b|themselves|itself|elsewhere|left\\b|wait\\b|turn|not|n${AP}t|only|queue`),
  messages: {
    found: '“{{match}}” splits people and problems into ours and theirs. Describe them as the community you share and the problem you can work on together.',
  },
  check: (ctx) => addNew([...runSpecs(SPECS, ctx.sentence), ...theirPeople(ctx)], ourSideOnly(ctx)),
  unless: [/\b(?:all of us|us all|everyone['’]s|shared by all)\b/, /\b(?:whether|rather than (?:say|saying|talk|talking|speak)|instead of (?:say|saying|talk|talking)|shared|together)\b[^.;]{0,40}\b(?:their|ours|our)\b/],
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
