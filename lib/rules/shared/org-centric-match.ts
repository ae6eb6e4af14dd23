// Precompiled regex specs for the org-centric rules: compiled once at load, run from check() on each sentence.
import type { RuleHit } from '../define.ts';

export interface MatchSpec {
  re: RegExp;
  /** Trim the hit to this named group. */
  group?: string;
  messageId?: string;
}

/** Compiles every spec once with the global flag, so sentences never pay for regex compilation. */
export function compile(specs: (RegExp | MatchSpec)[]): MatchSpec[] {
  return specs.map((s) => {
    const spec = s instanceof RegExp ? { re: s } : s;
    const flags = spec.re.flags.includes('g') ? spec.re.flags : spec.re.flags + 'g';
    return { ...spec, re: new RegExp(spec.re.source, flags) };
  });
}

/** Every hit of every spec in the sentence, offsets relative to the sentence. */
export function runSpecs(specs: readonly MatchSpec[], sentence: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const { re, group, messageId } of specs) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const text = group ? m.groups?.[group] : m[0];
      if (!text) continue;
      const start = m.index! + (group ? m[0].indexOf(text) : 0);
      hits.push({ start, end: start + text.length, messageId, data: { ...(m.groups ?? {}) } });
    }
  }
  return hits;
}

/** Words that carry a hand-off on their own when another organisation owns them: "education's worry", "highways' baby". */
export const BURDEN = '(?:worry|worries|baby|lookout|look-out|headache|mess|funeral|problem|problems)';

/** Nouns that hand something over only beside a contrast ("the county's cost, not the trust's"). */
export const OWNED = '(?:job|responsibility|concern|cost|costs|bill|problem|issue|matter|mess|headache|worry|lookout|look-out|patch|turf|baby|people|patients|cases|kids|children|pupils|clients|residents|overflow|failing|failings)';

/** A clause that shuts the door after a hand-off: a refusal, "full stop", "notwithstanding …". */
export const SHUT = /\b(?:won['’]t|will not|would not|wouldn['’]t|declin(?:ed|es|e) to|refus(?:ed|es|e) to|(?:is|are|was|were)(?:n['’]t| not) going to|took no action|not (?:burning|spending|wasting|putting|giving|sending|lending)|no action|left (?:the item|it there|the meeting)|closed the item|stays? there|full stop|not chargeable)\b/i;

/** People a service may count as "ours" or "theirs", with the usual loose words for them. */
export const FOLK = '(?:carers|patients|residents|people|clients|service users|pupils|families|tenants|children|kids|members|callers|referrals|cases|discharges|list|lists|caseload|catchment|population|postcode area|area|academies|schools|practices|gps)';

/** An owner in the possessive: "the housing association's", "education's", "highways'". */
export const OTHER_OWNER = "(?:the )?(?:(?!(?:the|is|are|was|were|be|and|or|that|said|says|it|so|not)\\b)[\\w&-]+ ){0,3}?[\\w&-]+['’]s?";

/** The base hits, or else the extra hits that do not overlap one another (a newer frame never doubles an older one). */
export function addNew(base: RuleHit[], extra: RuleHit[]): RuleHit[] {
  if (base.length) return base;
  const kept: RuleHit[] = [];
  for (const h of extra) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}
