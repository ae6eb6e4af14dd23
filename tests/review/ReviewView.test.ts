// @vitest-environment happy-dom
// Component test of the review: every finding in order, accept / edit / dismiss, resume after closing, report, mark.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ReviewView from '../../components/ReviewView.svelte';
import { RecordingPanel } from '../panel/recording-panel.ts';
import { samplePage } from '../panel/make-problems.ts';
import type { PageProblems } from '../../lib/messages.ts';
import { documentKey } from '../../lib/review/review.ts';
import { loadReview } from '../../lib/review/store.ts';
import { settle, bodyText } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;
let sent: { type: string; data: unknown }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // @webext-core/messaging talks to chrome.runtime directly; answer recordSnapshot as the background would.
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      lastError: undefined,
      sendMessage: (msg: { type: string; data: unknown }, reply: (r: unknown) => void) => {
        sent.push({ type: msg.type, data: msg.data });
        reply({ res: { ok: true } });
      },
    },
  };
});
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
  delete (globalThis as { chrome?: unknown }).chrome;
});

/** A panel whose page drops a finding once it is changed or ignored, as the content script would. */
function livePanel() {
  const panel = new RecordingPanel(samplePage());
  panel.onChange = (_action, id) => {
    const page = panel.page!;
    return { ...page, problems: page.problems.filter((p) => p.id !== id) };
  };
  return panel;
}

const text = bodyText;
const button = (start: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(start))!;

async function open(panel: RecordingPanel) {
  app = mount(ReviewView, { target: document.body, props: { panel, onclose: () => {} } });
  await settle();
}

describe('ReviewView', () => {
  it('walks every finding, acts in the page, and ends with the report and the mark', async () => {
    const panel = livePanel();
    const [first, second, third] = samplePage().problems;
    await open(panel);
    expect(text()).toContain('Finding 1 of 3');
    expect(panel.calls[0]).toEqual(['reveal', first.id]);

    button('Accept: Describe the event').click();
    await settle();
    expect(text()).toContain('Finding 2 of 3');
    expect(text()).toContain('1 changed · 0 dismissed · 0 skipped');

    button('Dismiss…').click();
    flushSync();
    document.querySelector<HTMLInputElement>('input[value="agreed-wording"]')!.click();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(text()).toContain('Finding 3 of 3');

    button('Edit…').click();
    flushSync();
    const input = document.querySelector<HTMLInputElement>('#edit-text')!;
    input.value = 'Shared priorities';
    input.dispatchEvent(new Event('input'));
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();

    expect(panel.calls.filter((c) => c[0] !== 'reveal')).toEqual([
      ['applySuggestion', first.id, 0],
      ['ignore', second.id],
      ['replace', third.id, 'Shared priorities'],
    ]);
    expect(text()).toContain('Review complete');
    expect(text()).toContain('Changed (2)');
    expect(text()).toContain('“deliver 400 health checks”: Agreed wording');
    const cells = [...document.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent).join(' '));
    expect(cells).toEqual(['Findings 3 0', '– Blame 1 0', '– Organisation-centric 1 0', '– Output-only 1 0', 'Words 27 27']);

    button('Mark ready to circulate').click();
    await settle();
    expect(sent.filter((m) => m.type === 'recordSnapshot')).toEqual([
      {
        type: 'recordSnapshot',
        data: expect.objectContaining({
          readyToCirculate: true,
          reason: 'review',
          title: 'Partnership board, March',
          review: { changed: 2, dismissed: 1, skipped: 0, before: 3, after: 0 },
        }),
      },
    ]);
    expect(text()).toContain('Marked ready to circulate');
  });

  it('keeps its place when closed and reopened (state in storage.local)', async () => {
    const panel = livePanel();
    await open(panel);
    button('Skip').click();
    await settle();
    unmount(app!);
    app = undefined;
    const saved = await loadReview(documentKey(samplePage().url, samplePage().title));
    expect(saved?.index).toBe(1);
    await open(panel);
    expect(text()).toContain('Finding 2 of 3');
    button('Back').click();
    await settle();
    expect(text()).toContain('Finding 1 of 3');
  });

  it('asks for a reason when dismissing for another reason, and reports a failed change', async () => {
    const panel = livePanel();
    await open(panel);
    button('Dismiss…').click();
    flushSync();
    document.querySelector<HTMLInputElement>('input[value="other"]')!.click();
    flushSync();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('Say why you are dismissing this finding.');
    button('Cancel').click();
    flushSync();
    panel.answer = false;
    panel.notice = 'The change did not land in the page.';
    button('Accept: Describe the event').click();
    await settle();
    expect(text()).toContain('Finding 1 of 3');
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('The change did not land in the page.');
  });

  it('downloads the report as Markdown and escaped HTML, and copies Markdown', async () => {
    const page = samplePage({ title: 'Board <script>alert(1)</script>' });
    const panel = new RecordingPanel(page);
    await open(panel);
    for (let i = 0; i < 3; i++) {
      button('Skip').click();
      await settle();
    }
    const blobs: Blob[] = [];
    const created = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return 'blob:report';
    };
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void (copied = t) }, configurable: true });
    try {
      button('Download Markdown').click();
      button('Download HTML').click();
      button('Copy Markdown').click();
      await settle();
    } finally {
      URL.createObjectURL = created;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).toEqual([expect.stringMatching(/^review-board-script-alert-1-script-\d{4}-\d{2}-\d{2}\.md$/), expect.stringMatching(/\.html$/)]);
    const [md, html] = await Promise.all(blobs.map((b) => b.text()));
    expect(md).toContain('## Skipped (3)');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Board &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(copied).toBe(md);
    expect(document.querySelector('.report .status')!.textContent).toBe('Report copied as Markdown.');
  });

  it('leaves no stale status line: the next step is revealed by its fresh id, and the report starts clean', async () => {
    /** As the real panel: the page changes in the content script at once, the panel sees it only on refresh. */
    class DeferredPanel extends RecordingPanel {
      truth: PageProblems = samplePage();
      override async refresh() {
        this.page = this.truth;
      }
      override async reveal(id: string) {
        this.calls.push(['reveal', id]);
        const ok = this.truth.problems.some((p) => p.id === id);
        if (!ok) this.say('Those words are no longer in the page.');
        return ok;
      }
      override async applySuggestion(id: string, i: number) {
        this.calls.push(['applySuggestion', id, i]);
        // The change is five characters longer: every later finding in the editor moves, and so does its id.
        const shift = (p: Problem) => ({ ...p, id: p.id.replace(/:(\d+):/, (_, n) => `:${Number(n) + 5}:`), diagnostic: { ...p.diagnostic, start: p.diagnostic.start + 5 } });
        this.truth = { ...this.truth, problems: this.truth.problems.filter((p) => p.id !== id).map(shift) };
        this.say('Change made in the page.');
        return true;
      }
      override async ignore(id: string) {
        this.calls.push(['ignore', id]);
        this.truth = { ...this.truth, problems: this.truth.problems.filter((p) => p.id !== id) };
        this.say('Ignored in this page.');
        return true;
      }
    }
    type Problem = PageProblems['problems'][number];
    const panel = new DeferredPanel(samplePage());
    await open(panel);
    button('Accept: Describe the event').click();
    await settle();
    expect(text()).toContain('Finding 2 of 3');
    const reveals = panel.calls.filter((c) => c[0] === 'reveal').map((c) => c[1]);
    expect(reveals.at(-1)).toBe(panel.truth.problems[0].id);
    expect(panel.notice).not.toContain('no longer');
    for (let i = 0; i < 2; i++) {
      button('Dismiss…').click();
      flushSync();
      document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
    }
    expect(text()).toContain('Review complete');
    expect(panel.notice).toBe('');
  });
});
