// One warm engine per settings: a second analyser (another editor, another file) reuses compiled rules and sentence results.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/engine/index.ts';
import { defineRule, type RuleDefinition } from '../../lib/rules/define.ts';

function countingRule(): { rule: RuleDefinition; calls: () => number } {
  let calls = 0;
  const rule = defineRule({
    id: 'no-test-counting',
    category: 'blame',
    practice: 4,
    severity: 'warning',
    description: 'Test rule that counts how often the engine runs it.',
    trigger: /\bslow\b/,
    messages: { found: '“{{match}}” found.' },
    check: (ctx) => {
      calls++;
      const at = ctx.lower.indexOf('slow');
      return at < 0 ? [] : [{ start: at, end: at + 4 }];
    },
    suggest: () => [],
    examples: { invalid: ['slow'], valid: ['fast'] },
  });
  return { rule, calls: () => calls };
}

const TEXT = 'The team was slow to reply.\n\nAnother paragraph about slow letters.';

describe('warm engine', () => {
  it('shares sentence results between analysers with the same settings, each with its own findings', () => {
    const { rule, calls } = countingRule();
    const rules = [rule];
    const a = createAnalyzer({}, { rules }).analyze(TEXT);
    expect(calls()).toBe(2);
    const b = createAnalyzer({}, { rules }).analyze(TEXT);
    expect(calls()).toBe(2);
    expect(b).toEqual(a);
    expect(b[0]).not.toBe(a[0]);
  });

  it('compiles a separate engine for other settings, and a private one when asked', () => {
    const { rule, calls } = countingRule();
    const rules = [rule];
    createAnalyzer({}, { rules }).analyze(TEXT);
    createAnalyzer({ organisation: 'Northfield Trust' }, { rules }).analyze(TEXT);
    expect(calls()).toBe(4);
    createAnalyzer({}, { rules, fresh: true }).analyze(TEXT);
    expect(calls()).toBe(6);
  });

  it('keeps each analyser’s paragraph cache to itself', () => {
    const { rule } = countingRule();
    const rules = [rule];
    const one = createAnalyzer({}, { rules });
    const two = createAnalyzer({}, { rules });
    expect(one.analyze(TEXT)).toHaveLength(2);
    expect(two.analyze('Nothing here.')).toHaveLength(0);
    expect(one.analyze(TEXT)).toHaveLength(2);
  });
});
