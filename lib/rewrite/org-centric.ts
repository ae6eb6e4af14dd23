// Organisation-centric framing: shared ownership, the community served, costs, staff and credit agreed together.
import { clauseEnd, clauseStart } from './clause.ts';
import { capitalise, isPlural } from './grammar.ts';
import { npAfter } from './phrases.ts';
import { classOf, ORG_FRAMES, reportedStance, search } from './org-frames.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

/** The verb of "for them to <verb>" as partners would do it together ("for them to sort" → "sort out"). */
function together(verb: string): string {
  const v = verb.toLowerCase();
  return v === 'sort' ? 'sort out' : v === 'worry about' ? 'work on' : v === 'chase' ? 'follow up' : v;
}


const OWNER = String.raw`(?:our|their|its|your|my|his|her|the [\w’'-]+(?: [\w’'-]+){0,2}['’]s|[\w’'-]+['’]s|an? [\w-]+|the [\w-]+)`;
const PROBLEM = String.raw`(?:problem|issue|concern|responsibility|job|headache|lookout|business|worry|fault)`;

/** "not our problem", "a council problem, not a trust one", "the ICB's problem to fund" → a shared concern. */
const sharedConcern: Strategy = (f) => {
  let m = search(new RegExp(String.raw`\b(?:frankly |simply |really |clearly )?(?:an? (?:[\w-]+ ){1,3}(?:${PROBLEM}|failure|matter),? (?:and )?not an? [\w-]+ one|not (?:really |strictly )?${OWNER} (?:own )?${PROBLEM})\b`, 'i'), f);
  if (m) return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: 'a shared concern for the people we all serve' };
  m = search(new RegExp(String.raw`\b(?:frankly |simply |really |clearly )?${OWNER} ${PROBLEM} to (?<verb>[a-z]+)\b`, 'i'), f);
  if (m) return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: `a shared concern for partners to ${m.groups!.verb} together` };
  m = search(/(?<![\w'’])(?:entirely |solely |purely |simply |squarely )?(?:the )?(?:(?!(?:was|were|is|are|be|been|being)\b)[\w-]+ ){0,3}[\w-]+['’]s (?:responsibility|problem|job|issue|lookout|headache|mess|concern|business|remit)(?! to)\b(?:,? (?:and )?not (?:ours|theirs|mine|yours|the [\w-]+['’]s)\b| rather than (?:ours|theirs|mine)\b)?/i, f);
  if (m && !/^(?:our|my)\b/i.test(m[0])) return { title: 'Name it as a shared responsibility', start: m.index!, end: m.index! + m[0].length, replacement: 'a shared responsibility' };
  m = search(/\b(?:one|a matter|something) for (?<who>the [\w’' -]+?|them|[\w-]+) to (?<verb>sort|fix|deal with|pick up|handle|solve|fund|manage|worry about|untangle|answer for)(?: out)?\b/i, f);
  if (m) return { title: 'Agree who works on it together', start: m.index!, end: m.index! + m[0].length, replacement: `one the partners will ${together(m.groups!.verb)} together` };
  return null;
};

const AGREE: Record<string, string> = { protect: 'agree', protects: 'agrees', protected: 'agreed', protecting: 'agreeing' };

/** "protect its own allocation" → "agree with partners how costs and savings are shared". */
const protectOwn: Strategy = (f) => {
  const m = search(/\b(?<verb>(?:protect|safeguard|ring-?fence|defend|guard|shield|prioriti[sz]e|look after)(?:s|ed|ing)?) (?:our|its|their|his|her|the [\w-]+['’]s) (?:own )?(?<noun>[\w-]+(?:['’]s? [\w-]+)?(?: (?!(?:before|after|until|and|or|but|so|for|to|from|with|in|on|at|by|while|when|because|unless|if|this|next|first|rather|than|instead|over|against|ahead|above|beyond|irrespective)\b)[\w-]+)?)\b/i, f);
  if (!m) return null;
  // "agreed to protect its beds" would become "agreed to agree": left as it is.
  if (/\bagree(?:d|s|ing)? to\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  // "they were needed to protect the trust's position": a purpose, not a choice anyone could agree instead.
  if (/\b(?:needed|used|required|designed|meant|there|wanted) to\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  const v = m.groups!.verb.toLowerCase();
  const form = /ing$/.test(v) ? 'agreeing' : /(?:ed|d)$/.test(v) ? 'agreed' : /[^s]s$/.test(v) ? 'agrees' : 'agree';
  void AGREE;
  // "protect its beds from council referrals", "ahead of its inspection": the guarded-against part goes with it.
  let end = m.index! + m[0].length;
  const guard = /^ (?:from|over|ahead of|against|at the expense of) /i.exec(f.sentence.slice(end));
  if (guard) {
    const np = npAfter(f.sentence, end + guard[0].length);
    if (!np || np.start !== end + guard[0].length) return null;
    end = np.end;
  }
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `${form} with partners ${classOf(m.groups!.noun)}` };
};

/** "our performance comes first" → "the people we all serve come first". */
const comesFirst: Strategy = (f) => {
  const m = search(/\b(?:our|its|their|the [\w-]+['’]s) (?:own )?(?:[\w-]+['’]s )?[\w-]+(?: [\w-]+)? (?<verb>comes|come|has to come|have to come|must come|will come|should come|needs to come|need to come|came|had to come|is|are|was|were) (?:first|before (?:anything|everything|everyone) else|above all)\b/i, f);
  if (!m) return null;
  const v = m.groups!.verb.toLowerCase();
  const plural = v === 'comes' ? 'come' : v === 'has to come' ? 'have to come' : v === 'needs to come' ? 'need to come' : v === 'is' ? 'are' : v === 'was' ? 'were' : v;
  const tail = m[0].slice(m[0].lastIndexOf(' ') + 1);
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `the people we all serve ${plural} ${/first$/i.test(m[0]) ? 'first' : tail}` };
};

const PEOPLE = /patients|residents|people|clients|tenants|families|service users|users|children|carers|pupils|members|list/i;

/** "their patients, not ours" → "patients we all serve". */
const usAndThem: Strategy = (f) => {
  const m = search(/\b(?:their|our|its|your|the (?:[\w-]+ ){0,4}[\w-]+['’]s|[\w-]+['’]s) (?:own )?(?<noun>[\w-]+(?: [\w-]+)?),? (?:and )?not (?:ours|theirs|mine|yours|its)\b(?: to [\w-]+)?/i, f);
  if (!m) return null;
  const noun = m.groups!.noun;
  if (PEOPLE.test(noun)) return { title: 'Name them as people you share', start: m.index!, end: m.index! + m[0].length, replacement: `${noun} we all serve` };
  return { title: 'Name it as shared', start: m.index!, end: m.index! + m[0].length, replacement: isPlural(noun) ? `shared ${noun}` : `a shared ${noun}` };
};

/** "provided it doesn't come out of our budget" → ", and partners will agree together how costs, staff and credit are shared". */
const conditional: Strategy = (f) => {
  const m = search(/,?\s(?:but )?(?:only )?(?:provided|providing|as long as|so long as|only if|on condition that|on the condition that|if and only if|assuming) (?:that )?[^;|.!?]+/i, f);
  if (!m) return null;
  // The condition must follow a clause of its own ("The trust will join … provided …"), not open the sentence.
  const lead = f.sentence.slice(clauseStart(f.sentence, m.index!), m.index!);
  if (!/\p{L}+\s+\p{L}+/u.test(lead) || /:\s*$/.test(lead)) return null;
  const would = /\bwould\b/i.test(f.sentence.slice(0, m.index!)) ? 'would' : 'will';
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `, and partners ${would} agree together how costs, staff and credit are shared` };
};

/** "As medical director, I have decided that" → "After hearing every view, the partners have agreed that". */
const rank: Strategy = (f) => {
  const m = search(/\b(?:as|being) (?:the |a |an |our |their )?[^,;]{2,60}, (?<subj>I|we|the [\w -]+?|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (?<aux>(?:have|has|had|would|will|shall|should|must|can) )?(?<v>decided|decide|decides|determined|determine|ruled|rule)\b/i, f);
  if (!m) return null;
  const aux = (m.groups!.aux ?? '').trim().toLowerCase();
  const auxOut = aux === 'has' ? 'have' : aux;
  const v = m.groups!.v.toLowerCase();
  const verb = /ed$/.test(v) ? 'agreed' : 'agree';
  const start = m.index!;
  const cap = start === 0 || /^\s*$/.test(f.sentence.slice(0, start));
  const lead = cap ? 'After' : 'after';
  return { title: 'Record how the decision was reached together', start, end: m.index! + m[0].length, replacement: `${lead} hearing every view, the partners ${auxOut ? auxOut + ' ' : ''}${verb}` };
};

/** "was not there to mop up the hospital's backlog" → "was there to work with the hospital on the shared backlog". */
const mopUp: Strategy = (f) => {
  const m = search(/\bnot (?:there|here) to (?:mop up|clean up|pick up|sort out|carry|bail out|prop up|subsidi[sz]e|cover) (?:for )?(?<owner>the [\w-]+|[\w-]+)['’]s? (?<noun>[\w -]+?)(?= and |[,;.!?]|$)/i, f);
  if (!m) return null;
  return { title: 'Work on it together', start: m.index!, end: m.index! + m[0].length, replacement: `there to work with ${m.groups!.owner} on the shared ${m.groups!.noun}` };
};

/** "practices had their own patients to worry about" → "practices shared the care of the people we all serve". */
const ownToWorry: Strategy = (f) => {
  const m = search(/\b(?<v>had|have|has) (?:their|its|our|his|her) own (?:\w+ ){0,1}\w+ to (?:worry about|look after|think about|deal with|prioriti[sz]e|protect|serve)\b/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const share = v === 'had' ? 'shared' : v === 'has' ? 'shares' : 'share';
  return { title: 'Name the people you share', start: m.index!, end: m.index! + m[0].length, replacement: `${share} the care of the people we all serve` };
};

/** "would not underwrite council pressures" → "would agree with partners how council pressures are shared". */
const wontCarry: Strategy = (f) => {
  const m = search(/\b(?<aux>would|will|could|can|did|should)(?: ?n[o'’]t| not) (?:be seen to )?(?:underwrite|subsidi[sz]e|bail out|prop up|cover|pay for|absorb|carry|pick up|fund) (?<obj>(?:the |any |their |other )?[\w’' -]+?)(?=[,;.!?]|$| from | and | because | unless )/i, f);
  if (!m) return null;
  const obj = m.groups!.obj.trim();
  if (!obj) return null;
  const are = isPlural(obj) ? 'are' : 'is';
  // "… unless the NHS pays for the nursing", "… because …": the condition goes with it, or the rewrite would keep it.
  const cond = /^ (?:unless|because|until) /i.test(f.sentence.slice(m.index! + m[0].length));
  const end = cond ? clauseEnd(f.sentence, m.index! + m[0].length + 1) : m.index! + m[0].length;
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `${m.groups!.aux} agree with partners how ${obj} ${are} shared` };
};

/** "put the trust first" → "put the people we all serve first". */
const putFirst: Strategy = (f) => {
  const m = search(/\b(?<v>put|puts|putting) (?:the [\w-]+|our|its|their|my) (?:own )?(?:[\w-]+ )?first\b/i, f);
  if (!m) return null;
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.v} the people we all serve first` };
};

const POSITIVE: Record<string, string> = {
  "won't": 'will', 'will not': 'will', 'would not': 'would', "wouldn't": 'would', cannot: 'can', "can't": 'can', 'can not': 'can',
  'could not': 'could', "couldn't": 'could', 'should not': 'should', "shouldn't": 'should', 'must not': 'must', 'are not': 'will',
  "aren't": 'will', "'re not": 'will', 'is not': 'will', "isn't": 'will', 'not': 'will', 'do not': 'will', "don't": 'will', 'did not': 'would', "didn't": 'would',
};

/** "won't be sharing slots with their teams again" → "will agree with partners how slots are shared". */
const refuseToShare: Strategy = (f) => {
  const m = search(/\b(?<aux>won['’]t|will not|would not|wouldn['’]t|cannot|can['’]t|can not|could not|couldn['’]t|should not|shouldn['’]t|must not|are not|aren['’]t|['’]re not|is not|isn['’]t|do not|don['’]t|did not|didn['’]t)(?: be)? (?:(?:expected to|going to|able to|prepared to|willing to|having|seen to) (?:be )?)?(?:\w+ly )?(?<verb>shar(?:e|ing)|lend(?:ing)?|rotat(?:e|ed|ing)|cover(?:ing)?|absorb(?:ing)?|carry(?:ing)?|subsidi[sz](?:e|ing)|pool(?:ed|ing)?|releas(?:e|ing)|hand(?:ing)? over|open(?:ing)?|extend(?:ing)?|add(?:ing)?|giv(?:e|ing) up|send(?:ing)?)\s(?:up |out |over )?/i, f);
  if (!m) return null;
  const objAt = m.index! + m[0].length;
  const obj = npAfter(f.sentence, objAt);
  if (!obj || obj.start !== objAt) return null;
  // "our budget isn't going to cover their mistakes": a budget agrees nothing, and mistakes are not shared out.
  if (/\b(?:budget|money|reserves?|fund|funding|pot|allocation)\s+$/i.test(f.sentence.slice(0, m.index!)) || /\b(?:mistakes?|mess|errors?|failures?|problems?|incompetence)$/i.test(f.sentence.slice(obj.start, obj.end))) return null;
  let objText = f.sentence.slice(obj.start, obj.end).replace(/^(?:any of (?:our|the|their|its|his|her)|a single|our|my|their|its|his|her|any|the) /i, '');
  if (!objText || /^(?:it|them|us|that|this|anyone|anybody|someone|somebody|nobody|any)$/i.test(objText) || /^(?:of|to|for|with)\b/i.test(objText)) return null;
  objText = objText.replace(/^(?:own) /i, '').replace(/^(?:them|us|him|her) (?=\S)/i, '').replace(/^(?:our|my|their|its|his|her) (?:own )?/i, '');
  // "its digital lead" → "the digital lead": the thing shared keeps an article.
  if (!/^(?:the|a|an)\b/i.test(objText) && (!/^[A-Z]{2}/.test(objText) || /^\S+['’]s\b/.test(objText))) objText = `the ${objText}`;
  const aux = m.groups!.aux.toLowerCase().replace(/’/g, "'");
  const pos = POSITIVE[aux] ?? 'will';
  const end = clauseEnd(f.sentence, obj.end);
  const are = isPlural(objText) || /\b(?:staff|people|personnel)$/i.test(objText) ? 'are' : 'is';
  const lead = /^['’]/.test(aux) ? ' ' : '';
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `${lead}${pos} agree with partners how ${objText} ${are} shared` };
};

/** "for our own patients only" → "for the people we all serve". */
const ownOnly: Strategy = (f) => {
  const m = search(/\bfor (?:our|its|their|his|her|the [\w-]+['’]s) (?:own )?(?:registered )?[\w -]{2,30}? only\b|\bonly for (?:our|its|their) (?:own )?[\w-]+(?: [\w-]+)?\b/i, f);
  if (!m) return null;
  return { title: 'Name the people served', start: m.index!, end: m.index! + m[0].length, replacement: 'for the people we all serve' };
};

/** "the county's cost, not the trust's" → "a shared cost". */
const notTheirs: Strategy = (f) => {
  const m = search(/\b(?:the )?(?:(?!(?:was|were|is|are|be|been|being)\b)[\w-]+ ){0,2}[\w-]+['’]s (?<noun>costs?|problems?|issues?|budgets?|responsibilit(?:y|ies)|patients|staff|calls?|pressures?|risks?|overspends?|headaches?),? (?:and )?not (?:the |ours|us|theirs|mine|[\w-]+['’]s)(?:[\w -]*?['’]s)?(?=[\s,;.!?]|$)/i, f);
  if (!m) return null;
  const noun = m.groups!.noun;
  const people = /patients|staff/i.test(noun);
  return { title: 'Name it as shared', start: m.index!, end: m.index! + m[0].length, replacement: people ? `${noun} we all serve` : `a shared ${noun}` };
};

/** "this is for the PCNs to resolve" → "this is for partners to resolve together". */
const forThemTo: Strategy = (f) => {
  const m = search(/\b(?:is|was|are|were|'s) (?:one |a matter |a job |something )?for (?:the [\w -]+?|them|[\w-]+) to (?<verb>resolve|sort(?: out)?|fix|deal with|pick up|handle|solve|fund|manage|explain|answer for|pay for)\b/i, f);
  if (!m) return null;
  const be = m[0].split(' ')[0];
  const will = /^(?:was|were)$/i.test(be) ? 'would' : 'will';
  return { title: 'Agree who works on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${be} something the partners ${will} ${together(m.groups!.verb)} together` };
};


/** "the backlog belongs to the legacy team" → "the backlog is a shared responsibility". */
const belongsTo: Strategy = (f) => {
  const m = search(/\b(?<v>belongs|belong|belonged|sits|sit|sat|rests|rest|rested|lies|lie|lay) (?:squarely |firmly |entirely |solely |wholly )?(?:with|to) (?!all\b|every|us all\b)(?:the [\w -]+?|them|[\w-]+)(?:,? not (?:the [\w-]+|ours|theirs|us|them))?(?=,| and | but |[;.!?|]|$)/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const be = /ed$|^sat$|^lay$/.test(v) ? 'was' : /s$/.test(v) ? 'is' : 'are';
  return { title: 'Name it as a shared responsibility', start: m.index!, end: m.index! + m[0].length, replacement: `${be} a shared responsibility` };
};

/** "that's a housing issue", "a matter for the NHS and outside our remit" → "a shared concern". */
const sectorProblem: Strategy = (f) => {
  const m = search(/\b(?:(?:not )?(?:a matter|an issue|a question|a job) for (?!consultation|discussion|debate|negotiation)(?:the )?[\w-]+(?: [\w-]+){0,2}?(?: and (?:outside|beyond|not within) (?:our|its|their|the [\w-]+['’]s) (?:remit|brief))?(?=[,;.!?|]|$| and | but | rather | full stop)|(?:outside|beyond|not within|not part of) (?:our|its|their|the [\w-]+['’]s) (?:remit|brief|responsibilit(?:y|ies))|(?:not )?(?:a|an) (?!shared\b)(?:[\w-]+ ){1,2}(?:problem|issue|matter|headache|thing)(?!s)(?= and |[,;.!?|]|$|\s[–—-]\s))/i, f);
  if (!m) return null;
  // "X's responsibility, not a matter for housing": the contrast needs more than a swap, so no rewrite.
  if (/^not /i.test(m[0]) && !/\b(?:is|are|was|were|['’]s|['’]re|be|been)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: 'a shared concern' };
};

/** "shouldn't have to bail them out from our budget" → "should agree with partners how costs, staff and credit are shared". */
const bailOut: Strategy = (f) => {
  const m = search(/\b(?<aux>shouldn['’]t|should not|won['’]t|will not|can['’]t|cannot|couldn['’]t|could not|wouldn['’]t|would not|isn['’]t|is not|aren['’]t|are not)(?: have to| be expected to| need to| be seen to be| be seen to| be| be going to| going to)? (?:clean(?:ing)? up|mop(?:ping)? up|bail(?:ing)? (?:\w+ )?out|prop(?:ping)? up|pick(?:ing)? up the pieces|subsidi[sz](?:e|ing)|pay(?:ing)? for)\b[^;|.!?]*/i, f);
  if (!m) return null;
  const aux = m.groups!.aux.toLowerCase().replace(/’/g, "'");
  const pos = /^(?:is|are|isn|aren)/.test(aux) ? 'will' : POSITIVE[aux] ?? 'will';
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `${pos} agree with partners how costs, staff and credit are shared` };
};

const CREDIT: Record<string, string> = { logo: 'every partner’s logo', logos: 'every partner’s logo', name: 'every partner’s name', names: 'every partner’s name', branding: 'shared branding', brand: 'shared branding', badge: 'every partner’s badge' };

/** "carry only the trust's logo", "wants its own branding on the hub" → "every partner's logo", "shared branding". */
const ownCredit: Strategy = (f) => {
  const m = search(/\b(?:only )?(?:the [\w-]+(?: [\w-]+)?['’]s|our|its|their) (?:own )?(?<n>logos?|names?|branding|brand|badge)\b(?! (?:and|or) )/i, f);
  if (!m) return null;
  // "our name goes first", "our logo above everyone else's", "…, with no mention of the PCN": a ranking or an
  // exclusion that a swap of the owner would turn into nonsense, so no rewrite.
  const rest = f.sentence.slice(m.index! + m[0].length);
  if (/^\W*(?:[\w’'-]+ ){0,3}(?:above|first|ahead|on top|bigger|larger|leads?|before|over)\b/i.test(rest) || /^,? (?:with no|not|and (?:nobody|no one)|rather than|instead of|only)\b/i.test(rest) || /\bunless\b/i.test(rest)) return null;
  if (/\b(?:don['’]t|do not|doesn['’]t|does not|won['’]t|will not|not) (?:[\w-]+ ){0,2}$/i.test(f.sentence.slice(0, m.index!))) return null;
  // "…, as its own name would be lost": a reason given for a refusal; a swap of the owner there says nothing shared.
  if (/\b(?:as|because|since|in case|unless|if)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  return { title: 'Share the credit', start: m.index!, end: m.index! + m[0].length, replacement: CREDIT[m.groups!.n.toLowerCase()] };
};

/** "the minibus stays with our schools" → "the minibus is shared across the partnership". */
const staysWith: Strategy = (f) => {
  const m = search(/\b(?<v>stays|stay|stayed|remains|remain|remained|is kept|are kept|was kept|were kept|will stay|must stay|should stay|will remain|must remain|should remain) (?:firmly |squarely |entirely )?(?:with|in|within|inside) (?:our|its|their|his|her|the [\w-]+(?: [\w-]+)?['’]s|the [\w-]+(?: [\w-]+)?|us|them|[\w-]+)(?: [\w-]+)?(?:,? full stop)?(?=[,;.!?|]|$| and | but | rather | until | whatever | regardless | so )/i, f);
  if (!m) return null;
  const v = m.groups!.v.toLowerCase();
  const be = /^(?:will|must|should) /.test(v) ? `${v.split(' ')[0]} be` : /^(?:stays|remains|is kept)$/.test(v) ? 'is' : /^(?:stay|remain|are kept)$/.test(v) ? 'are' : /^were/.test(v) ? 'were' : 'was';
  return { title: 'Share it across the partnership', start: m.index!, end: m.index! + m[0].length, replacement: `${be} shared across the partnership` };
};

/** "that's their headache", "are their problem" → "a shared concern". */
const theirProblem: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were|['’]s|['’]re) (?:entirely |simply |really )?(?:their|his|her|its|the [\w-]+(?: [\w-]+)?['’]s?) (?:own )?(?:problem|headache|lookout|look-out|mess|business|worry)\b(?:,? not (?:ours|mine|us)\b)?/i, f);
  if (!m) return null;
  return { title: 'Name it as a shared concern', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} a shared concern` };
};

/** "will only share its data if it gets credit" → "will share its data and agree with partners how credit is shared". */
const onlyIf: Strategy = (f) => {
  const m = search(/\bonly (?<act>(?:[\w’'-]+ ){0,8}?[\w’'-]+),? (?<cond>if|once|after|until|when|provided|as long as|so long as|on condition that) (?<clause>[^;|.!?]+)/i, f);
  if (!m) return null;
  if (/\b(?:for|in|at|to|by|on|of)$/i.test(m.groups!.act)) return null;
  // "will only join …", "we only co-fund …": the verb after "only" is a bare one, so "and agree" can follow it.
  if (!/\b(?:will|would|shall|should|can|could|may|might|must|to|we|they|I|you|'ll|’ll)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  const end = clauseEnd(f.sentence, m.index! + m[0].length);
  const shared = classOf(m.groups!.clause);
  return { title: 'Take part and agree together how it is shared', start: m.index!, end, replacement: `${m.groups!.act} and agree with partners ${shared}` };
};

/** "therapists don't get a vote on X" → "therapists get a say on X": every voice counts. */
const getASay: Strategy = (f) => {
  const m = search(/\b(?<neg>don['’]t|do not|doesn['’]t|does not|didn['’]t|did not|won['’]t|will not|shouldn['’]t|should not) (?:really |even )?(?<v>get|have) (?:a|any) (?<n>say|vote|voice)\b/i, f);
  if (!m) return null;
  const neg = m.groups!.neg.toLowerCase().replace(/’/g, "'");
  const v = m.groups!.v.toLowerCase();
  const verb = /^does/.test(neg) ? (v === 'get' ? 'gets' : 'has') : /^did/.test(neg) ? (v === 'get' ? 'got' : 'had') : /^(?:won't|will)/.test(neg) ? `will ${v}` : /^should/.test(neg) ? `should ${v}` : v;
  return { title: 'Give every voice a say', start: m.index!, end: m.index! + m[0].length, replacement: `${verb} a ${m.groups!.n}` };
};

/** "not up for debate", "there is nothing more to discuss" → open to the views of everyone affected. */
const closedDown: Strategy = (f) => {
  const m = search(/\b(?:(?:closed|final|settled),? and )?not (?:up for|open to) (?:debate|discussion|further discussion)\b|\bthere is nothing (?:more|further) to discuss\b/i, f);
  if (!m) return null;
  if (/^there/i.test(m[0])) return { title: 'Keep the discussion open', start: m.index!, end: m.index! + m[0].length, replacement: 'views from everyone affected are welcome' };
  return { title: 'Keep the discussion open', start: m.index!, end: m.index! + m[0].length, replacement: 'open to views from everyone affected' };
};

/** "he would not be taking questions from the VCSE reps" → "he would welcome questions from the VCSE reps". */
const noQuestions: Strategy = (f) => {
  const m = search(/\b(?:(?:as|being) (?:the |a |an )?[\w -]{2,40}?,? )?(?<subj>he|she|they|I|we) (?<aux>would|will|was|were|is|are|am|['’]m|['’]d)(?:n['’]t| not) (?:be )?(?:taking|take|accepting|accept|answering|answer) (?:any )?(?:more |further )?questions\b/i, f);
  if (!m) return null;
  const aux = m.groups!.aux.toLowerCase();
  const will = /^(?:would|was|were|['’]d)$/.test(aux) ? 'would' : 'will';
  return { title: 'Welcome the questions', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.subj} ${will} welcome questions` };
};

/** "aren't our responsibility", "isn't our concern", "are out of scope for us" → "are a shared responsibility". */
const notOurs: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were)(?:n['’]t| not) (?:really |strictly |frankly |actually )?(?:our|my) (?<n>responsibility|concern|business|problem|job|patch|remit|lookout|headache)\b|\b(?<be2>is|are|was|were) (?:out of|outside(?: of)?|beyond) (?:the )?(?:scope|remit) (?:for|of) (?:us|our [\w-]+)\b/i, f);
  if (!m) return null;
  const be = (m.groups!.be ?? m.groups!.be2).toLowerCase();
  const n = (m.groups!.n ?? 'concern').toLowerCase();
  // A problem, headache or concern becomes a concern for the people served; a duty stays a responsibility.
  const what = /^(?:responsibility|job)$/.test(n) ? `a shared ${n}` : 'a shared concern for the people we all serve';
  const title = /concern/.test(what) ? 'Name it as a shared concern' : 'Name it as a shared responsibility';
  return { title, start: m.index!, end: m.index! + m[0].length, replacement: `${be} ${what}` };
};

/** "are the NHS's to own", "is theirs to sort" → "are for partners to own together". */
const theirsTo: Strategy = (f) => {
  const m = search(/\b(?<be>is|are|was|were|['’]s|['’]re) (?:entirely |squarely |really )?(?:theirs|the [\w’' -]+?['’]s?|(?:their|our|its) [\w-]+['’]s|[\w-]+['’]s) to (?<verb>own|sort(?: out)?|fix|answer|manage|house|absorb|chase|deal with|solve|fund|worry about|pick up)\b/i, f);
  if (!m) return null;
  const will = /^(?:was|were)$/i.test(m.groups!.be) ? 'would' : 'will';
  return { title: 'Agree who works on it together', start: m.index!, end: m.index! + m[0].length, replacement: `${m.groups!.be} something the partners ${will} ${together(m.groups!.verb)} together` };
};

const KEEP_AS_AGREE: Record<string, string> = { keep: 'agree', keeps: 'agrees', kept: 'agreed', keeping: 'agreeing', hold: 'agree', holds: 'agrees', held: 'agreed', holding: 'agreeing' };

/** "will keep the grant for its own hall rather than pool it" → "will agree with partners how the grant is shared". */
const keepFor: Strategy = (f) => {
  const m = search(/\b(?<v>keep|keeps|kept|keeping|hold|holds|held|holding) (?:back |on to |onto )?(?<obj>(?:the |its |our |their |any |all |his |her )?(?:[\w-]+ ){0,3}?[\w-]+) (?:back )?(?:for|within|in|inside) (?:its|our|their|the [\w-]+['’]s|the [\w-]+) (?:own )?(?:[\w’'-]+ ){0,2}[\w’'-]+(?: (?:only|first))?(?=[,;.!?|]|$|\s[–—-]\s|\s(?:rather|instead|than|and|but|so|before|until|while|this|next|from|regardless|whatever|not)\b)/i, f);
  if (!m) return null;
  // "should be kept back for our patients": a passive has no subject to agree anything (org-frames.ts words it).
  if (/^(?:kept|held)\b/i.test(m[0]) && /\b(?:be|been|being|is|are|was|were)\s+$/i.test(f.sentence.slice(0, m.index!))) return null;
  // "keep … for its own hall rather than pool it with …": the refusal goes with it, to the end of the clause.
  let end = m.index! + m[0].length;
  const rather = /^(?: (?:this|next) (?:year|winter|month|quarter))?,? (?:rather than|instead of|and not|not|than) [^,;|.!?]+/i.exec(f.sentence.slice(end));
  if (rather) end += rather[0].length;
  const obj = m.groups!.obj.replace(/^(?:any|all) /i, 'the ').replace(/^(?:its|our|their|his|her) own /i, 'the ');
  // "agreed to keep …" → "agreed to share … with partners", not "agreed to agree".
  if (/\bagree(?:d|s|ing)? to\s+$/i.test(f.sentence.slice(0, m.index!))) return { title: 'Share it with partners', start: m.index!, end, replacement: `share ${obj} with partners` };
  const agree = KEEP_AS_AGREE[m.groups!.v.toLowerCase()];
  const cap = /^[A-Z]/.test(m.groups!.v) ? capitalise(agree) : agree;
  const are = isPlural(obj) || /\b(?:staff|people|personnel)$/i.test(obj) ? 'are' : 'is';
  return { title: 'Agree together how it is shared', start: m.index!, end, replacement: `${cap} with partners how ${obj} ${are} shared` };
};

/** "the trust's position comes before the partnership's" → "the people we all serve come first". */
const comesBefore: Strategy = (f) => {
  const m = search(/\b(?:our|its|their|the [\w’'-]+(?: [\w’'-]+)?['’]s) (?:own )?(?:[\w’'-]+ ){0,4}?[\w’'-]+ (?<verb>comes|come|came|has to come|have to come|had to come|must come|should come|needs to come) (?:before|ahead of|above) (?:any |the |all )?(?:[\w’'-]+ ){0,4}?[\w’'-]+(?: (?:on|about|over) (?:the |this |that )?(?:[\w’'-]+ ){0,3}[\w’'-]+)?(?=[,;:.!?|]|$| this | whatever| regardless)/i, f);
  if (!m) return null;
  const v = m.groups!.verb.toLowerCase();
  const plural = v === 'comes' ? 'come' : v === 'has to come' ? 'have to come' : v === 'needs to come' ? 'need to come' : v;
  return { title: 'Put the people served first', start: m.index!, end: m.index! + m[0].length, replacement: `the people we all serve ${plural} first` };
};

/** "the ward's budget must not be pooled with …" → "the ward's budget will be used as the partners agree together". */
const notToBeUsed: Strategy = (f) => {
  const m = search(/\b(?:must|should|will|would|can|could|is|are|was|were)(?: ?n['’]t| not)(?: to)? be ['‘]?(?:pooled|used|spent|raided|shared|touched|diverted|released|lent|redistributed)['’]?(?=[\s,;.!?|]|$)[^,;.!?|]*/i, f);
  if (!m) return null;
  const past = /^(?:would|could|was|were)\b/i.test(m[0]);
  return { title: 'Agree together how it is used', start: m.index!, end: m.index! + m[0].length, replacement: `${past ? 'would' : 'will'} be used as the partners agree together` };
};

const STRATEGIES: Strategy[] = [notToBeUsed, keepFor, comesBefore, notOurs, theirsTo, staysWith, onlyIf, getASay, closedDown, noQuestions, refuseToShare, belongsTo, bailOut, ownCredit, ownOnly, notTheirs, forThemTo, mopUp, ownToWorry, wontCarry, putFirst, sharedConcern, theirProblem, usAndThem, comesFirst, protectOwn, conditional, rank, sectorProblem];

/**
 * The contrast that often follows what was named as someone's ("…, not ours", "… and outside our remit", "rather than
 * a housing one", "…, it is one for the council to sort") goes with it once the thing is named as shared, or the sentence would still push it away.
 */
const CONTRAST = /^(?:,?\s+(?:and\s+)?not\s+(?:ours|us|theirs|mine|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['’]s?|an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:one|matter|issue|problem|concern|thing)|general practice|primary care|social care)(?:\s+to\s+[\w-]+(?:\s+(?:about|up|out))?)?|\s+rather than\s+(?:ours|theirs|an?\s+[\w-]+\s+one)|,?\s+(?:and|;)\s+(?:outside|out of|beyond|not within)\s+(?:our|its|their|the [\w-]+['’]s)\s+(?:remit|brief|scope)(?:\s+as\s+an?\s+[\w -]+?)?|[,;]\s+(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+(?:one\s+|something\s+|a\s+matter\s+|an?\s+issue\s+)?for\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+to\s+[\w-]+(?:\s+(?:out|up|with))?)(?=[,;.!?|]|$|\s[–—-]\s|\s+and\b|\s+when\b|\s+so\b)/i;

function withContrast(f: Finding, r: Rewrite): Rewrite {
  if (!/\bshared\b|\btogether\b|\bwe all serve\b/.test(r.replacement)) return r;
  const m = CONTRAST.exec(f.sentence.slice(r.end));
  return m ? { ...r, end: r.end + m[0].length } : r;
}

function firstTwo(strategies: Strategy[], f: Finding): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of strategies) {
    const r = s(f);
    if (r) out.push(withContrast(f, r));
    if (out.length >= 2) break;
  }
  return out;
}

/** The phrase swaps first, then the clause frames (org-frames.ts): the checks in offer.ts keep the first two that pass. */
function runStrategies(f: Finding): Rewrite[] {
  return [...firstTwo(STRATEGIES, f), ...firstTwo(ORG_FRAMES, f)];
}

/** One rewrite for the sentence as `after` reads, from the first word that differs to the last (whole words). */
export function asOneRewrite(sentence: string, after: string, title: string): Rewrite | null {
  if (after === sentence) return null;
  let p = 0;
  while (p < sentence.length && p < after.length && sentence[p] === after[p]) p++;
  let q = 0;
  while (q < sentence.length - p && q < after.length - p && sentence[sentence.length - 1 - q] === after[after.length - 1 - q]) q++;
  // Whole words: back to the space before the first change and past the last changed word.
  while (p > 0 && /\S/.test(sentence[p - 1])) p--;
  while (q > 0 && /\S/.test(sentence[sentence.length - q])) q--;
  return { title, start: p, end: sentence.length - q, replacement: after.slice(p, after.length - q) };
}

const applied = (s: string, r: Rewrite) => s.slice(0, r.start) + r.replacement + s.slice(r.end);

/**
 * A sentence with two framings ("…; their budget, their problem", "is a housing matter and we won't be lending staff"):
 * each rewrite alone leaves the other framing, which the re-check turns away, so a rewrite of the rest of the
 * sentence is tried on top of each one and offered as one change.
 */
function paired(f: Finding, firsts: Rewrite[]): Rewrite[] {
  const out: Rewrite[] = [];
  for (const r1 of firsts.slice(0, 3)) {
    const s1 = applied(f.sentence, r1);
    const done = { start: r1.start, end: r1.start + r1.replacement.length };
    for (const r2 of runStrategies({ ...f, sentence: s1, start: 0, end: s1.length })) {
      if (r2.start < done.end && done.start < r2.end) continue;
      const both = asOneRewrite(f.sentence, applied(s1, r2), r1.title);
      if (both) out.push(both);
      break;
    }
  }
  return out;
}

export function orgCentricRewrites(f: Finding): Rewrite[] {
  const out = runStrategies(f);
  // The tone model reads the whole sentence and flags a cue word in it: when nothing fits the cue itself, a strategy
  // may rewrite words elsewhere in the sentence, and the re-check then asks that the model's finding is gone.
  if (/-tone$/.test(f.ruleId)) out.push(...runStrategies({ ...f, start: 0, end: f.sentence.length }));
  // A phrase rule may flag only the contrast ("…'s responsibility, not a housing matter"): a rewrite found elsewhere in
  // the sentence counts when, with its contrast, it covers the flagged words.
  else out.push(...runStrategies({ ...f, start: 0, end: f.sentence.length }).filter((r) => r.start <= f.start && r.end >= f.end));
  // A rewrite of both framings goes first: one that fixes a single framing leaves the other one contradicting it.
  const both = paired(f, out).filter((r) => !/(\b[a-z]+ [a-z]+ [a-z]+\b).*\1/.test(r.replacement));
  const stance = reportedStance(f);
  return [...both, ...out, ...(stance ? [stance] : [])];
}
