// Conditional participation: joining shared work only if it costs us nothing or carries our name.
import { defineRule } from '../define.ts';
import { AP, APC, ASSET } from '../shared/org-centric-words.ts';
import { compile, runSpecs } from '../shared/org-centric-match.ts';
import { frameTrigger } from '../shared/frames.ts';
import { CONDITION_FRAMES, JOIN_CONDITION_FRAMES, MONEY_GATE_FRAMES } from '../shared/org-centric-frames.ts';

const IF = '(?:provided|providing|as long as|so long as|on (?:the )?condition that|only if|if and only if|only when|only once)';
const NEG = `(?:doesn${AP}t|does not|won${AP}t|will not|don${AP}t|do not|never|isn${AP}t|is not)`;
const COST =
  (
    '(?:cost (?:us|our \\w+|me|the \\w+|anything|a penny|a thing)|come out of (?:our|my|its)|hit (?:our|its|my)|eat into (?:our|' +
    'its|my)|touch (?:our|its|my)|affect (?:our|its|my) (?:budget|targets|numbers|performance|position|finances|figures|' +
    'bottom line)|land on (?:our|my|its) (?:budget|books|bottom line))'
  );
const OUR_TERMS =
  (
    `(?:it${AP}s |it is |it was |the [\\w -]{1,30} is )?(?:badged|branded|credited|labelled|seen as|led by (?:us|our|` +
    `the \\w+|its own|one of (?:our|its) own)|our (?:name|logo|brand|badge)|we (?:get|keep|lead|control|take the credit|` +
    `are credited|retain|are paid|are funded|are reimbursed|don${AP}t lose|lose nothing)|our [\\w ${APC}]{1,25}?${AP}s (?:name|` +
    `logo|brand|badge)|its (?:name|logo|brand)|(?:it|we|they|the \\w+) (?:keeps?|retains?|has|have|gets?) (?:full |` +
    `sole )?(?:control|ownership|charge) (?:of|over)|(?:it|we|they|the \\w+) (?:gets?|keeps?|receives?|retains?) (?:its|` +
    `our|their|the) (?:own|credit|money|funding)|our (?:costs|money|staff|budget|share) (?:are|is) (?:covered|protected|` +
    `paid|reimbursed|kept|refunded)|(?:the \\w+|they|others|partners|everyone else) (?:pays?|paid|funds?|funded|covers?|` +
    `covered|foots? the bill|footed the bill|puts? (?:money|funding) in)|[\\w-]+-led)`
  );

/** What one organisation guards: its money, figures and time (not its patients or their safety). */
const OWN_ASSET = (
  `(?:our|its|my|their|the [\\w-]+${AP}s)(?: own)? (?:[\\w&-]+ ){0,2}?(?:${ASSET}|grants?|sprint|rounds|income|capacity|` +
  `cash|cash ?flow|budget lines?|allocation|envelope|payments?|tariff|resources|hours|time|position|standing|reputation)\\b`
);
const HIT = (
  '(?:affect|affects|affected|impact|impacts|impacted|touch|touches|touched|hit|hits|eat into|eats into|ate into|' +
  'dent|dents|reduce|reduces|cut into|cuts into|come out of|comes out of|came out of|eat up|eats up|use up|uses up|' +
  'drain|drains|threaten|threatens|harm|harms|damage|damages|put at risk|puts at risk|undermine|undermines|compromise|' +
  'compromises|cost|costs|land on|lands on|fall on|falls on|show up in|shows up in)'
);
const SPARED = (
  '(?:cut|top-sliced|clawed back|affected|touched|hit|dented|reduced|threatened|harmed|damaged|put at risk|undermined|' +
  'compromised|squeezed|raided|protected|ring-?fenced|untouched|unaffected|safe|intact|preserved|guaranteed|kept whole|' +
  'left alone)'
);

/** Organisations that may be asked to go first (lower-case heads). */
const ORGS = '(?:icb|ics|council|trust|trusts|hospital|practices|pcns?|federation|authority|nhs|commissioners?|acute|school|schools|charities|charity|providers?|board|government|department)';
/** One organisation's own figures, rating or standing. */
const OWN_FIGURES = (
  `(?:our|its|my|their|the [\\w-]+${AP}s)(?: own)? (?:[\\w&-]+ )?(?:figures|numbers|stats|statistics|performance|` +
  `ratings?|position|results|scores|metrics|targets|league table(?: position)?|cqc rating|ofsted rating|bottom line|` +
  `books|finances|budget|income)`
);
/** Gains for one organisation that set the terms of taking part. */
const GAIN = (
  `(?:(?:brings?|bring in|brings in|makes?|generates?|earns?|raises?) (?:in )?(?:(?:us|the [\\w-]+|it|them|any|some|` +
  `enough) ){0,2}(?:income|money|revenue|cash|profit|a profit|a surplus)|(?:helps?|improves?|boosts?) ${OWN_FIGURES}|` +
  `benefits? (?:us|me|the (?:trust|council|practice|pcn|school|charity|hospital|organisation|federation|hospice)|` +
  `our (?:own )?(?:trust|council|practice|pcn|school|charity|hospital|organisation|federation|members|budget|hospice|` +
  `bottom line)))`
);
/** Declining interest: "we're not interested", "we won't bother", "it's not for us". */
const NOT_KEEN = (
  `(?:\\b(?:we|i|they|the [\\w-]+)(?:(?:${AP}re| are| am|${AP}m| is| was| were)? not| (?:isn|aren|wasn|weren)${AP}t) (?:interested|` +
  `bothered|going to bother)|\\b(?:we|i|they|the [\\w-]+)(?:${AP}ll| will)? (?:not|won${AP}t|wouldn${AP}t|would not|` +
  `don${AP}t|do not) bother|\\b(?:it|that|this)(?:${AP}s| is) not for (?:us|me)|\\bcount (?:us|me) out|\\bnot worth (?:our|` +
  `my|its) (?:while|time|bother))`
);

/** One organisation's own performance measures: waits, ratings, list sizes. */
const PERF = '(?:waiting times?|waits|wait times?|targets?|performance|ratings?|cqc rating|list sizes?|numbers|figures|league table position|results|scores|stats|(?:[\\w&-]+ )?times)';
const SPECS = compile([
  // provided our waiting times don't suffer / as long as its list sizes aren't affected / so long as our ratings stay where they are
  { re: new RegExp((
    `\\b${IF}(?: that)? (?:our|its|their|my|the [\\w-]+${AP}s)(?: own)? (?:[\\w&-]+ ){0,2}?${PERF} (?:(?:${NEG}|aren${AP}t|` +
    `are not|won${AP}t|will not) (?:suffer|slip|drop|dip|fall|get worse|worsen|go up|rise|lengthen|take a hit|be affected|` +
    `be hit|be harmed)|(?:aren${AP}t|isn${AP}t|are not|is not|won${AP}t be|will not be) (?:affected|hit|harmed|damaged|` +
    `touched|compromised|put at risk|worse|lengthened|dented)|(?:stay|stays|remain|remains|are kept|is kept) (?:where (?:they|` +
    `it) (?:are|is)|as (?:they|it) (?:are|is)|the same|on track|intact|untouched|unaffected|protected))\\b`
  ), 'i') },
  // as long as it doesn't affect our surplus / only if it didn't eat into its reserves
  { re: new RegExp((
    `\\b(?:${IF}|if)(?: that)? (?:[\\w${APC}-]+ ){0,5}?(?:${NEG}|didn${AP}t|did not|wouldn${AP}t|would not|can${AP}t|` +
    `cannot|doesn${AP}t need to|does not need to) (?:(?:directly|really|badly|adversely|negatively|materially) )?${HIT} (?:on )?${OWN_ASSET}`
  ), 'i') },
  // provided our figures aren't affected / so long as its elective numbers are protected / unless our budget is protected
  { re: new RegExp((
    `\\b(?:${IF}|unless)(?: that)? ${OWN_ASSET} (?:(?:is|are|stays?|remains?|will be|was|were|can be|gets?|get)(?:n${AP}t| not)? |` +
    `(?:isn${AP}t|aren${AP}t|won${AP}t be|will not be) )(?:(?:fully|completely|entirely|totally) )?${SPARED}\\b`
  ), 'i') },
  // on condition that our activity figures don't drop
  { re: new RegExp(`\\b${IF}(?: that)? ${OWN_ASSET} (?:${NEG}|didn${AP}t|did not|won${AP}t|will not) (?:drop|fall|fall back|suffer|dip|slip|go down|take a hit|get worse|worsen|shrink)\\b`, 'i') },
  // if the money comes from someone else / provided our numbers still look good / only if we're not out of pocket
  { re: new RegExp((
    `\\b(?:${IF}|if)(?: that)? (?:the )?(?:money|funding|cost|costs|bill|budget|cash) (?:comes?|is coming|came|will come) (?:from|` +
    `out of) (?:someone else|somebody else|elsewhere|another [\\w-]+|other [\\w-]+|(?:the )?[\\w-]+${AP}s? (?:budget|` +
    `pot|pocket)|their (?:budget|pot|pocket))`
  ), 'i') },
  { re: new RegExp((
    `\\b${IF}(?: that)? ${OWN_ASSET} (?:still )?(?:look|looks|stay|stays|remain|remains|keep|keeps) (?:looking )?(?:good|` +
    `healthy|green|on track|strong|intact|whole|the same)\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b${IF}(?: that)? (?:we|the [\\w-]+|our [\\w-]+|it|they) (?:is|are|isn${AP}t|aren${AP}t|won${AP}t be|will not be|` +
    `is not|are not|${AP}re not|doesn${AP}t end up|don${AP}t end up|never end up)(?: left)? (?:not )?out of pocket\\b`
  ), 'i') },
  { re: new RegExp(`\\b${IF}(?: that)? there(?:${AP}s| is| will be| would be) no (?:cost|charge|bill|financial risk|risk|hit) (?:to|for) (?:us|our [\\w-]+|the [\\w-]+|its [\\w-]+)\\b`, 'i') },
  { re: new RegExp(`\\b(?:${IF}|if)\\b[^.;]{0,60}?\\b(?:rather than|not|instead of) (?:from |out of )?(?:our|its|my) (?:own )?(?:budget|money|funds|allocation|reserves|pocket|pot)\\b`, 'i') },
  { re: new RegExp((
    `\\b${IF}(?: that)? (?:none of (?:it|the (?:cost|costs|money|bill))|nothing|no money|not a penny|none of the cost) (?:comes?|` +
    `will come|is coming|would come|gets? taken) (?:out of|from) (?:our|its|my|the [\\w-]+${AP}s?) (?:own )?(?:budget|` +
    `money|funds|allocation|reserves|pocket|pot|grant|income)\\b`
  ), 'i') },
  // our participation depends on the trust keeping its income
  { re: new RegExp(
    String.raw`\b(?:depends?|depending|dependent|conditional|contingent) (?:up)?on (?:[\w’'-]+ ){0,3}?(?:keeping|retaining|protecting|` +
    String.raw`not losing|getting|holding on to) (?:its|our|their) (?:own )?(?:[\w-]+ )?(?:income|money|budget|funding|surplus|` +
    String.raw`share|credit|targets|numbers|figures|allocation|reserves|position)\b`,
    'i',
  ) },
  // as long as it costs the department nothing / so long as it costs us nothing
  { re: new RegExp((
    `\\b${IF}(?: that)? (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) (?:costs?|will cost|would cost) (?:us|me|our [\\w-]+|` +
    `the [\\w-]+|them|it) (?:nothing|no money|nothing extra|not a penny|next to nothing)\\b`
  ), 'i') },
  // as long as the trust keeps the income
  { re: new RegExp((
    `\\b${IF}(?: that)? (?:we|the [\\w-]+|our [\\w-]+|it) (?:keeps?|retains?|holds? on to|gets? to keep|pockets?) (?:the |` +
    `all the |its |our )?(?:income|money|savings|surplus|underspend|funding|tariff|credit|fees|profit|margin)\\b`
  ), 'i') },
  { re: new RegExp(`\\b${IF}(?: that)? (?:[\\w${APC}-]+ ){0,5}?${NEG} ${COST}\\b`, 'i') },
  { re: new RegExp(`\\bonly (?:[\\w${APC}-]+ ){1,7}?(?:if|when|once|provided) ${OUR_TERMS}\\b`, 'i') },
    { re: new RegExp(`\\b${IF} ${OUR_TERMS}\\b`, 'i') },
    { re: new RegExp(`\\bunless (?:it (?:is|was) |it${AP}s )?(?:[\\w-]+-led|led by (?:us|our \\w+|the \\w+|its own|one of (?:our|its) own)|badged|branded)\\b`, 'i') },
  { re: new RegExp(
    String.raw`\buntil (?:the )?(?:other|others|everyone else|they|the \w+)(?: \w+)? (?:put|puts|chip|chips|pay|pays|contribute|` +
    String.raw`contributes|match|matches|stump|stumps|cough|coughs|commit|commits|pledge|pledges|sign|signs) (?:money|funding|` +
    String.raw`their share|its share|in|up|something|their bit)\b`,
    'i',
  ) },
  { re: new RegExp(`\\bwhat${AP}s in it for (?:us|our \\w+|me)\\b|\\bwhat (?:do|would|will|does|did) (?:we|our \\w+|the \\w+) get out of (?:it|this)\\b`, 'i') },
  { re: /\bon (?:our|its|their|my) (?:own )?terms\b/i },
  { re: new RegExp(
    String.raw`\bif (?:the )?[\w-]+(?: [\w-]+)? wants? (?:our|any of our|to use our|to borrow our) [\w -]{1,25}?,? (?:it|they|` +
    String.raw`then it|then they|he|she) (?:can|will have to|must|should) (?:pay|fund|cover)\b`,
    'i',
  ) },
  { re: /\bgets? back (?:at least )?(?:what|as much as|everything|all) (?:it|we|they|the \w+) (?:puts?|put|pay|pays) in\b/i },
  { re: new RegExp(
    String.raw`(?:\bnot|n['’]t|\bno|\bnothing|\bhold(?:ing)? back|\bwithhold\w*)\b[^.;]{0,60}?\b(?<hit>until (?:the )?(?:other |` +
    String.raw`others|everyone else|they|[\w-]+)(?: [\w-]+)? (?:puts?|chips? in|pays?|contributes?|matches|match|stumps? up|coughs? up|` +
    String.raw`commits?|pledges?|signs? up|funds?)\b)`,
    'i',
  ), group: 'hit' },
  { re: /\b(?:once|when|until|after) (?:our|its) own [\w -]{1,30}? (?:is|are) (?:under control|sorted|fixed|cleared|back on track|in order|met|hit|safe)\b/i },
  { re: /\b(?:want|wants|wanted|insist(?:s|ed)? on|demand(?:s|ed)?|require(?:s|d)?|need(?:s|ed)?) (?:its|our) (?:own )?(?:logo|name|brand|badge|branding) on\b/i },
  { re: /\b(?:return|benefit|gain|payback|something back) for (?:the|our|its) [\w-]+\b[^.;]{0,30}?\bbefore (?:commit|sign|join|agree|contribut|putting)\w*/i },
  { re: /\bnot (?:a penny|a pound|one penny|a single penny)(?: more)? (?:until|unless)\b/i },
  // hold back our winter funding until the ICB has committed first / sit on the grant until the others have paid
  { re: new RegExp((
    `\\b(?:hold(?:s|ing)? back|held back|hold(?:s|ing)? on to|held on to|hang(?:s|ing)? on ?to|hung on ?to|sit(?:s|` +
    `ting)? on|sat on|keep(?:s|ing)? back|kept back|withh(?:o|e)ld(?:s|ing)?|park(?:s|ing|ed)?) (?:(?:our|its|their|` +
    `the|my|any|all|this|that)(?: of (?:our|its|my))? )?(?:own )?(?:[\\w-]+ ){0,2}?(?:money|funding|funds|staff|grants?|` +
    `budgets?|capacity|beds|allocation|share|contribution|cash|nurses|posts|underspend|reserves|surplus|investment|` +
    `people|resources|payments?|slots|places|team|hours|time|volunteers|fund|pot|it|them)\\b[^.;]{0,25}?\\buntil (?:the )?(?:other|` +
    `others|partners|everyone else|they|(?:[\\w-]+ )?${ORGS})(?: [\\w-]+)? (?:ha(?:s|ve|d) )?(?:already )?(?:committed|` +
    `paid|moved|put (?:in|up|money)|signed(?: up)?|pledged|contributed|matched|funded|shown|acted|chipped in|stumped up|` +
    `coughed up|paid up|come to the table|gone first|commit|commits|pay|pays|move|moves|sign|signs|pledge|pledges|contribute|` +
    `contributes|act|acts|go first|goes first)\\b`
  ), 'i') },
  // keeping our share of the fund back until the council has paid in
  { re: new RegExp((
    `\\b(?:hold|holds|holding|held|keep|keeps|keeping|kept) (?:our|its|their|the|my|all|any) (?:[\\w${APC}-]+ ){0,5}?(?:back|` +
    `in reserve|aside|on ice) until (?:the )?(?:other|others|partners|everyone else|they|(?:[\\w-]+ )?${ORGS})(?: [\\w-]+)? (?:ha(?:s|` +
    `ve|d) )?(?:already )?(?:committed|paid|moved|put|signed|pledged|contributed|matched|funded|acted|chipped in|commits?|` +
    `pays?|moves?|signs?|pledges?|contributes?|acts?|goes first|go first)\\b`
  ), 'i') },
  { re: new RegExp((
    `\\buntil (?:the )?(?:other|others|partners|everyone else|(?:[\\w-]+ )?${ORGS})(?: [\\w-]+)? (?:ha(?:s|ve) )?(?:already )?(?:committed|` +
    `paid|moved|put (?:in|up|money)|signed up|pledged|contributed|matched|commits|pays|moves|pledges|contributes)\\b[^.;]{0,30}?, (?:we|` +
    `i|the [\\w-]+|they|it)(?:${AP}re| are| is|${AP}ll| will| would|${AP}d)? (?:be )?(?:(?:holding|hold|keeping|keep|` +
    `sitting on|sit on|withholding|withhold) (?:ours|our (?:[\\w-]+ ){0,2}?(?:money|funding|funds|staff|share|contribution|` +
    `grant|budget|capacity|beds|nurses|allocation)|it|them)|not (?:releasing|release|putting|put|committing|commit|` +
    `paying|pay|spending|spend))\\b`
  ), 'i') },
  // if it doesn't help our rating, the board won't back it / we won't fund it if it doesn't improve our figures
  { re: new RegExp((
    `\\bif (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) (?:(?:doesn${AP}t|does not|won${AP}t|will not|didn${AP}t|did not|` +
    `can${AP}t|cannot) )?(?:(?:help|benefit|improve|boost|raise|protect|lift) ${OWN_FIGURES}|does nothing for ${OWN_FIGURES}|` +
    `do(?:es)? (?:anything|much) for ${OWN_FIGURES})\\b[^.;]{0,12}?,? (?:then )?(?:(?:we|i|the [\\w-]+|they|it)(?:${AP}ll| will| would|` +
    `${AP}d)? (?:won${AP}t|will not|wouldn${AP}t|would not|don${AP}t|do not|not|can${AP}t|cannot) (?:back|support|sign|` +
    `fund|approve|endorse|agree to|put money into|sign off)|(?:we|i|the [\\w-]+|they)(?:${AP}re| are| is|${AP}m| am) not (?:backing|` +
    `supporting|signing|funding|approving|endorsing))\\b`
  ), 'i') },
  { re: new RegExp((
    `\\b(?:(?:we|i|the [\\w-]+|they|it)(?:${AP}ll| will| would|${AP}d)? (?:won${AP}t|will not|wouldn${AP}t|would not|` +
    `don${AP}t|do not|not|can${AP}t|cannot) (?:back|support|sign|fund|approve|endorse|agree to|put money into|sign off)|` +
    `(?:we|i|the [\\w-]+|they)(?:${AP}re| are| is|${AP}m| am) not (?:backing|supporting|signing|funding|approving|endorsing)) (?:on |` +
    `to |for )?(?:it|this|that|the [\\w-]+)\\b[^.;]{0,20}?\\bif (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) (?:(?:doesn${AP}t|` +
    `does not|won${AP}t|will not|didn${AP}t|did not|can${AP}t|cannot) )?(?:(?:help|benefit|improve|boost|raise|protect|` +
    `lift) ${OWN_FIGURES}|does nothing for ${OWN_FIGURES}|do(?:es)? (?:anything|much) for ${OWN_FIGURES})\\b`
  ), 'i') },
  { re: new RegExp(`\\bif there(?:${AP}s| is) nothing in it for (?:us|me|the [\\w-]+|our [\\w-]+)\\b`, 'i') },
  // if it doesn't bring in income we're not interested / unless it helps our figures, it's not for us
  { re: new RegExp(`\\b(?:if|unless) (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) (?:${NEG} |can${AP}t |cannot )?${GAIN}\\b[^.;]{0,40}?${NOT_KEEN}`, 'i') },
  { re: new RegExp(`${NOT_KEEN}[^.;]{0,30}?\\b(?:unless (?:it|this|that|the [\\w-]+(?: [\\w-]+)?)|if (?:it|this|that|the [\\w-]+(?: [\\w-]+)?) (?:${NEG}|can${AP}t|cannot)) ${GAIN}\\b`, 'i') },
  { re: new RegExp(`\\bunless there${AP}s (?:some |any |enough )?(?:income|money|cash|profit|a profit|revenue) in it\\b(?: for (?:us|me|the [\\w-]+|our [\\w-]+))?[^.;]{0,40}?${NOT_KEEN}`, 'i') },
  // we'll share the data only if it makes our figures look better / lend staff only when it helps its rating
  { re: new RegExp((
    `\\bonly (?:[\\w${APC}-]+ ){0,6}?(?:if|when|provided|where) (?:it|this|that|doing so|the [\\w-]+(?: [\\w-]+)?) (?:(?:makes?|` +
    `made|will make|would make) (?:${OWN_FIGURES}|us|me|the (?:trust|council|practice|pcn|school|charity|hospital|icb|` +
    `federation|organisation|hospice)|our (?:organisation|trust|council|practice|pcn|school|charity|hospital|team|service)) look (?:better|` +
    `good|best|stronger|healthier)|(?:helps?|will help|would help|improves?|boosts?|lifts?|protects?) ${OWN_FIGURES}|` +
    `${GAIN})\\b`
  ), 'i') },
]);

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp((
  `(?:nothing in it for|does nothing for|not (?:backing|supporting|signing|funding)|back until|bother|not for (?:us|` +
  `me)|count (?:us|me) out|not worth|provided|providing|as long as|so long as|condition that|only if|only when|only once|` +
  `only \\w+ (?:\\w+ ){0,8}?if|until|what${AP}s in it for|get out of (?:it|this)|not (?:a penny|a pound|one penny)|` +
  `(?:our|its|their|my) (?:own )?terms|(?:once|when|until|after) (?:our|its) own|(?:logo|name|brand|badge|branding) on|` +
  `before (?:commit|sign|join|agree|contribut|putting)|gets? back|unless|depend|conditional|contingent|wants? (?:our|` +
  `any of our|to use our|to borrow our)|\\bif\\b[^.;]{0,50}?(?:n${AP}t|not|never) |out of pocket|(?:money|funding|` +
  `cost|costs|bill|budget|cash) (?:comes?|is coming|came|will come) (?:from|out of)|(?:rather than|instead of|not) (?:from |` +
  `out of )?(?:our|its|my) (?:own )?(?:budget|money|funds|allocation|reserves|pocket|pot))`
));
const TRIGGER = frameTrigger(BASE_TRIGGER, MONEY_GATE_FRAMES, JOIN_CONDITION_FRAMES, CONDITION_FRAMES);

export default defineRule({
  id: 'no-conditional-participation',
  category: 'org-centric',
  practice: 1,
  severity: 'warning',
  description: 'Makes joining shared work conditional on one organisation’s gain ("provided it doesn’t cost us", "only if it carries our name").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” makes taking part depend on what one organisation gets or pays.',
  },
  check: (ctx) => [...(TRIGGER.baseTest(ctx.lower) ? runSpecs(SPECS, ctx.sentence) : []), ...MONEY_GATE_FRAMES.run(ctx), ...JOIN_CONDITION_FRAMES.run(ctx), ...CONDITION_FRAMES.run(ctx)],
  unless: [/\b(?:alongside|as well as|together with|jointly)\b/],
  suggest: () => [{ title: 'Ask what the shared work needs and agree how costs and credit are shared' }],
  examples: {
    invalid: [
      'The trust will join the falls programme provided it doesn’t come out of our budget.',
      'Governors will only back the breakfast club if it is branded as a school scheme.',
      'We are not putting staff in until the other partners chip in.',
    ],
    valid: [
      'The trust will join the falls programme, and partners will agree how the costs are shared.',
      'The clinic will only run if enough volunteers come forward.',
      'Data will be shared only if patients consent.',
    ],
  },
});
