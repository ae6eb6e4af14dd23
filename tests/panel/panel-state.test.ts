// PanelState against the messaging layer: ?tabId pinning, refresh outcomes, live updates for its own tab only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelState } from '../../components/panel-state.svelte.ts';
import { samplePage } from './make-problems.ts';

type Listener = (msg: unknown, sender: unknown, reply: (r: unknown) => void) => boolean | void;
let listeners: Listener[] = [];
const started: PanelState[] = [];
let tabAnswers: Record<number, (msg: { type: string; data: unknown }) => unknown> = {};
const sentToTabs: [number, string, unknown][] = [];
const sentToBackground: [string, unknown][] = [];

beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  tabAnswers = {};
  sentToTabs.length = 0;
  sentToBackground.length = 0;
  // @webext-core/messaging speaks to chrome.* directly; this plays the content scripts of a few tabs.
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      lastError: undefined,
      sendMessage: (msg: { type: string; data: unknown }, reply: (r: unknown) => void) => {
        sentToBackground.push([msg.type, msg.data]);
        reply({ res: { ok: true } });
      },
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => (listeners = listeners.filter((x) => x !== l)),
      },
    },
    tabs: {
      sendMessage: (tabId: number, msg: { type: string; data: unknown }, _opts: unknown, reply: (r: unknown) => void) => {
        sentToTabs.push([tabId, msg.type, msg.data]);
        const answer = tabAnswers[tabId];
        // No content script: Chrome calls back with nothing.
        reply(answer ? { res: answer(msg) } : undefined);
      },
    },
  };
});
afterEach(() => {
  // @webext-core/messaging allows one listener per message type per context: always let go.
  for (const p of started.splice(0)) p.stop();
  delete (globalThis as { chrome?: unknown }).chrome;
});

/** A background broadcast as it arrives in the panel. */
function broadcast(tabId: number, page: ReturnType<typeof samplePage>) {
  for (const l of listeners) l({ id: 1, type: 'tabProblemsChanged', data: { tabId, page }, timestamp: Date.now() }, {}, () => {});
}

describe('PanelState', () => {
  it('pins to ?tabId and asks that tab for its problems', async () => {
    tabAnswers[12] = () => samplePage();
    const panel = new PanelState('?tabId=12');
    expect(panel.pinned).toBe(true);
    started.push(panel);
    await panel.start();
    expect(panel.status).toBe('ready');
    expect(panel.page?.problems).toHaveLength(3);
    expect(sentToTabs[0]).toEqual([12, 'getProblems', undefined]);
    panel.stop();
  });

  it('follows the active tab without ?tabId', async () => {
    // The fake browser starts with no window after reset; a real panel always has one.
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://notes.example.org/a', active: true });
    tabAnswers[tab.id!] = () => samplePage();
    const panel = new PanelState('');
    expect(panel.pinned).toBe(false);
    started.push(panel);
    await panel.start();
    expect(panel.tabId).toBe(tab.id);
    expect(panel.status).toBe('ready');
    panel.stop();
  });

  it('tells apart a page with no editors from a page where nothing answers', async () => {
    tabAnswers[3] = () => null;
    const quiet = new PanelState('?tabId=3');
    await quiet.refresh();
    expect(quiet.status).toBe('no-editors');
    expect(quiet.unavailableText).toContain('No notes editor');
    const absent = new PanelState('?tabId=4');
    await absent.refresh();
    expect(absent.status).toBe('unavailable');
    expect(absent.unavailableText).toContain('not running on this page');
  });

  it('takes live updates for its own tab only', async () => {
    tabAnswers[5] = () => null;
    const panel = new PanelState('?tabId=5');
    started.push(panel);
    await panel.start();
    broadcast(6, samplePage({ title: 'Other tab' }));
    expect(panel.page).toBeNull();
    broadcast(5, samplePage({ title: 'Mine' }));
    expect(panel.page?.title).toBe('Mine');
    expect(panel.status).toBe('ready');
    panel.stop();
    expect(listeners).toHaveLength(0);
  });

  it('sends page actions and reports their outcome', async () => {
    tabAnswers[9] = (msg) =>
      msg.type === 'applySuggestion' ? { ok: false, message: 'The editor refused the change.' } : msg.type === 'checkPage' ? samplePage({ source: 'page' }) : true;
    const panel = new PanelState('?tabId=9');
    expect(await panel.reveal('e1:0:x')).toBe(true);
    expect(await panel.applySuggestion('e1:0:x', 0)).toBe(false);
    expect(panel.notice).toBe('The editor refused the change.');
    expect(await panel.ignore('e1:0:x')).toBe(true);
    await panel.check(true);
    expect(panel.page?.source).toBe('page');
    expect(sentToTabs.map(([, type, data]) => [type, data])).toEqual([
      ['revealProblem', { id: 'e1:0:x' }],
      ['applySuggestion', { id: 'e1:0:x', suggestionIndex: 0 }],
      ['ignoreProblem', { id: 'e1:0:x' }],
      ['checkPage', { selectionOnly: true }],
    ]);
    // Ignoring a listed finding also notes the dismissal in history.
    panel.page = samplePage();
    expect(await panel.ignore(samplePage().problems[1].id)).toBe(true);
    expect(sentToBackground).toEqual([
      ['recordDismissal', { url: samplePage().url, title: samplePage().title, ruleId: 'prefer-outcome', excerpt: 'deliver 400 health checks' }],
    ]);
    const gone = new PanelState('?tabId=10');
    expect(await gone.replace('e1:0:x', 'new words')).toBe(false);
    expect(gone.notice).toContain('change it in the page by hand');
  });

  it('merges the problems of every frame of the tab and sends each action to the frame that holds the problem', async () => {
    const chromeMock = (globalThis as unknown as { chrome: { runtime: Record<string, unknown>; tabs: Record<string, unknown> } }).chrome;
    const frameCalls: [number | undefined, string][] = [];
    // The background knows frames 0 and 4 reported problems; each frame's content script answers for itself.
    chromeMock.runtime.sendMessage = (msg: { type: string }, reply: (r: unknown) => void) =>
      reply({ res: msg.type === 'tabFrames' ? [0, 4] : { ok: true } });
    const framePage = samplePage({ url: 'https://notes.example.org/frame', words: 10 });
    chromeMock.tabs.sendMessage = (_tab: number, msg: { type: string }, opts: { frameId?: number } | undefined, reply: (r: unknown) => void) => {
      frameCalls.push([opts?.frameId, msg.type]);
      if (msg.type !== 'getProblems') return reply({ res: { ok: true } });
      // Without a frame id Chrome takes the first frame's answer only: the top frame's here.
      reply({ res: opts?.frameId === 4 ? framePage : samplePage() });
    };
    const panel = new PanelState('?tabId=11');
    await panel.refresh();
    expect(panel.page?.problems).toHaveLength(6);
    expect(panel.page?.words).toBe(37);
    expect(panel.page?.url).toBe(samplePage().url);
    expect(panel.page?.problems.map((p) => p.frameId)).toEqual([0, 0, 0, 4, 4, 4]);
    frameCalls.length = 0;
    const inFrame = panel.page!.problems[4];
    await panel.applySuggestion(inFrame.id, 0, inFrame.frameId);
    await panel.reveal(panel.page!.problems[0].id, false, 0);
    expect(frameCalls).toEqual([
      [4, 'applySuggestion'],
      [0, 'revealProblem'],
    ]);
  });
});
