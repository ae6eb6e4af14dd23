// Public entry of the engine: analyze(text, settings) → Diagnostic[]; pure TypeScript, runs in node and pages.
import { RULES as RULE_DEFS } from '../rules/index.ts';
import type { RuleDefinition } from '../rules/define.ts';
import { Engine } from './analyze.ts';
import type { Settings } from './settings.ts';
import type { Diagnostic } from './types.ts';

export * from './types.ts';
export * from './settings.ts';
export * from './stats.ts';
export { customRuleId } from './custom-rules.ts';

/** Rule meta for tables, docs and settings pages (no functions needed by callers). */
export interface RuleMeta {
  id: string;
  category: RuleDefinition['category'];
  practice: RuleDefinition['practice'];
  severity: RuleDefinition['severity'];
  description: string;
  examples: { valid: string[]; invalid: string[] };
}

export const RULES: readonly RuleMeta[] = RULE_DEFS.map((r) => ({
  id: r.id,
  category: r.category,
  practice: r.practice,
  severity: r.severity,
  description: r.description,
  examples: r.examples,
}));

export interface Analyzer {
  analyze(text: string): Diagnostic[];
}

/** An analyser that keeps a per-paragraph cache: re-analysis after an edit re-checks changed paragraphs only. */
export function createAnalyzer(settings?: Settings, options: { rules?: readonly RuleDefinition[] } = {}): Analyzer {
  const engine = new Engine(options.rules ?? RULE_DEFS, settings);
  return { analyze: (text: string) => engine.analyze(text) };
}

/** One-shot analysis. Throws SettingsError when settings are invalid. */
export function analyze(text: string, settings?: Settings): Diagnostic[] {
  return createAnalyzer(settings).analyze(text);
}

/** The text with one suggestion applied; the text unchanged if the suggestion has no replacement. */
export function applySuggestion(text: string, diagnostic: Diagnostic, suggestionIndex = 0): string {
  const s = diagnostic.suggestions[suggestionIndex];
  if (!s || s.replacement === undefined) return text;
  const { start, end } = s.range ?? diagnostic;
  return text.slice(0, start) + s.replacement + text.slice(end);
}
