// A target or commitment stated as a count of activity: the detection no-activity-count-target and its neighbours share.
import type { RuleHit } from '../define.ts';
import {
  ACTIVITY,
  COUNT,
  DEMAND,
  NEED,
  DIRECTIVE,
  GENERIC_UNIT,
  MODIFIER,
  NUM,
  PARTICIPLE,
  PERIOD,
  PURPOSE,
  TARGET_FRAME,
  FORECAST,
  REPORTING,
  THROUGHPUT_VERB,
  WEAK_VERB,
  clauseEnd,
  clauseStart,
  firstMatch,
  globalOf,
  outcomeStated,
} from './output-only-words.ts';

/** What is counted: a known unit of activity, or any plural noun followed by a throughput participle. */
const COUNTED = String.raw`(?:(?:${MODIFIER}){0,4}?${ACTIVITY}\b(?:\s+${ACTIVITY}\b)?(?:\s+${PARTICIPLE}\b)?|(?:${MODIFIER}){0,3}?[\w-]+s\s+${PARTICIPLE}\b)`;

/** A deadline: "by June", "before the end of March", "ahead of Easter". */
const DEADLINE = (
  String.raw`(?:by|before|ahead of|in time for)\s+(?:the\s+)?(?:end\b|year[- ]end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|` +
  String.raw`nov|dec)[a-z]*\b|christmas|easter|half[- ]term|summer|autumn|winter|spring|q[1-4]\b|next\b|friday|monday|\d|polling day|` +
  String.raw`(?:[\w-]+\s+)?(?:deadline|election|inspection|audit)\b)`
);

/** "to deliver 2,400 NHS Health Checks", "ACTION: close 40 tickets", "must deliver 3,500 next month". */
const DIRECTED = new RegExp(
  (
    String.raw`${DIRECTIVE}\s*(?:(?:also|then|now|still|consistently|collectively|jointly|each|together)\s+)?\b(?<verb>${THROUGHPUT_VERB})\s+(?:(?:its|` +
    String.raw`their|our|the|a total of|a further)\s+)?(?<hit>${COUNT}\s+${COUNTED})`
  ),
  'iu',
);

/** Any unit produced to a rate or deadline: "hand out 250 parcels a week" (not "hit" or "reach", which forecast, nor verbs of checking or contacting, whose object can be anything). */
const DIRECTED_GENERIC = new RegExp(
  (
    String.raw`${DIRECTIVE}\s*\b(?<verb>(?!(?:hit|reach|achieve|close|open|observe|mark|inspect|audit|review|visit|phone|ring|` +
    String.raw`call|contact|test|screen|sign up|enrol|enroll)\b)${THROUGHPUT_VERB})\s+(?:(?:its|their|our|the|a total of|a further)\s+)?(?<hit>${COUNT}\s+${GENERIC_UNIT})`
  ),
  'iu',
);

/** Throughput counted in people: "treat 3,000 more outpatients", "see 40 extra patients a day". */
const PEOPLE_THROUGHPUT = new RegExp(
  (
    String.raw`${DIRECTIVE}\s*(?:(?:each|all|also|then)\s+)?\b(?:treat|see|assess|triage|vaccinate|immunise|screen|discharge|` +
    String.raw`admit|process)\s+(?<hit>${COUNT}\s+(?:(?:more|extra|additional|new)\s+)?(?:out-?patients|in-?patients|patients|` +
    String.raw`people|clients|cases|service users|children|adults|residents|families|households|pupils|students|tenants|customers|` +
    String.raw`callers|carers)\b(?:\s+${PERIOD})?)`
  ),
  'iu',
);

/**
 * A quota per person: "each volunteer is expected to ring 20 people a week", "every tutor must mark 60 essays a week".
 * The verb can be any verb of work; time given or spent, meetings attended and money are not quotas of output.
 */
const EACH_QUOTA = new RegExp(
  (
    String.raw`\b(?:each|every)\s+(?:[\w'’&-]+\s+){1,4}?(?:(?:is|are|will be|would be|'s|’s)\s+(?:each\s+)?(?:expected|required|` +
    String.raw`asked|supposed|meant|contracted|obliged)\s+to|must|should|shall|will|has to|have to|needs? to|is to|to)\s+(?:each\s+)?(?!(?:attend|` +
    String.raw`spend|give|donate|contribute|pay|earn|save|work|take part|join|sit|serve|have|get|be|receive|allow|use|claim|read|` +
    String.raw`eat|drink|walk|recruit|hire|appoint|employ|nominate|identify|find|select|keep)\b)[a-z]+(?:\s+(?:out|in|on|through|` +
    String.raw`up|off|to))?\s+(?<hit>${COUNT}\s+(?:${MODIFIER}){0,3}?(?!(?:years|months|weeks|days|hours|minutes|seconds|breaks|` +
    String.raw`holidays|pounds|points|times|meetings)\b)(?:[a-z-]{3,}s|people|children))\s+(?:each\s+)?${PERIOD}`
  ),
  'iu',
);

/** The progressive of a plan: "we need to be doing 60 more endoscopies a week by spring". */
const BE_DOING = new RegExp(
  (
    String.raw`\b(?:to|will|must|should|shall)\s+be\s+(?:doing|seeing|delivering|completing|carrying out|processing|clearing|` +
    String.raw`running|making|handling|booking|answering|closing|getting through)\s+(?<hit>${COUNT}\s+${COUNTED})\s+(?:${PERIOD}|` +
    String.raw`${DEADLINE})`
  ),
  'iu',
);

/** The same with the unit left implicit ("must deliver 3,500 next month"), when the sentence names the activity. */
const DIRECTED_ELLIPTIC = new RegExp(
  (
    String.raw`${DIRECTIVE}\s*\b(?:deliver|complete|process|clear|close|hit|achieve|reach|do)\s+(?:(?:at least|an extra|a further|` +
    String.raw`another)\s+)?(?<hit>(?<![£$€\w.,/-])${NUM}(?:\s?%)?(?:\s+(?:more|extra|additional))?)\s+(?:next|this|per|a|an|` +
    String.raw`each|every|by|before|over|in|from|until)\b`
  ),
  'iu',
);

/** A count of activity after a target word: "target: 1,800 scans a month", "committed to 12,000 appointments". */
const FRAMED = new RegExp(String.raw`(?<hit>${COUNT}\s+(?:${COUNTED}|${GENERIC_UNIT}))`, 'iu');

/** A bare rate after a target word when the activity is named elsewhere: "against a target of 800 a month". */
const FRAMED_RATE = new RegExp(String.raw`\b(?:target|goal|aim|ambition|trajectory)s?\s+(?:\w+\s+){0,3}?(?:of|to|is|at|for)\s+(?<hit>${COUNT}\s+${PERIOD})`, 'iu');

/** The activity names the target: "health checks target raised to 3,200", "contact target of 900 a month". */
const NAMED_TARGET = new RegExp(String.raw`\b${ACTIVITY}\s+(?:targets?|goals?|trajectory|ambition)\s+(?:[\w-]+\s+){0,3}?(?:of|to|is|at|=|:)\s*(?<hit>${COUNT}(?:\s+${PERIOD})?)`, 'iu');

/** The count first, the target word after it: "400 visits a week is the goal". */
const TRAILING = new RegExp((
  String.raw`(?<hit>${COUNT}\s+${COUNTED})(?:\s+${PERIOD})?\s+(?:is|are|remains?|as|will be)\s+(?:the|our|its|their|a|an)\s+(?:\w+\s+)?(?:target|` +
  String.raw`goal|aim|kpi|ambition|commitment|objective)\b`
), 'iu');

const FRAME_RE = new RegExp(TARGET_FRAME, 'giu');
const FRAME_TEST = new RegExp(TARGET_FRAME, 'iu');
const ACTIVITY_RE = new RegExp(String.raw`\b${ACTIVITY}\b`, 'iu');
const WEAK_RE = new RegExp(String.raw`^${WEAK_VERB}$`, 'iu');
/** Action-log wording before the verb: "ACTION: …", "Plan: hold …", "Volunteers to make …", a bare imperative. */
const ACTION_LIKE = new RegExp(
  String.raw`^\s*(?:[-*•]\s*)?(?:[^:;,.]{1,40}:\s*)?$|^\s*(?:[-*•]\s*)?(?!(?:agreed|we|it|they|he|she|i|you|there)\b)(?:[\w'’&/-]+\s+){1,5}?(?<!\b(?:need|` +
  String.raw`needs|have|has|want|wants|going|like|hope|hopes|ought|used|able)\s)to\s+$`,
  '',
);
/** A rate, or a deadline, straight after the count: "a week", "by June". */
const RATE_AFTER = new RegExp(String.raw`^\s*(?:(?:more|extra|additional|further)\s+)?${PERIOD}`, 'iu');
const DEADLINE_AFTER = new RegExp(String.raw`^\s*(?:(?:more|extra|additional|further)\s+)?${DEADLINE}`, 'iu');

/** A demand for work to be got done: "wants 80 more audits completed by July", "got to get 300 operations done by Christmas". */
const WANT_DONE = new RegExp(
  (
    String.raw`(?<!managed to |managed |did )\b(?:wants?|wanted|needs?|needed|demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)|insist(?:s|` +
    String.raw`ed|ing)? on|(?:ask|push|press|call)(?:ed|ing)? for|expects?|get|getting|have)\s+(?<hit>${COUNT}\s+(?:${MODIFIER}){0,3}?[\w-]{3,}s\s+(?:to be\s+)?(?:${PARTICIPLE}|` +
    String.raw`finished|through|out of the door))\s+(?:${PERIOD}|(?:by|before|ahead of|in time for|within)\b)`
  ),
  'iu',
);

/** A verb + count match; ordinary-work verbs count only with a target word, an ACTION marker or a rate. */
function directed(re: RegExp, sentence: string, lower: string): RuleHit | null {
  const g = globalOf(re);
  g.lastIndex = 0;
  const framed = FRAME_TEST.test(lower);
  const pressed = DEMAND.test(lower);
  const needed = NEED.test(lower);
  for (const m of sentence.matchAll(g)) {
    const span = m.indices?.groups?.hit;
    if (!span) continue;
    const verb = m.groups?.verb ?? '';
    const ordinary = WEAK_RE.test(verb);
    const generic = re === DIRECTED_GENERIC;
    if ((ordinary || generic) && !framed) {
      const at = m.indices?.groups?.verb?.[0] ?? 0;
      const actionLike = /\baction\b/.test(lower.slice(Math.max(0, at - 200), at)) || (at <= 80 && ACTION_LIKE.test(lower.slice(0, at)));
      const hit = sentence.slice(span[0], span[1]);
      const size = Number((/\d[\d,]*/.exec(hit)?.[0] ?? '0').replace(/,/g, ''));
      const after = sentence.slice(span[1], span[1] + 80);
      // A rate makes any unit a quota; a deadline or a demand does so only for a named unit of activity.
      const more = /\b(?:more|extra|additional|further|another)\b/.test(hit);
      const demanded = pressed || (needed && (more || DEADLINE_AFTER.test(after)));
      const rated =
        (size >= 10 && (RATE_AFTER.test(after) || (ACTIVITY_RE.test(hit) && (demanded || DEADLINE_AFTER.test(after))))) ||
        (size >= 2 && more && demanded && ACTIVITY_RE.test(hit) && (RATE_AFTER.test(after) || DEADLINE_AFTER.test(after) || /^\s+(?:[\w-]+\s+){1,3}?(?:by|before|a|per|each)\s/.test(after)));
      if (!actionLike && !rated && (ordinary || size < 10)) continue;
    }
    return { start: span[0], end: span[1] };
  }
  return null;
}

/** A per-person quota; a small count of some other unit ("send 2 governors a term") is a rota, not a quota. */
function eachQuota(sentence: string): RuleHit | null {
  const hit = firstMatch(EACH_QUOTA, sentence, 'hit');
  if (!hit) return null;
  const words = sentence.slice(hit.start, hit.end);
  const size = Number((/\d[\d,]*/.exec(words)?.[0] ?? '0').replace(/,/g, ''));
  return size >= 5 || ACTIVITY_RE.test(words) ? hit : null;
}

/** Cheap gates: every construction needs a number; the verb-led ones need a verb shortly before it. */
const ANY_NUMBER = new RegExp(String.raw`\d|\b${NUM}\b`, 'u');
const VERB_THEN_NUMBER = new RegExp(String.raw`\b(?:${THROUGHPUT_VERB}|treat|assess|triage|vaccinate|immunise|screen|discharge|admit)\s+(?:[\w'’-]+\s+){0,3}?(?:\d|${NUM}\b)`, 'u');
/** "95% of calls answered" belongs to no-throughput-rate-target; "110% of 2019 activity" stays here. */
const SHARE_OF_THROUGHPUT = new RegExp(String.raw`%\s*of\b.*\b${PARTICIPLE}$`, 'iu');
/** Verbs of taking part, giving time or money: "expected to attend 4 meetings a year" is not a target of output. */
const GIVEN = /\b(?:attend|spend|give|donate|contribute|pay|serve|sit on|take part in|join|recruit|hire|appoint|employ|nominate|identify|read|eat|drink|walk)\s+(?:[\w-]+\s+)?$/;
const TARGET_WORD = /\b(?:target|goal|aim|kpi|ambition|commitment|objective)\b/;

function findHit(sentence: string, lower: string): RuleHit | null {
  if (!ANY_NUMBER.test(lower)) return null;
  const verbLed = VERB_THEN_NUMBER.test(lower);
  const direct = verbLed
    ? (directed(DIRECTED, sentence, lower) ?? firstMatch(PEOPLE_THROUGHPUT, sentence, 'hit') ?? directed(DIRECTED_GENERIC, sentence, lower))
    : null;
  if (direct) return direct;
  const wanted = firstMatch(WANT_DONE, sentence, 'hit') ?? firstMatch(BE_DOING, sentence, 'hit') ?? eachQuota(sentence);
  if (wanted) return wanted;
  if (verbLed && ACTIVITY_RE.test(lower)) {
    const elliptic = firstMatch(DIRECTED_ELLIPTIC, sentence, 'hit');
    if (elliptic) return elliptic;
  }
  const trailing = TARGET_WORD.test(lower) ? (firstMatch(TRAILING, sentence, 'hit') ?? firstMatch(NAMED_TARGET, sentence, 'hit')) : null;
  if (trailing && !SHARE_OF_THROUGHPUT.test(sentence.slice(trailing.start, trailing.end))) return trailing;
  FRAME_RE.lastIndex = 0;
  for (let m = FRAME_RE.exec(lower); m; m = FRAME_RE.exec(lower)) {
    const from = m.index + m[0].length;
    const to = clauseEnd(lower, from);
    const framed = firstMatch(FRAMED, sentence, 'hit', from, to);
    if (framed && (REPORTING.test(lower.slice(from, framed.start)) || GIVEN.test(lower.slice(from, framed.start)))) continue;
    // Shares of throughput ("95% of calls answered") belong to no-throughput-rate-target.
    if (framed && !SHARE_OF_THROUGHPUT.test(sentence.slice(framed.start, framed.end))) return framed;
    if (ACTIVITY_RE.test(lower.slice(clauseStart(lower, m.index), to))) {
      const rate = firstMatch(FRAMED_RATE, sentence, 'hit', m.index, to);
      if (rate) return rate;
    }
  }
  return null;
}

/** The finding for a sentence, or null; other output-only rules use it to avoid a second finding on the same words. */
export function detectCountTarget(sentence: string, lower: string): RuleHit | null {
  if (outcomeStated(lower) || PURPOSE.test(lower) || FORECAST.test(lower)) return null;
  return findHit(sentence, lower);
}
