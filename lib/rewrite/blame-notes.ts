// Verdicts in terse notes and noun phrases: "Physio team clueless re the new pathway" → "Physio team may need more
// support with the new pathway"; "the contractors' sloppy merges" → "problems with the contractors' merges"; a sneer
// adverb ("conveniently skipped") dropped.
import { plainNp } from './blame-words.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

const near = (f: Finding, a: number, b: number) => a < f.end + 10 && f.start < b + 10;

/** Verdicts on people as notes write them: an adjective, or a participle of neglect. */
const NOTE_VERDICT =
  String.raw`(?:lazy|careless|sloppy|slapdash|incompetent|inept|hopeless|useless|clueless|reckless|negligent|unprofessional|unreliable|amateurish|shambolic|complacent|arrogant|unhelpful|obstructive|disorganised|chaotic|lax|slacking|pathetic|rubbish|a joke|a disaster|a shambles|asleep)`;

/**
 * "Planning officer incompetent, per Cllr Dee." / "Sticky: ICB comms team = useless." / "GP federation - useless on the
 * rota" → "… may need more support …": a clause of a name and a verdict, with no verb, read as a note about support.
 */
export const noteVerdict: Strategy = (f) => {
  const s = f.sentence;
  const re = new RegExp(
    String.raw`(?:^|(?<=[:;]\s*)|(?<=[–—]\s*))(?<np>[\p{L}\d&'’ -]{2,50}?)\s*(?:=|-|–|—|:)?\s*(?:(?:totally|completely|utterly|just|so|frankly|really),? )*(?<adj>${NOTE_VERDICT})(?:(?:,| and) (?:(?:totally|completely|utterly|frankly),? )*${NOTE_VERDICT})*(?<re> (?:re|on|with|about|over) [^,;.|!?—–]+?)?(?:,? (?:and )?(?:can['’]t|cannot|can not) be (?:counted|relied) (?:on|upon))?(?=\s*(?:[,;.|!?—–]|\s-\s|$))`,
    'giu',
  );
  for (const m of s.matchAll(re)) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    const np = m.groups!.np.replace(/^[\s>*•-]+/, '').trim();
    const at = m.index! + m[0].indexOf(np);
    if (!plainNp(np) || /^(?:he|she|they|it|we|i|you)$/i.test(np) || np.split(' ').length > 6) continue;
    // A verb before the verdict is a sentence, not a note ("the team was lazy"): the predicate builders word those.
    if (/\b(?:is|are|was|were|been|be|seems?|looks?|felt|feels?)$/i.test(np)) continue;
    const about = m.groups!.re ? m.groups!.re.replace(/^ re /i, ' with ') : '';
    return { title: 'Say what support would help, not a verdict', start: at, end: m.index! + m[0].length, replacement: `${np} may need more support${about}` };
  }
  return null;
};

const ATTR = String.raw`(?:[Ll]azy|careless|sloppy|slapdash|shoddy|incompetent|inept|hopeless|useless|clueless|reckless|negligent|unprofessional|amateurish|shambolic|lacklustre|half-hearted|poor|botched|bungled)`;

/**
 * "was put down to the contractors' sloppy merges" → "was put down to problems with the contractors' merges";
 * "The outreach workers' lacklustre effort was noted" → "Concerns about the outreach workers' effort were noted".
 */
export const attributiveVerdict: Strategy = (f) => {
  const s = f.sentence;
  // The owner opens with a determiner or is a name ("the contractors'", "Westbrook Practice's", "someone's"): never a
  // run of words from before it ("put down to the contractors'").
  const re = new RegExp(String.raw`(?<owner>\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]his|[Tt]hat) (?:[\p{L}\d&-]+ ){0,3}?[\p{L}\d&-]+(?:['’]s|s['’])|\b(?:\p{Lu}[\p{L}\d&-]* ){0,3}\p{Lu}[\p{L}\d&-]*(?:['’]s|s['’])|\b[Ss]ome(?:one|body)['’]s) (?<adj>${ATTR}) (?<noun>[a-z-]+(?: [a-z-]+)?)(?=[\s,;.!?]|$)`, 'gu');
  for (const m of s.matchAll(re)) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    let noun = m.groups!.noun;
    // The head noun ends the phrase: "merges again" keeps "again" outside.
    if (/ (?:again|was|were|is|are|had|has|and|but|or|the|from|to|in|on|of|at|for|with)$/i.test(noun)) noun = noun.replace(/ \S+$/, '');
    // A time ("lacklustre month") is not the work: "problems with the handlers' month" says nothing.
    if (/^(?:and|or|but|the|a|an|to|of|in|on)$/i.test(noun) || /^(?:day|week|month|year|quarter|term|shift|sprint|season|spell|run|start|showing)s?$/i.test(noun.split(' ')[0])) continue;
    const owner = m.groups!.owner;
    const start = m.index!;
    const end = start + owner.length + 1 + m.groups!.adj.length + 1 + noun.length;
    const before = s.slice(0, start);
    const after = s.slice(end);
    const lower = (t: string) => (/^(?:The|A|An|Our|Their|Its|One|This|That)\b/.test(t) ? t[0].toLowerCase() + t.slice(1) : t);
    if (/\b(?:to|from|of|about|after|over|with|by|on|in|behind|despite|for)\s+$/i.test(before)) {
      return { title: 'Describe what went wrong, not the people', start, end, replacement: `problems with ${lower(owner)} ${noun}` };
    }
    const passive = /^ (?<be>was|were) (?<pp>noted|raised|discussed|recorded|criticised|minuted|flagged|questioned)\b/i.exec(after);
    if (passive && /^(?:[\s>*•-]*|.*[:;]\s*)$/.test(before)) {
      const cap = /^[\s>*•-]*$/.test(before) ? 'Concerns' : 'concerns';
      return { title: 'Record the concern, not a verdict on people', start, end: end + passive[0].length, replacement: `${cap} about ${lower(owner)} ${noun} were ${passive.groups!.pp}` };
    }
  }
  return null;
};

/** "Security review was conveniently skipped" → "Security review was skipped"; "why on earth" → "why" (never "who on earth" → "who": still a culprit hunt). */
export const sneerAdverb: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?:,\s*)?\b(?:conveniently|predictably|unsurprisingly|of course|surprise,? surprise|funnily enough|as if by magic)\b(?:,(?=\s))?\s?|(?<=\bwhy) on earth\b/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const start = m.index;
  let end = m.index + m[0].length;
  // ", predictably, did not read" → " did not read"; "conveniently skipped" → "skipped".
  let text = /^,/.test(m[0]) && /,\s?$/.test(m[0]) ? ' ' : '';
  if (start === 0) {
    const next = /^\s*(\p{L})/u.exec(s.slice(end));
    if (!next) return null;
    end += next[0].length;
    text = next[1].toUpperCase();
  }
  return { title: 'Drop the sneer', start, end, replacement: text };
};

/** "… from the digital team — surprise, surprise." → "… from the digital team.": a sarcastic tag at the end goes. */
export const sneerTag: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?:\s*[—–-]\s*|,\s*|\s*\.\.\.\s*)(?:surprise,? surprise|what a surprise|who knew|who'd have thought|shock horror|as per|as per usual|as usual|as ever|as always|naturally|of course|typical|classic|thanks)(?=[.!]*\s*$)/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  return { title: 'Drop the sarcastic tag', start: m.index, end: m.index + m[0].length, replacement: '' };
};

/** "…; unacceptable from them." / "…, careless as ever." → the verdict tag goes; a curious follow-up takes its place. */
export const verdictTag: Strategy = (f) => {
  const s = f.sentence;
  const m = /(?:;\s*|,\s*|\s[—–-]\s*)(?:(?:frankly|simply|just|totally|utterly) )?(?:unacceptable|disgraceful|shocking|appalling|not good enough|pathetic|typical|careless|lazy|useless|hopeless|sloppy|incompetent)(?: (?:from|of|by) (?:them|him|her|the \w+))?(?: (?:as ever|as usual|as always|again))?(?=[.!]*\s*$)/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const repeat = /as ever|as usual|as always|again/i.test(m[0]);
  return { title: 'Drop the verdict and ask what got in the way', start: m.index, end: m.index + m[0].length, replacement: `; the partners will look together at what ${repeat ? 'keeps getting' : 'got'} in the way` };
};

/** "- crisis line handover botched by CMHT night staff, yet again" → "- crisis line handover went wrong; …": a terse note without the agent. */
export const noteBy: Strategy = (f) => {
  const s = f.sentence;
  const m = /^(?<lead>[\s>*•-]*(?:[\p{L} ]{1,30}:\s*)?)(?<np>[\p{L}\d&'’ -]{2,50}?) (?<pp>botched|bungled|fumbled|dragged out|held up|delayed|sat on|lost|missed|ignored|dropped) by (?<by>[^,;.|!?—–]+?)(?<again>,? (?:yet again|again|once again|as usual|as ever|as per))?(?=\s*[.!]?\s*$)/iu.exec(s);
  if (!m || !near(f, m.index, m.index + m[0].length)) return null;
  const np = m.groups!.np.trim();
  if (!plainNp(np)) return null;
  const pp = m.groups!.pp.toLowerCase();
  const event = /^(?:botched|bungled|fumbled)$/.test(pp) ? 'went wrong' : pp === 'dragged out' ? 'took longer than planned' : pp === 'sat on' ? 'was held up' : `was ${pp}`;
  const ask = m.groups!.again ? 'what keeps getting in the way' : 'what got in the way';
  const start = m.groups!.lead.length;
  return { title: 'Say what happened, without who', start, end: m.index + m[0].length, replacement: `${np} ${event}; the partners will look together at ${ask}` };
};

export const NOTE_STRATEGIES: Strategy[] = [noteVerdict, attributiveVerdict, sneerAdverb, sneerTag, verdictTag, noteBy];
