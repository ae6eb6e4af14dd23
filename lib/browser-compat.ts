// Browser differences in one place: the toolbar button (action / browserAction) and the Problems panel (sidePanel / sidebarAction).
import type { browser } from 'wxt/browser';

type Browser = typeof browser;

/** The slice of the toolbar-button API the extension uses; the same in Chrome's action and Firefox's browserAction. */
export interface ToolbarButton {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  getBadgeText(details: { tabId?: number }): Promise<string>;
  onClicked: { addListener(cb: (tab: { id?: number; url?: string; windowId?: number }) => void): void };
}

type Apis = {
  action?: unknown;
  browserAction?: unknown;
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Manifest V3 has `action` (Chrome, Firefox MV3); Firefox under Manifest V2 has only `browserAction`. */
export function toolbarButton(b: Browser | Apis): ToolbarButton {
  const apis = b as Apis;
  const button = apis.action ?? apis.browserAction;
  if (!button) throw new Error('This browser has no toolbar button API (action or browserAction).');
  return button as ToolbarButton;
}

/**
 * Opens the Problems panel beside the tab: Chrome's side panel, or Firefox's sidebar. Call it synchronously inside
 * the click handler (Firefox opens the sidebar only while it is handling the user's input, not after an await).
 * Returns null when the browser has neither.
 */
export function openProblemsPanel(b: Browser | Apis, tab: { id?: number; windowId?: number }): Promise<void> | null {
  const apis = b as Apis;
  if (apis.sidePanel && tab.id !== undefined) return apis.sidePanel.open({ tabId: tab.id });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return null;
}

/** The context-menu context of the toolbar button: 'action' under MV3, 'browser_action' under Firefox MV2. */
export function toolbarMenuContext(b: Browser | Apis): 'action' | 'browser_action' {
  return (b as Apis).action ? 'action' : 'browser_action';
}
