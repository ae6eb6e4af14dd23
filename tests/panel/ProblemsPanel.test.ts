// @vitest-environment happy-dom
// Component test of the Problems panel: groups, summary, filter, toggles, reveal, quick fix, ignore, keyboard.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import ProblemsPanel from '../../components/ProblemsPanel.svelte';
import { RecordingPanel } from './recording-panel.ts';
import { makeProblem, samplePage } from './make-problems.ts';

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

function render(panel: RecordingPanel) {
  app = mount(ProblemsPanel, { target: document.body, props: { panel } });
  flushSync();
  return document.body;
}
const rows = () => [...document.querySelectorAll<HTMLButtonElement>('button.row-main')];
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name)!;

describe('ProblemsPanel', () => {
  it('shows groups with counts, summary and the practice most at stake', () => {
    const body = render(new RecordingPanel(samplePage()));
    const heads = [...body.querySelectorAll('.group-head')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).toEqual(['Blame 1', 'Organisation-centric 1', 'Output-only 1']);
    const summary = body.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).toContain('3 findings in 27 words');
    expect(summary).toContain('111.1 per 1,000 words');
    expect(summary).toContain('Practice most at stake: Outcomes, not outputs');
    expect(rows()).toHaveLength(3);
    expect(rows()[0].textContent).toContain('no-person-as-cause');
    expect(rows()[0].querySelector('mark')!.textContent).toBe('Riverside Council failed to');
  });

  it('renders page text as text, never as HTML', () => {
    const page = samplePage();
    page.problems[0].match = '<img src=x onerror="window.hacked=1">';
    page.problems[0].diagnostic.message = '<b>bold</b>';
    const body = render(new RecordingPanel(page));
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('.message b')).toBeNull();
    expect(rows()[0].textContent).toContain('<img src=x');
  });

  it('filters by text and toggles categories and severities', async () => {
    render(new RecordingPanel(samplePage()));
    const input = document.querySelector<HTMLInputElement>('#filter')!;
    input.value = 'prefer-outcome';
    input.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows().map((r) => r.closest('li')!.dataset.problemId)).toEqual([samplePage().problems[1].id]);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    flushSync();
    button('Blame').click();
    flushSync();
    expect(button('Blame').getAttribute('aria-pressed')).toBe('false');
    expect(rows()).toHaveLength(2);
    button('Information').click();
    flushSync();
    expect(rows()).toHaveLength(1);
    input.value = 'nothing-matches-this';
    input.dispatchEvent(new Event('input'));
    flushSync();
    expect(document.body.textContent).toContain('No problems match the filter.');
    button('Clear filter').click();
    flushSync();
    expect(rows()).toHaveLength(3);
  });

  it('reveals on click and Enter, applies a quick fix and ignores', async () => {
    const panel = new RecordingPanel(samplePage());
    render(panel);
    const [first, second] = samplePage().problems;
    rows()[0].click();
    rows()[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    rows()[1].focus();
    rows()[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(rows()[2]);
    // Fixes and Ignore sit in the row's details, opened with the chevron or the Right arrow.
    rows()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    document.querySelector<HTMLButtonElement>(`li[data-problem-id="${second.id}"] .twist`)!.click();
    flushSync();
    button('Describe the event → “The referrals were not sent”').click();
    document.querySelector<HTMLButtonElement>(`li[data-problem-id="${second.id}"] .ignore`)!.click();
    await tick();
    expect(panel.calls).toEqual([
      ['reveal', first.id],
      ['applySuggestion', first.id, 0],
      ['ignore', second.id],
    ]);
    // Only suggestions with a replacement become quick-fix buttons; guided prompts do not.
    expect(button('Ask what got in the way')).toBeUndefined();
  });

  it('collapses a group and offers page checks when the page has no editor', () => {
    const panel = new RecordingPanel(null);
    render(panel);
    expect(document.body.textContent).toContain('Common Ground is not running on this page');
    button('Check this page').click();
    button('Check selection').click();
    expect(panel.calls).toEqual([
      ['check', 'false'],
      ['check', 'true'],
    ]);
    expect(button('Review').disabled).toBe(true);
  });

  it('collapses and expands a category', () => {
    render(new RecordingPanel(samplePage()));
    const head = document.querySelector<HTMLButtonElement>('.group-head')!;
    head.click();
    flushSync();
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(rows()).toHaveLength(2);
    head.click();
    flushSync();
    expect(rows()).toHaveLength(3);
  });
});

describe('ProblemsPanel rows, as in VS Code', () => {
  const line = (li: Element) => li.querySelector('.line')!.textContent!.replace(/\s+/g, ' ').trim();

  it('shows one line per problem (message, words, rule, position) and the details on demand', () => {
    render(new RecordingPanel(samplePage()));
    const li = document.querySelector('li.row')!;
    expect(li.querySelector('.detail')).toBeNull();
    expect(line(li)).toBe('Warning: “Riverside Council failed to” is flagged. Riverside Council failed to no-person-as-cause [Ln 1, Col 1]');
    expect(li.querySelectorAll('.line button.fix, .line .practice')).toHaveLength(0);
    const main = li.querySelector<HTMLButtonElement>('button.row-main')!;
    main.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    flushSync();
    expect(li.querySelector('.twist')!.getAttribute('aria-expanded')).toBe('true');
    const detail = li.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
    expect(detail).toContain('Practice 4: Stay curious, not blaming.');
    expect(detail).toContain('Ask what got in the way');
    // The fix button says what it will write, as the hover card does.
    expect([...li.querySelectorAll('button.fix')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Describe the event → “The referrals were not sent”',
    ]);
    main.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    flushSync();
    expect(li.querySelector('.detail')).toBeNull();
  });

  it('names the editor on each row when the page has more than one', () => {
    const page = samplePage();
    page.problems = page.problems.map((p, i) => ({ ...p, editorKey: i === 2 ? 'e2' : 'e1', editor: i === 2 ? 'Actions' : 'Minutes' }));
    render(new RecordingPanel(page));
    expect([...document.querySelectorAll('li.row .editor')].map((e) => e.textContent!.trim())).toEqual(['· Minutes', '· Actions', '· Minutes']);
    unmount(app!);
    app = undefined;
    const single = samplePage();
    single.problems = single.problems.map((p) => ({ ...p, editor: 'Minutes' }));
    render(new RecordingPanel(single));
    expect(document.querySelectorAll('li.row .editor')).toHaveLength(0);
  });

  it('filters on the context around the words and on the editor name', () => {
    const texts = ['The ward clerk failed to send the referrals on time.', 'The team will deliver 400 checks.', 'Our organisation comes first.'];
    const page = samplePage({
      problems: [
        makeProblem({ text: texts[0], match: 'failed to', editorKey: 'e0' }),
        makeProblem({ text: texts[1], match: 'deliver 400 checks', editorKey: 'e1' }),
        makeProblem({ text: texts[2], match: 'Our organisation', editorKey: 'e2' }),
      ].map((p, i) => ({ ...p, editor: i === 2 ? 'Actions' : 'Minutes' })),
    });
    render(new RecordingPanel(page));
    const input = document.querySelector<HTMLInputElement>('#filter')!;
    // "referrals" is only in the context after the first finding's words.
    input.value = 'referrals';
    input.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows().map((r) => r.closest('li')!.dataset.problemId)).toEqual([page.problems[0].id]);
    input.value = 'actions';
    input.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows().map((r) => r.closest('li')!.dataset.problemId)).toEqual([page.problems[2].id]);
  });
});

describe('ProblemsPanel and pages with many editors', () => {
  it('says how many editors wait to be checked until they scroll into view', () => {
    render(new RecordingPanel(samplePage({ waiting: 12 })));
    expect(document.querySelector('.waiting')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '12 more editors on this page are checked when scrolled into view.',
    );
  });
});

describe('ProblemsPanel sources', () => {
  it('says when the list was read from the page, a selection or Google Docs', () => {
    render(new RecordingPanel(samplePage({ source: 'google-docs' })));
    expect(document.querySelector('.summary .source')!.textContent).toContain('Google Docs');
    unmount(app!);
    app = undefined;
    render(new RecordingPanel(samplePage({ source: 'selection' })));
    expect(document.querySelector('.summary .source')!.textContent).toBe('Read from the selected text only.');
  });
});

describe('ProblemsPanel and the review', () => {
  it('opens the review and returns to the list when the panel follows another tab', async () => {
    const panel = new RecordingPanel(samplePage());
    render(panel);
    button('Review').click();
    flushSync();
    expect(document.querySelector('section.review')).not.toBeNull();
    panel.tabId = 8;
    flushSync();
    expect(document.querySelector('section.review')).toBeNull();
    expect(rows()).toHaveLength(3);
  });
});
