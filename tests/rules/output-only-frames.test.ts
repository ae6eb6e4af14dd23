// Targets that never say "target", through the whole engine: the span, a one-click "…, so that" rewrite, and the near misses.
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../lib/engine/index.ts';

/** Output-only findings of a sentence, as [rule, flagged words]. */
function outputOnly(text: string): [string, string][] {
  return analyze(text)
    .filter((d) => d.category === 'output-only')
    .map((d) => [d.ruleId, text.slice(d.start, d.end)]);
}

// One line per kind of wording: the sentence, the rule, and the words that carry the charge (the count and its target).
const FOUND: [string, string, string][] = [
  // A plan, trajectory, ask or commitment whose content is a count of work.
  ['The plan for Q2 is 1,400 falls risk assessments across the three PCNs.', 'no-activity-count-target', '1,400 falls risk assessments'],
  ['Our commitment to the ICB is 1,500 health checks in the year.', 'no-activity-count-target', '1,500 health checks'],
  ['The standard is two home visits per resident per year.', 'no-activity-count-target', 'two home visits per resident per year'],
  ['Commissioners want 2,500 home care packages started by year end.', 'no-activity-count-target', '2,500 home care packages started by year end'],
  ['It was agreed that 4,500 flu doses would be given by 30 November.', 'no-activity-count-target', '4,500 flu doses would be given by 30 November'],
  ['Under the plan, 3,000 covid boosters are due by 15 December.', 'no-activity-count-target', '3,000 covid boosters are due by 15 December'],
  ['Thirty more home visits a week are needed from the district nurses.', 'no-activity-count-target', 'Thirty more home visits a week'],
  ['We want 50 more hospital discharges every week before Christmas.', 'no-activity-count-target', '50 more hospital discharges every week'],
  ['Link workers should aim for a caseload of 200 people each.', 'no-activity-count-target', 'a caseload of 200'],
  ['The expectation is that each link worker sees 10 new people a week.', 'no-activity-count-target', 'sees 10 new people a week'],
  ['Health checks: 900 completed by March is the ambition.', 'no-activity-count-target', '900 completed by March'],
  // A rate of busy-ness held at, or pushed up to, a level.
  ['We will need to keep bed occupancy at or above 92%.', 'no-throughput-rate-target', 'keep bed occupancy at or above 92%'],
  ['Crisis line: answer rate to be pushed from 78% to 90%.', 'no-throughput-rate-target', 'answer rate to be pushed from 78% to 90%'],
  ['Evening GP hub to run at 95% slot utilisation.', 'no-throughput-rate-target', '95% slot utilisation'],
  ['Room utilisation must not drop below 80%.', 'no-throughput-rate-target', 'Room utilisation must not drop below 80%'],
  ['The expectation from NHS England is 85% utilisation of theatre lists.', 'no-throughput-rate-target', '85% utilisation'],
  ['Video consultations to account for 25% of outpatient appointments.', 'no-throughput-rate-target', 'Video consultations to account for 25% of outpatient appointments'],
  ['We hope to achieve 80% coverage of the clinical coding by the spring.', 'no-throughput-rate-target', '80% coverage'],
  ['Expected benefits: 50 home reporting workstations and 12 new scanners.', 'no-activity-count-target', '50 home reporting workstations'],
  // A share of a register, or of people, to receive a unit of work; work done inside a time limit.
  ['Completion of annual health checks: 90% of the LD register by March.', 'no-throughput-rate-target', '90% of the LD register by March'],
  ['The ambition is that 75% of people on the LD register receive an annual health check.', 'no-throughput-rate-target', '75% of people on the LD register receive an annual health check'],
  ['The standard is for all new referrals to be contacted within 48 hours.', 'no-throughput-rate-target', 'all new referrals to be contacted within 48 hours'],
  // The yardstick is a count of work done.
  ['Number of care and treatment reviews completed will be the main KPI for the programme.', 'no-activity-measure', 'Number of care and treatment reviews completed'],
  ['The headline number is social prescribing referrals received.', 'no-activity-measure', 'social prescribing referrals received'],
  ['We’ll measure the housing project by tenancies signed.', 'no-activity-measure', 'tenancies signed'],
];

// Close sentences that set no activity target: an outcome named, a figure reported, a forecast, capacity, an opinion, a rota.
const QUIET = [
  'The plan is 1,200 falls assessments in the quarter so that people at risk get help before they fall.',
  'Aim: 400 additional home visits for housebound patients so that fewer end up in A&E with avoidable falls.',
  'Dental access plan: 1,200 urgent appointments for children, aimed at reducing tooth extractions under anaesthetic.',
  'Last year’s plan was 1,000 checks by March.',
  'Figures: 112 care packages started by the end of October.',
  'Two welfare checks a day are currently carried out on each extra care scheme.',
  'Bed occupancy was kept above 92% for most of the winter.',
  'Room utilisation did not drop below 80% all year.',
  'There will be 12 sessions in the autumn term for carers.',
  'The plan allows for 2,000 doses by Christmas if supply arrives.',
  'The trust will offer two training sessions in January instead.',
  'Members asked whether 85% utilisation was safe for patients.',
  'A caseload of 60 is too many, the nurses told us.',
  'Target: 85% of carers report feeling supported by the end of the year.',
  'Agreed to expand MSK first contact to four more practices in the autumn.',
  'The key measure will be how many people say they feel less lonely.',
  'Benefits: 50 admissions avoided a year.',
  'The team could reach 90% data completeness with one more clerk.',
];

describe('output-only targets that never say "target"', () => {
  for (const [text, rule, span] of FOUND) {
    it(`reports: ${text}`, () => {
      const found = outputOnly(text);
      expect(found, text).toEqual([[rule, span]]);
      // The existing output-only rewrite completes the target with an outcome.
      const d = analyze(text).find((x) => x.category === 'output-only')!;
      const i = d.suggestions.findIndex((s) => s.replacement !== undefined);
      expect(i, 'a one-click rewrite').toBeGreaterThanOrEqual(0);
      const after = applySuggestion(text, d, i);
      expect(after).toMatch(/, so that |, and on whether |, alongside whether /);
      expect(outputOnly(after), after).toEqual([]);
    });
  }
  for (const text of QUIET) {
    it(`keeps quiet: ${text}`, () => {
      expect(outputOnly(text)).toEqual([]);
    });
  }
  it('"no fewer than" is a floor on activity, not an outcome', () => {
    expect(outputOnly('Expectation: no fewer than 25 care plans reviewed each month.').length).toBe(1);
  });
});
