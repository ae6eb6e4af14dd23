// Hindsight rewrites: the counterfactual about a person becomes one about the event ("if the phone had been picked
// up"), and the sentence ends on a curious question (what would have helped) instead of a verdict.
import { calm, clauseStop, FOLLOW, objectAt, plainNp, pluralNp, subjectOf } from './blame-words.ts';
import { participle } from './grammar.ts';
import type { Finding, Rewrite } from './types.ts';

type Strategy = (f: Finding) => Rewrite | null;

const near = (f: Finding, a: number, b: number) => a < f.end + 20 && f.start < b + 20;

/** The sentence's last clause end, and whether a follow-up may go there (one statement, no table, none already). */
function sentenceTail(s: string, from: number): number | null {
  if (/\||what would (?:have )?help|what got in the way|\?\s*$/i.test(s)) return null;
  const stop = clauseStop(s, from);
  if (!stop.last) return null;
  // Only a final stop or the end may follow: a second clause after a semicolon is left as it is.
  if (/;/.test(s.slice(stop.end))) return null;
  return stop.end;
}

/** Possessive pronouns that pointed at the agent read as "the" once the agent is gone ("their bleep" → "the bleep"). */
const unown = (np: string) => np.replace(/^(?:their|his|her|its)\b/i, 'the');

const TAIL = String.raw`(?:(?:actually|only|just|even|properly|ever) )?(?:(?<bother>bothered to|taken the time to|troubled to) (?<base>[a-z]+)|(?<verb>[a-z]+ed|done|read|seen|caught|taken|written|sent|kept|told|spoken|heard|found|given))(?<particle> (?:up|on|off|out|back|through))? `;
const COUNTER_IF = new RegExp(String.raw`\b(?<lead>[Ii]f) (?<subj>[^,;:]{2,60}?) had ${TAIL}`, 'gu');
const COUNTER_HAD = new RegExp(String.raw`(?:^|(?<=[,;:]\s|\bthat\s))(?<lead>[Hh]ad) (?<subj>[^,;:]{2,60}?) ${TAIL}`, 'gu');

/** "If the hospice had bothered to pick up the phone, none of this would have happened" → "If the phone had been picked up, …; the partners will ask what would have helped". */
export const counterfactualCurious: Strategy = (f) => {
  const s = f.sentence;
  for (const m of [...s.matchAll(COUNTER_IF), ...s.matchAll(COUNTER_HAD)]) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    const g = m.groups!;
    const isIf = /^if$/i.test(g.lead);
    if (!plainNp(g.subj) || /^(?:we|i|you)$/i.test(g.subj)) continue;
    const verb = (g.verb ?? g.base).toLowerCase();
    if (/^(?:been|had|got|not|never|to|a|an|the|it|bothered)$/.test(verb)) continue;
    const objAt = m.index! + m[0].length;
    let replacement: string;
    let end: number;
    const job = /^(?:their|his|her|its|the) (?:jobs?|homework)(?: (?:properly|right|(?:she|he|they) (?:is|are|was|were) paid for))?(?=,)/i.exec(s.slice(objAt));
    if (verb === 'done' && job) {
      // "if the ward clerk had done the job she is paid for" → "if things had gone as planned".
      end = objAt + job[0].length;
      replacement = isIf ? `${g.lead} things had gone as planned` : `${g.lead} things gone as planned`;
    } else {
      const obj = objectAt(s, objAt);
      if (!obj) continue;
      const objText = unown(s.slice(obj.start, obj.end));
      if (/^(?:us|them|it|me|you|him|her|what|that|this)\b/i.test(objText)) continue;
      // "like she was told to": the aside about the person goes with them.
      end = obj.end;
      const aside = /^,? (?:like|as) (?:she|he|they|we|I) (?:was|were|had been) (?:told|asked) to\b/i.exec(s.slice(end));
      if (aside) end += aside[0].length;
      const pp = (g.bother ? participle(verb) : verb) + (g.particle ?? '');
      replacement = isIf ? `${g.lead} ${objText} had been ${pp}` : `${g.lead} ${objText} been ${pp}`;
    }
    const tail = sentenceTail(s, end);
    if (tail === null) continue;
    const between = calm(s.slice(end, tail)).text;
    return { title: 'Say what would have helped, without a culprit', start: m.index!, end: tail, replacement: `${replacement}${between}; ${FOLLOW.hindsight}` };
  }
  return null;
};

/** "OOH GP should've spotted the sepsis" → "The sepsis was not spotted; the partners will ask what would have helped". */
export const shouldHaveCurious: Strategy = (f) => {
  const s = f.sentence;
  const re = /\b(?:should|ought to|could)(?: really| surely| obviously| clearly)? (?:have|['’]ve)(?<=\w)(?: (?:really|surely|obviously|clearly))? (?<pp>known|spotted|caught|seen|noticed|checked|double-checked|picked up|flagged|realised|realized|identified|raised|escalated|chased|acted on|followed up|read|done|tested|reviewed|reported|referred)\s|\b(?:should|ought to|could)['’]ve (?<pp2>known|spotted|caught|seen|noticed|checked|double-checked|picked up|flagged|realised|realized|identified|raised|escalated|chased|acted on|followed up|read|done|tested|reviewed|reported|referred)\s/giu;
  for (const m of s.matchAll(re)) {
    if (!near(f, m.index!, m.index! + m[0].length)) continue;
    const subj = subjectOf(s, m.index!);
    if (!subj) continue;
    const obj = objectAt(s, m.index! + m[0].length);
    if (!obj) continue;
    const objText = unown(s.slice(obj.start, obj.end));
    if (/^(?:this|that|these|those|better|it|them|the|a|an)\b/i.test(objText) && !/^(?:the|a|an) \S/i.test(objText)) continue;
    // "should have known the wound was getting worse": the object opens a clause.
    if (/^\s+(?:was|were|is|are|had|has|would|could|coming)\b/i.test(s.slice(obj.end))) continue;
    const stop = clauseStop(s, obj.end);
    if (/^,?\s+(?:and|but)\s+[a-z]/.test(s.slice(stop.end)) && !/^,?\s+(?:and|but)\s+(?:the|a|an|this|that|their|its|our|we|they|it|there)\b/.test(s.slice(stop.end))) continue;
    const rest = calm(s.slice(obj.end, stop.end)).text;
    // "weeks before it did": a pronoun for the agent who is gone from the account.
    if (/\b(?:it|they|he|she) (?:did|had|was|were|could|would)\b/i.test(rest)) continue;
    const pp = m.groups!.pp ?? m.groups!.pp2;
    const follow = stop.last && !/what would (?:have )?help/i.test(s) && !/\|/.test(s) ? `; ${FOLLOW.hindsight}` : '';
    if (!follow) continue;
    return { title: 'Say what happened and ask what would have helped', start: subj.start, end: stop.end, replacement: `${objText} ${pluralNp(objText) ? 'were' : 'was'} not ${pp}${rest}${follow}` };
  }
  return null;
};

export const HINDSIGHT_STRATEGIES: Strategy[] = [counterfactualCurious, shouldHaveCurious];
