// Blame rules (practice 4: stay curious, not blaming).
import type { RuleDefinition } from '../define.ts';
import noBlameIdiom from './no-blame-idiom.ts';

const rules: RuleDefinition[] = [noBlameIdiom];
export default rules;
