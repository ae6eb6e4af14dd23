// Background service worker: runs the engine for pages, badge per tab, keyboard commands, per-site switch.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { recordEditingSnapshot, registerHistoryHandlers } from '../lib/store/background.ts';
import { onMessage, sendMessage } from '../lib/messages.ts';
import { sitesItem } from '../lib/settings-store.ts';
import type { Diagnostic } from '../lib/engine/types.ts';
import type { Analyzer } from '../lib/engine/index.ts';
import { TabProblems, badgeText } from '../lib/content/tab-problems.ts';
import { registerNotesSiteHint } from '../lib/content/notes-site-hint.ts';
import { enabledPatterns, originOf, originPattern, siteEnabled } from '../lib/content/sites.ts';
import { syncDocsAnnotate } from '../lib/editors/google-docs.ts';

const SCRIPT_ID = 'common-ground-notes';
const SCRIPT_FILE = '/content-scripts/notes.js';
const LOCAL_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Beyond this many characters only the start of a text is checked (a 5 MB paste must not stall the worker). */
const MAX_CHARS = 1_000_000;
const MAX_ANALYZERS = 64;

/** The engine is loaded the first time a page has text to check. */
let engine: Promise<typeof import('../lib/engine/index.ts')> | null = null;
const loadEngine = () => (engine ??= import('../lib/engine/index.ts'));
const analyzers = new Map<string, { settings: string; analyzer: Analyzer }>();

async function analyzeFor(key: string, text: string, rawSettings: unknown): Promise<Diagnostic[]> {
  const { createAnalyzer, parseSettings } = await loadEngine();
  let settings;
  try {
    settings = parseSettings(rawSettings);
  } catch {
    settings = undefined;
  }
  const json = JSON.stringify(settings ?? {});
  let entry = analyzers.get(key);
  if (!entry || entry.settings !== json) {
    entry = { settings: json, analyzer: createAnalyzer(settings) };
    analyzers.delete(key);
    if (analyzers.size >= MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value as string);
    analyzers.set(key, entry);
  }
  const input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  return entry.analyzer.analyze(input);
}

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
    browser.action.setBadgeText({ tabId, text: badgeText(count) }).catch(() => {});
    browser.action.setBadgeBackgroundColor({ tabId, color: '#8250df' }).catch(() => {});
  };

  onMessage('analyzeText', ({ data, sender }) =>
    analyzeFor(`${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${data.key}`, data.text, data.settings),
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
    for (const key of [...analyzers.keys()]) if (key.startsWith(`${tabId}:`)) analyzers.delete(key);
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

  // Toolbar button: turns checking on for the site, or, once on, opens the Problems panel.
  browser.action.onClicked.addListener(async (tab) => {
    const origin = originOf(tab.url);
    if (!origin || tab.id === undefined) return;
    const sites = await sitesItem.getValue();
    if (!siteEnabled(origin, sites)) return enableSite(tab);
    const panel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
    if (panel) return void panel.open({ tabId: tab.id }).catch((e) => log('side panel', e));
    await sitesItem.setValue({ ...sites, [origin]: false });
  });

  // The toolbar button's right-click menu switches the site on or off.
  const SITE_MENU_ID = 'common-ground-toggle-site';
  browser.runtime.onInstalled.addListener(() => {
    try {
      registerNotesSiteHint();
    } catch (e) {
      log('notes site hint', e);
    }
    try {
      browser.contextMenus?.create({ id: SITE_MENU_ID, title: 'Turn checking on or off for this site', contexts: ['action'] });
    } catch {
      // Already there after an update.
    }
  });
  browser.contextMenus?.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SITE_MENU_ID || !tab) return;
    const origin = originOf(tab.url);
    if (!origin) return;
    const sites = await sitesItem.getValue();
    if (siteEnabled(origin, sites)) await sitesItem.setValue({ ...sites, [origin]: false });
    else await enableSite(tab);
  });

  sitesItem.watch(() => void syncRegistration().catch((e) => log('register', e)));
  browser.runtime.onInstalled.addListener(() => void syncRegistration().catch((e) => log('register', e)));
  browser.runtime.onStartup.addListener(() => void syncRegistration().catch((e) => log('register', e)));
});
