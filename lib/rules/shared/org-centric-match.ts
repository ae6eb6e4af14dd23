// Precompiled regex specs for the org-centric rules: compiled once at load, run from check() on each sentence.
import type { RuleHit } from '../define.ts';
import { mayMatch } from '../../engine/prefilter.ts';

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
    // Most sentences hold none of the words a spec needs: skip the search (derived from the pattern, same hits).
    if (!mayMatch(re, sentence)) continue;
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
