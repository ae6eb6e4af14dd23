// What a click on the toolbar button does: turn checking on for the site, or open the Problems panel; decided without awaiting.
import { originOf, siteEnabled } from './content/sites.ts';

export interface ToolbarClickDeps {
  /** The per-site switches if already read, or null when the background was just woken and has not read them yet. */
  knownSites: Record<string, boolean> | null;
  /** Asks for the site's permission and starts checking (its request must start synchronously). */
  enableSite(tab: { id?: number; url?: string }): Promise<void>;
  /** Opens the panel synchronously; null when the browser has no side panel or sidebar. */
  openPanel(tab: { id?: number; windowId?: number }): Promise<void> | null;
  /** Switches the site off (a browser with no panel: the button toggles instead). */
  turnOff(sites: Record<string, boolean>, origin: string): Promise<void>;
  log(where: string, err: unknown): void;
}

/**
 * Firefox honours sidebarAction.open() and permissions.request() only while it is handling the click, and Chrome's
 * sidePanel.open() likewise needs the gesture, so nothing here awaits before them. When the click itself woke the
 * background (sites not read yet), the panel opens: it explains how to turn checking on if the site is off.
 */
export function handleToolbarClick(tab: { id?: number; url?: string; windowId?: number }, deps: ToolbarClickDeps): void {
  const origin = originOf(tab.url);
  if (!origin || tab.id === undefined) return;
  const sites = deps.knownSites;
  if (sites && !siteEnabled(origin, sites)) {
    deps.enableSite(tab).catch((e) => deps.log('enable site', e));
    return;
  }
  const opened = deps.openPanel(tab);
  if (opened) {
    opened.catch((e) => deps.log('problems panel', e));
    return;
  }
  if (sites) deps.turnOff(sites, origin).catch((e) => deps.log('turn off', e));
}
