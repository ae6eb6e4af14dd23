// Side panel state: which tab it follows, that tab's problems, and the actions sent to its content script.
import { browser } from 'wxt/browser';
import { sendMessage, onMessage, type PageProblems } from '../lib/messages.ts';
import { mergeFramePages } from '../lib/background/tab-problems.ts';

/** 'no-editors': the content script answered but found nothing to check; 'unavailable': nothing answered. */
export type PanelStatus = 'loading' | 'ready' | 'no-editors' | 'unavailable';

/** Why the panel may have nothing to show, in words for the user. */
const EXPLANATIONS: Record<'no-editors' | 'unavailable', string> = {
  'no-editors': 'No notes editor was found on this page. Use “Check this page” for published minutes, or select some text and use “Check selection”.',
  unavailable:
    'Common Ground is not running on this page. Turn it on for this site with the toolbar button or in Settings › Sites, then reload the page.',
};

export class PanelState {
  tabId = $state<number | null>(null);
  page = $state<PageProblems | null>(null);
  status = $state<PanelStatus>('loading');
  /** Last action's outcome, announced in a live region. */
  notice = $state('');
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by ?tabId=N: the panel then stays on that tab instead of following the active one. */
  readonly pinned: boolean;
  private cleanups: (() => void)[] = [];

  constructor(search = globalThis.location?.search ?? '') {
    const id = Number(new URLSearchParams(search).get('tabId'));
    this.pinned = Number.isInteger(id) && id > 0;
    if (this.pinned) this.tabId = id;
  }

  async start(): Promise<void> {
    this.cleanups.push(
      onMessage('tabProblemsChanged', ({ data }) => {
        if (data.tabId === this.tabId) {
          this.page = data.page;
          this.status = 'ready';
        }
      }),
    );
    if (!this.pinned) {
      const onActivated = (info: { tabId: number }) => void this.follow(info.tabId);
      browser.tabs.onActivated.addListener(onActivated);
      this.cleanups.push(() => browser.tabs.onActivated.removeListener(onActivated));
    }
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === this.tabId && info.status === 'complete') void this.refresh();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    this.cleanups.push(() => browser.tabs.onUpdated.removeListener(onUpdated));
    if (!this.pinned) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      this.tabId = tab?.id ?? null;
    }
    await this.refresh();
  }

  stop(): void {
    for (const c of this.cleanups.splice(0)) c();
  }

  private async follow(tabId: number): Promise<void> {
    this.tabId = tabId;
    this.page = null;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    if (this.tabId == null) {
      this.status = 'unavailable';
      return;
    }
    const tabId = this.tabId;
    // Every frame with editors answers for itself (a message to the tab would take only the first answer).
    const known = await sendMessage('tabFrames', { tabId }).catch(() => []);
    const frames = [...new Set([0, ...(Array.isArray(known) ? known : [])])];
    const answers = await Promise.all(
      frames.map(async (frameId) => {
        try {
          return [frameId, (await sendMessage('getProblems', undefined, { tabId, frameId })) ?? null] as const;
        } catch {
          return [frameId, undefined] as const;
        }
      }),
    );
    if (tabId !== this.tabId) return;
    if (answers.every(([, page]) => page === undefined)) {
      this.status = 'unavailable';
      return;
    }
    const page = mergeFramePages(answers);
    this.page = page;
    this.status = page ? 'ready' : 'no-editors';
  }

  /** Where a page action goes: the frame holding the problem, else the whole tab. */
  private target(id: string, frameId?: number): number | { tabId: number; frameId: number } {
    const frame = frameId ?? this.page?.problems.find((p) => p.id === id)?.frameId;
    return frame === undefined ? this.tabId! : { tabId: this.tabId!, frameId: frame };
  }

  /** Shows an action's outcome for a few seconds (also announced through the panel's live region). */
  say(message: string): void {
    this.notice = message;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      if (this.notice === message) this.notice = '';
    }, 8000);
  }

  /** Drops the last outcome when the view moves on (a review step, the report): an old line must not read as news. */
  clearNotice(): void {
    clearTimeout(this.noticeTimer);
    this.notice = '';
  }

  get unavailableText(): string {
    return this.status === 'no-editors' ? EXPLANATIONS['no-editors'] : EXPLANATIONS.unavailable;
  }

  /** "Check this page" / "Check selection" for pages without an editor, or read-only minutes. */
  async check(selectionOnly: boolean): Promise<void> {
    if (this.tabId == null) return;
    try {
      this.page = await sendMessage('checkPage', { selectionOnly }, this.tabId);
      this.status = 'ready';
      this.say(selectionOnly ? 'Checked the selected text.' : 'Checked the whole page.');
    } catch {
      this.say('This page cannot be checked: Common Ground is not running here (turn it on for this site), or the browser does not let extensions read it.');
    }
  }

  /** quiet: the caller shows its own state (the review says when words are gone), so no notice is left behind. */
  async reveal(id: string, quiet = false, frameId?: number): Promise<boolean> {
    if (this.tabId == null) return false;
    try {
      const ok = await sendMessage('revealProblem', { id }, this.target(id, frameId));
      if (!ok && !quiet) this.say('Those words are no longer in the page.');
      return ok;
    } catch {
      this.say('The page did not answer; reload it and try again.');
      return false;
    }
  }

  async applySuggestion(id: string, suggestionIndex: number, frameId?: number): Promise<boolean> {
    if (this.tabId == null) return false;
    try {
      const r = await sendMessage('applySuggestion', { id, suggestionIndex }, this.target(id, frameId));
      this.say(r.ok ? 'Change made in the page.' : (r.message ?? 'The change did not land in the page.'));
      return r.ok;
    } catch {
      this.say('The page did not answer; reload it and try again.');
      return false;
    }
  }

  /** Fix all: the first checked rewrite of each problem, one edit per editor (undone with one Ctrl+Z). */
  async applyAll(ids: string[], frameId?: number): Promise<boolean> {
    if (this.tabId == null || !ids.length) return false;
    try {
      const r = await sendMessage('applyAllSuggestions', { ids }, frameId === undefined ? this.tabId : this.target(ids[0], frameId));
      this.say(r.ok ? `${r.applied} ${r.applied === 1 ? 'change' : 'changes'} made in the page; Ctrl+Z in the page undoes them (in some rich editors, one change at a time).` : (r.message ?? 'The changes did not land in the page.'));
      return r.ok;
    } catch {
      this.say('The page did not answer; reload it and try again.');
      return false;
    }
  }

  /** Undoes the last fix-all in one step (the review's Undo button). */
  async undoApplyAll(frameId?: number): Promise<boolean> {
    if (this.tabId == null) return false;
    try {
      const r = await sendMessage('undoApplyAll', undefined, frameId === undefined ? this.tabId : { tabId: this.tabId, frameId });
      this.say(r.ok ? 'Undone: the page has its earlier wording back.' : (r.message ?? 'The page could not undo the changes.'));
      return r.ok;
    } catch {
      this.say('The page did not answer; reload it and try again.');
      return false;
    }
  }

  async replace(id: string, text: string, frameId?: number): Promise<boolean> {
    if (this.tabId == null) return false;
    try {
      const r = await sendMessage('replaceProblem', { id, text }, this.target(id, frameId));
      this.say(r.ok ? 'Change made in the page.' : (r.message ?? 'The change did not land in the page.'));
      return r.ok;
    } catch {
      this.say('This page could not take the new wording; change it in the page by hand.');
      return false;
    }
  }

  async ignore(id: string, frameId?: number): Promise<boolean> {
    if (this.tabId == null) return false;
    const problem = this.page?.problems.find((p) => p.id === id && (frameId === undefined || p.frameId === frameId));
    const page = this.page;
    try {
      const ok = await sendMessage('ignoreProblem', { id }, this.target(id, frameId));
      // History counts dismissals by rule; the background keeps the excerpt only if Privacy allows it.
      if (ok && problem && page) {
        sendMessage('recordDismissal', { url: page.url, title: page.title, ruleId: problem.diagnostic.ruleId, excerpt: problem.match }).catch(
          () => {},
        );
      }
      this.say(ok ? 'Ignored in this page.' : 'That finding is no longer in the page.');
      return ok;
    } catch {
      this.say('The page did not answer; reload it and try again.');
      return false;
    }
  }

  /** Fresh problems straight from the page (the review needs the latest ids after each change). */
  async latest(): Promise<PageProblems | null> {
    await this.refresh();
    return this.page;
  }
}
