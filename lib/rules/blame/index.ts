// Blame rules (practice 4: stay curious, not blaming; practice 3: protect trust).
import type { RuleDefinition } from '../define.ts';
import noBlameIdiom from './no-blame-idiom.ts';
import noCulpritHunt from './no-culprit-hunt.ts';
import noHindsightBlame from './no-hindsight-blame.ts';
import noJudgementWord from './no-judgement-word.ts';
import noPassiveBlame from './no-passive-blame.ts';
import noPersonAsCause from './no-person-as-cause.ts';
import noSarcasticRepetition from './no-sarcastic-repetition.ts';
import noBlameTone from './no-blame-tone.ts';

const rules: RuleDefinition[] = [
  noBlameIdiom,
  noPersonAsCause,
  noPassiveBlame,
  noJudgementWord,
  noHindsightBlame,
  noCulpritHunt,
  noSarcasticRepetition,
  noBlameTone,
];
export default rules;
