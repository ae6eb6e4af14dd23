// @vitest-environment happy-dom
// Fix all in the review: a preview of every change (the whole range replaced), one category or all, applied as one
// step with each settled finding accepted, and one Undo that restores the page's words and the review's place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ReviewView from '../../components/ReviewView.svelte';
import { RecordingPanel } from '../panel/recording-panel.ts';
import { makeProblem } from '../panel/make-problems.ts';
import type { PageProblems } from '../../lib/messages.ts';
import { documentKey } from '../../lib/review/review.ts';
import { loadReview } from '../../lib/review/store.ts';
import { planReviewFixes } from '../../lib/review/fix-all.ts';
import { startReview } from '../../lib/review/review.ts';
import { settle, bodyText } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: { lastError: undefined, sendMessage: (_m: unknown, reply: (r: unknown) => void) => reply({ res: { ok: true } }) },
  };
});
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
  delete (globalThis as { chrome?: unknown }).chrome;
});

const TEXT =
  'As usual the agency dropped the ball on the discharge letters.\nThe trust will deliver 400 health checks by March.\nOur budget comes first in this bid.';

/** Three findings: a blame rewrite wider than its flagged words, an output-only rewrite, and advice only. */
function page(): PageProblems {
  const blameStart = TEXT.indexOf('As usual');
  const blameEnd = TEXT.indexOf('.');
  const blame = makeProblem({
    text: TEXT,
    match: 'dropped the ball',
    ruleId: 'no-dropped-ball',
    suggestions: [{ title: 'Describe what happened', replacement: 'The discharge letters were delayed', range: { start: blameStart, end: blameEnd } }],
  });
  blame.replaced = TEXT.slice(blameStart, blameEnd);
  const output = makeProblem({
    text: TEXT,
    match: 'deliver 400 health checks',
    ruleId: 'prefer-outcome',
    category: 'output-only',
    practice: 2,
    suggestions: [{ title: 'Add who is better off', replacement: 'deliver 400 health checks, so that people stay well' }],
  });
  const org = makeProblem({ text: TEXT, match: 'Our budget comes first', ruleId: 'no-org-first', category: 'org-centric', practice: 1 });
  return { url: 'https://notes.example.org/doc/9', title: 'Board notes', words: 30, source: 'editors', problems: [blame, output, org] };
}

const text = bodyText;
const button = (re: RegExp) => [...document.querySelectorAll('button')].find((b) => re.test(b.textContent!.replace(/\s+/g, ' ').trim()));
const previewItems = () => [...document.querySelectorAll('.review-fix-all .preview li')];

describe('review fix-all', () => {
  it('plans the whole replaced range with its context, not only the flagged words', () => {
    const fixes = planReviewFixes(startReview(page()), page().problems);
    expect(fixes).toHaveLength(2);
    expect(fixes[0]).toMatchObject({ replaced: 'As usual the agency dropped the ball on the discharge letters', contextBefore: '', replacement: 'The discharge letters were delayed' });
    expect(fixes[0].contextAfter.startsWith('.\nThe trust')).toBe(true);
    // Recorded with the whole words replaced, so the report shows the real change.
    expect(Object.values(fixes[0].decisions)[0]).toMatchObject({ kind: 'accepted', replaced: 'As usual the agency dropped the ball on the discharge letters' });
    expect(fixes[1]).toMatchObject({ replaced: 'deliver 400 health checks', contextBefore: 'As usual the agency dropped the ball on the discharge letters.\nThe trust will '.slice(-40) });
    expect(planReviewFixes(startReview(page()), page().problems, 'output-only').map((f) => f.category)).toEqual(['output-only']);
  });

  it('previews every change, applies one category or all in one step, records them, and undoes in one step', async () => {
    const original = page();
    const panel = new RecordingPanel(original);
    // The page after fix-all: the rewritten findings are gone; after undo, they are back.
    panel.onChange = (action) => (action === 'undoApplyAll' ? original : { ...original, problems: original.problems.slice(2) });
    app = mount(ReviewView, { target: document.body, props: { panel, onclose: () => {} } });
    await settle();
    expect(text()).toContain('Finding 1 of 3');

    button(/^Apply all safe rewrites \(2\)/)!.click();
    flushSync();
    let items = previewItems();
    expect(items).toHaveLength(2);
    // The whole range replaced is struck through, not only "dropped the ball".
    expect(items[0].querySelector('del')!.textContent).toBe('As usual the agency dropped the ball on the discharge letters');
    expect(items[0].querySelector('ins')!.textContent).toBe('The discharge letters were delayed');
    expect(items[1].querySelector('del')!.textContent).toBe('deliver 400 health checks');
    expect(items[1].textContent).toContain('The trust will');

    // One category only.
    const select = document.querySelector<HTMLSelectElement>('.review-fix-all select')!;
    select.value = 'output-only';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    items = previewItems();
    expect(items.map((li) => li.getAttribute('data-category'))).toEqual(['output-only']);
    select.value = 'all';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();

    button(/^Apply 2 changes$/)!.click();
    await settle();
    const [blame, output, org] = original.problems;
    expect(panel.calls).toContainEqual(['applyAll', `${blame.id},${output.id}`]);
    // Both settled findings are accepted; the walk is on at the one left (advice only).
    expect(text()).toContain('Finding 3 of 3');
    expect(text()).toContain('2 changed · 0 dismissed · 0 skipped');
    expect(text()).toContain('2 changes made in the page.');
    const saved = await loadReview(documentKey(original.url, original.title), panel.page!.problems);
    expect(saved?.index).toBe(2);
    expect(Object.values(saved!.decisions).map((d) => d.kind)).toEqual(['accepted', 'accepted']);
    // Excerpts are off: the stored review keeps no note text (the words replaced included).
    expect(JSON.stringify(saved)).not.toContain('As usual the agency');

    button(/^Undo$/)!.click();
    await settle();
    expect(panel.calls).toContainEqual(['undoApplyAll', '']);
    expect(text()).toContain('Finding 1 of 3');
    expect(text()).toContain('0 changed · 0 dismissed · 0 skipped');
    expect(text()).not.toContain('changes made in the page');
    const restored = await loadReview(documentKey(original.url, original.title), panel.page!.problems);
    expect(restored?.decisions).toEqual({});
    expect(org.match).toBe('Our budget comes first');
  });

  it('keeps the review as it was when the page refuses the changes', async () => {
    const panel = new RecordingPanel(page());
    panel.answer = false;
    app = mount(ReviewView, { target: document.body, props: { panel, onclose: () => {} } });
    await settle();
    button(/^Apply all safe rewrites/)!.click();
    flushSync();
    button(/^Apply 2 changes$/)!.click();
    await settle();
    expect(text()).toContain('Finding 1 of 3');
    expect(text()).toContain('0 changed');
    expect(document.querySelector('[role="alert"]')!.textContent).toMatch(/did not land|did not work/);
    expect(button(/^Undo$/)).toBeUndefined();
  });
});
