// Output-only target rules (practice 2: outcomes, not outputs).
import type { RuleDefinition } from '../define.ts';

const rules: RuleDefinition[] = [];
export default rules;
