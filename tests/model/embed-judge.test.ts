// The dense tone judge: the shipped vectors and model have their stated shape, fixed sentences score the same, thresholds gate, switches hold.
import { afterEach, describe, expect, it } from 'vitest';
import vectorJson from '../../lib/model/embed-vectors.json' with { type: 'json' };
import modelJson from '../../lib/model/embed-model.json' with { type: 'json' };
import { FLAG_COUNT, FUNCTION_WORDS, decodeVectors, encode, forward, scoreDense, type EmbedModelFile, type VectorFile } from '../../lib/model/embed.ts';
import { embedJudgeEnabled, scoreEmbed, setEmbedJudgeEnabled, vectorTable } from '../../lib/model/embed-judge.ts';
import { createAnalyzer } from '../../lib/engine/index.ts';
import type { Settings } from '../../lib/engine/settings.ts';

const vectors = vectorJson as unknown as VectorFile;
const model = modelJson as unknown as EmbedModelFile;
const CATS = ['blame', 'org', 'output'] as const;

// Fresh analysers: the shared warm engine caches sentences across calls, which would hide the judge being switched.
const run = (text: string, settings?: Settings) => createAnalyzer(settings, { fresh: true }).analyze(text);

afterEach(() => setEmbedJudgeEnabled(model.enabled));

describe('the shipped vector subset', () => {
  it('holds 12,446 words in frequency order, 40 int8 dimensions each, with a scale per dimension', () => {
    const words = vectors.words.split(' ');
    expect(vectors.dims).toBe(40);
    expect(words.length).toBe(12446);
    expect(new Set(words).size).toBe(words.length);
    expect(words[0]).toBe('the');
    expect(vectors.scale).toHaveLength(40);
    expect(atob(vectors.data).length).toBe(words.length * vectors.dims);
    const table = decodeVectors(vectors);
    expect(table.vectors.length).toBe(words.length * 40);
    // Dequantised values stay within ±127 steps of each dimension's scale.
    const d = 7;
    const max = Math.max(...Array.from({ length: words.length }, (_, i) => Math.abs(table.vectors[i * 40 + d])));
    expect(max).toBeLessThanOrEqual(127 * vectors.scale[d] + 1e-6);
    expect(max).toBeGreaterThan(100 * vectors.scale[d]);
    expect(table.index.get('referrals')).toBeGreaterThan(0);
  });

  it('is what the judge loads, once', () => {
    expect(vectorTable()).toBe(vectorTable());
    expect(vectorTable().index.size).toBe(12446);
  });
});

describe('the shipped dense model', () => {
  it('has a hidden layer over two-word windows and an output layer per category with a precision threshold', () => {
    expect(model.dims).toBe(vectors.dims);
    expect(model.w1).toHaveLength(model.hidden * 2 * model.dims);
    expect(model.b1).toHaveLength(model.hidden);
    for (const c of CATS) {
      expect(model.categories[c].weights).toHaveLength(model.hidden + FLAG_COUNT);
      expect(model.categories[c].threshold).toBeGreaterThanOrEqual(0.5);
      expect(model.categories[c].threshold).toBeLessThan(1);
    }
  });

  it('scores fixed sentences the same way every time', () => {
    // Values from the shipped model; retraining (scripts/train-embed.ts --write) changes them on purpose.
    const expected: [string, (typeof CATS)[number], number][] = EXPECTED;
    for (const [sentence, c, p] of expected) {
      expect(scoreEmbed(sentence, c)!.probability).toBeCloseTo(p, 3);
      expect(scoreEmbed(sentence, c)!.probability).toBeCloseTo(p, 3);
    }
  });

  it('reports a span of content words only at or above the threshold', () => {
    const sentence = SPAN_SENTENCE;
    const table = vectorTable();
    const enc = encode(sentence, table);
    const fwd = forward(enc, table, model);
    const base = model.categories[SPAN_CATEGORY];
    const p = scoreDense(enc, fwd, table, model, base).probability;
    const below = scoreDense(enc, fwd, table, model, { ...base, threshold: Math.min(1, p + 0.001) });
    expect(below.end - below.start).toBe(0);
    const above = scoreDense(enc, fwd, table, model, { ...base, threshold: p - 0.001 });
    const span = sentence.slice(above.start, above.end);
    expect(span.length).toBeGreaterThan(0);
    expect(span.split(/\s+/).length).toBeLessThanOrEqual(5);
    expect(FUNCTION_WORDS.has(span.toLowerCase())).toBe(false);
    expect(span).toMatch(/^\p{L}/u);
  });

  it('never shows a bare agent noun as the charge', () => {
    const sentence = 'Cllr Penrose said the clerk had made a complete hash of the precept paperwork.';
    const table = vectorTable();
    const enc = encode(sentence, table);
    const base = model.categories.blame;
    const s = scoreDense(enc, forward(enc, table, model), table, model, { ...base, threshold: 0 }, new Set(['clerk']));
    expect(sentence.slice(s.start, s.end)).not.toMatch(/^(?:clerk|Cllr|Penrose)$/);
  });
});

describe('the judge inside the tone rules', () => {
  it('is on as shipped', () => {
    expect(embedJudgeEnabled()).toBe(model.enabled);
  });

  it('speaks at info severity with how sure it is, only where no rule of its category spoke', () => {
    setEmbedJudgeEnabled(false);
    expect(run(JUDGED).filter((d) => d.category === JUDGED_CATEGORY)).toEqual([]);
    setEmbedJudgeEnabled(true);
    const found = run(JUDGED);
    expect(found.map((d) => d.ruleId)).toEqual([JUDGED_RULE]);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toMatch(/\d+% sure/);
    expect(JUDGED.slice(found[0].start, found[0].end)).toBe(JUDGED_SPAN);
  });

  it('holds the switches: rule off, category off, allowed phrase', () => {
    expect(run(JUDGED, { rules: { [JUDGED_RULE]: 'off' } })).toEqual([]);
    expect(run(JUDGED, { categories: { [JUDGED_CATEGORY]: 'off' } })).toEqual([]);
    expect(run(JUDGED, { allow: [JUDGED_ALLOW] })).toEqual([]);
  });

  it('stays quiet on ordinary minutes', () => {
    for (const s of [
      'The minutes of the last meeting were agreed as a correct record.',
      'Home visits rose to 300 last month and families said they felt less isolated.',
      'The volunteers supported families with shopping and lifts to appointments.',
    ])
      expect(run(s)).toEqual([]);
  });
});

// Fixed sentences written for these tests (not from any evaluation set), with the shipped model's probabilities.
const EXPECTED: [string, 'blame' | 'org' | 'output', number][] = [
  ['Carers team to complete 80 carer assessments per quarter.', 'output', 0.99988],
  ['The repairs contractor fobbed the tenants off for months.', 'blame', 0.96428],
  ['Patients from outside the catchment are a matter for their own commissioners.', 'org', 0.99654],
  ['The minutes of the last meeting were agreed as a correct record.', 'blame', 0.15544],
];
const SPAN_SENTENCE = 'The repairs contractor fobbed the tenants off for months.';
const SPAN_CATEGORY = 'blame';
// No phrase rule and no cue-gated model speaks here; the dense judge does.
const JUDGED = 'Patients from outside the catchment are a matter for their own commissioners.';
const JUDGED_CATEGORY = 'org-centric';
const JUDGED_RULE = 'no-org-centric-tone';
const JUDGED_SPAN = 'catchment are a matter';
const JUDGED_ALLOW = 'a matter for their own commissioners';
