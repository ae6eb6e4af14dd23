// Background service worker: runs the engine for pages, badge per tab, keyboard commands, per-site switch.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { recordEditingSnapshot, registerHistoryHandlers } from '../lib/store/background.ts';
import { onMessage, sendMessage } from '../lib/messages.ts';
import { settingsItem, sitesItem } from '../lib/settings-store.ts';
import { AnalysisHost } from '../lib/background/analysis-host.ts';
import { TabProblems, badgeText } from '../lib/background/tab-problems.ts';
import { registerNotesSiteHint } from '../lib/background/notes-site-hint.ts';
import { enabledPatterns, originOf, originPattern, siteEnabled } from '../lib/content/sites.ts';
import { syncDocsAnnotate } from '../lib/background/docs-annotate.ts';
import { openProblemsPanel, toolbarButton, toolbarMenuContext } from '../lib/browser-compat.ts';
import { handleToolbarClick } from '../lib/toolbar-click.ts';
import { LOCAL_PATTERNS } from '../lib/local-pages.ts';

const SCRIPT_ID = 'common-ground-notes';
const SCRIPT_FILE = '/content-scripts/notes.js';
/** The engine is loaded the first time a page has text to check. */
let engine: Promise<typeof import('../lib/engine/index.ts')> | null = null;
const loadEngine = () => (engine ??= import('../lib/engine/index.ts'));
/** Settings live here, read once from storage and again on change; pages send text only. */
const analysis = new AnalysisHost(() => settingsItem.getValue(), loadEngine);

async function syncRegistration(): Promise<void> {
  const sites = await sitesItem.getValue();
  const patterns = await enabledPatterns(sites, (pattern) => browser.permissions.contains({ origins: [pattern] }), LOCAL_PATTERNS);
  // Google Docs draws on a canvas: its text comes through a main-world script, registered only while Docs is on.
  await syncDocsAnnotate(browser.scripting, patterns);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!patterns.size) return;
  const script = { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: [...patterns], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  try {
    await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true } as typeof script]);
  } catch {
    // Firefox has no matchOriginAsFallback; about:blank frames then inherit nothing.
    await browser.scripting.registerContentScripts([script]);
  }
}

async function inject(tabId: number, force: boolean): Promise<void> {
  if (force) {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: () => {
        (window as Window & { __commonGroundForce?: boolean }).__commonGroundForce = true;
      },
    });
  }
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILE] });
}

export default defineBackground(() => {
  registerHistoryHandlers();
  const problems = new TabProblems();
  const log = (where: string, err: unknown) => console.warn(`[Common Ground] ${where}:`, err);

  const updateBadge = (tabId: number) => {
    const count = problems.count(tabId);
    // Checking that stopped is never an empty badge: "!" in red, and the reason in the button's tooltip.
    const stopped = problems.page(tabId)?.stopped;
    toolbarButton(browser).setBadgeText({ tabId, text: stopped ? '!' : badgeText(count) }).catch(() => {});
    toolbarButton(browser).setBadgeBackgroundColor({ tabId, color: stopped ? '#cf222e' : '#8250df' }).catch(() => {});
    toolbarButton(browser).setTitle({ tabId, title: stopped ? `Common Ground stopped checking. ${stopped.reason}` : 'Common Ground: check notes on this site' }).catch(() => {});
  };

  settingsItem.watch(() => analysis.invalidate());
  onMessage('analyzeText', ({ data, sender }) =>
    analysis.analyze(`${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${data.key}`, data.text),
  );

  onMessage('tabFrames', ({ data }) => problems.frames(data.tabId));

  onMessage('problemsChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    problems.set(tabId, sender.frameId ?? 0, data);
    updateBadge(tabId);
    const page = problems.page(tabId);
    if (page) sendMessage('tabProblemsChanged', { tabId, page }).catch(() => {});
    if (page) void recordEditingSnapshot(page);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    problems.clear(tabId);
    analysis.forget(`${tabId}:`);
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) {
      problems.clear(tabId);
      updateBadge(tabId);
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command !== 'next-problem' && command !== 'previous-problem' && command !== 'quick-fix') return;
    // Every frame with editors is asked; only the one holding focus acts.
    const frames = new Set([0, ...problems.frames(tabId)]);
    for (const frameId of frames) sendMessage('runCommand', { command }, { tabId, frameId }).catch(() => {});
  });

  /** Turns checking on for the tab's site: asks for that site's permission (a user gesture is needed). */
  const enableSite = async (tab: { id?: number; url?: string }) => {
    const origin = originOf(tab.url);
    if (!origin || tab.id === undefined) return;
    const pattern = originPattern(origin);
    const granted = pattern ? await browser.permissions.request({ origins: [pattern] }).catch(() => false) : false;
    if (granted) await sitesItem.setValue({ ...(await sitesItem.getValue()), [origin]: true });
    // Without the permission, activeTab still lets this tab be checked until it navigates away.
    await inject(tab.id, !granted).catch((e) => log('inject', e));
  };

  // Sites held in memory so the click handler decides without waiting: Firefox opens the sidebar and asks for
  // permissions only while it is still handling the click, never after an await.
  let knownSites: Record<string, boolean> | null = null;
  void sitesItem.getValue().then((s) => (knownSites ??= s));
  sitesItem.watch((s) => (knownSites = s ?? {}));

  // Toolbar button: turns checking on for the site, or, once on, opens the Problems panel (lib/toolbar-click.ts).
  toolbarButton(browser).onClicked.addListener((tab) =>
    handleToolbarClick(tab, {
      knownSites,
      enableSite,
      openPanel: (t) => openProblemsPanel(browser, t),
      turnOff: (sites, origin) => sitesItem.setValue({ ...sites, [origin]: false }),
      log,
    }),
  );

  // The toolbar button's right-click menu switches the site on or off.
  const SITE_MENU_ID = 'common-ground-toggle-site';
  browser.runtime.onInstalled.addListener(() => {
    try {
      registerNotesSiteHint();
    } catch (e) {
      log('notes site hint', e);
    }
    try {
      browser.contextMenus?.create({ id: SITE_MENU_ID, title: 'Turn checking on or off for this site', contexts: [toolbarMenuContext(browser)] });
    } catch {
      // Already there after an update.
    }
  });
  browser.contextMenus?.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SITE_MENU_ID || !tab) return;
    const origin = originOf(tab.url);
    if (!origin) return;
    const sites = knownSites ?? (await sitesItem.getValue());
    if (siteEnabled(origin, sites)) await sitesItem.setValue({ ...sites, [origin]: false });
    else await enableSite(tab);
  });

  sitesItem.watch(() => void syncRegistration().catch((e) => log('register', e)));
  browser.runtime.onInstalled.addListener(() => void syncRegistration().catch((e) => log('register', e)));
  browser.runtime.onStartup.addListener(() => void syncRegistration().catch((e) => log('register', e)));
});
