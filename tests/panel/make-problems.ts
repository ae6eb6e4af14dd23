// Test helper: builds Problems and PageProblems as the content script would send them.
import type { PageProblems, Problem } from '../../lib/messages.ts';
import type { Category, PracticeId, Severity, Suggestion } from '../../lib/engine/types.ts';

export interface ProblemSpec {
  text: string;
  match: string;
  ruleId?: string;
  category?: Category;
  severity?: Severity;
  practice?: PracticeId;
  message?: string;
  suggestions?: Suggestion[];
  editorKey?: string;
  /** Which occurrence of match in text (0-based). */
  nth?: number;
}

export function makeProblem(spec: ProblemSpec): Problem {
  let start = -1;
  for (let i = 0; i <= (spec.nth ?? 0); i++) start = spec.text.indexOf(spec.match, start + 1);
  if (start < 0) throw new Error(`"${spec.match}" is not in the text`);
  const end = start + spec.match.length;
  const editorKey = spec.editorKey ?? 'e1';
  const ruleId = spec.ruleId ?? 'no-test-rule';
  const lineStart = spec.text.lastIndexOf('\n', start - 1) + 1;
  const line = spec.text.slice(0, start).split('\n').length;
  return {
    id: `${editorKey}:${start}:${ruleId}`,
    editorKey,
    before: spec.text.slice(Math.max(0, start - 40), start),
    match: spec.match,
    after: spec.text.slice(end, end + 40),
    diagnostic: {
      ruleId,
      category: spec.category ?? 'blame',
      practice: spec.practice ?? 4,
      severity: spec.severity ?? 'warning',
      message: spec.message ?? `“${spec.match}” is flagged.`,
      start,
      end,
      line,
      column: start - lineStart + 1,
      endLine: line,
      endColumn: end - lineStart + 1,
      suggestions: spec.suggestions ?? [{ title: 'Describe what happened' }],
    },
  };
}

export const NOTES =
  'Riverside Council failed to send the referrals again.\nThe trust will deliver 400 health checks by March.\nOur organisation’s priorities come first in this bid.';

export function samplePage(overrides: Partial<PageProblems> = {}): PageProblems {
  return {
    url: 'https://notes.example.org/doc/42#top',
    title: 'Partnership board, March',
    words: 27,
    source: 'editors',
    problems: [
      makeProblem({
        text: NOTES,
        match: 'Riverside Council failed to',
        ruleId: 'no-person-as-cause',
        suggestions: [{ title: 'Describe the event', replacement: 'The referrals were not sent' }, { title: 'Ask what got in the way' }],
      }),
      makeProblem({ text: NOTES, match: 'deliver 400 health checks', ruleId: 'prefer-outcome', category: 'output-only', practice: 2, severity: 'info' }),
      makeProblem({ text: NOTES, match: 'Our organisation’s priorities', ruleId: 'no-org-first', category: 'org-centric', practice: 5 }),
    ],
    ...overrides,
  };
}
