// The tone model: tokens and offsets, scores and spans, the fallback rule in the engine, and a model that matches its data.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { featuresOf, tokenize } from '../../lib/model/features.ts';
import { scoreTone } from '../../lib/model/score.ts';
import weights from '../../lib/model/weights.json' with { type: 'json' };
import { analyze, createAnalyzer } from '../../lib/engine/index.ts';
import { RULES } from '../../lib/rules/index.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text and folds numbers, money and apostrophes', () => {
    const text = 'The trust’s target: 1,500 checks (95%) for £2.5m — ACTION!';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokens.map((t) => t.norm)).toEqual(["the", "trust's", 'target', '<num>', 'checks', '<pct>', 'for', '<money>', 'action', '!']);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('trust’s');
  });

  it('makes words, pairs, skip pairs and a sentence-start feature', () => {
    const names = featuresOf(tokenize('not our problem at all')).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['u:our', 'b:not our', 's:not problem', 'b:^ not']));
    expect(featuresOf([])).toEqual([]);
  });
});

describe('scoreTone', () => {
  it('declines to judge fragments of fewer than four words', () => {
    expect(scoreTone('Apologies: JR.', 'blame')).toBeNull();
    expect(scoreTone('', 'org')).toBeNull();
  });

  it('gives a probability and, above the threshold, a span of words inside the sentence', () => {
    const sentence = 'Members felt the estates contractor had treated the repair list as a suggestion.';
    const score = scoreTone(sentence, 'blame')!;
    expect(score.probability).toBeGreaterThanOrEqual(score.threshold);
    expect(score.start).toBeGreaterThanOrEqual(0);
    expect(score.end).toBeLessThanOrEqual(sentence.length);
    const span = sentence.slice(score.start, score.end);
    expect(span.split(' ').length).toBeLessThanOrEqual(5);
    // Little words never open or close the span.
    expect(span).not.toMatch(/^(?:the|a|of|to)\b|\b(?:the|a|of|to)$/i);
  });

  it('scores the same sentence the same way every time, and stays below threshold on neutral minutes', () => {
    const neutral = 'The clinic saw 212 patients in March, up from 180 in February.';
    const a = scoreTone(neutral, 'output')!;
    expect(scoreTone(neutral, 'output')).toEqual(a);
    expect(a.probability).toBeLessThan(a.threshold);
    expect(a.end).toBe(0);
  });
});

describe('the tone rules in the engine', () => {
  const tone = RULES.filter((r) => r.fallback);

  it('are three fallback rules, one a category, at info severity', () => {
    expect(tone.map((r) => [r.id, r.category, r.severity])).toEqual([
      ['no-blame-tone', 'blame', 'info'],
      ['no-org-centric-tone', 'org-centric', 'info'],
      ['no-output-only-tone', 'output-only', 'info'],
    ]);
  });

  it('stay silent where a phrase rule of the same category already spoke', () => {
    const sentence = 'Yet again the housing team missed the deadline for the panel papers.';
    expect(createAnalyzer(undefined, { rules: tone }).analyze(sentence).map((d) => d.ruleId)).toEqual(['no-blame-tone']);
    expect(analyze(sentence).map((d) => d.ruleId)).toEqual(['no-sarcastic-repetition']);
  });

  it('speak where no phrase rule did, and can be turned off like any rule', () => {
    const sentence = 'Our nurses are for our patients; the hub will have to manage without them.';
    expect(analyze(sentence).map((d) => d.ruleId)).toEqual(['no-org-centric-tone']);
    expect(analyze(sentence, { rules: { 'no-org-centric-tone': 'off' } })).toEqual([]);
    const [d] = analyze(sentence);
    expect(d.message).toMatch(/tone model, \d+% sure/);
  });
});

describe('the shipped model', () => {
  it('has a bias, a threshold between 0.5 and 0.99 and weights for each category', () => {
    for (const c of ['blame', 'org', 'output'] as const) {
      const m = weights.categories[c];
      expect(m.threshold).toBeGreaterThanOrEqual(0.5);
      expect(m.threshold).toBeLessThanOrEqual(0.99);
      expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    }
  });

  it('is exactly what the committed training data trains (npm run train -- --check)', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/train.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 400_000); // a full training run (18 fits over ~9,000 sentences): about 40 s of CPU, minutes on a loaded machine
});
