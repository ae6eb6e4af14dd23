// Organisation-centric rules (practices 1, 3 and 5).
import type { RuleDefinition } from '../define.ts';

const rules: RuleDefinition[] = [];
export default rules;
