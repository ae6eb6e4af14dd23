// The background holds the settings: read once, re-read on change; invalid settings stop checking with a reason.
import { describe, expect, it } from 'vitest';
import { AnalysisHost } from '../../lib/background/analysis-host.ts';
import * as engine from '../../lib/engine/index.ts';

const BLAME = 'The out-of-hours provider dropped the ball on the weekend handover.';
const loadEngine = async () => engine;

function host(initial: unknown) {
  let stored = initial;
  const h = new AnalysisHost(async () => stored, loadEngine);
  return { h, set: (v: unknown) => ((stored = v), h.invalidate()) };
}

describe('AnalysisHost', () => {
  it('reads the settings once for any number of requests, and again only after a change', async () => {
    const { h, set } = host({ rules: { 'no-blame-idiom': 'error' } });
    for (let i = 0; i < 50; i++) {
      const r = await h.analyze(`e${i % 3}`, `${BLAME} ${'x'.repeat(i)}`);
      expect('diagnostics' in r && r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
    expect(h.reads).toBe(1);
    set({ categories: { blame: 'off' } });
    expect(await h.analyze('e0', BLAME)).toEqual({ diagnostics: [] });
    expect(h.reads).toBe(2);
  });

  it('checks on with an unknown rule id in storage, and says it was ignored', async () => {
    const { h } = host({ rules: { 'no-such-rule': 'off' } });
    const r = await h.analyze('e', BLAME);
    expect('diagnostics' in r && r.diagnostics.length).toBeGreaterThan(0);
    expect('diagnostics' in r && r.notices).toEqual(['No rule has the id “no-such-rule”: its setting was ignored.']);
  });

  it('stops with the reason and the faulty part when stored settings are invalid, never "no problems"', async () => {
    const { h, set } = host({ organisation: 'North Trust', rules: { 'no-blame-idiom': 'loud' } });
    const r = await h.analyze('e', BLAME);
    expect(r).toEqual({
      stopped: { reason: expect.stringMatching(/^The saved settings cannot be used\. Invalid settings at "rules\.no-blame-idiom"/), part: 'rules' },
    });
    set({ allow: Array(3000).fill('agreed wording') });
    expect(await h.analyze('e', BLAME)).toMatchObject({ stopped: { reason: expect.stringContaining('at most 2,000 allowed phrases'), part: 'allow' } });
    set({ colour: 'blue' });
    expect(await h.analyze('e', BLAME)).toMatchObject({ stopped: { part: '*' } });
    set({});
    expect(await h.analyze('e', BLAME)).toMatchObject({ diagnostics: [expect.anything()] });
  });

  it('turns an engine failure into a stopped answer', async () => {
    const broken = async () => ({ ...engine, createAnalyzer: () => ({ notices: [], analyze: () => { throw new Error('rule exploded'); } }) });
    const h = new AnalysisHost(async () => ({}), broken);
    expect(await h.analyze('e', BLAME)).toEqual({ stopped: { reason: 'The checker failed on this text (rule exploded).' } });
  });
});
