// Public entry of the engine: analyze(text, settings) → Diagnostic[]; pure TypeScript, runs in node and pages.
import { RULES as RULE_DEFS } from '../rules/index.ts';
import type { RuleDefinition } from '../rules/define.ts';
import { Engine } from './analyze.ts';
import { dropUnknownRules, parseSettings, type Settings } from './settings.ts';
import { customRules } from './custom-rules.ts';
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
  /** Entries of the settings that were ignored (unknown rule ids), in words for the user. */
  notices: readonly string[];
}

/** Engines by rule set and settings: compiling rules and warming the sentence cache happen once, not per editor or file. */
const ENGINES = new WeakMap<readonly RuleDefinition[], Map<string, Engine>>();
const MAX_ENGINES = 8;

function warmEngine(rules: readonly RuleDefinition[], settings: Settings | undefined): Engine {
  let bySettings = ENGINES.get(rules);
  if (!bySettings) ENGINES.set(rules, (bySettings = new Map()));
  let key: string;
  try {
    key = JSON.stringify(settings ?? {});
  } catch {
    return new Engine(rules, settings); // not JSON: the engine's own settings check says why
  }
  let engine = bySettings.get(key);
  if (engine) {
    bySettings.delete(key);
  } else {
    engine = new Engine(rules, settings);
    if (bySettings.size >= MAX_ENGINES) bySettings.delete(bySettings.keys().next().value as string);
  }
  bySettings.set(key, engine);
  return engine;
}

/**
 * An analyser that keeps a per-paragraph cache: re-analysis after an edit re-checks changed paragraphs only.
 * Analysers with the same settings share one warm engine (compiled rules, sentence cache); `fresh` makes a
 * private one (benchmarks measure the work, not the cache).
 */
export function createAnalyzer(settings?: Settings, options: { rules?: readonly RuleDefinition[]; fresh?: boolean } = {}): Analyzer {
  const rules = options.rules ?? RULE_DEFS;
  const engine = options.fresh ? new Engine(rules, settings) : warmEngine(rules, settings);
  const doc = { cache: new Map() };
  return { analyze: (text: string) => engine.analyze(text, doc), notices: engine.notices };
}

/**
 * The one validation every path uses (import, Edit as JSON, storage at start-up, the background, the CLI):
 * the schema (throws SettingsError naming the problem), then unknown rule ids dropped with a notice each.
 */
export function checkSettings(input: unknown): { settings: Settings; notices: string[] } {
  const parsed = parseSettings(input);
  const ids = [...RULE_DEFS.map((r) => r.id), ...customRules(parsed.customRules ?? []).map((r) => r.id)];
  return dropUnknownRules(parsed, ids);
}

/** One-shot analysis. Throws SettingsError when settings are invalid; unknown rule ids are ignored. */
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
