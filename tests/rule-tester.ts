// ESLint-style RuleTester on vitest: valid and invalid tables, messages, suggestions and their output.
import { describe, expect, it } from 'vitest';
import { createAnalyzer, applySuggestion } from '../lib/engine/index.ts';
import type { RuleDefinition } from '../lib/rules/define.ts';
import type { Settings } from '../lib/engine/settings.ts';

export interface ExpectedSuggestion {
  title?: string | RegExp;
  /** The whole text after applying this suggestion; omit for a guided prompt (no replacement). */
  output?: string;
}

export interface ExpectedProblem {
  /** The flagged words exactly (text.slice(start, end)). */
  match?: string;
  messageId?: string;
  message?: string | RegExp;
  /** The reported-speech note, shown once apart from the message. */
  note?: RegExp;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase {
  text: string;
  settings?: Settings;
  problems: ExpectedProblem[] | number;
}

export interface RuleCases {
  valid: (string | { text: string; settings?: Settings })[];
  invalid: InvalidCase[];
}

function run(rule: RuleDefinition, text: string, settings?: Settings) {
  return createAnalyzer(settings, { rules: [rule] }).analyze(text);
}

export const ruleTester = {
  run(rule: RuleDefinition, cases: RuleCases) {
    describe(rule.id, () => {
      for (const v of [...cases.valid, ...rule.examples.valid]) {
        const { text, settings } = typeof v === 'string' ? { text: v, settings: undefined } : v;
        it(`valid: ${text}`, () => {
          const found = run(rule, text, settings);
          expect(found.map((d) => text.slice(d.start, d.end)), text).toEqual([]);
        });
      }
      for (const text of rule.examples.invalid) {
        it(`example reports: ${text}`, () => {
          expect(run(rule, text).length, text).toBeGreaterThan(0);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.text}`, () => {
          const found = run(rule, c.text, c.settings);
          if (typeof c.problems === 'number') {
            expect(found).toHaveLength(c.problems);
            return;
          }
          expect(found.map((d) => c.text.slice(d.start, d.end))).toHaveLength(c.problems.length);
          c.problems.forEach((want, i) => {
            const got = found[i];
            expect(got.ruleId).toBe(rule.id);
            expect(got.suggestions.length).toBeGreaterThan(0);
            if (want.match !== undefined) expect(c.text.slice(got.start, got.end)).toBe(want.match);
            if (want.messageId) {
              expect(rule.messages[want.messageId], `message ${want.messageId}`).toBeTruthy();
              expect(got.messageId).toBe(want.messageId);
            }
            if (want.message instanceof RegExp) expect(got.message).toMatch(want.message);
            else if (want.message) expect(got.message).toBe(want.message);
            if (want.note) expect(got.note ?? '').toMatch(want.note);
            want.suggestions?.forEach((ws, j) => {
              const s = got.suggestions[j];
              expect(s, `suggestion ${j}`).toBeTruthy();
              if (ws.title instanceof RegExp) expect(s.title).toMatch(ws.title);
              else if (ws.title) expect(s.title).toBe(ws.title);
              if (ws.output !== undefined) {
                expect(s.replacement, 'suggestion has a replacement').toBeTypeOf('string');
                const fixed = applySuggestion(c.text, got, j);
                expect(fixed).toBe(ws.output);
                // A fix must not trip the same rule again at the same place.
                const again = run(rule, fixed, c.settings).filter((d) => d.start < got.start + s.replacement!.length && got.start < d.end);
                expect(again.map((d) => fixed.slice(d.start, d.end)), `after fix: ${fixed}`).toEqual([]);
              }
            });
          });
        });
      }
    });
  },
};
