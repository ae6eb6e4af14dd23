// One organisation's budget, targets, turf or reputation put ahead of the shared system and the community.
import { defineRule, type RuleContext, type RuleHit } from '../define.ts';
import { AP, APC, ASSET, ORG_NOUN, OWNER, REJECTS, THE_ORG } from '../shared/org-centric-words.ts';
import { compile, runSpecs } from '../shared/org-centric-match.ts';
import { frameTrigger } from '../shared/frames.ts';
import { GATEKEEP_FRAMES, KEEP_BACK_FRAMES, OWN_FIRST_FRAMES } from '../shared/org-centric-frames.ts';

const NOT_WILLING = (
  `(?:(?:we are|we${AP}re|we aren${AP}t)(?: not)?|won${AP}t|will not|would not|wouldn${AP}t|not going to|refus(?:e|` +
  `ed|es|ing) to|(?:is|are|was|were) not (?:willing|prepared) to|unwilling to|declined to)`
);
const GIVE = '(?:share|sharing|lend|lending|loan|loaning|release|releasing|give up|giving up|hand over|handing over|pool|pooling|second|seconding)';
const STAFF =
  (
    '(?:staff|pharmacists|nurses|engineers|developers|volunteers|volunteer pool|clinicians|gps|beds|budget|money|funding|' +
    'rooms|capacity|people|team|resources|workforce|coordinators|posts|therapists|pot|underspend|reserves|slots|space|' +
    'analysts|social workers|care coordinators|social prescribers|vans|kit|equipment)'
  );
const OTHERS = `(?:their|them|other|another|the other|someone else|somebody else|[\\w-]+${AP}s)`;

/** A noun-phrase word that is not a verb or a joining word, so an owned phrase never runs into its clause. */
const NP_WORD = (
  `(?:(?!(?:is|are|was|were|be|been|will|would|has|have|had|must|should|can|could|may|might|and|or|but|said|says|` +
  `noted|felt|that|to|for|in|on|at|of|with|first|come|comes|came|matters?|takes?|before|ahead|over|outweighs?|trumps?)\\b)[\\w&${APC}-]+)`
);
/** "our own list", "the trust's financial position", "our organisation's interests". */
const OWNED = `(?<own>\\b(?:our|its|my|the (?:${NP_WORD} ){0,2}?[\\w-]+${AP}s?)(?: own)?(?: ${NP_WORD}){1,3}?(?: (?:with|among|across) (?:the |our )?[\\w-]+)?)`;
const OVER = (
  `(?<verb>(?:(?:must|has to|have to|had to|should|will|would|needs? to|always|ought to|is going to|is to|may|might)(?: (?:have to|` +
  `need to|always|still))? )?(?:(?:be put|be placed|be kept|come|comes|go|goes|be|sit|sits|rank|ranks) (?:first,? )?(?:before|` +
  `ahead of|above|over)|came (?:ahead of|above)|(?:matters?|mattered|counts?|counted)(?: (?:far|much|a lot))? more(?: to (?:us|` +
  `me|them|it|the \\w+))? than(?! ever| usual| before| last| previously)|(?:counts?|counted) for (?:far |much |a lot )?more than|` +
  `(?:is|are) worth (?:far |much )?more than|(?:takes?|took|take|have|has|gets?|get) (?:precedence|priority|preference) over|` +
  `(?:is|are|was|were|be) (?:far |much |a lot )?(?:more important|a bigger priority|a higher priority)(?: to (?:us|` +
  `me|them|it|the \\w+))? than(?! ever| usual| before| last| previously)|outweighs?|outweighed|trumps?|trumped|before|` +
  `ahead of|over))`
);
/** Shared work an owned thing is put ahead of: the network, the partnership, the system plan, the federation's plans, anything the PCN wants. */
const SHARED_WORK = (
  `(?:(?:the|any|all|our|every|a|wider|this)\\s)?(?:[\\w&${APC}-]+ ){0,3}?(?:network|partnership|system|joint|shared|` +
  `alliance|platform|programme|consortium|cluster|corporate|company|cross-team|ics|icb|icp|pcn|pcns|place|integrated|` +
  `collaborative|[\\w-]+-wide|federation|partners?|neighbourhood|wider|collective|multi-agency|cross-[\\w-]+|anything|` +
  `everything|everyone|others|other [\\w-]+|the rest)\\b`
);
/** The rest of the shared noun phrase ("the joint| improvement plan"), so the flagged words read whole. */
const NP_TAIL = `(?:[\\w-]*)(?: (?!(?:and|but|so|or|on|in|at|for|to|this|that|which|who|is|are|was|were|will|would|this|next|last|because|as|if|when|whatever|the)\\b)[\\w-]+){0,2}`;
const PRIORITY = new RegExp(`${OWNED} ${OVER} ${SHARED_WORK}${NP_TAIL}`, 'gi');
// Not "put its case before the ICB board": presenting is not ranking.
const PUT_AHEAD = new RegExp(`\\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|rank(?:s|ed|ing)?|prioriti[sz](?:e|es|ed|ing)) ${OWNED} (?:first|ahead of|above|over) ${SHARED_WORK}${NP_TAIL}`, 'gi');
/** With a bare "before" or "over", only "our own list / patients / members" reads as a priority. */
const OWN_PEOPLE = new RegExp(
  String.raw`\bown (?:[\w-]+ )?(?:list|patients|members|pupils|residents|clients|people|families|practice|organisation|team|` +
  String.raw`staff|interests|priorities|needs|work|targets|budget|figures|numbers|caseload)\b`,
  'i',
);
const BODY_AHEAD = new RegExp(
  String.raw`\bbefore (?:the )?(?:[\w-]+ )?(?:icb|ics|icp|board|cabinet|committee|panel|scrutiny|council|trust|governors|trustees|` +
  String.raw`members)\b(?!-|[’']s| [\w-]+ (?:plan|work|bid|programme|strategy|priorities))`,
  'i',
);
const SHARED_OWNED = /\b(?:joint|shared|pooled|system|partnership|collective|common|whole|community|alliance|network|residents|patients['’]|children|people|families|safety|wellbeing)\b/i;

/** "our own list before any network work", "the trust's figures matter more than the joint plan". */
function ownAheadOfShared(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const re of [PRIORITY, PUT_AHEAD]) {
    for (const m of ctx.sentence.matchAll(re)) {
      const own = m.groups!.own;
      if (SHARED_OWNED.test(own)) continue;
      // A bare "before"/"over" needs "own" to read as priority rather than time or place.
      if (/^(?:before|ahead of|over)$/i.test(m.groups!.verb ?? '') && !OWN_PEOPLE.test(own)) continue;
      // "comes before the ICB board" is an item going to a meeting, not a ranking.
      if (/\bbefore$/i.test(m.groups!.verb ?? '') && BODY_AHEAD.test(ctx.sentence.slice(m.index! + m[0].length - 30, m.index! + m[0].length + 40))) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return hits;
}

/** Money and capacity an organisation may sit on. */
const HOARD = (
  '(?:underspend|underspends|surplus|surpluses|money|funding|funds|reserves|savings|slippage|grants?|income|cash|' +
  'beds|capacity|posts|vacancies|vacant posts|allocation|budget|headroom|contingency|spare [\\w-]+|extra [\\w-]+)'
);
/** "keep the underspend within the trust", "the surplus kept inside the council". */
const KEEP_WITHIN = new RegExp((
  `\\b(?:keep|keeps|keeping|kept|hold(?:s|ing)?(?: on to)?|held(?: on to)?|retain(?:s|ed|ing)?|stay|stays|stayed|` +
  `staying|remain|remains|ring-?fenc(?:e|es|ed|ing)|hang(?:ing)? on to)\\b[^.;]{0,40}?\\b(?:within|inside|in-house in) (?<org>(?:the|` +
  `our|this|its|their) (?:own )?(?:[\\w-]+ ){0,2}?${ORG_NOUN}|(?:our|its|their) own [\\w-]+|primary care|secondary care|` +
  `(?:adult |children${AP}s )?social care|acute|adult services|children${AP}s services)(?:${AP}s)?\\b`
), 'gi');
/** "the ICB doesn't need to know", "nobody else needs to know", "don't tell the system". */
const WHO = (
  `(?:the system|the wider system|partners|the partners|our partners|(?:the )?other [\\w-]+|nobody else|no-?one else|` +
  `anyone else|the alliance|the partnership|the board|the network|commissioners|the [\\w-]+ (?:team|board|council|` +
  `trust|pcn)|the (?:${ORG_NOUN})|icb|ics|icp|pcn|nhs|ccg|nhs england)`
);
const KEPT_QUIET = [
  new RegExp((
    `\\b${WHO} (?:doesn${AP}t|does not|don${AP}t|do not|didn${AP}t|did not|need not|needn${AP}t|shouldn${AP}t|should not|` +
    `won${AP}t|will not|never) (?:need to |have to |get to )?(?:know|hear|find out|be told)\\b`
  ), 'gi'),
  new RegExp(`\\b(?:nobody|no-?one)(?: else| (?:in|at|on|from|outside) (?:the )?[\\w-]+)? (?:needs|has) to (?:know|hear|find out|be told)\\b`, 'gi'),
  new RegExp((
    `(?:\\bdon${AP}t|(?<!\\b(?:did|had|was|were|has|have) )(?:\\bdo not|\\bnot)|\\bwithout|\\brather than) (?:tell(?:ing)?|` +
    `mention(?:ing)?|advertis(?:e|ing)|publicis(?:e|ing)|broadcast(?:ing)?|inform(?:ing)?|declar(?:e|ing)|disclos(?:e|` +
    `ing)|report(?:ing)?|flag(?:ging)?|admit(?:ting)?)(?: (?:it|them|this|that|anything|the [\\w-]+(?: [\\w-]+)?))?(?: (?:to|` +
    `with|about|at|in front of))? ${WHO}`
  ), 'gi'),
  new RegExp((
    `\\bkeep(?:s|ing)? (?:quiet|schtum|shtum|mum) (?:about|on)\\b|\\bkeep(?:s|ing)? (?:it|this|that|them|the [\\w-]+) (?:quiet|` +
    `under wraps|off the books|to ourselves|from (?:the )?(?:icb|system|partners|council|trust|alliance|board|other))\\b`
  ), 'gi'),
];
const HOARD_CUE = new RegExp(`\\b(?:our|${HOARD})\\b|£\\s?\\d`, 'i');
const HOARD_WORD = new RegExp(`\\b${HOARD}\\b|£\\s?\\d`, 'i');
/** Hosting for partners, joint funding or pooling: keeping it "within the council" is then an arrangement, not hoarding. */
const ARRANGED = /\b(?:joint(?:ly)?|hosted|hosts?|hosting|on behalf of|for (?:all )?(?:the )?partners|shared|pooled|together|system-wide|until (?:the )?(?:pooled|shared|joint))\b/i;
const POOLED = /\b(?:pooled|shared|joint|partnership|system|common|central|place|alliance|fund|pot)\b/i;

/** "kept within the trust's financial rules": a rule or limit, not a hoard. */
const RULE_AFTER = new RegExp(
  String.raw`^(?:[\w-]+ )?(?:polic|rule|limit|guideline|framework|term|threshold|scheme|tolerance|envelope|standing order|procedure|` +
  String.raw`financial rule)`,
  'i',
);

/** Keeping money or capacity inside one organisation, or out of partners' sight. */
function hoarding(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const s = ctx.sentence;
  for (const m of s.matchAll(KEEP_WITHIN)) {
    if (RULE_AFTER.test(s.slice(m.index! + m[0].length).trimStart())) continue;
    if (ARRANGED.test(s.replace(/\bnot (?:be )?shared\b/gi, '')) || POOLED.test(m.groups!.org)) continue;
    if (!HOARD_WORD.test(s.slice(Math.max(0, m.index! - 40), m.index! + m[0].length))) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  KEPT_QUIET.forEach((re, i) => {
    // Not telling or declaring needs the money or capacity named; "doesn't need to know" needs "our" or the resource.
    if (!(i === 2 ? HOARD_WORD : HOARD_CUE).test(s)) return;
    if (i < 2 && !HOARD_WORD.test(s) && !/\babout (?:our|its|their)\b|\bwe (?:have|hold|are holding|(?:have|['’]ve) got)\b/i.test(s)) return;
    for (const m of s.matchAll(re)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  });
  return hits;
}

/** Cheap first-pass cues for the checks above and the specs below (each a necessary part of some pattern). */
const TRIGGER_MORE = [
  (
    `(?:before|ahead of|above|over) [^.;]{0,40}?(?:network|partnership|system|joint|shared|alliance|platform|programme|` +
    `consortium|cluster|corporate|company|ics|icb|icp|pcn|place|integrated|collaborative|-wide|federation|partner|neighbourhood|` +
    `wider|collective|multi-agency|cross-|anything|everything|everyone|others|other |the rest)`
  ),
  `(?:matters?|mattered|counts?|counted)(?: (?:far|much|a lot))? more|more important|(?:bigger|higher) priority|(?:precedence|priority|preference) over|outweigh|trump|matters?,? not`,
  `${HOARD}[^.;]{0,80}?(?:within|inside|in-house)|(?:within|inside) (?:our|its|their) own|(?:stays?|remains?|kept|keep|staying) (?:with us|in-house)`,
  (
    `need(?:s|n${AP}t)? (?:not )?(?:to )?(?:know|hear|find out|be told)|(?:n${AP}t|not|never) (?:need to |have to |` +
    `get to )?(?:find out|be told)|has to (?:know|hear)|(?:don${AP}t|do not|not|never|without|rather than) (?:tell|` +
    `mention|advertis|publicis|broadcast|inform|declar|disclos|report|flag|admit)|keep(?:s|ing)? (?:quiet|schtum|shtum|` +
    `mum)|under wraps|off the books|radar|know (?:won${AP}t|can${AP}t|will not|cannot) hurt`
  ),
  (
    `first,? (?:and )?(?:the )?(?:[\\w-]+ ){0,2}?(?:second|after|later|can wait)|counts? for (?:far |much |a lot )?more than|` +
    `worth (?:far |much )?more than|(?:sit(?:s|ting)?|sat) on|squirrel|stash|hid(?:e|es|ing|den)|bur(?:y|ies|ying|ied)|` +
    `tuck(?:s|ing|ed)? away`
  ),
].join('|');

/** Kit, rooms, people and data an organisation may refuse to lend. */
const LENDABLE = (
  `(?:${STAFF}|scanners?|machines?|equipment|data|records|rooms|clinic rooms|theatres?|premises|building|hall|offices?|` +
  `vehicles|minibus|desks|beds|slots|sessions|nurses|doctors|therapists|hours)`
);
/** A partner on the receiving end: the other trust, the PCN, partners, the rest of the system. */
const PARTNER_END = (
  `(?:the |our |any )?(?:other |another |neighbouring |partner )?(?:[\\w-]+ )?(?:trusts?|pcns?|partners?|practices?|` +
  `council|icb|ics|hospital|hospice|charity|charities|teams?|services?|providers?|organisations?|wards?|schools?|` +
  `federation|network|system|them|others|anyone else|the rest)\\b`
);
/** Unless the refusal is about timing, consent or safety rather than ownership. */
const FOR_A_REASON = `(?![^.;]{0,60}\\b(?:until|unless|without|before|pending|while|because|till|consent|safe|safety|lawful|legal|agreement|governance|sharing agreement))`;
const SPECS = compile([
  // their targets mattered more than the integrated service / our rating counts for more than the joint programme
  { re: new RegExp((
    `\\b(?:their|our|its)(?: own)? (?:[\\w-]+ ){0,2}?${ASSET}(?: in the (?:[\\w-]+ )?(?:league tables?|rankings?|tables?|` +
    `ratings?))? (?:(?:will |would |always |still )?(?:matters?|matter|mattered|counts?|counted)(?: for)? (?:far |much |` +
    `a lot )?more than|(?:is|are|was|were) (?:far |much )?more important than) (?:the |any |our )?(?:joint|shared|partnership|` +
    `integrated|system|network|wider|collective|place|neighbourhood|alliance|pcn|icb)\\b(?: [\\w-]+){0,2}`
  ), 'i') },
  // keep the money in our department / keep the extra posts in our own ward
  { re: new RegExp((
    `\\b(?:keep|keeps|keeping|kept|hold|holds|holding|held)\\b (?:the |all the |any |this |that |our )?(?:extra |spare |` +
    `new |additional |whole )?(?:funding|money|posts|budget|underspend|surplus|funds|cash|grant|staff|beds|allocation) (?:in|` +
    `within|inside) (?:our|their|its|this) (?:own )?(?:department|directorate|service|school|ward|team|practice|trust|` +
    `council|unit|division|organisation|surgery|hospital)\\b(?! (?:fund|funds|pot|account|accounts|budget|trip|reserves?|` +
    `bank|tin|safe)\\b)`
  ), 'i') },
  // don't tell the rest of the partnership / best not to tell the others / let's not tell the other practices
  { re: new RegExp((
    `(?:\\bdon${AP}t|\\bdo not|\\bbest not to|\\bnot to|\\blet${AP}s not|\\bshouldn${AP}t|\\bshould not|\\bmustn${AP}t|` +
    `\\bmust not|\\bno need to|\\bwithout) (?:tell(?:ing)?|mention(?:ing)? (?:it|this|that|anything) to|let(?:ting)? on to|` +
    `keep(?:ing)? (?:it|this|that) from) (?:the others|the rest of them|the rest of (?:the|us)(?: [\\w-]+)?|everyone else|` +
    `the other (?:practices|partners|trusts|pcns|providers|organisations|teams|members|schools|councils|agencies|services|` +
    `wards|charities))\\b(?! (?:what|how|to|that we|yet|until|when|why)\\b)(?![^.;]{0,60}\\b(?:until|before|confidential|` +
    `embargo|consent|privacy))`
  ), 'i') },
  { re: new RegExp(
    String.raw`\bkeep(?:s|ing)? (?:it|this|that|them) (?:quiet )?from (?:the others|the rest of (?:the|them|us)(?: [\w-]+)?|everyone else|` +
    String.raw`the other (?:practices|partners|trusts|pcns|providers|organisations|teams|members|schools|councils|agencies|services|` +
    String.raw`wards|charities))\b(?![^.;]{0,60}\b(?:until|before|confidential|embargo|consent|privacy))`,
    'i',
  ) },
  // we're not sharing the new scanner with the other trust / we aren't going to give up the rooms to partners
  { group: 'hit', re: new RegExp((
    `(?<hit>\\b(?:(?:we|i|they|it|the [\\w-]+)(?:${AP}re| are| is|${AP}m| am)?(?: not|n${AP}t)(?: going to| willing to| prepared to)?|` +
    `won${AP}t(?: be)?|will not(?: be)?|would not|wouldn${AP}t|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|(?:have|` +
    `has|had) no (?:intention|plans?) (?:of|to)) (?:be )?(?:shar(?:e|ing)|lend(?:ing)?|loan(?:ing)?|releas(?:e|ing)|` +
    `giv(?:e|ing) up|hand(?:ing)? over) (?:the |our |its |their |any of (?:our|its|the) |any )?(?:own )?(?:[\\w-]+ ){0,2}?${LENDABLE}) (?:with|` +
    `to) ${PARTNER_END}${FOR_A_REASON}`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:our|its|their)(?: own)? (?:[\\w-]+ ){0,2}?${LENDABLE} (?:aren${AP}t|are not|isn${AP}t|is not|won${AP}t|will not)(?: going to)? be (?:loaned|` +
    `lent|released|shared|given up|handed over|seconded) (?:to|with) ${PARTNER_END}${FOR_A_REASON}`
  ), 'i') },
  // this is our service, not theirs / the charity wants credit for everything, but the service is ours / it's our project and our name goes on it
  { re: new RegExp((
    `\\b(?:this|it|that|the [\\w-]+(?: [\\w-]+)?)(?:${AP}s| is| was) (?:our|my) (?:own )?(?:[\\w-]+ )?(?:service|project|` +
    `programme|scheme|pilot|clinic|idea|initiative|hub|pathway|model|work|baby|show|patch),? (?:and )?not (?:theirs|` +
    `yours|the [\\w-]+${AP}s?)(?=\\s*(?:[.;!,]|$))`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:want|wants|wanted|take|takes|took|claim|claims|claimed|grab|grabs|grabbed)(?: all)?(?: the)? credit\\b[^.;]{0,40}?\\bbut (?:(?:the |` +
    `this |it |that )?(?:[\\w-]+ ){0,2}?(?:is|was|remains)|(?:it|this|that|[\\w-]+)${AP}s) (?:ours|mine|our (?:own )?[\\w-]+)\\b(?![^.;]{0,30}\\b(?:too|` +
    `as well|together|jointly|both))`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:it|this|that)(?:${AP}s| is| was) our (?:own )?(?:[\\w-]+ )?(?:service|project|programme|scheme|pilot|clinic|` +
    `idea|initiative|hub|work|baby|show|pathway|model|campaign|report|leaflet|app|website|event),? and (?:so )?(?:our|` +
    `its|my) (?:name|logo|badge|brand|branding|crest) (?:goes|is going|should go|must go|will go|has to go|appears|` +
    `sits) on (?:it|this|that|them|everything)\\b(?![^.;]{0,30}\\b(?:alongside|with|both|as well|too|partners|jointly|` +
    `together))`
  ), 'i') },
  // our trust's performance comes first / our own elective recovery comes first / the trust's own bed base had to come first
  { re: new RegExp((
    `\\b${OWNER}(?: (?:trust|council|organisation|practice|pcn|team|service|department|federation|hospital|charity|` +
    `school)${AP}s)?(?: own)? (?:[\\w-]+ ){0,2}?${ASSET} (?:must |has to |have to |had to |should |will |always |needs to |` +
    `need to )?(?:comes?|came|goes|go|be put) first\\b`
  ), 'i') },
  { re: /\bsystem (?:asks|priorities|needs|work) (?:come |comes |go |goes )?second\b/i },
  { re: new RegExp((
    `\\b(?:our|its|my)(?: own)? (?:[\\w-]+ ){0,2}?${ASSET} (?:ahead of|before|over) (?:the )?(?:system|partnership|` +
    `partners|wider (?:system|partnership)|shared (?:plan|fund|system|pot)|rest of the system|other (?:partners|organisations|` +
    `practices|providers))\\b`
  ), 'i') },
  { re: /\b(?:whatever|regardless of what) (?:that|it|this) (?:means|does) (?:for|to) (?:the rest of the system|the system|partners|other \w+|everyone else|the others|the rest of us)\b/i },
  { re: /\bregardless of (?:the )?(?:impact|effect|knock-on) on (?:the )?(?:system|partners|other \w+|rest of the system|everyone else)\b/i },
  // protect our budget / protect the authority's position / protecting the trust's own bed base
  { re: new RegExp(`\\bprotect(?:s|ed|ing)? (?:our|its|my)(?: own)? (?:[\\w${APC}-]+ ){0,2}?${ASSET}\\b`, 'i') },
  { re: new RegExp((
    `\\bprotect(?:s|ed|ing)? ${THE_ORG}(?: own)? (?:[\\w-]+ )?(?:position|reputation|interests|turf|patch|brand|corner|` +
    `share|allocation|bed base|income|standing|image|name|bottom line)\\b`
  ), 'i') },
  { re: new RegExp(`\\bprotect(?:s|ed|ing)? ${THE_ORG} own [\\w-]+(?: [\\w-]+)?\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:our|its|their|${THE_ORG}) own (?:[\\w-]+ ){0,3}?(?:income|budget|allocation|funding|money|underspend|reserves|` +
    `surplus|beds|bed base|staff) (?:must|should|has to|had to|needs? to|will have to) be (?:protected|ring-?fenced|` +
    `kept|safeguarded|preserved|held back)\\b`
  ), 'i') },
  // keeping our social prescribers for our own practices / only for our own pupils / for its own list only
  { re: new RegExp(`\\bonly (?:for|to) (?:our|its|their) own (?:[\\w-]+ ){0,2}?[\\w-]+\\b`, 'i') },
  { re: new RegExp(`\\b(?:for|to) (?:our|its|their) own (?:[\\w-]+ ){0,2}?[\\w-]+ only\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:keep(?:ing|s)?|kept|reserv(?:e|ed|es|ing)|ring-?fenc(?:e|ed|es|ing)|hold(?:ing)? (?:on ?to)|hang(?:ing)? on to)\\b[\\w ,${APC}-]{0,40}? for (?:our|` +
    `its|their) own (?:[\\w-]+ )?(?:${ORG_NOUN}s?|use|members|sites?|wards?|patch)\\b`
  ), 'i') },
  { re: /\bring-?fenced? (?:[\w-]+ ){0,3}?for (?:[\w-]+ ){1,3}only\b/i },
  // would not share its volunteer pool / won't be lending engineers to Payments
  { re: new RegExp(`\\b${NOT_WILLING} (?:be )?${GIVE} (?:(?:its|our|their|any of (?:its|our|their)|any) (?:own )?)?(?:[\\w-]+ ){0,2}?${STAFF}\\b(?= (?:to|with) )${FOR_A_REASON}`, 'i') },
  { re: new RegExp(`\\b${NOT_WILLING} (?:be )?${GIVE} (?:its|our|any of (?:its|our)) (?:own )?(?:[\\w-]+ ){0,2}?${STAFF}\\b${FOR_A_REASON}`, 'i') },
  { re: new RegExp((
    `\\b(?:should not|shouldn${AP}t|must not|mustn${AP}t|${NOT_WILLING}) (?:be )?${GIVE} (?:its|our|any of (?:its|our)) (?:own )?(?:[\\w-]+ ){0,2}?[\\w-]+ (?:with|` +
    `to) (?:the )?(?:other|another|neighbouring|partner|partners|(?:[\\w-]+ )?${ORG_NOUN})\\b`
  ), 'i') },
  // the church hall is for our congregation, not for the youth project
  { re: /\b(?:is|are) (?:only |just |strictly )?for (?:our|its|their) (?:own )?[\w -]{1,25}?,? (?:not|rather than) (?:for )?(?:the |other |another |any )/i },
  // we should be the ones named in the press release
  { re: /\b(?:we|our \w+) (?:should|must|need to|ought to|want to) be (?:the ones?|the organisation|the only ones?|the only organisation) (?:named|credited|recognised|mentioned|thanked)\b/i },
    { re: /\bfor (?:[A-Z][\w-]+ ){1,3}(?:patients|residents|pupils|members|clients|families|people) only\b/ },
    { re: new RegExp(
      String.raw`(?<=\b(?:shared|joint|pooled|common|system|partnership)\b[^.;]{0,50})\b(?:kept|reserved|ring-?fenced|held back|` +
      String.raw`saved) (?:only |solely |just )?for (?:our|its|their) (?:own )?(?:pupils|patients|members|residents|people|clients|` +
      String.raw`staff|school|practice|team|trust|service)\b`,
      'i',
    ) },
    { re: new RegExp(`\\bkeep(?:s|ing)? (?:its|our|their) (?:own )?(?:[\\w-]+ )?${STAFF} to (?:itself|ourselves|themselves)\\b`, 'i') },
    { re: /\b(?:we|our \w+|the \w+) (?:should|must|need to|want to|wants to) be seen (?:to lead|as the lead|to be leading|as leading|to be in charge)\b/i },
  { re: new RegExp(
    String.raw`\bwhy should (?:we|our [\w-]+|the (?:trust|council|practice|pcn|school|charity|hospital|hospice|federation|department)) (?:pay|` +
    String.raw`fund|wait|suffer|carry|pick up|give up|subsidise|bail|lend|share|cover|foot)\b`,
    'i',
  ) },
  // make sure the ICB doesn't get hold of our underspend
  { re: new RegExp((
    `\\b(?:doesn${AP}t|does not|don${AP}t|do not|won${AP}t|will not|never) (?:get (?:hold of|(?:their|its|his|her) hands on|` +
    `a share of|a slice of|access to)|raid|dip into|claw back) (?:our|any of our|my|its) (?:[\\w-]+ )?${ASSET}\\b`
  ), 'i') },
  { re: new RegExp(`\\bkeep(?:s|ing)? (?:our|its|their) [\\w -]{1,30}? out of (?:the )?(?:shared|pooled|joint|common|system|central) (?:pot|fund|pool|budget|pot)\\b`, 'i') },
  { re: new RegExp(`\\bso that no other ${ORG_NOUN} (?:benefits|gains|gets)\\b`, 'i') },
  { re: new RegExp(
    String.raw`\b(?:savings|money|funding|underspend|surplus|income) (?:[\w -]{0,40}?)(?:must|should|has to|have to|needs to|` +
    String.raw`need to) (?:come|go|flow) back to (?:acute|us|the trust|our \w+|primary care|the council|the hospital|the practice|` +
    String.raw`the pcn)\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\b(?:savings|money|funding|underspend|surplus|income)\b[\w -]{0,40}? (?:must|should|has to|have to|needs? to|will|` +
    String.raw`would) (?:come|go|flow|be returned|be handed) back to (?:the |our |each |individual )?[\w-]+(?: [\w-]+)?,? (?:and (?:would|` +
    String.raw`will|must) not|not|rather than|instead of)\b`,
    'i',
  ) },
  // kept for our list and no one else's / not shared with the county / rather than sharing it with the PCNs
  { re: new RegExp(`\\bfor (?:our|its|my)(?: own)? [\\w -]{1,25}? (?:and|but) (?:no ?one|nobody|not anyone) else${AP}s\\b`, 'i') },
  { re: /\b(?:income|money|funding|budgets?|underspend|surplus|savings|reserves|staff|beds|rooms|capacity|volunteers)\b[^.;]{0,50}?\b(?:is|are|be|was|were) not (?:to be )?(?:shared|pooled) with\b/i },
  { re: new RegExp(`\\brather than (?:sharing|share|pooling|pool) (?:it|them|this|that|the \\w+) with (?:the )?(?:other |our |its )?(?:[\\w-]+ )?${ORG_NOUN}s?\\b`, 'i') },
  { re: new RegExp(
    String.raw`\b(?:should not|shouldn['’]t|won['’]t|will not|would not|must not) be (?:opened|offered|made available|lent|given|` +
    String.raw`released) to (?:the )?(?:other|neighbouring|another) (?:[\w-]+ )?(?:council|trust|pcn|practice|surgery|hospital|` +
    String.raw`federation|hospice|charity|provider|department|team|squad|service|organisation|school|academy|authority|partner|` +
    String.raw`borough|district|county|ward)s?\b`,
    'i',
  ) },
  { re: new RegExp((
    `\\b${NOT_WILLING} (?:accept|take|see|treat|register) (?:any )?(?:patients|referrals|residents|people|families|` +
    `clients|pupils) from (?:outside|other|another|neighbouring|the other)\\b`
  ), 'i') },
  // wants its figures to look better than Northvale's / keep our trust out of the headlines
  { re: new RegExp(`\\b(?:our|its) (?:[\\w-]+ ){0,2}?${ASSET} to look (?:better|good|best|stronger)\\b`, 'i') },
  { re: new RegExp(
    String.raw`\bkeep(?:s|ing)? (?:our|its) (?:own )?(?:trust|organisation|name|council|practice|brand|service|school|charity|` +
    String.raw`pcn|department) out of (?:the )?(?:headlines|papers|news|press|cqc report|spotlight|league tables?)\b`,
    'i',
  ) },
  { re: /\bwhatever the (?:cost|impact|consequences?) (?:to|for|on) (?:partners|the system|others|other \w+|everyone else|the rest)\b/i },
  // we shouldn't be seen to be bailing out a neighbouring PCN
  { re: new RegExp((
    `\\b(?:bail(?:ing|ed|s)? out|subsidis(?:e|es|ing|ed)|cross-?subsidis\\w*|prop(?:ping|s)? up|pick(?:ing)? up the (?:bill|` +
    `tab) for) (?:a |the |another |other |any |their )?(?:neighbouring |struggling |other )?(?:[\\w-]+ )?${ORG_NOUN}\\b`
  ), 'i') },
  // make our trust look worse / our organisation isn't the one named / dilute its brand
  { re: new RegExp(`\\b(?:make|makes|making|made) (?:our|us|the (?:trust|council|practice|pcn|organisation|department)|our [\\w-]+) (?:[\\w-]+ )?look (?:worse|bad|poor|weak)\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:our|its) (?:organisation|trust|council|practice|pcn|department|service|charity|school|team) (?:is|isn${AP}t|` +
    `is not|isn${AP}t the one|is not the one|isn${AP}t being|is not being) (?:the one )?(?:named|blamed|shamed|criticised|` +
    `singled out)\\b`
  ), 'i') },
  { re: /\b(?:dilute|damage|protect|promote|water down) (?:its|our) (?:own )?(?:brand|reputation|name|logo|profile)\b/i },
  // practices had their own patients to worry about / wider community benefits were "nice to have"
  { re: new RegExp(
    String.raw`\b(?:had|have|has|got|with) (?:their|our|its|my) own (?:patients|people|list|problems|targets|budgets?|numbers|` +
    String.raw`pressures|priorities) to (?:worry about|look after|think about|deal with|protect|hit)\b`,
    'i',
  ) },
  {
    re: new RegExp(
      String.raw`\b(?:wider|community|system|shared|partner|population) (?:[\w-]+ )?(?:benefits?|outcomes?|gains?|impacts?) ` +
      String.raw`(?:were|are|is|was) (?:just |only |merely )?(?:a )?["“'‘]?nice[ -]to[ -]have\b`,
      'i',
    ),
  },
  // it would not underwrite council pressures
  { re: new RegExp((
    `\\b${NOT_WILLING} (?:be )?(?:underwrite|underwriting|bail out|bailing out|prop up|propping up|subsidise|subsidising|` +
    `fund|funding|pay for|paying for|cover|covering) (?:the |any |their )?(?:${ORG_NOUN}|nhs|council|trust|acute|health|` +
    `social care)${AP}?s? (?:pressures|overspends?|deficits?|costs|gaps|shortfalls?|debts?|problems)\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\b(?:savings|money|funding|underspend|surplus|income) (?:[\w -]{0,40}?)(?:will|would) (?:come|go|flow) back to (?:acute|` +
    String.raw`us|the trust|our \w+|primary care|the council|the hospital|the practice|the pcn) (?:and (?:would|will) not|, not|` +
    String.raw`rather than)\b`,
    'i',
  ) },
  // we mustn't let the other practices get their hands on our spare capacity
  { re: new RegExp((
    `(?<=(?:\\bnot|n${AP}t|\\bnever|\\bstop|\\bprevent)\\b[^.;]{0,40}?)\\bget (?:hold of|(?:their|its|his|her) hands on|` +
    `a share of|a slice of|a cut of) (?:our|any of our|my) (?:[\\w-]+ ){0,2}?(?:${ASSET}|${STAFF})\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:keep(?:s|ing)?|kept|hold(?:ing)? back|reserv(?:e|es|ed|ing)|ring-?fenc(?:e|es|ed|ing)) (?:its|our|their|` +
    `the|all|any) (?:own )?(?:[\\w-]+ )?${STAFF}\\b[^.;]{0,20}? for (?:our|its|their) own\\b`
  ), 'i') },
  // the savings attributed to it, not to the alliance / any credit must go to it alone
  { re: new RegExp(
    String.raw`\b(?:credit|savings|success|achievements?|results?|the win|recognition)\b[^.;]{0,40}?\b(?:attributed|credited|` +
    String.raw`go|goes|going|come|comes) to (?:it|us|them|our \w+|the \w+)\b[^.;]{0,30}?,? (?:not|rather than) (?:to )?(?:the )?(?:alliance|` +
    String.raw`partnership|system|partners|pcns?|council|trust|icb|other \w+)\b`,
    'i',
  ) },
  { re: /\b(?:credit|recognition|savings|the win|the success)\b[^.;]{0,40}?\b(?:must|should|has to|will|to) (?:go|come) to (?:it|us|them|our \w+|the \w+) (?:alone|only)\b/i },
  // our A&E numbers matter more than the system plan / only interested in what helps our organisation
  { re: new RegExp((
    `\\b(?:our|its|my|${THE_ORG})(?: own)? (?:[\\w&-]+ ){0,2}?${ASSET} (?:matters?|counts?|(?:is|are) more important|` +
    `comes? before|takes? priority over|trumps?)(?: more)?(?: than| over)? (?:the )?(?:system|partnership|shared|wider|` +
    `joint|whole|rest|other|partners)\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\bonly (?:interested in|care about|caring about|bothered about|focused on) [^.;]{0,50}?\b(?:our|its|my) (?:own )?(?:organisation|` +
    String.raw`trust|council|practice|pcn|budget|targets|numbers|bottom line|service|team|school|charity|department|figures|performance)\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\b(?:don['’]t|do not|doesn['’]t|does not|didn['’]t) (?:really |much |particularly )?care (?:about|what happens to) (?:the )?(?:needs|` +
    String.raw`problems|targets|pressures|position|patients|people|staff) of\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\b(?:needs|problems|pressures|targets|patients|waiting lists?) of (?:other|the other|neighbouring|partner) [\w-]+ (?:are|` +
    String.raw`is)(?:n['’]t| not) (?:our|his|her|their|its|my) (?:top )?(?:priority|concern|problem|business)\b`,
    'i',
  ) },
  // keep the papers vague so the council can't use them against us
  { re: /\b(?:can['’]t|cannot|won['’]t|don['’]t|couldn['’]t|can not) (?:be )?(?:use[ds]?|hold|held) (?:it |them |this |that |these )?against (?:us|our \w+)\b/i },
  // the trust has to look after its own patients first / look after number one / first call on the new funding
  { re: new RegExp(
    String.raw`\b(?:look(?:s|ing)? after|put(?:s|ting)?|think(?:s|ing)? of|protect(?:s|ing)?|serve|serves|serving) (?:its|our|` +
    String.raw`their|my) own [\w -]{1,25}? first\b(?! (?:aid|time|step|meeting|thing|draft|round|phase))`,
    'i',
  ) },
  { re: /\blook(?:s|ing|ed)? after number one\b/i },
  { re: new RegExp(`\\bput(?:s|ting)? (?:the|our|its|my) (?:own )?${ORG_NOUN} first\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:left|end(?:s|ed)? up|be|being|get|gets|got) (?:carrying|holding|paying for|picking up|footing) (?:the )?(?:${THE_ORG.slice(4)}|` +
    `[A-Z][\\w-]+${AP}s?) (?:[\\w-]+ )?(?:overspend|deficit|costs?|bill|risk|tab|can|debts?)\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\b(?:want|wants|wanted|insist(?:s|ed)? on|demand(?:s|ed)?|expect(?:s|ed)?|claim(?:s|ed)?|should (?:get|have)|must (?:get|` +
    String.raw`have)) first (?:call|dibs|claim|refusal) on (?:the |any )?(?:[\w-]+ )?(?:funding|money|budget|beds|staff|posts|` +
    String.raw`capacity|resources|slots|underspend|pot)\b`,
    'i',
  ) },
  { re: /\b(?:in|under|within) (?:our|its) (?:own )?(?:structure|organisation|management|control|books|budget|line management),? (?:not|rather than) (?:the|a|an)\b/i },
  // asked that the minutes not mention its overspend / so it gets the recognition
  { re: new RegExp(
    String.raw`\b(?:not (?:mention|record|include|show|name|refer to)|(?:leave|leaves|left|keep|keeps|kept) out) (?:its|our|the [\w-]+['’]s) (?:own )?(?:overspend|` +
    String.raw`deficit|failures?|performance|figures|numbers|role|breach|delays?|waits?|incidents?|name)\b`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\bso (?:that )?(?:it|we|the (?:trust|council|practice|pcn|federation|organisation|school|charity|hospital|icb|` +
    String.raw`hospice|department)|our (?:trust|council|practice|pcn|federation|organisation|school|charity|hospital|hospice|` +
    String.raw`department)) (?:gets?|takes?|receives?) (?:the |all the )?(?:recognition|credit|glory)\b`,
    'i',
  ) },
  // our practice comes first, network work second
  { re: new RegExp((
    `\\b(?:our|its|my)(?: own)? (?:organisation|trust|council|practice|pcn|team|department|directorate|service|school|` +
    `charity|federation|hospital|surgery|ward|squad|hospice|authority|board|agency|firm|company) (?:must |has to |have to |` +
    `should |will |always |needs to )?(?:comes?|goes|go|be put) first\\b`
  ), 'i') },
  // our members come first; other charities' clients will have to wait
  { re: new RegExp(
    String.raw`\b(?:our|its)(?: own)? (?:members|clients|patients|residents|pupils|people|list|population|families) (?:come|comes|` +
    String.raw`must come|have to come|should come|go|goes) first\b(?=\s*[;,:–—-]?\s*(?:other|others|not|before|ahead|then|the rest|` +
    String.raw`everyone else))`,
    'i',
  ) },
  // might show the authority in a bad light / prioritise the data team's requests over our roadmap
  { re: new RegExp(
    String.raw`\b(?:won['’]t|will not|not|refus\w*|declin\w*|withh\w*|hid\w*|bur(?:y|ied|ies)|because|in case|for fear|worried|` +
    String.raw`afraid|concern\w*)\b[^.;]{0,60}?\b(?<hit>(?:show|shows|showing|put|puts|putting|cast|casts|paint|paints|portray|` +
    String.raw`portrays|make|makes) (?:us|the \w+|our \w+|it) in a (?:bad|poor|negative|unflattering|difficult) light)\b(?![^.;]{0,10}\bbut\b)`,
    'i',
  ), group: 'hit' },
  { re: new RegExp((
    `\\b(?:won${AP}t|will not|not going to|refuse to|shouldn${AP}t|should not|can${AP}t) (?:prioriti[sz]e|put) (?:the |` +
    `their |other )?(?:[\\w-]+ )?[\\w-]+${AP}s? [\\w -]{0,20}?(?:over|ahead of|before) (?:our|my)\\b`
  ), 'i') },
  { re: /\bthe only (?:one|list|target|budget|thing|figures?|numbers?) (?:i|we|she|he|they|the \w+) (?:am|are|is|was|were) (?:accountable|responsible|measured|judged|paid) (?:for|on)\b/i },
  // keep its surplus rather than contribute to the trust-wide fund / not absorbed into the system pot
  { re: new RegExp(
    String.raw`\bkeep(?:s|ing)? (?:its|our|their) (?:own )?[\w -]{0,15}?(?:surplus|underspend|money|funding|budget|reserves|staff|` +
    String.raw`beds|savings) rather than (?:contribut|pool|shar|put|giv|releas|declar|disclos|report|return)\w*`,
    'i',
  ) },
  { re: new RegExp(
    String.raw`\b(?:not|never) (?:be )?(?:absorbed|swallowed|pooled|lost|merged|diluted|sucked) (?:into|in|by) (?:the )?(?:system|` +
    String.raw`shared|pooled|joint|common|central|partnership|place|alliance)(?:[\w -]+)? (?:pot|fund|budget|pool)\b`,
    'i',
  ) },
  // we're not going to burn our sprint fixing their alerts (other-team cue required)
  { re: new RegExp((
    `\\b(?:shouldn${AP}t|should not|won${AP}t|will not|not going to|aren${AP}t going to|can${AP}t afford to|refuse to) (?:be )?(?:spend|` +
    `spending|burn|burning|waste|wasting|sacrifice|sacrificing|give up|giving up) (?:our|any of our|my) (?:sprint|time|` +
    `capacity|budget|resources|money|hours|people|staff)(?: time)? (?:on|fixing|sorting|cleaning up|supporting|covering|` +
    `propping up) (?:it|this|that|${OTHERS})\\b`
  ), 'i') },
  // the trust has to come first / look after our own first / charity first, partnership second
  { re: new RegExp((
    `\\bthe (?:trust|council|practice|organisation|hospital|school|charity|pcn|federation|department|directorate|surgery|` +
    `hospice|authority|icb|academy|firm|company) (?:must|has to|had to|should|will have to|needs to|always) (?:come|` +
    `comes|go|be put) first\\b`
  ), 'i') },
  { re: /\blook(?:s|ing|ed)? after (?:our|its|their) own (?:first|before)\b/i },
  { re: new RegExp((
    `(?:\\b(?:our|the|a|an) (?:own )?|^\\W*)(?:[\\w-]+ )?[\\w-]+ first,? (?:and )?(?:the |a |an )?(?:[\\w-]+ )?(?:network|` +
    `partnership|system|alliance|pcn|federation|partners?|joint [\\w-]+|shared [\\w-]+|place) (?:[\\w-]+ )?(?:second|` +
    `after(?:wards| that)?|later|can wait)\\b`
  ), 'i') },
  // we can't put the network ahead of our own patients / our reputation is what matters, not the partnership
  { re: new RegExp((
    `\\b(?:can${AP}t|cannot|won${AP}t|will not|not going to|shouldn${AP}t|should not) (?:put|place|prioriti[sz]e) (?:the |` +
    `any )?(?:[\\w-]+ ){0,2}?(?:network|partnership|system|alliance|pcn|federation|partners|joint|shared|place)(?: [\\w-]+)? (?:ahead of|` +
    `before|above|over) (?:our|its|my) own\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:our|its|my)(?: own)? (?:[\\w-]+ ){0,2}?(?:${ASSET}|list|patients|members|practice|organisation) (?:is|are) (?:all |` +
    `what |all that )?(?:what |that )?matters?,? not (?:the )?(?:[\\w-]+ )?(?:network|partnership|system|alliance|pcn|` +
    `federation|partners|joint|shared|place)`
  ), 'i') },
  // sitting on the underspend / squirrel away the surplus / keep it off the system's radar / what the ICB doesn't know
  { re: new RegExp((
    `\\b(?:sit(?:s|ting)? on|sat on|squirrel(?:s|ling|led|ed)? away|stash(?:es|ing|ed)?(?: away)?|hid(?:e|es|ing|den)|` +
    `bur(?:y|ies|ying|ied)|tuck(?:s|ing|ed)? away) (?:the |our |its |this |that |any |their )?(?:[\\w-]+ )?(?:underspend|` +
    `surplus|reserves|savings|slippage|spare [\\w-]+|extra [\\w-]+|money|funding|beds|capacity)\\b`
  ), 'i') },
  { re: /\bkeep(?:s|ing)? (?:it|them|this|that|the [\w-]+(?: [\w-]+)?) (?:off (?:the )?(?:[\w-]+['’]s? )?radar|below the radar|under the radar|off the books|under wraps)\b/i },
  { re: /\bwhat (?:the )?[\w-]+ (?:doesn['’]t|don['’]t|does not|do not) know (?:won['’]t|can['’]t|will not|cannot) hurt\b/i },
  { re: /\b(?:underspend|surplus|reserves|savings|slippage|money|funding|beds|capacity)\b[^.;]{0,30}?\b(?:stays?|remains?|kept|keep|staying) (?:with us|in-house)\b/i },
  // make sure the credit goes to our organisation / the logo lands with us / our name on it, not the partnership's
  { re: new RegExp((
    `\\b(?:make sure|making sure|ensure|ensuring|ensures|insist(?:s|ed|ing)? that|see to it that|check that) (?:the |` +
    `all the |any |most of the )?(?:credit|recognition|badge|badging|logo|branding|glory|kudos|plaudits|praise|thanks|` +
    `headline) (?:for (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) )?(?:goes|go|went|lands?|sits?|stays?|is given|gets given|` +
    `comes|ends up) (?:to|with|on) (?:us|me|ourselves|(?:our|my) (?:own )?(?:organisation|trust|council|practice|pcn|` +
    `team|school|charity|hospital|service|department|federation|board|hospice|surgery|academy|name|logo|brand))\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:our|its|my) (?:own )?(?:name|logo|badge|brand|branding|crest) (?:goes |is |should be |must be |appears |` +
    `sits )?on (?:it|this|that|them|the [\\w-]+(?: [\\w-]+)?),? (?:and )?(?:not|rather than|instead of) (?:the )?(?:[\\w-]+ )?(?:partnership|` +
    `system|alliance|network|icb|ics|council|trust|partners|pcn|federation|collaborative|place|joint [\\w-]+)${AP}?s?\\b`
  ), 'i') },
  // make sure our name is on it / we get the credit / the logo is ours, not the ICB's
  { re: new RegExp((
    `\\b(?:make sure|making sure|ensure|ensuring|insist(?:s|ed|ing)? (?:that|on)|want(?:s|ed)? to (?:make sure|ensure))(?: that)? (?:our|` +
    `its|my) (?:own )?(?:name|logo|badge|brand|branding|crest) (?:is|goes|gets|appears|sits|stays|ends up) on (?:it|` +
    `this|that|everything|all of it)\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:make sure|making sure|ensure|ensuring|insist(?:s|ed|ing)? (?:that|on))(?: that)? (?:we|us|(?:our|the) (?:organisation|` +
    `trust|council|practice|pcn|school|charity|hospital|team|service|icb|federation|hospice)) (?:get|gets|take|takes|` +
    `receive|receives|getting|taking) (?:the |all the |full |most of the )?(?:credit|recognition|glory|kudos|plaudits)\\b`
  ), 'i') },
  { re: new RegExp(`\\b(?:logo|name|badge|branding|credit|brand)\\b[^.;]{0,25}? (?:is|are|should be|must be|has to be|will be) ours,? (?:and )?(?:not|rather than) (?:the )?[\\w-]+\\b`, 'i') },
  { re: new RegExp((
    `\\b(?:our|its|my)(?: own)? (?:[\\w${APC}-]+ )?(?:members|patients|practices?|schools?|staff|people|organisation|` +
    `trust|council|pcn|residents|pupils|clients|team|service|list|tenants|families|hospital|charity|surgery|federation|` +
    `hospice|academy|volunteers|users)(?:${AP}s?)? (?:(?:must|should|will|always|have to|has to|need to|needs to) )?(?:come|` +
    `comes|go|goes|are|is) first\\b,? (?:and )?then (?:the )?(?:wider |bigger |whole |broader |joint |shared |local )?(?:partnership|` +
    `system|network|alliance|pcn|federation|partners|place|ics|icb|neighbourhood|collaborative|others|everyone else)(?=\\s*(?:[.;!]|` +
    `$))`
  ), 'i') },
  // (also "our practice's patients come first, the PCN's after")
  // our members come first and the wider partnership second / our staff come first, the system after
  { re: new RegExp((
    `\\b(?:our|its|my)(?: own)? (?:[\\w${APC}-]+ )?(?:members|patients|practices?|schools?|staff|people|organisation|` +
    `trust|council|pcn|residents|pupils|clients|team|service|list|tenants|families|hospital|charity|surgery|federation|` +
    `hospice|academy|volunteers|users)(?:${AP}s?)? (?:(?:must|should|will|always|have to|has to|need to|needs to) )?(?:come|` +
    `comes|go|goes|are|is) first\\b[,;:—–-]{0,2}\\s{0,2}(?:and |then |with |while |whereas )?(?:the |a |any )?(?:wider |` +
    `bigger |whole |broader |joint |shared |local |integrated |rest of the )?(?:partnership|system|network|alliance|` +
    `pcn|federation|partners|place|ics|icb|neighbourhood|collaborative|others|everyone else|everybody else)(?:${AP}s?)?(?: (?:work|` +
    `agenda|plans?|priorities|stuff|programme|needs|patients|members))? (?:(?:can|will|must|should) )?(?:comes? |goes? |` +
    `is |are )?(?:second|after(?:wards)?|later|last|a distant second|next|can wait|wait)\\b`
  ), 'i') },
]);

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp(
    (
      `first\\b|protect|ring-?fenc|(?:for|to) (?:our|its|their) own|(?:n${AP}t|not|not going to|refus\\w* to|unwilling to|` +
      `declined to|willing to|prepared to) (?:be )?${GIVE}|bail|subsidis|prop(?:ping)? up|get hold of|hands on|own [\\w -]{1,25}? first|` +
      `number one|why should|only\\b|kept|reserved|ring-?fenced|held back|saved|to (?:itself|ourselves|themselves)|be seen|` +
      `is (?:only |just |strictly )?for (?:our|its|their)|are (?:only |just |strictly )?for (?:our|its|their)|be (?:the ones? |` +
      `the organisation |the only ones? )?(?:named|credited|recognised|mentioned|thanked)|in a \\w+ light|prioriti[sz]e|` +
      `the only (?:one|list|target|budget|thing|figures?|numbers?) |rather than (?:contribut|pool|shar|put|giv|releas)|` +
      `absorbed|swallowed|pooled|merged|diluted|sucked|first\\b|first\\b|carrying|holding|footing|first (?:call|dibs|` +
      `claim|refusal)|(?:in|under|within) (?:our|its) (?:own )?(?:structure|organisation|management|control|books|budget|` +
      `line management)|not (?:mention|record|include|show|name|refer to)|(?:leave|leaves|left|keep|keeps|kept) out|recognition|` +
      `credit|glory|ours,? (?:and )?(?:not|rather than)|then (?:the )?|badg|logo|branding|kudos|plaudits|(?:name|crest) (?:goes |` +
      `is |should be |must be |appears |sits )?on|out of the (?:shared|pooled|joint|common|central|system)|no other|come back to|` +
      `look (?:worse|bad|poor|weak)|named in|badged|dilute|whatever (?:that|it|this) means|regardless of|(?:spend|burn|` +
      `waste|sacrifice) (?:our|any of our)|system asks|ahead of|keep(?:ing|s)? (?:our|its|their)|hands on|a (?:share|` +
      `slice|cut) of|hold(?:ing)? back|reserv|attributed|credited|savings|success|achievement|results? |the win|matters? more|` +
      `counts? more|more important|comes? before|takes? priority|trumps?|only (?:interested|care|caring|bothered|focused)|` +
      `care (?:about|what)|(?:needs|problems|pressures|targets|patients|waiting lists?) of (?:other|the other|neighbouring|` +
      `partner)|against (?:us|our)|else['’]s|not (?:to be )?(?:shared|pooled)|rather than (?:sharing|share|pooling|pool)|` +
      `be (?:opened|offered|made available|lent|given|released) to|(?:accept|take|see|treat|register) (?:any )?\\w+ from|` +
      `looks? (?:better|good|best|stronger)|out of (?:the )?(?:headlines|papers|news|press|cqc|spotlight|league)|whatever the|` +
      `own (?:patients|people|list|problems|targets|budgets?|numbers|pressures|priorities) to|nice[ -]to[ -]have|underwrit|` +
      `(?:fund(?:ing)?|pay(?:ing)? for|cover(?:ing)?) (?:the |any |their )?[\\w ]{1,20}(?:pressures|overspends?|deficits?|` +
      `costs|gaps|shortfalls?|debts?|problems)|(?:come|go|flow|be returned|be handed) back to|not (?:theirs|yours|the [\\w-]+${AP}s)|` +
      `(?:is|was|remains|${AP}s) (?:ours|mine)\\b|going to (?:be )?${GIVE}|be (?:loaned|lent|released|shared|handed over|` +
      `seconded)|no (?:intention|plans?) (?:of|to) ${GIVE}|(?:don${AP}t|do not|not to|let${AP}s not|shouldn${AP}t|should not|` +
      `mustn${AP}t|must not|no need to|without) (?:tell|mention|let on|keep (?:it|this|that) from)|keep\\w* (?:it|this|` +
      `that|them) (?:quiet )?from|credit for (?:everything|it all)|(?:keep|keeps|keeping|kept|hold|holds|holding|held) (?:the |` +
      `all the |any |this |that |our )?(?:[\\w-]+ )?[\\w-]+ in (?:our|their|its|this)|${TRIGGER_MORE}`
    ),
  );
const TRIGGER = frameTrigger(BASE_TRIGGER, OWN_FIRST_FRAMES, GATEKEEP_FRAMES, KEEP_BACK_FRAMES);

export default defineRule({
  id: 'no-own-organisation-first',
  category: 'org-centric',
  practice: 5,
  severity: 'warning',
  description: 'Puts one organisation’s budget, targets, turf or reputation ahead of the shared system ("our performance comes first", "protect our budget").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” puts one organisation ahead of the people it serves.',
  },
  check: (ctx) => [
    ...(TRIGGER.baseTest(ctx.lower) ? [...runSpecs(SPECS, ctx.sentence), ...ownAheadOfShared(ctx), ...hoarding(ctx)] : []),
    ...OWN_FIRST_FRAMES.run(ctx),
    ...GATEKEEP_FRAMES.run(ctx),
    ...KEEP_BACK_FRAMES.run(ctx),
  ],
  unless: [REJECTS, new RegExp(
    String.raw`\b(?:partnership|system|alliance|network|joint|shared|partners)['’]?s? (?:[\w-]+ )?(?:priorities|needs|plan|work|` +
    String.raw`goals?) (?:must |should |will |always )?(?:comes?|go|goes) first\b`,
    '',
  ), new RegExp(
    String.raw`(?<!\b(?:our|its|my)(?: own)? (?:[\w'’-]+ )?)\b(?:patients|residents|people|children|families|community|safety|` +
    String.raw`carers|pupils|service users)(?:['’]s?)? (?:needs |wellbeing |safety )?(?:must |should |will |always )?(?:comes?|` +
    String.raw`came|go|goes) first\b`,
    '',
  )],
  suggest: ({ match }) => {
    if (/^protect(?:s|ed|ing)? our budget$/i.test(match)) {
      return [{ title: 'Say what the money is for', replacement: 'agree how the shared budget serves residents' }];
    }
    return [{ title: 'Say what the community needs and what each partner can bring to it' }];
  },
  examples: {
    invalid: [
      'Our practice’s income has to come first this year.',
      'We will not be releasing our district nurses to the hospice.',
      'The board wants to protect our allocation before discussing the pooled budget.',
      'Any surplus must go back to the trust, not the neighbourhood teams.',
    ],
    valid: [
      'Partners agreed to protect children from flu by pooling vaccinator time.',
      'Patient safety must come first in the winter plan.',
      'The hospice shared its volunteers with the community teams over Christmas.',
      'Members asked whether protecting single organisations’ budgets was blocking the shared plan.',
    ],
  },
});
