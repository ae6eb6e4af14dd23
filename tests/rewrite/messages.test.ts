// Messages stay short: one sentence of at most 120 characters after filling, for every rule's examples.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/engine/index.ts';
import { RULES } from '../../lib/rules/index.ts';

describe('message templates', () => {
  for (const rule of RULES) {
    it(`${rule.id}: messages ≤ 120 characters on its examples, one sentence, no repeated guidance`, () => {
      const engine = createAnalyzer(undefined, { rules: [rule] });
      let seen = 0;
      for (const text of rule.examples.invalid) {
        for (const d of engine.analyze(text)) {
          seen++;
          expect(d.message.length, d.message).toBeLessThanOrEqual(120);
          // One sentence: no full stop followed by another sentence (quoted words may hold their own stops).
          expect(d.message.replace(/“[^”]*”/g, '“…”'), d.message).not.toMatch(/[.!?] +\p{Lu}/u);
          // No suggestion repeats the message, so a card never says the same thing twice.
          for (const s of d.suggestions) expect(d.message.includes(s.title), s.title).toBe(false);
        }
      }
      expect(seen, 'the examples produce findings').toBeGreaterThan(0);
      // Every template, filled with its longest example match, fits.
      for (const template of Object.values(rule.messages)) {
        const filled = template.replace(/\{\{\s*match\s*\}\}/g, 'x'.repeat(40)).replace(/\{\{\s*confidence\s*\}\}/g, '100%').replace(/\{\{\s*\w+\s*\}\}/g, 'x'.repeat(20));
        expect(filled.length, template).toBeLessThanOrEqual(120);
      }
    });
  }
});
