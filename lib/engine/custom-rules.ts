// Users' own phrase rules (Vale-style substitutions) turned into ordinary rule definitions.
import type { RuleDefinition } from '../rules/define.ts';
import type { CustomRule } from './settings.ts';
import type { Category, PracticeId } from './types.ts';

const DEFAULT_PRACTICE: Record<Category, PracticeId> = { blame: 4, 'org-centric': 1, 'output-only': 2 };

export function customRuleId(rule: CustomRule): string {
  if (rule.id) return rule.id;
  const slug = rule.phrase.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `custom-${slug || 'phrase'}`;
}

export function customRules(list: readonly CustomRule[]): RuleDefinition[] {
  return list.map((c) => {
    const words = c.phrase.trim().toLowerCase().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const body = words.join('\\s+');
    const pattern = `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
    const trigger = new RegExp(pattern, 'u');
    return {
      id: customRuleId(c),
      category: c.category,
      practice: (c.practice as PracticeId | undefined) ?? DEFAULT_PRACTICE[c.category],
      severity: c.severity ?? 'warning',
      description: c.message,
      trigger,
      messages: { found: c.message },
      regex: [new RegExp(pattern, 'giu')],
      suggest: () =>
        c.suggestion ? [{ title: `Replace with “${c.suggestion}”`, replacement: c.suggestion }] : [],
      examples: { invalid: [c.phrase], valid: [] },
    } satisfies RuleDefinition;
  });
}
