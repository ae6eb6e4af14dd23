// Test helper: a PanelState whose page actions are recorded instead of sent to a content script.
import { PanelState } from '../../components/panel-state.svelte.ts';
import type { PageProblems } from '../../lib/messages.ts';

export class RecordingPanel extends PanelState {
  calls: [string, ...unknown[]][] = [];
  /** What the next page actions answer. */
  answer = true;
  /** Applied to the page when an action succeeds, to mimic the content script re-analysing. */
  onChange?: (action: string, id: string, arg?: unknown) => PageProblems | null;

  constructor(page: PageProblems | null) {
    super('?tabId=7');
    this.page = page;
    this.status = page ? 'ready' : 'unavailable';
  }
  override async start() {}
  override stop() {}
  override async refresh() {}
  private did(action: string, id: string, arg?: unknown): boolean {
    this.calls.push(arg === undefined ? [action, id] : [action, id, arg]);
    if (this.answer && this.onChange && action !== 'reveal') this.page = this.onChange(action, id, arg);
    return this.answer;
  }
  override async reveal(id: string, _quiet?: boolean, _frameId?: number) {
    return this.did('reveal', id);
  }
  override async applySuggestion(id: string, i: number, _frameId?: number) {
    return this.did('applySuggestion', id, i);
  }
  override async applyAll(ids: string[], _frameId?: number) {
    return this.did('applyAll', ids.join(','));
  }
  override async undoApplyAll(_frameId?: number) {
    return this.did('undoApplyAll', '');
  }
  override async replace(id: string, text: string, _frameId?: number) {
    return this.did('replace', id, text);
  }
  override async ignore(id: string, _frameId?: number) {
    return this.did('ignore', id);
  }
  override async check(selectionOnly: boolean) {
    this.calls.push(['check', String(selectionOnly)]);
  }
}
