// Types of the rewrite layer: a finding in its sentence in, community-framed rewrites (sentence-relative) out.
import type { Category } from '../engine/types.ts';

export interface Finding {
  ruleId: string;
  category: Category;
  /** The sentence as analysed; offsets below are relative to it. */
  sentence: string;
  start: number;
  end: number;
  /** What the rule's frame captured (agent, verb, object, count, activity, period…), when it did. */
  data: Record<string, string>;
  /** The sentence reports what someone said. */
  reported: boolean;
}

export interface Rewrite {
  title: string;
  /** Sentence-relative range the replacement replaces (may be wider than the flagged words). */
  start: number;
  end: number;
  replacement: string;
  /** Part of the replacement to select after applying (an inserted outcome the user may adjust). */
  select?: { start: number; end: number };
  /** A quoted remark recorded as reported: the quotation stays, so its words may still be flagged as said. */
  reported?: boolean;
}
