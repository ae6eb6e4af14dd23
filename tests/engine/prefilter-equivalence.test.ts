// The prefilter changes no finding: every training text and fixture, analysed with it and without it, under several settings.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Settings } from '../../lib/engine/index.ts';
import { setPrefilter } from '../../lib/engine/prefilter.ts';

const ROOT = path.resolve(__dirname, '../..');

function texts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const train = path.join(ROOT, 'data/train');
  for (const f of readdirSync(train).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(train, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l, i) => out.push({ id: `${f}:${i + 1}`, text: String((JSON.parse(l) as { text?: unknown }).text ?? '') }));
  }
  const fixtures = path.join(ROOT, 'tests/fixtures');
  for (const f of (readdirSync(fixtures, { recursive: true }) as string[]).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
    out.push({ id: f, text: readFileSync(path.join(fixtures, f), 'utf8') });
  }
  return out;
}

const VARIANTS: Record<string, Settings> = {
  default: {},
  // Switches too: a rule off (its rule runs on the side), the own organisation, a partner and an allowed phrase.
  switches: { rules: { 'no-judgement-word': 'off' }, organisation: 'the council', partners: ['the trust'], allow: ['dropped the ball'] },
};

function findings(all: { id: string; text: string }[], settings: Settings): string[] {
  const analyzer = createAnalyzer(settings, { fresh: true });
  return all.flatMap((d) =>
    analyzer.analyze(d.text).map((f) => JSON.stringify([d.id, f.ruleId, f.start, f.end, f.message, f.note ?? null, f.suggestions])),
  );
}

describe('prefilter equivalence', () => {
  const all = texts();
  for (const [name, settings] of Object.entries(VARIANTS)) {
    it(`finds the same with and without the prefilter (${name})`, () => {
      setPrefilter(false);
      let without: string[];
      try {
        without = findings(all, settings);
      } finally {
        setPrefilter(true, 0);
      }
      const withFilter = findings(all, settings);
      expect(without.length).toBeGreaterThan(100);
      expect(withFilter).toEqual(without);
    }, 600_000);
  }
});
