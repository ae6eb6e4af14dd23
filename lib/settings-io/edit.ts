// Pure edits of engine settings for the options page: effective rule state, per-rule and per-category switches.
import type { CustomRule, RuleSetting, Settings } from '../engine/settings.ts';
import { customRuleId } from '../engine/custom-rules.ts';
import type { Category, Severity } from '../engine/types.ts';

export interface RuleState {
  enabled: boolean;
  severity: Severity;
}

/** Reads one 'off' | severity | { enabled, severity } entry the way the engine does (lib/engine/analyze.ts). */
export function readSetting(setting: RuleSetting | undefined, ruleSeverity: Severity): RuleState | undefined {
  if (setting === undefined) return undefined;
  if (setting === 'off') return { enabled: false, severity: ruleSeverity };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  return { enabled: setting.enabled !== false, severity: setting.severity ?? ruleSeverity };
}

/** A rule's own entry wins over its category's, which wins over the rule's default severity. */
export function ruleState(settings: Settings, rule: { id: string; category: Category; severity: Severity }): RuleState {
  return (
    readSetting(settings.rules?.[rule.id], rule.severity) ??
    readSetting(settings.categories?.[rule.category], rule.severity) ?? { enabled: true, severity: rule.severity }
  );
}

export function categoryState(settings: Settings, category: Category): { enabled: boolean; severity?: Severity } {
  const s = settings.categories?.[category];
  if (s === undefined) return { enabled: true };
  if (s === 'off') return { enabled: false };
  if (typeof s === 'string') return { enabled: true, severity: s };
  return { enabled: s.enabled ?? true, severity: s.severity };
}

function encode(state: { enabled: boolean; severity?: Severity }): RuleSetting | undefined {
  if (!state.enabled) return 'off';
  return state.severity;
}

/** Sets a rule; a state equal to what the rule would get anyway removes its entry, keeping exports small. */
export function setRule(
  settings: Settings,
  rule: { id: string; category: Category; severity: Severity },
  state: RuleState,
): Settings {
  const rules = { ...(settings.rules ?? {}) };
  delete rules[rule.id];
  const inherited = ruleState({ ...settings, rules }, rule);
  if (inherited.enabled !== state.enabled || (state.enabled && inherited.severity !== state.severity)) {
    rules[rule.id] = encode(state)!;
  }
  const next: Settings = { ...settings, rules };
  if (!Object.keys(rules).length) delete next.rules;
  return next;
}

/** Sets a whole category: off, or on with an optional severity for all its rules. */
export function setCategory(settings: Settings, category: Category, state: { enabled: boolean; severity?: Severity }): Settings {
  const categories = { ...(settings.categories ?? {}) };
  const value = encode(state);
  if (value === undefined) delete categories[category];
  else categories[category] = value;
  const next: Settings = { ...settings, categories };
  if (!Object.keys(categories).length) delete next.categories;
  return next;
}

/** Trims, drops blanks and duplicates (case-insensitive) from a list typed one item a line. */
export function cleanList(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of lines) {
    const item = raw.trim();
    if (!item || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    out.push(item);
  }
  return out;
}

/** Normalises a typed address to its origin (https://example.org), or null when it is not one. */
export function toOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Removes a custom rule and every setting that named it (its entry under "rules"), so no stale id is left
 * behind to be reported as unknown once the rule is gone.
 */
export function removeCustomRule(settings: Settings, rule: CustomRule): Settings {
  const id = customRuleId(rule);
  const customRules = (settings.customRules ?? []).filter((r) => r !== rule && customRuleId(r) !== id);
  const next: Settings = { ...settings, customRules };
  if (!customRules.length) delete next.customRules;
  if (next.rules && id in next.rules) {
    const rules = { ...next.rules };
    delete rules[id];
    next.rules = rules;
    if (!Object.keys(rules).length) delete next.rules;
  }
  return next;
}
