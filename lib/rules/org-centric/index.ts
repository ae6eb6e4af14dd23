// Organisation-centric rules (practices 1, 3 and 5).
import type { RuleDefinition } from '../define.ts';
import noPassingTheProblem from './no-passing-the-problem.ts';
import noOwnOrganisationFirst from './no-own-organisation-first.ts';
import noConditionalParticipation from './no-conditional-participation.ts';
import noRankClosingDiscussion from './no-rank-closing-discussion.ts';
import noUsAndThem from './no-us-and-them.ts';
import noOrgCentricTone from './no-org-centric-tone.ts';

const rules: RuleDefinition[] = [noPassingTheProblem, noOwnOrganisationFirst, noConditionalParticipation, noRankClosingDiscussion, noUsAndThem, noOrgCentricTone];
export default rules;
