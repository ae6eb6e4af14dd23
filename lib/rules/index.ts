// Every built-in rule, in category order. Each category folder lists its own rules.
import type { RuleDefinition } from './define.ts';
import blame from './blame/index.ts';
import orgCentric from './org-centric/index.ts';
import outputOnly from './output-only/index.ts';

export const RULES: readonly RuleDefinition[] = [...blame, ...orgCentric, ...outputOnly];
