// The shape of a rule: meta, messages and examples as data; patterns as data; code only where data cannot say it.
import type { Category, PracticeId, Severity, Suggestion } from '../engine/types.ts';

/** What a rule sees: one sentence (code and URLs masked with spaces) and, on demand, its compromise parse. */
export interface RuleContext {
  /** The sentence exactly as in the text (same length, offsets are relative to it). */
  readonly sentence: string;
  /** Lower-cased sentence, for cheap regex checks. */
  readonly lower: string;
  /** The compromise document of this sentence, parsed at most once and shared by every rule. */
  doc(): CompromiseView;
  /** True when the sentence reports what someone said ("X said that …", quotes). */
  readonly reported: boolean;
  /** The user's own organisation names and partner names, lower-cased (from settings). */
  readonly organisations: readonly string[];
  readonly partners: readonly string[];
}

// compromise's View type is broad; rules only need match/has/json/groups/text.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CompromiseView = any;

/** One finding inside a sentence. Offsets are relative to the sentence. */
export interface RuleHit {
  start: number;
  end: number;
  /** Key into the rule's messages; default 'found'. */
  messageId?: string;
  /** Values for {{name}} placeholders in the message ({{match}} is always available). */
  data?: Record<string, string>;
}

export interface SuggestInput {
  /** The flagged words. */
  match: string;
  /** The whole sentence and where the flagged words sit in it. */
  sentence: string;
  start: number;
  end: number;
  messageId: string;
  data: Record<string, string>;
}

export interface PatternSpec {
  /** A compromise match pattern; every rule's patterns are compiled into one net. */
  match: string;
  messageId?: string;
  /** Trim the hit to this named group ([<name>…]) instead of the whole match. */
  group?: string;
}

export interface RegexSpec {
  re: RegExp;
  messageId?: string;
  /** Trim the hit to this named capture group instead of the whole match. */
  group?: string;
}

export interface RuleDefinition {
  /** Equals the file name; `no-…` or `prefer-…`. */
  id: string;
  category: Category;
  practice: PracticeId;
  severity: Severity;
  /** One line for the rules table. */
  description: string;
  /**
   * Cheap first pass, tested on the lower-cased sentence (and, OR-ed together, on whole blocks).
   * It must hit every sentence that the rule can flag: sentences it misses are never parsed for this rule.
   */
  trigger: RegExp;
  /** Messages; 'found' is required. {{match}} is the flagged words. 'reported' (optional) is used for reported speech. */
  messages: { found: string; reported?: string } & Record<string, string>;
  patterns?: (string | PatternSpec)[];
  regex?: (RegExp | RegexSpec)[];
  /** Antipatterns: if any matches the sentence (regex on the lower-cased sentence, or a compromise pattern), the rule stays silent there. */
  unless?: (string | RegExp)[];
  /**
   * A second opinion: the rule speaks only where no other rule of its category found anything in the
   * sentence (the tone model backs up the phrase rules, never doubles them).
   */
  fallback?: boolean;
  /** Code for what patterns cannot express. */
  check?: (ctx: RuleContext) => RuleHit[];
  /** Quick fixes. At least one suggestion is always produced (a guided prompt if nothing else). */
  suggest: (input: SuggestInput) => Suggestion[];
  examples: { invalid: string[]; valid: string[] };
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
