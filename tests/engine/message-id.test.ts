// Diagnostics say which message template made them, so the RuleTester can compare messageId exactly.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/engine/index.ts';
import { defineRule } from '../../lib/rules/define.ts';
import { RULES } from '../../lib/rules/index.ts';

// Two templates that begin alike (as every template begins with a quote mark): only the id tells them apart.
const twoMessages = defineRule({
  id: 'no-test-two-messages',
  category: 'blame',
  practice: 4,
  severity: 'warning',
  description: 'Test rule with two messages that start the same way.',
  trigger: /\b(?:alpha|beta)\b/,
  messages: { found: '“{{match}}” is the first kind.', second: '“{{match}}” is the second kind.' },
  regex: [/\balpha\b/i, { re: /\bbeta\b/i, messageId: 'second' }],
  suggest: () => [],
  examples: { invalid: ['alpha'], valid: ['gamma'] },
});

describe('messageId on diagnostics', () => {
  it('names the template each finding used', () => {
    const found = createAnalyzer(undefined, { rules: [twoMessages] }).analyze('First alpha, then beta.');
    expect(found.map((d) => [d.messageId, d.message])).toEqual([
      ['found', '“alpha” is the first kind.'],
      ['second', '“beta” is the second kind.'],
    ]);
  });

  it('is one of the rule’s own message keys for every built-in rule’s examples', () => {
    const analyzer = createAnalyzer();
    for (const rule of RULES) {
      for (const text of rule.examples.invalid) {
        for (const d of analyzer.analyze(text).filter((x) => x.ruleId === rule.id)) {
          expect(Object.keys(rule.messages), `${rule.id}: ${text}`).toContain(d.messageId);
          expect(d.messageId).not.toBe('reported');
        }
      }
    }
  });
});
