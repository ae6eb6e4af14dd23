// Rewrites for the org-centric frames on conditions, resources kept back, costs moved and closed views (lib/rules/shared/org-gate-frames.ts).
import type { Finding, Rewrite } from './types.ts';
import { search } from './org-frames.ts';

type Strategy = (f: Finding) => Rewrite | null;


const at = (m: RegExpExecArray, title: string, replacement: string): Rewrite => ({ title, start: m.index!, end: m.index! + m[0].length, replacement });
const AP = `['’]`;
/** An owner: "our", "its", "the trust's", "the practices'". */
const OWNER = String.raw`(?:our|its|their|the (?:[\w&’'-]+ ){0,2}?[\w&-]+${AP}s?|[\w&-]+${AP}s?)`;

/** "education's lookout", "highways' baby", "on the LA side of the fence" → a shared concern. */
const informalBurden: Strategy = (f) => {
  let m = search(new RegExp(String.raw`\b(?:the )?(?:(?!(?:is|are|was|were|be|been|near|of|for|to|by|the|a|an|and|or|said|says|on|in|at)\b)[\w&-]+ )?[\w&-]+${AP}s? (?:headache|lookout|look-out|baby|worry|funeral|regulars|problem child|cases)\b`, 'i'), f);
  if (m) return at(m, 'Name it as a shared concern', 'a shared concern for partners');
  m = search(/\b(?:firmly |squarely )?on the [\w&-]+(?: [\w&-]+)? side of the (?:fence|line)\b/i, f);
  if (!m) return null;
  const colon = /:\s*$/.test(f.sentence.slice(0, m.index!));
  return at(m, 'Name it as a shared concern', colon ? 'a shared concern for partners' : 'in any partner’s area');
};

/** "the trust's logo must appear above the council's" → "partners' logos must appear side by side". */
const logoFirst: Strategy = (f) => {
  const m = search(
    new RegExp(
      String.raw`\b${OWNER} (?:own )?(?<n>name|logo|brand|branding|badge)(?: and (?:name|logo))? (?:(?<mod>must|should|will|to|has to|needs to) )?(?:appear|appears|go|goes|come|comes|sit|sits|lead|leads|be|is) ` +
        String.raw`(?:first|above|larger|bigger|on top|ahead|more prominently)(?: than)?(?: (?:the |an? )?[\w&-]+(?: [\w&-]+)?${AP}s?(?=[\s,.;]|$))?(?:,? ahead of (?:all )?(?:the )?partners)?`,
      'i',
    ),
    f,
  );
  if (!m) return null;
  const n = m.groups!.n.toLowerCase() === 'name' ? 'names' : 'logos';
  const mod = m.groups!.mod ? `${m.groups!.mod.toLowerCase().replace(/^has to$/, 'have to').replace(/^needs to$/, 'need to')} ` : '';
  return at(m, 'Share the credit', `partners’ ${n} ${mod}appear side by side`);
};

const SHARE: Record<string, string> = { take: 'share', takes: 'shares', took: 'shared', taking: 'sharing', get: 'share', gets: 'shares', claim: 'share', claims: 'shares', claimed: 'shared', keep: 'share', keeps: 'shares' };

/** Credit for shared work claimed by one body → credit shared. */
const creditShared: Strategy = (f) => {
  let m = search(new RegExp(String.raw`\b(?<v>credited|credit|attributed|reported|written up|presented|announced)(?<p> to| as)? (?:the |our )?(?:[\w&’'-]+ ){0,2}?[\w&-]+(?:${AP}s?)? (?:alone|only|solely)(?:,? not (?:the )?[\w&-]+${AP}s?(?=[\s,.;]|$))?`, 'i'), f);
  if (m) {
    const v = m.groups!.v;
    return at(m, 'Share the credit', m.groups!.p?.trim() === 'as' ? `${v} as the partnership’s` : `${v}${m.groups!.p ?? ''} every partner`);
  }
  m = search(/\bas (?:ours|theirs|its own|our own|their own) alone\b/i, f);
  if (m) return at(m, 'Share the credit', 'as shared work');
  m = search(/\b(?<v>reported|presented|written up|badged|branded|billed|announced|claimed|shown|described) as (?:an? )?[\w&’'-]+ (?<n>achievements?|success(?:es)?|wins?)\b/i, f);
  if (m) return at(m, 'Share the credit', `${m.groups!.v} as ${/s$/i.test(m.groups!.n) && !/^success$/i.test(m.groups!.n) ? 'partnership achievements' : 'a partnership achievement'}`);
  m = search(/\b(?<v>take|takes|took|taking|get|gets|claim|claims|claimed|keep|keeps) (?:the |all the |sole )?credit\b/i, f);
  if (m) return at(m, 'Share the credit', `${SHARE[m.groups!.v.toLowerCase()]} the credit with partners`);
  m = search(new RegExp(String.raw`\b(?<v>say|says|said|show|shows|make clear|makes clear|state|states) (?:that )?(?:it${AP}s|it is|it was|this is|this was|they are|they${AP}re) (?:all )?(?:ours|our work|our idea)\b`, 'i'), f);
  if (m) return at(m, 'Share the credit', `${m.groups!.v} it was shared work`);
  m = search(/\b(?:the )?[\w&’'-]+ (?:left|kept|taken|removed|cut) (?:off|out of)\b/i, f);
  if (m) return at(m, 'Share the credit', 'every partner named on');
  m = search(new RegExp(String.raw`\b${OWNER} (?<n>name|logo|role|contribution|part) (?<neg>isn${AP}t|is not|aren${AP}t|are not|must not be|should not be|won${AP}t be|will not be|not be|not) (?<p>on|in|referred to in|mentioned in|credited in|shown on|included in)\b`, 'i'), f);
  if (m) {
    const neg = m.groups!.neg.toLowerCase().replace(/’/g, "'");
    const be = /^is/.test(neg) ? 'is ' : /^are/.test(neg) ? 'is ' : /^must/.test(neg) ? 'must be ' : /^should/.test(neg) ? 'should be ' : /^(?:won|will)/.test(neg) ? 'will be ' : neg === 'not be' ? 'be ' : '';
    return at(m, 'Share the credit', `every partner’s ${m.groups!.n} ${be}${m.groups!.p}`);
  }
  m = search(/\b(?:play down|plays down|playing down|played down|downplay|downplays|downplayed|downplaying) (?:the |our |its |their )?(?:[\w&’'-]+ ){0,2}?(?:role|part|involvement|contribution|responsibility)\b/i, f);
  if (m) return at(m, 'Set out every partner’s part', 'set out every partner’s role');
  return null;
};

/** "as the most senior engineer present" → the decision grounded in everyone's views. */
const rankAsReason: Strategy = (f) => {
  const m = search(/\b(?:speaking )?as (?:the )?(?:most )?(?:senior|lead|responsible|accountable|statutory|medical|clinical|chief|executive)?\s?[\w&-]+(?: [\w&-]+){0,3}? ?(?:present|in the room|on the MDT|here)?(?=,| [a-z])/i, f);
  if (!m || !/\bas\b/i.test(m[0])) return null;
  const comma = f.sentence.slice(m.index! + m[0].length).match(/^,\s*/);
  const end = m.index! + m[0].length + (comma ? comma[0].length : 0);
  return { title: 'Ground the decision in everyone’s views', start: m.index!, end, replacement: 'after hearing everyone’s views, ' };
};

const DISMISS: [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(String.raw`\b(?:would|were|will|was) be noted but (?:would|will|wo)(?:n${AP}t| not) change(?: (?:it|anything|the \w+))?`, 'i'), () => 'would be weighed in the decision'],
  [/\b(?<v>were|was|are|is) (?:(?:not relevant|irrelevant)(?: to (?:the|this|that) [\w-]+)?|not needed|not for this table|not for discussion|out of order)\b/i, (m) => `${m.groups!.v} heard and weighed`],
  [/\bnot for this table\b/i, () => 'welcome at this table'],
  [new RegExp(String.raw`\b(?<v>would|will)(?: not|n${AP}t) be (?:sought|heard|considered)\b`, 'i'), (m) => `${m.groups!.v} be sought`],
  [new RegExp(String.raw`\b(?:wo)n${AP}t be (?:sought|heard|considered)\b`, 'i'), () => 'will be sought'],
  [new RegExp(String.raw`\b(?:need not|needn${AP}t|did not need to|didn${AP}t need to) be (?:heard|considered|discussed)\b|\bdid not need (?:discussing|hearing)\b|\bneed not be discussed\b`, 'i'), () => 'would be heard'],
  [new RegExp(String.raw`\b(?<v>would|will)(?: not|n${AP}t) change (?:it|anything)\b|\bwon${AP}t change it\b`, 'i'), (m) => `${m.groups?.v?.toLowerCase() ?? 'will'} shape the decision`],
  [/\b(?:would|could|can) be taken (?:outside the meeting|offline)\b/i, () => 'would be heard in the meeting'],
];

/** "the HCAs' views were not relevant" → "were heard and weighed". */
const voiceHeard: Strategy = (f) => {
  for (const [re, rep] of DISMISS) {
    const m = search(re, f);
    if (m) return at(m, 'Hear every voice', rep(m));
  }
  return null;
};

/** "other workstreams need not question them", "physiotherapists don't get a vote" → welcome to. */
const welcomeTo: Strategy = (f) => {
  const m = search(
    new RegExp(
      String.raw`\b(?<neg>don${AP}t|do not|doesn${AP}t|does not|won${AP}t|will not|shouldn${AP}t|should not|need not|needn${AP}t|do not need to|don${AP}t need to) ` +
        String.raw`(?<v>question|revisit|debate|second-guess|be questioning|weigh in|get a vote|get a say|have a vote|have a say)\b`,
      'i',
    ),
    f,
  );
  if (!m) return null;
  const neg = m.groups!.neg.toLowerCase().replace(/’/g, "'");
  const lead = /^does/.test(neg) ? 'is welcome to' : /^(?:won't|will)/.test(neg) ? 'will be welcome to' : /^should/.test(neg) ? 'should feel free to' : 'are welcome to';
  const v = m.groups!.v.toLowerCase().replace(/^be questioning$/, 'question').replace(/^get a/, 'have a');
  return at(m, 'Welcome every view', `${lead} ${v}`);
};

/** "held back for acute use rather than offered to" → "offered to"; "reserved for trust services and cannot be made available" → "can be made available". */
const offerInstead: Strategy = (f) => {
  let m = search(/\b(?:reserved|kept|held|ring-?fenced|earmarked) for [^,.;]{1,40}? (?:and |, ?)?(?<neg>cannot|can['’]t|can not|will not|won['’]t|are not|is not|not) (?:be )?(?<v>made available|available|offered|lent|shared|released|used)\b/i, f);
  if (m) {
    const neg = m.groups!.neg.toLowerCase();
    const be = /^can/.test(neg) ? 'can be ' : /^(?:will|won)/.test(neg) ? 'will be ' : neg === 'are not' ? 'are ' : neg === 'is not' ? 'is ' : '';
    return at(m, 'Offer it to partners', `${be}${m.groups!.v}`);
  }
  // Passive: "held back for acute use rather than offered to" → "offered to".
  m = search(/\b(?:kept|held|reserved|retained|ring-?fenced|earmarked|set aside|locked|stay|stays|stayed|remain(?:s|ed)?)\b(?: back)?[^,.;]{0,60}? (?:rather than|instead of|and not|but not) (?<rest>(?:be |being )?(?!let\b)[\w-]+(?: (?:to|with|for))?)/i, f);
  if (m && m.index! <= f.start + 2) return at(m, 'Offer it to partners', m.groups!.rest.replace(/^being /, ''));
  return null;
};

/** Active: "keep the database to ourselves rather than share it" → "share the database". */
const shareInstead: Strategy = (f) => {
  const m = search(
    new RegExp(
      String.raw`\b(?<v>keep|keeps|kept|keeping|hold|holds|held|holding)(?: back)? (?<obj>(?:the|our|its|their|any|all|this|that) (?:(?!(?:for|to|in|within|inside|locked|back|empty|rather|instead|and|but|on|at|with|off)\b)[\w&’'-]+ ?){1,5})` +
        String.raw`[^,.;]*? (?:rather than|instead of|and not|but not) (?<rv>share|pass|open|lend|offer|give|pool|release|hand over)(?: (?:it|them|any))?\b`,
      'i',
    ),
    f,
  );
  if (m && !/\b(?:be|is|are|was|were|been|being)\s+$/i.test(f.sentence.slice(0, m.index!))) {
    const v = m.groups!.v.toLowerCase();
    const rv = m.groups!.rv.toLowerCase();
    const past: Record<string, string> = { share: 'shared', pass: 'passed', open: 'opened', lend: 'lent', offer: 'offered', give: 'gave', pool: 'pooled', release: 'released', 'hand over': 'handed over' };
    const ing: Record<string, string> = { share: 'sharing', pass: 'passing', open: 'opening', lend: 'lending', offer: 'offering', give: 'giving', pool: 'pooling', release: 'releasing', 'hand over': 'handing over' };
    const form = /s$/.test(v) ? rv.replace(/^(\w+)/, (w) => (w.endsWith('s') ? `${w}es` : `${w}s`)) : /^(?:kept|held)$/.test(v) ? past[rv] : /ing$/.test(v) ? ing[rv] : rv;
    return at(m, 'Offer it to partners', `${form} ${m.groups!.obj.trim()}`);
  }
  return null;
};

const WILL: Record<string, string> = { "won't": 'will', 'will not': 'will', 'would not': 'would', "wouldn't": 'would', 'refused to': 'agreed to', 'declined to': 'agreed to', 'refuses to': 'agrees to', 'declines to': 'agrees to', 'refusing to': 'agreeing to', 'declining to': 'agreeing to', 'not to': 'to', 'not going to': 'going to', 'refuse to': 'agree to', not: '' };

/** "won't share the hotspot data", "declined to send a pharmacist", "won't take referrals from the trust" → will. */
const willShare: Strategy = (f) => {
  const m = search(/\b(?<neg>won['’]t|will not|would not|wouldn['’]t|refused to|declined to|refuses to|declines to|refusing to|declining to|not going to|refuse to|not to|not|no longer) (?<v>share|sharing|lend|lending|send|sending|release|releasing|give|giving|loan|loaning|second|offer|offering|open up|provide|take|taking|accept|accepting)\b/i, f);
  if (!m) return null;
  const neg = m.groups!.neg.toLowerCase().replace(/’/g, "'");
  const v = m.groups!.v.toLowerCase();
  const modal = /\b(?:would|will|could|should|must|may|might|can)\s+$/i.test(f.sentence.slice(0, m.index!));
  if (neg === 'no longer') return at(m, 'Keep working with partners', `${modal ? '' : 'will '}keep ${v.endsWith('ing') ? v : v === 'take' ? 'taking' : v === 'accept' ? 'accepting' : `${v}ing`}`);
  const lead = WILL[neg];
  if (lead === undefined) return null;
  return at(m, 'Share it with partners', `${lead ? `${lead} ` : ''}${v}`);
};

/** "keep the virtual ward data in-house" → "share the virtual ward data with partners". */
const shareData: Strategy = (f) => {
  let m = search(/\b(?<v>keep|keeps|kept|keeping) (?<obj>(?:the |our |its |their |this |that |any |all )?[^,.;]{1,40}?) ['"‘’]?(?:in-house|in house|internal|to ourselves|to themselves|to itself|under wraps)['"’]?(?=[\s,.;]|$)/i, f);
  if (m) return at(m, 'Share it with partners', `${SHARE[m.groups!.v.toLowerCase()] ?? 'share'} ${m.groups!.obj} with partners`);
  m = search(/\b(?<v>stay|stays|remain|remains|are kept|is kept) ['"‘’]?(?:in-house|in house|internal)['"’]?/i, f);
  if (m) return at(m, 'Share it with partners', `${/^(?:stays|remains|is kept)$/i.test(m.groups!.v) ? 'is' : 'are'} shared with partners`);
  return null;
};

/** Decided inside one body and told after → decided with partners. */
const decideWith: Strategy = (f) => {
  let m = search(/\b(?:ourselves|themselves|itself|internally|among themselves|among ourselves|behind closed doors)\b/i, f);
  if (m && /\b(?:decide|decides|decided|deciding|sign(?:s|ed|ing)? off|settle[ds]?|agree[ds]?|set|sets|finalis(?:e|ed|ing)|approved?|determined?)\b/i.test(f.sentence.slice(f.start, f.end))) return at(m, 'Decide with partners', 'with partners');
  m = search(/\b(?<v>inform|tell|update|notify|brief) (?<who>(?:the )?(?:[\w&-]+ ){0,2}?(?:partners|[\w&-]+)) (?:once|after|when)\b/i, f);
  if (m) return at(m, 'Involve partners first', `involve ${m.groups!.who} before`);
  m = search(/\b(?:comment|respond|feed back|have their say|give views|ask questions) (?<t>afterwards|after the event|once it is done|once it is decided|after it is announced)\b/i, f);
  if (m) {
    const t = m.groups!.t;
    return { title: 'Involve partners first', start: m.index! + m[0].length - t.length, end: m.index! + m[0].length, replacement: 'beforehand' };
  }
  m = search(/\bdecide (?:on their behalf|on its behalf|for them)\b/i, f);
  if (m) return at(m, 'Decide with them', 'decide with them');
  m = search(/\bwithout (?:further |any )?(?:[\w&’'-]+ ){0,2}?input\b/i, f);
  if (m) return at(m, 'Decide with them', 'with their input');
  return null;
};

/** Costs and cases moved off one body's books → the right support from the right partner. */
const rightPartner: Strategy = (f) => {
  let m = search(new RegExp(String.raw`\b(?:so|so that|so as to|in order to|to) (?:[\w&’'-]+ ){0,5}?(?:come|comes|drop|drops|fall|falls|stay|stays|keep|kept|get|gets|taken|take|go|goes|are|is|be|moved|move) (?:them |it |this |these |people |patients |cases )?off ${OWNER} (?:[\w&-]+ ){0,3}?[\w&-]+`, 'i'), f);
  m ??= search(new RegExp(String.raw`\b(?:so|so that|so as to) (?:fewer|less|none|no|nothing|they|the cost|the costs|the spend) (?:[\w&’'-]+ ){0,3}?(?:land|lands|end up|ends up|fall|falls|sit|sits|lie|lies|stay|stays|show|shows|appear|appears) (?:on|in|onto|against) ${OWNER} (?:[\w&-]+ ){0,3}?[\w&-]+`, 'i'), f);
  if (m) return at(m, 'Aim at the right support', 'so people get the right support from the right partner');
  m = search(/\bso (?:that )?it no longer sits on (?:our|its|their|the [\w&-]+['’]s?) (?:books|budget|ledger)\b/i, f);
  if (m) return at(m, 'Share the cost', 'so partners can see and share the cost');
  m = search(/\b(?:should|must|ought to|can|could) be (?:paid for|funded|picked up|covered|met|footed) by (?:the )?(?:[\w&’'-]+ ){0,3}?[\w&-]+(?: (?:that|who) [^,.;]+)?/i, f);
  if (m) return at(m, 'Share the cost', 'should be funded by partners together');
  m = search(/\blet (?:the )?(?:[\w&’'-]+ ){0,2}?[\w&-]+ (?:find the money|find the cash|put (?:their|its) money in|foot the bill|pick up the bill|pick up the tab|pick up the costs?|pay for (?:it|that)|blink first|go first|carry the cost)\b/i, f);
  if (m) return at(m, 'Share the cost', 'let partners agree together how the cost is met');
  m = search(/\b(?:attributed|filed|minuted|logged|recorded|coded) (?:to|against|as|under) (?:the )?(?:[\w&’'-]+ ){0,3}?[\w&-]+,? (?:rather than|instead of|and not|not) (?:to )?(?:the |our )?(?:[\w&’'-]+ ){0,2}?[\w&-]+/i, f);
  if (m) return at(m, 'Share the cost', 'shared fairly between partners');
  m = search(/\b(?<mod>can|could|should|must|will have to|['’]ll have to|needs to|need to) (?<v>find|foot|fund|pay|pay for|pick up|cover|meet|carry) (?<obj>[^,.;]+?),? (?:not|rather than|instead of) (?:us|we|ours)\b/i, f);
  if (m) return at(m, 'Share the cost', `${m.groups!.mod.replace(/^['’]ll have to$/, 'will have to')} agree with us how to ${m.groups!.v} ${m.groups!.obj} together`);
  return null;
};

/** "out of scope for the PCN", "nothing to do with the ICS", "isn't our core business", "not our sprint to fix". */
const workOnWith: Strategy = (f) => {
  let m = search(/\b(?:out of scope|outside the scope|not in scope|outside the remit|beyond the remit|not within the remit|not the remit) (?:for|of) (?<who>(?:the |our )?(?:[\w&’'-]+ ){0,2}?[\w&-]+)/i, f);
  if (m) return at(m, 'Work on it together', `one to work on with ${m.groups!.who}`);
  m = search(/\b(?<v>is|are|was|were|['’]s|['’]re|and) (?:really |simply |frankly |entirely )?nothing to do with\b/i, f);
  if (m) return at(m, 'Work on it together', `${m.groups!.v} something to work on with`);
  m = search(/\b(?:isn['’]t|is not|aren['’]t|are not|not) (?:really )?(?:our|its|their) core (?:business|work|job|service)\b/i, f);
  if (m) return at(m, 'Work on it together', /^(?:are|aren)/i.test(m[0]) ? 'are work we can share with partners' : /^not/i.test(m[0]) ? 'work we can share with partners' : 'is work we can share with partners');
  m = search(/\bnot (?:our|my) (?:own )?(?:[\w&-]+ ){0,2}?[\w&-]+ to (?<v>pick up|sort out|sort|fix|mop up|clear up|clean up|solve|deal with|fund|cover|carry)\b/i, f);
  if (m) return at(m, 'Work on it together', `one to ${m.groups!.v} together`);
  return null;
};

/** Own people first, leftovers for others → a fair share for the people served. */
const fairShare: Strategy = (f) => {
  let m = search(/\b(?:our|its|their) (?:own )?(?:[\w&-]+ ){0,2}?[\w&-]+ (?:get|gets|have|has|will get|will have|keep|keeps|retain|retains) (?:first refusal|first call|first dibs|first pick|first choice)\b/i, f);
  if (m) return at(m, 'Share places fairly', 'everyone gets an equal chance');
  m = search(/\b(?<v>retains|retain|retained|keeps|keep|kept) (?:first call|first refusal|first dibs|first pick)\b/i, f);
  if (m) return at(m, 'Share places fairly', `${{ retains: 'shares', retain: 'share', retained: 'shared', keeps: 'shares', keep: 'share', kept: 'shared' }[m.groups!.v.toLowerCase()]} the slot fairly with partners`);
  m = search(/\b(?<mod>can|could|will|may|get|gets|would get) (?:have )?(?:whatever|what) (?:[\w&’'-]+ ){0,3}?(?:left|left over|remains|spare)\b/i, f);
  if (m) return at(m, 'Share places fairly', `${/^get/i.test(m.groups!.mod) ? m.groups!.mod : `${m.groups!.mod} have`} an equal share`);
  m = search(/\btheir (?<who>[\w&-]+) (?<mod>can|could|will|['’]ll|must|will have to|would have to) (?:wait|go last|go elsewhere|look elsewhere|queue)\b/i, f);
  if (m) return at(m, 'Share places fairly', `their ${m.groups!.who} ${/^(?:could|would)/i.test(m.groups!.mod) ? 'would' : 'will'} be seen alongside ours`);
  m = search(/\b(?:our|its|their) own (?:[\w&-]+ ){0,2}?[\w&-]+ (?<v>served|seen|treated|booked|offered|dealt with|looked after|vaccinated) (?:first|before)\b/i, f);
  if (m) return at(m, 'Share places fairly', `patients from every practice ${m.groups!.v} fairly`);
  m = search(/\b(?:strictly|only|solely|exclusively|purely) for (?:our|its|their|the [\w&-]+['’]s?) (?:own )?(?:[\w&-]+ ){0,2}?[\w&-]+/i, f);
  if (m) return at(m, 'Name the people served', 'for the people we all serve');
  m = search(/\b(?:our|its|their|council-funded|trust-funded|hospice) (?<who>[\w&-]+(?: [\w&-]+)?) only\b/i, f);
  if (m) return at(m, 'Name the people served', `${m.groups!.who} and anyone else who needs it`);
  m = search(/\b(?:regardless of|whatever|irrespective of|notwithstanding) (?<rest>the |it does to|it does)/i, f);
  if (m) {
    const rest = m.groups!.rest.toLowerCase();
    return at(m, 'Weigh the effect on partners', rest.startsWith('it') ? `taking account of what ${m.groups!.rest}` : 'taking account of the ');
  }
  m = search(/\b(?:count|counts|counted|counting) (?:towards|toward|against|for|as) (?:our|its|their|the (?:[\w&’'-]+ ){0,2}?[\w&-]+['’]s?) own (?:[\w&-]+ ){0,2}?[\w&-]+/i, f);
  if (m) {
    // Take the whole owned noun phrase ("the trust's own contract targets"), not just its first word.
    const tail = /^(?:[\w&-]+ ){0,2}(?:targets|figures|numbers|points|metrics|kpis|okrs|activity|return|position|rating|contract|achievement)\b/i.exec(f.sentence.slice(m.index! + m[0].length - m[0].split(' ').pop()!.length));
    const end = tail ? m.index! + m[0].length - m[0].split(' ').pop()!.length + tail[0].length : m.index! + m[0].length;
    return { title: 'Aim at shared outcomes', start: m.index!, end, replacement: `${m[0].split(' ')[0]} towards the outcomes partners agreed` };
  }
  m = search(/\b(?:to|at|on|into) the (?:back of the queue|bottom of the pile|bottom of the list|back of the list|end of the queue|bottom of the queue)\b/i, f);
  if (m) return at(m, 'Queue by need', 'into the shared queue in order of need');
  return null;
};

/** Strategies for wording only these frames flag: tried before the general org-centric strategies. */
const FIRST: Strategy[] = [informalBurden, logoFirst, creditShared, voiceHeard, offerInstead, shareData, decideWith, rightPartner, workOnWith, fairShare, willShare];
/** Strategies whose wording the general org-centric strategies also rewrite: tried after them. */
const AFTER: Strategy[] = [shareInstead, welcomeTo, rankAsReason];

/** Rewrites for a finding of the org-centric frames, best first (at most two). */
export function orgFrameRewrites(f: Finding, after = false): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of after ? AFTER : FIRST) {
    const r = s(f);
    if (r) out.push(r);
    if (out.length >= 2) break;
  }
  return out;
}
