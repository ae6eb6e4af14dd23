// Shared types of the language engine: diagnostics, rules and settings. Pure TypeScript, no browser.

export type Category = 'blame' | 'org-centric' | 'output-only';
export const CATEGORIES: readonly Category[] = ['blame', 'org-centric', 'output-only'];

export type Severity = 'hint' | 'info' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

export type PracticeId = 1 | 2 | 3 | 4 | 5;

/** A quick fix. With `replacement` it rewrites [start, end) (or `range`); without it, it is a guided prompt. */
export interface Suggestion {
  title: string;
  replacement?: string;
  /** What the replacement replaces, as offsets into the analysed text, when wider than the flagged words. */
  range?: { start: number; end: number };
  /** Part of the replacement to select once applied (an inserted outcome to adjust), relative to the replacement. */
  select?: { start: number; end: number };
}

export interface Diagnostic {
  ruleId: string;
  category: Category;
  practice: PracticeId;
  severity: Severity;
  message: string;
  /** Which of the rule's message templates made `message` ('found' unless the rule chose another); set by the engine. */
  messageId?: string;
  /** UTF-16 offsets into the analysed text; text.slice(start, end) is the flagged words. */
  start: number;
  end: number;
  /** 1-based line and column (column counts UTF-16 code units, as VS Code does). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
  /** Said of reported speech: recording what someone said still carries the framing (shown once, apart from the message). */
  note?: string;
}
