// Output-only target rules (practice 2: outcomes, not outputs).
import type { RuleDefinition } from '../define.ts';
import noActivityCountTarget from './no-activity-count-target.ts';
import noActivityGrowthTarget from './no-activity-growth-target.ts';
import noActivityMeasure from './no-activity-measure.ts';
import noActivityQuotaFragment from './no-activity-quota-fragment.ts';
import noThroughputRateTarget from './no-throughput-rate-target.ts';
import noOutputOnlyTone from './no-output-only-tone.ts';

const rules: RuleDefinition[] = [noActivityCountTarget, noActivityGrowthTarget, noActivityMeasure, noActivityQuotaFragment, noThroughputRateTarget, noOutputOnlyTone];
export default rules;
