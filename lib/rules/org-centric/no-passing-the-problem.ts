// Passing a problem over an organisational boundary: "not our problem", "one for the council to sort", "out of scope for us".
import { defineRule, type RuleContext, type RuleHit } from '../define.ts';
import { AP, APC, NOT_US_TAIL, ORG_NOUN, ORGISH, PEOPLE, REFUSE_CUE, ROUTED_TO, THE_ORG } from '../shared/org-centric-words.ts';
import { compile, runSpecs } from '../shared/org-centric-match.ts';
import { frameTrigger } from '../shared/frames.ts';
import { ELSEWHERE_FRAMES, OFFLOAD_FRAMES } from '../shared/org-centric-frames.ts';

const NOT_OURS = `(?:problem|concern|issue|responsibility|job|business|remit|fight|headache|mess|lookout|look-out|worry|department|area|patch|lane|turf|bag|domain|territory|call)`;
const NOT_WILLING = (
  `(?:won${AP}t|will not|would not|wouldn${AP}t|not going to|refus(?:e|ed|es|ing) to|(?:is|are|was|were) not (?:willing|` +
  `prepared) to|unwilling to|declined to|shouldn${AP}t|should not)`
);
const ELSEWHERE = `(?:${ORG_NOUN}s?|care homes?|homes|them|someone else|somebody else|others|highways|housing|estates|facilities|social services|nhs england|the other side)`;
const FIX_VERB = (
  '(?:sort(?: out)?|sort it out|deal with|worry about|fix|clear up|clean up|mop up|resolve|solve|handle|pick up|own|' +
  'absorb|sort through|manage|clear|run|chase|tackle|look after|take care of|fund|pay for|cover)'
);

/** "X calls are for the mental health trust; our call handlers shouldn't be picking them up": a boundary plus a refusal. */
const BELONGS = new RegExp(
  (
    `\\b(?:is|are|sits?|belongs?|lies|lie|falls?) (?:really |squarely |properly |entirely |firmly )?(?:for|with|down to|` +
    `the job of|a matter for|on the [\\w-]+ side|in|to|under) (?:the )?(?:[\\w-]+ ){0,3}?${ORG_NOUN}\\b`
  ),
  'gi',
);
const REFUSAL = new RegExp(
  (
    `\\b(?:(?:we|our [\\w ]{1,25}?|us) (?:shouldn${AP}t|should not|won${AP}t|will not|can${AP}t|cannot|aren${AP}t going to|` +
    `are not going to|don${AP}t|do not)|not ours|not our|not us|rather than (?:us|ours|our)|(?:won${AP}t|will not|would not|` +
    `wouldn${AP}t|refus\\w+|declin\\w+) (?:to )?(?:be )?(?:taking|take|doing|do|picking|pick|accept\\w*|fund\\w*))\\b`
  ),
  'i',
);
const LABELLED = /\b(?:is|are|was|were) (?:really |just |purely |simply )?(?:a|an) (?:[\w-]+ ){1,2}?(?:issue|problem|matter)\b/gi;
const REFUSED = new RegExp(
  String.raw`\b(?:(?:refus(?:ed|es|e)|declin(?:ed|es|e)|would(?:n['’]t| not)|won['’]t|will not|should(?:n['’]t| not)) (?:to )?(?:be )?(?:send|` +
  String.raw`help|take|fund|pay|get involved|attend|pick|cover|accept|deal|touch|look at|act|respond|support|sending|helping|` +
  String.raw`taking|funding|paying|picking|covering|dealing)|not ours|not our)\b`,
  'i',
);
/** "a matter / a job / one / a question for X", "belongs to X", "is a hospital matter": a hand-off that needs a refusal beside it. */
const HANDOFF = [
  new RegExp((
    `\\b(?:is|are|was|were) (?:(?:really|entirely|squarely|frankly|clearly) )?(?<x>(?:the )?(?:[\\w-]+ ){0,2}?[\\w-]+)${AP}s? (?:own )?(?:problem |` +
    `job |responsibility )?to (?:manage|fix|sort(?: out)?|clear|solve|deal with|handle|run|fund|pay for|own)\\b`
  ), 'gi'),
  new RegExp((
    `\\b(?:(?:is|are|was|were|${AP}s|remains?) )?(?:(?:really|frankly|squarely|clearly|just|simply|entirely|purely|` +
    `more|firmly) )?(?:(?:a |an )?(?:matter|job|issue|question)|one|a problem|a thing|something|a task|territory|work) for (?<x>(?:the )?[\\w${APC} -]{1,40}?)(?=\\s*(?:[,;.:!—–]|` +
    `\\band\\b|\\bso\\b|\\bnot\\b|\\brather\\b|\\bbut\\b|$))`
  ), 'gi'),
  new RegExp((
    `\\b(?:belongs?|belonged|sits?|sat|lies|falls?|fell) (?:(?:squarely|firmly|properly|entirely|clearly|really) )?(?:to|` +
    `with|under|in the lap of) (?<x>(?:the )?[\\w${APC} -]{1,40}?)(?=\\s*(?:[,;.:!—–]|\\band\\b|\\bso\\b|\\bnot\\b|` +
    `\\brather\\b|\\bbut\\b|$))`
  ), 'gi'),
  new RegExp((
    `\\b(?:is|are|was|were|${AP}s) (?:(?:really|just|purely|simply|clearly|entirely|frankly) )?(?:an? )?(?<x>(?:${ORG_NOUN}|` +
    `nhs|health|hospital|acute|housing|police|education|social care|council|[\\w-]+ team|[\\w-]+ sector|(?:public|mental|` +
    `environmental) health|landlords?|care homes?|probation|dwp)) (?:matter|issue|problem|responsibility|job|thing|` +
    `area)\\b`
  ), 'gi'),
];
/** "X should deal with its own delays" (with a refusal): the other organisation is told to carry it alone. */
const OWN_MESS = new RegExp((
  `\\b(?:(?:should|must|can|could|ought to|needs? to|will have to|had better|has to|have to)(?: just| be)?|let (?:the )?(?:[\\w${APC}-]+ ){0,2}?[\\w${APC}-]+) (?:deal(?:ing)? with|` +
  `sort(?:ing)? out|sort(?:ing)?|manag(?:e|ing)|handl(?:e|ing)|run(?:ning)?|fix(?:ing)?|look(?:ing)? after|tak(?:e|` +
  `ing) care of|fund(?:ing)?|pay(?:ing)? for|clear(?:ing)?|solv(?:e|ing)|mop(?:ping)? up|cop(?:e|ing) with|staff(?:ing)?|` +
  `resourc(?:e|ing)) (?:its|their) own [\\w${APC}-]+(?: (?!(?:and|but|so|or|while|leave|leaving|to|because|as|if|` +
  `when)\\b)[\\w${APC}-]+){0,3}`
), 'gi');
/** "The data problem is the analytics team's to fix, not ours." */
const THEIRS_TO = new RegExp(`\\b(?:[\\w-]+${AP}s?|theirs) to (?:fix|sort(?: out)?|solve|deal with|own|manage|resolve|handle|pay for|clear),? (?:and )?not (?:ours|us|mine|our)\\b`, 'gi');

/** "a QA problem", "an IT issue": an acronym names the other team (case-sensitive, so no 'i' flag). */
const ACRONYM_LABEL = new RegExp(
  String.raw`\b(?:is|are|was|were|['’]s) (?:(?:really|just|purely|simply|clearly|entirely|frankly) )?(?:an? )?(?<x>[A-Z]{2,}[A-Za-z]*) (?:matter|` +
  String.raw`issue|problem|responsibility|job|thing|area)\b`,
  'g',
);

function handOffWithRefusal(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  const s = ctx.sentence;
  for (const m of s.matchAll(THEIRS_TO)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  const refused = REFUSE_CUE.test(s);
  for (const re of [...HANDOFF, ACRONYM_LABEL]) {
    for (const m of s.matchAll(re)) {
      const x = m.groups!.x;
      if (ROUTED_TO.test(x) || !(ORGISH.test(x) || /\b[A-Z]{2,}/.test(x))) continue;
      const after = s.slice(m.index! + m[0].length);
      const tail = NOT_US_TAIL.exec(after.slice(0, 40));
      if (!refused && (!tail || /\b(?:this|today|now|the moment|meeting|agenda|board|committee|group|panel|forum|everyone|all|residents|patients|families|people)\b/i.test(tail[0]))) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (refused) for (const m of s.matchAll(OWN_MESS)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  return hits;
}

function belongsElsewhere(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  if (REFUSAL.test(ctx.sentence)) for (const m of ctx.sentence.matchAll(BELONGS)) hits.push({ start: m.index!, end: m.index! + m[0].length });
  // "argued the leak was a facilities issue and refused to send anyone": a label that hands the problem on, then a refusal.
  for (const m of ctx.sentence.matchAll(LABELLED)) {
    if (REFUSED.test(ctx.sentence.slice(m.index! + m[0].length))) hits.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

const SPECS = compile([
  // not our problem / isn't really our concern / not our remit (but not "not our problem alone")
  { re: new RegExp((
    `(?:\\b(?:is|are|was|were|do|does|did)n${AP}t|\\bnot) (?:really |strictly |actually |entirely )?our ${NOT_OURS}\\b(?![^.;]{0,25}\\balone\\b)(?: to (?:fix|` +
    `solve|sort(?: out)?|deal with|worry about|manage))?`
  ), 'i') },
  // not really their concern / not its department (the speaker's organisation in the third person)
  { re: new RegExp((
    `(?:\\b(?:is|are|was|were)n${AP}t|\\bnot) (?:really |strictly |actually |entirely )?(?:their|its) (?:problem|concern|` +
    `remit|job|business|department|headache|fight|lookout)\\b(?![^.;]{0,25}\\balone\\b)`
  ), 'i') },
  // the pothole complaints are for highways to deal with
  { re: new RegExp(`\\b(?:is|are|was|were|${AP}s) (?:really |squarely |frankly |entirely |just |simply )?for (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE} to ${FIX_VERB}\\b`, 'i') },
  // the borough's position is that falls in care homes are an NHS matter / others are for the council
  { re: new RegExp((
    `\\b(?:position|view|line|stance|argument) (?:is|was) that [^.;]{0,60}?\\b(?<hit>(?:is|are|was|were) (?:an? |the )?(?:${ORG_NOUN}|` +
    `nhs|health|social care|housing|council|acute|primary care|education|police|local authority) (?:matter|issue|problem|` +
    `responsibility|job))\\b`
  ), 'i'), group: 'hit' },
  { re: new RegExp(`\\b(?:others|the rest|everyone else|anyone else) (?:are|is) for (?:the )?(?:[\\w-]+ ){0,2}?${ORG_NOUN}\\b`, 'i') },
  // out of scope for us / outside our remit / outside the scope of DIPI
  { re: new RegExp(
    String.raw`\b(?:out of|outside(?: of)?|beyond|not (?:within|in)) (?:the )?(?:scope|remit|brief)(?: (?:for|of)) (?:us|we|our (?:team|` +
    String.raw`trust|service|organisation|practice|pcn|council|work|department))\b`,
    'i',
  ) },
  { re: /\b(?:out of|outside(?: of)?|beyond|not (?:within|in)) (?:our|my) (?:scope|remit|brief)\b/i },
  { re: /\b(?:sits?|sitting|falls?|is|are) (?:out of|outside(?: of)?) (?:the )?scope for us\b/i },
  { re: /\boutside (?:of )?the (?:scope|remit) of (?:the )?[A-Z]{2,}[A-Za-z]*\b/ },
  // nothing to do with us / someone else's problem / not for us to sort
  { re: /\bnothing to do with (?:us|me|our (?:team|trust|service|organisation|practice|pcn|council|department))\b/i },
  { re: new RegExp(`\\b(?:some(?:one|body)|any(?:one|body)) else${AP}s (?:problem|job|issue|mess|headache|responsibility)\\b`, 'i') },
  { re: new RegExp(`\\bnot (?:for|down to|up to) us to ${FIX_VERB}\\b`, 'i') },
  // one for the council to sort out / a matter for social care to resolve
  {
    re: new RegExp(
      (
        `\\b(?:really |frankly |just |simply |squarely )?(?:one|a matter|an issue|a problem|a job|something|a question) (?:(?:really|` +
        `squarely|entirely) )?for (?:the )?(?<org>[\\w ${APC}-]{2,40}?) to ${FIX_VERB}\\b`
      ),
      'i',
    ),
  },
  // should be passed back to the local authority
  {
    re: new RegExp(
      `\\b(?:passed|pushed|handed|bounced|kicked|sent|shunted|pass|push|hand|bounce|kick|send) (?:it |this |them |that |these )?back (?:to|over to) (?:the )?(?:[\\w-]+ ){0,2}?${ORG_NOUN}\\b`,
      'i',
    ),
  },
  // a council problem, not a trust one / not a trust issue
  { re: new RegExp((
    `\\b(?:not|rather than|instead of) an? (?:${ORG_NOUN}|health|nhs|council|trust|acute|primary care|social care|housing|` +
    `education|police|mental health) (?:problem|issue|matter|one|responsibility|job|priority|thing)\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\b(?:is|are|was|were|['’]s) (?:really |just |purely |simply |basically )?["“'‘]?an? ["“'‘]?(?:nhs|health|council|` +
    String.raw`housing|social care|acute|primary care|secondary care|trust|practice|school|police|education|mental health|community|` +
    String.raw`local authority|gp|hospital|care home) thing\b(?![^.;]{0,12}\b(?:but|until|although|though|yet)\b)`,
    'i',
  ) },
  { re: new RegExp((
    `\\b(?:is|are|was|were) (?:the )?(?:${THE_ORG.slice(4)}|[A-Z][\\w-]+${AP}s?) (?:patients|responsibility|problem|` +
    `clients|residents|pupils) (?:until|unless|once|while|as long as) (?:they|he|she|people|patients)\\b`
  ), 'i') },
  { re: new RegExp(
    String.raw`\b(?:patients|residents|people|families|pupils|clients|they|these|those)\b[\w -]{0,30}? (?:are|were)(?:n['’]t| not) (?:really )?(?:their|` +
    String.raw`our|its) (?:responsibility|patients|problem|concern)\b`,
    'i',
  ) },
  { re: new RegExp((
    `\\b(?:won${AP}t|will not|refuse to|should not|shouldn${AP}t|cannot|can${AP}t|can not) be (?:held )?(?:responsible|` +
    `accountable|blamed) for [\\w -]{0,40}?(?:caused by|from|in|at|on) (?:the )?(?:[\\w-]+ )?(?:${ORG_NOUN}|social care|` +
    `nhs|other \\w+)\\b`
  ), 'i') },
  // primary care is not there to take on the hospital's waiting list
  {
    re: new RegExp(
      (
        `\\b(?:is|are|was|were)(?:n${AP}t| not) (?:there|here|set up|funded|commissioned|paid) to (?:take on|pick up|mop up|` +
        `clear|absorb|do|carry|prop up|subsidise|cover|sort out|fix|deal with|soak up|run) (?:the |other |another |their )(?:[\\w-]+ ){0,2}?[\\w-]+${AP}s?(?= |` +
        `$)`
      ),
      'i',
    ),
  },
  // the primary schools' job, not ours / the GPs' business rather than theirs
  {
    re: new RegExp(
      (
        `\\b(?:[\\w-]+${AP}s?|their|the) (?:[\\w-]+ )?(?:job|problem|business|responsibility|issue|concern|remit|headache|` +
        `mess|budget|area|call|department|lookout|domain),? (?:and )?(?:not|rather than) (?:ours|theirs|mine|us|them)\\b`
      ),
      'i',
    ),
  },
  // homecare capacity was frankly the ICB's problem to fund / the trust's responsibility once they left the building
  { re: new RegExp(`\\b(?:frankly |really |entirely |squarely |simply )?${THE_ORG} (?:problem|headache|issue) to (?:fund|fix|solve|sort(?: out)?|deal with|resolve|pay for|manage)\\b`, 'i') },
  { re: new RegExp((
    `\\b${THE_ORG} (?:responsibility|problem|job|business) (?:once|as soon as|the moment) (?:they|he|she|it|people|` +
    `patients) (?:left|leave|leaves|are discharged|were discharged|is discharged|walk out|walked out|cross)`
  ), 'i') },
  // falls prevention is the local authority's headache / are a problem for the community provider
  { re: new RegExp((
    `\\b(?:is|are|was|were|${AP}s) (?:entirely |purely |really |squarely |just |solely |frankly |clearly )?(?!everyone|` +
    `everybody|all|each)(?:${THE_ORG}|[A-Z][\\w-]+${AP}s?) (?:own )?(?:problem|headache|mess|lookout|look-out|business)\\b(?! to \\w)(?! (?:case|` +
    `plan|continuity|as usual|model|partners?|meeting|unit|intelligence|rules|cycle|support|development))`
  ), 'i') },
  { re: new RegExp(`\\b(?:is|are|was|were|${AP}s) (?:entirely |purely |really |squarely |solely |frankly |clearly )(?:${THE_ORG}|[A-Z][\\w-]+${AP}s?) (?:own )?(?:responsibility|concern)\\b`, 'i') },
  { re: new RegExp(`\\b(?:is|are|was|were|${AP}s) (?:${THE_ORG}|[A-Z][\\w-]+${AP}s?) (?:own )?(?:responsibility|concern),? (?:not|rather than|and not) (?:ours|the|a|an|us|theirs|mine)\\b`, 'i') },
  { re: new RegExp(`\\b(?:is|are|was|were) (?:really |entirely |frankly |just )?(?:a|an) (?:problem|headache) for (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE}\\b`, 'i') },
  // theirs to fix / none of our business / they can sort out their own discharge problems
  { re: /\b(?:theirs|its|hers|his) to (?:fix|sort(?: out)?|solve|deal with|own|manage|resolve|handle|pay for|clear|run|chase)\b/i },
  { re: /\b(?:none of (?:our|my|its|their) (?:business|concern|problem|affair)|no concern of (?:ours|mine|theirs))\b/i },
  { re: new RegExp(
    String.raw`\b(?:can|should|must|need to|needs to|will have to|ought to|could|let them) (?:sort out|sort|fix|solve|deal with|` +
    String.raw`clean up|clear up|mop up|pay for) (?:their|its) own (?:[\w-]+ ){0,2}?(?:problems?|mess|backlogs?|issues|shortfalls?|` +
    String.raw`gaps?|deficits?|overspends?|pressures|waiting lists?)\b`,
    'i',
  ) },
  { re: /\b(?:pay for|clear up|clean up|sort out|fix|mop up) (?:its|their) (?:own )?(?:[\w-]+ )?mess\b/i },
  { re: new RegExp(
    String.raw`\b(?:won['’]t|will not|refuse to|not going to|shouldn['’]t|should not) (?:be |get )?(?:dragged|pulled|drawn|sucked) into (?:the |` +
    String.raw`their |its )?(?:[\w-]+['’]s? )?(?:[\w-]+ )?(?:mess|problems?|row|deficit|issues|overspend|crisis)\b`,
    'i',
  ) },
  { re: /\bnot something (?:we|our [\w-]+) (?:should|need to|ought to|can|will) (?:be )?(?:spend|spending|fund|funding|pay|paying|worry|worrying|picking up|pick up)\b/i },
  { re: /\b(?:not|never|won['’]t be|isn['’]t|is not|aren['’]t|are not) (?:coming|going to come) (?:out of|from) (?:ours|(?:our|their|its) (?:own )?(?:budget|money|pot|allocation|funds))\b/i },
  { re: new RegExp(`${AP}s? (?:job|problem|responsibility|business|role) to [\\w -]{1,40}?, not (?:ours|theirs|mine|the [\\w-]+${AP}s?|[\\w-]+${AP}s)(?=[\\s.,;!?]|$)`, 'i') },
  { re: /\b(?:can|should|must|will have to|needs? to|ought to) look after (?:its|their) own (?:[\w-]+ ){0,2}?(?:patients|residents|people|pupils|clients|families|tenants)\b(?!['’])/i },
  // community services should absorb the extra demand, not the hospital
  { re: new RegExp(
    String.raw`\b(?:should|must|can|will have to|need to|needs to) (?:absorb|soak up|take|pick up|carry|cover|deal with) (?:the )?(?:extra |` +
    String.raw`additional |excess |overflow )?(?:demand|pressure|cost|costs|workload|overflow|patients|caseload|risk)\b[^.;]{0,20}?,? (?:not|` +
    String.raw`rather than) (?:the|us|our|ours)\b`,
    'i',
  ) },
  // we'd rather not get involved in the housing side of things
  { re: new RegExp(
    String.raw`\b(?:rather not|prefer not to|(?:don['’]t|do not) want to|won['’]t|will not) (?:get|be|become) (?:involved|drawn in|` +
    String.raw`mixed up) (?:in|with) (?:the |their |other )?[\w -]{1,25}?(?:side|problems?|issues|mess|business)\b`,
    'i',
  ) },
    // readmissions are down to the care homes, not the hospital / the rest is up to the NHS
    { re: new RegExp((
      `\\b(?:is|are|was|were) (?:entirely |all |squarely |really )?(?:down to|up to|for|a matter for|the job of) (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE},? (?:not|` +
      `rather than) (?:the|us|our|ours)\\b`
    ), 'i') },
    { re: new RegExp(`\\b(?:the rest|everything else|anything (?:else|more)|the remainder) (?:is|are) (?:up to|down to|for) (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE}\\b`, 'i') },
  // we're not a dumping ground for the council's problems / if it's a housing problem, housing can fix it
  { re: /\bnot (?:a|the|their|its) dumping ground for\b/i },
  { re: new RegExp((
    `\\bif (?:it${AP}s|it is|that${AP}s|that is) (?:a |an )?(?<org>[\\w-]+(?: [\\w-]+)?) (?:problem|issue|matter|job|` +
    `thing),? (?:then )?(?:the )?\\k<org> (?:can|should|will have to|must|need to|needs to) (?:fix|sort|solve|deal with|` +
    `handle|pay for|own)\\b`
  ), 'i') },
  // not our circus / let the ICB carry the can / it's the council's turn / without taking on theirs
  { re: /\bnot (?:my|our) (?:circus|monkeys?)\b/i },
  { re: new RegExp(`\\b(?:let|leave) (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE} (?:carry|hold|holding|carrying) the (?:can|baby)\\b`, 'i') },
  { re: /\bit['’]s (?:now )?(?:the [\w -]{1,25}?['’]s?|their) (?:(?:turn|move)(?= now\b| to (?:sort|fix|deliver|step up|pay|act|pick)|\s*[.!;]|$)|problem now)/i },
  { re: new RegExp(
    String.raw`\bwithout (?:taking on|picking up|absorbing|carrying|doing|fixing) (?:theirs|their (?:[\w-]+ )?(?:problems?|work|` +
    String.raw`backlogs?|mess|patients|issues|caseload)|the [\w-]+['’]s? (?:problems?|work|backlogs?|mess|caseload))\b`,
    'i',
  ) },
  { re: /\bmade (?:their|its) (?:own )?bed\b/i },
  // would not take on any continuing healthcare work that sits on the NHS side of the line
  {
    re: new RegExp(
      (
        `\\b${NOT_WILLING} (?:be )?(?:take on|taking on|pick up|picking up|touch|touching|accept|accepting|fund|funding|` +
        `pay for|paying for|cover|covering)\\b[^.;]{0,60}?\\b(?:side of the (?:line|fence|border|boundary|divide)|(?:sits|` +
        `falls|belongs|is charged|lands) (?:with|to|under|on) (?:the )?(?:[\\w-]+ ){0,2}?${ORG_NOUN}\\b|(?:budget|books) rather than (?:ours|` +
        `theirs))`
      ),
      'i',
    ),
  },
  // we won't be picking up the slack for the council
  { re: new RegExp((
    `\\b${NOT_WILLING} (?:be )?(?:pick(?:ing)? up the (?:slack|pieces)|pick(?:ing)? up the (?:cost|bill|tab) (?:of|` +
    `for) (?:the )?(?:[\\w-]+ )?(?:${ORG_NOUN}|nhs|health|hospital)\\b|cover(?:ing)? for (?:the|their|other) [\\w-]+|` +
    `clear(?:ing)? up after|mop(?:ping)? up after|do(?:ing)? (?:the |their )?[\\w-]+${AP}s? (?:job|work))`
  ), 'i') },
  // that's for the council to worry about / leave it to the council to sort
  { re: new RegExp(`\\b(?:that|this|it)(?:${AP}s| is) (?:really |squarely |frankly |just )?(?:for|down to|up to) (?:the )?(?:[\\w-]+ ){0,2}?${ELSEWHERE} to ${FIX_VERB}\\b`, 'i') },
  { re: new RegExp(`\\b(?:let|leave (?:it|that|this) to) (?:the )?(?:[\\w-]+ ){0,2}?${ORG_NOUN} (?:to )?(?:deal with|sort|worry about|pick up|fix|mop up)(?: (?:it|that|this|out))?\\b`, 'i') },
  // our nurses shouldn't be picking up work the hospital is paid to do / we won't cover visits the council is commissioned to provide
  { re: new RegExp((
    `\\b(?:${NOT_WILLING}|can${AP}t|cannot|(?:are|is)(?:n${AP}t| not) (?:going|there|here|employed|funded) to)(?: have to)? (?:keep |` +
    `go on |continue |be )?(?:pick(?:ing)? up|do(?:ing)?|cover(?:ing)?|tak(?:e|ing) on|absorb(?:ing)?|subsidis(?:e|` +
    `ing)|prop(?:ping)? up|mop(?:ping)? up|carry(?:ing)?|deliver(?:ing)?|provid(?:e|ing)|run(?:ning)?|fund(?:ing)?)\\b[^.;]{0,40}?\\b(?<!\\b(?:until|` +
    `unless|once|when|if|before|after|as soon as) )(?:the (?:[\\w-]+ ){0,2}?${ORG_NOUN}|they|someone else|somebody else|` +
    `others|[A-Z]{2,}[A-Za-z]*)(?:${AP}re|${AP}s| is| are| was| were| gets?| has been| have been) (?:already |being )?(?:paid|` +
    `funded|commissioned|contracted|resourced) (?:to (?:do|provide|deliver|cover|run)\\b|for(?=\\s*(?:[.,;!]|$)))`
  ), 'i') },
  // that's work the council is paid to do, so we won't pick it up / the hospital gets paid for those scans; we shouldn't do them
  { re: new RegExp((
    `\\b(?:the (?:[\\w-]+ ){0,2}?${ORG_NOUN}|they|[A-Z]{2,}[A-Za-z]*) (?:is|are|was|were|gets?|has been|have been) (?:already |` +
    `being )?(?:paid|funded|commissioned|contracted|resourced) (?:to do|to provide|to deliver|to run|for)\\b[^.;]{0,30}?[,;:—–] (?:so |` +
    `and )?(?:we|our [\\w-]+(?: [\\w-]+)?|us) (?:won${AP}t|will not|shouldn${AP}t|should not|aren${AP}t going to|are not going to|` +
    `can${AP}t|cannot|don${AP}t|do not|refuse to|are not|aren${AP}t) (?:be )?(?:doing|do|pick(?:ing)? (?:it |them |` +
    `that )?up|cover(?:ing)?|tak(?:e|ing) (?:it |them |that )?on|absorb(?:ing)?|fund(?:ing)?|run(?:ning)?)\\b`
  ), 'i') },
  // the council can deal with its own tenants' problems (a possessive owner of the people)
  { re: new RegExp((
    `\\b(?:can|should|must|need to|needs to|will have to|ought to|could|let them) (?:sort out|sort|fix|solve|deal with|` +
    `handle|manage|look after|cope with|take care of|clean up|clear up|mop up) (?:their|its) own (?:[\\w-]+ )?${PEOPLE}${AP}s? (?:[\\w-]+ )?(?:problems?|` +
    `issues|complaints|needs|mess|queries|difficulties|troubles|concerns|cases)\\b`
  ), 'i') },
  // that's really a council problem, not a health one
  { re: new RegExp((
    `\\b(?:is|${AP}s|are|was|were) (?:really|purely|simply|squarely|clearly|just|entirely|solely|wholly) an? (?:${ORG_NOUN}|` +
    `health|nhs|housing|police|acute|education) (?:problem|issue|matter|responsibility)\\b`
  ), 'i') },
]);

/** The rule's own first pass (its older checks run only where it matches); the frames add their derived index words. */
const BASE_TRIGGER = new RegExp(
  (
    `(?:paid|funded|commissioned|contracted|resourced) (?:to|for)|own (?:[\\w-]+ )?[\\w-]+${AP}s? (?:[\\w-]+ )?(?:problems?|` +
    `issues|complaints|needs|mess|queries|difficulties|troubles|concerns|cases)|(?:not|n${AP}t) (?:really |strictly |` +
    `actually |entirely )?(?:our|their|its) |(?:is|are|was|were|${AP}s) (?:really |squarely |frankly |entirely |just |` +
    `simply )?for |(?:scope|remit)|nothing to do with|else${AP}s (?:problem|job|issue|mess|headache)|(?:one|a matter|` +
    `an issue|a problem|a job|something|a question) for |\\bfor (?:the )?[\\w ${APC}-]{1,40}? to ${FIX_VERB}|(?:passed|` +
    `pushed|handed|bounced|kicked|sent|shunted) (?:it |this |them |that )?back|not an? [\\w -]{2,30} (?:problem|issue|` +
    `matter|one|responsibility)|not (?:there|here|set up|funded|commissioned|paid) to|, not (?:ours|theirs|mine)|rather than (?:ours|` +
    `theirs)|(?:position|view|line|stance|argument) (?:is|was) that|(?:is|are|was|were) (?:really |just |purely |simply )?an? [\\w-]+(?: [\\w-]+)? (?:issue|` +
    `problem|matter)|(?:others|the rest|everyone else|anyone else) (?:are|is) for|not (?:for|down to|up to) us to|(?:is|` +
    `are|sits?|belongs?|lies|lie) (?:really |squarely |properly |entirely |firmly )?(?:for|with|down to|the job of|` +
    `on the)|side of the (?:line|fence|border|boundary|divide)|(?:let|leave (?:it|that|this) to) |slack|pick(?:ing)? up the (?:cost|` +
    `bill|tab)|pick(?:ing)? up the pieces|cover(?:ing)? for|up after|(?:really|purely|simply|squarely|clearly|just|` +
    `entirely|solely|wholly) an? [\\w -]{2,30}(?:problem|issue|matter|responsibility)|problem to|(?:responsibility|` +
    `problem|job|business) (?:once|as soon as|the moment)|${AP}s? (?:own )?(?:problem|headache|mess|lookout|look-out|` +
    `concern|business|responsibility|patients|clients|residents|pupils|job|role)|theirs to|none of|no concern|own (?:[\\w-]+ ){0,2}?(?:problems?|` +
    `mess|backlogs?|issues|shortfalls?|gaps?|deficits?|overspends?|pressures|waiting lists?)|(?:its|their) (?:own )?(?:[\\w-]+ )?mess|` +
    `dragged|circus|monkey|the (?:can|baby)|(?:turn|move|problem now)\\b|without (?:taking on|picking up|absorbing|` +
    `carrying|doing|fixing)|made (?:their|its) (?:own )?bed|(?:down to|up to|for|a matter for|the job of) [\\w -]{2,40}?,? (?:not|` +
    `rather than) |(?:the rest|everything else|anything (?:else|more)|the remainder) (?:is|are) |(?:coming|come) (?:out of|` +
    `from) (?:ours|our|their|its)|look after (?:its|their) own|(?:job|problem|responsibility|business|role) to|(?:nhs|` +
    `health|council|housing|care|acute|trust|practice|school|police|education|community|authority|gp|hospital|home) thing|` +
    `(?:patients|responsibility|problem|clients|residents|pupils) (?:until|unless|once|while|as long as)|(?:responsible|` +
    `accountable|blamed) for|belongs? in|falls? (?:to|under|with)|absorb|soak up|(?:take|pick up|carry|cover|deal with) (?:the )?(?:extra |` +
    `additional |excess |overflow )?(?:demand|pressure|costs?|workload|overflow|patients|caseload|risk)|(?:get|be|become) (?:involved|` +
    `drawn in|mixed up)|pulled into|drawn into|sucked into|not something|${REFUSE_CUE.source}|dumping ground|if (?:it|` +
    `that)(?:${AP}s| is) |(?:,|;|—|–| -| and) not |${AP}s? to (?:fix|sort|solve|deal|own|manage|resolve|handle|pay|` +
    `clear)`
  ),
);
const TRIGGER = frameTrigger(BASE_TRIGGER, ELSEWHERE_FRAMES, OFFLOAD_FRAMES);

export default defineRule({
  id: 'no-passing-the-problem',
  category: 'org-centric',
  practice: 5,
  severity: 'warning',
  description: 'Passes a problem over an organisational boundary instead of owning it together ("not our problem", "one for the council to sort").',
  trigger: TRIGGER,
  messages: {
    found: '“{{match}}” hands the problem to someone else across a boundary.',
  },
  check: (ctx) => [
    ...(TRIGGER.baseTest(ctx.lower) ? [...runSpecs(SPECS, ctx.sentence), ...belongsElsewhere(ctx), ...handOffWithRefusal(ctx)] : []),
    ...ELSEWHERE_FRAMES.run(ctx),
    ...OFFLOAD_FRAMES.run(ctx),
  ],
  unless: [/\b(?:not (?:just|only|simply|solely)|shared|jointly|together|all of us|whole system|system-wide)\b[^.;]{0,20}\b(?:problem|issue|concern|responsibility)\b/, /\bwhether\b/],
  suggest: ({ match }) => {
    if (/\bnot (?:really )?our (?:problem|concern|issue)$/i.test(match)) {
      return [{ title: 'Name it as a shared concern', replacement: 'a shared concern' }, { title: 'Agree who will work on it with which partners' }];
    }
    return [{ title: 'Describe the problem as the system’s and agree who will work on it together' }];
  },
  examples: {
    invalid: [
      'Frankly, the rough sleeping figures are not our problem.',
      'Transport to clinics is one for the council to sort out.',
      'Hoarding cases are outside our remit and should be pushed back to the housing team.',
    ],
    valid: [
      'Transport to clinics is a shared problem; the council and the PCN will map the routes together.',
      'The item on car parking was out of scope for this meeting and will go to the estates group.',
      'Delayed discharge is not our problem alone, so the trust and the council will review it jointly.',
    ],
  },
});
