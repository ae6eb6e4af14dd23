// @vitest-environment happy-dom
// Fix all in the Problems panel: the button, a preview of every change, and one call with the chosen problems.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import ProblemsPanel from '../../components/ProblemsPanel.svelte';
import { RecordingPanel } from './recording-panel.ts';
import { samplePage } from './make-problems.ts';

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

const button = (re: RegExp) => [...document.querySelectorAll('button')].find((b) => re.test(b.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

describe('Apply all safe rewrites', () => {
  it('previews each change and applies the fixable problems in one call', async () => {
    const panel = new RecordingPanel(samplePage());
    app = mount(ProblemsPanel, { target: document.body, props: { panel } });
    flushSync();
    const fixable = panel.page!.problems.filter((p) => p.diagnostic.suggestions.some((s) => s.replacement !== undefined));
    expect(fixable.length).toBeGreaterThan(0);
    button(/^Apply all safe rewrites/)!.click();
    flushSync();
    const items = [...document.querySelectorAll('.preview li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(fixable.length);
    expect(items[0]).toContain('→');
    button(/^Apply \d+ changes?$/)!.click();
    await tick();
    expect(panel.calls).toContainEqual(['applyAll', fixable.map((p) => p.id).join(',')]);
  });
});

describe('Apply all safe rewrites preview', () => {
  it('strikes the whole range a rewrite replaces, not only the flagged words', async () => {
    const { makeProblem } = await import('./make-problems.ts');
    const text = 'As usual the agency dropped the ball on the letters.';
    const p = makeProblem({
      text,
      match: 'dropped the ball',
      suggestions: [{ title: 'Describe what happened', replacement: 'The letters were delayed', range: { start: 0, end: text.length - 1 } }],
    });
    p.replaced = text.slice(0, -1);
    const panel = new RecordingPanel({ ...samplePage(), problems: [p] });
    app = mount(ProblemsPanel, { target: document.body, props: { panel } });
    flushSync();
    button(/^Apply all safe rewrites/)!.click();
    flushSync();
    const li = document.querySelector('.preview li')!;
    expect(li.querySelector('del')!.textContent).toBe('As usual the agency dropped the ball on the letters');
    expect(li.querySelector('ins')!.textContent).toBe('The letters were delayed');
  });
});
