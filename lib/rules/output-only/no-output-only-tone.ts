// A target stated as activity as a whole, judged by the tone model where no output-only phrase rule matched.
import { defineToneRule } from '../shared/tone-rule.ts';
import { OUTCOME_CUES } from '../shared/output-only-words.ts';
import { REPORT_LABEL } from '../shared/output-only-frames.ts';

export default defineToneRule({
  id: 'no-output-only-tone',
  category: 'output-only',
  model: 'output',
  practice: 2,
  description: 'A target or measure stated only as activity, in wording the phrase rules do not know (tone model).',
  found:
    'Reads as a target for activity alone, mostly through “{{match}}” (tone model, {{confidence}} sure).',
  // A target, measure or commitment must be in the sentence: a reported count is not a target.
  gate: new RegExp(
    String.raw`\b(?:targets?|kpis?|quotas?|aims?|aiming|goals?|objectives?|ambitions?|commit\w*|pledge\w*|promis\w*|expected|` +
    String.raw`required|requirements?|conditions?|must|will|shall|needs? to|has to|have to|to (?:deliver|achieve|reach|hit|hold|` +
    String.raw`run|complete|see|do|make|process|carry out|host|put on|distribute|increase|raise|lift|boost|double|grow|get)|at least|` +
    String.raw`minimum|no fewer than|per (?:day|week|month|quarter|year|annum|session|shift|clinic|practice|pharmacy|head)|a (?:day|` +
    String.raw`week|month|quarter|year)|each (?:day|week|month|quarter|year|meeting|shift|session)|measures?|metrics?|success|` +
    String.raw`headline|held to|judged|increase|growth|uplift|lift|trajectory|plan(?:ned)? for|by the end of|reach(?:es|ing)?|` +
    String.raw`to be (?:run|held|done|delivered|completed|seen|made|carried out|booked|issued|sent|offered|processed|closed|cleared))\b`,
    'u',
  ),
  // An outcome for people named in the sentence ("…, so that fewer…") makes the count fine, as for the phrase rules.
  // Demand described ("demand is running at 300 referrals a month") is a forecast, not a target; a figures label reports:
  // the phrase frames judge these the same way (lib/rules/shared/output-only-frames.ts).
  unless: [...OUTCOME_CUES, /\bdemand (?:is|was|has|had|for|of|rose|fell|running|remains)\b/, REPORT_LABEL],
  suggestions: [{ title: 'Add who ends up better off and how: “… so that …”' }],
  examples: {
    invalid: ['From April the hubs will be measured on slots filled.'],
    valid: ['The clinic saw 212 patients in March, up from 180 in February.'],
  },
});
