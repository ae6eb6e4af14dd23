// Shared by the rewrite-kind tests: find a rule's finding, apply its first rewrite, check the text and a clean re-check.
import { expect, it } from 'vitest';
import { analyze, applySuggestion, type Diagnostic } from '../../lib/engine/index.ts';

export interface RewriteCase {
  kind: string;
  rule: string;
  text: string;
  output: string;
}

/** The first finding of `ruleId` in `text` (the test fails if there is none). */
export function finding(text: string, ruleId: string): Diagnostic {
  const d = analyze(text).find((x) => x.ruleId === ruleId);
  expect(d, `${ruleId} on ${text}`).toBeTruthy();
  return d!;
}

/** One test per case: a one-click rewrite exists, gives exactly `output`, and leaves nothing of the finding's category. */
export function itRewrites(cases: readonly RewriteCase[]): void {
  for (const c of cases) {
    it(c.kind, () => {
      const d = finding(c.text, c.rule);
      const i = d.suggestions.findIndex((s) => s.replacement !== undefined);
      expect(i, 'a one-click rewrite').toBeGreaterThanOrEqual(0);
      const after = applySuggestion(c.text, d, i);
      expect(after).toBe(c.output);
      // Re-analysed, the rewritten sentence no longer carries the finding's category.
      expect(analyze(after).filter((x) => x.category === d.category).map((x) => after.slice(x.start, x.end))).toEqual([]);
    });
  }
}
