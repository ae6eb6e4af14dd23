// Content script: inline checking in the page's editors (registered at runtime only for sites the user turned on).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { onMessage, sendMessage, type PageProblems } from '../../lib/messages.ts';
import type { Settings } from '../../lib/engine/settings.ts';
import { InlineSession } from '../../lib/content/session.ts';
import { siteEnabled } from '../../lib/content/sites.ts';
import { checkDocument } from '../../lib/content/page-check.ts';
import { AnalyzeClient } from '../../lib/content/analyze-client.ts';
import { withAllowedPhrase, withRuleOff } from '../../lib/content/settings-edits.ts';
import { storageErrorMessage } from '../../lib/storage-errors.ts';

// Same keys as lib/settings-store.ts; read raw here so the schema library stays out of the page (the background
// holds and validates the settings; this script reads them only to add a rule or phrase from the card).
const SETTINGS_KEY = 'local:settings';
const PREFERENCES_KEY = 'local:preferences';
const SITES_KEY = 'local:sites';

type Flagged = Window & { __commonGround?: boolean; __commonGroundForce?: boolean };

export default defineContentScript({
  // Registered by the background with scripting.registerContentScripts for the sites the user turned on;
  // these local patterns become host permissions so the demo page and tests run without a prompt.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  registration: 'runtime',
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const win = window as Flagged;
    if (win.__commonGround) return;
    win.__commonGround = true;

    const logged = new Set<string>();
    const log = (where: string, err: unknown) => {
      const key = `${where}:${String(err)}`;
      if (logged.has(key)) return;
      logged.add(key);
      console.warn(`[Common Ground] ${where}:`, err);
    };

    // Text only goes to the background: settings stay there, not sent again with every keystroke.
    const client = new AnalyzeClient((data) => sendMessage('analyzeText', data));
    const origin = self.origin;
    let running: InlineSession | null = null;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    let lastReport: PageProblems | null = null;

    const report = (page: PageProblems) => {
      lastReport = client.notices.length ? { ...page, notices: client.notices } : page;
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        if (lastReport) sendMessage('problemsChanged', lastReport).catch((e) => log('report', e));
      }, 150);
    };

    const updateSettings = async (change: (s: Settings) => Settings) => {
      try {
        const current = ((await storage.getItem<Settings>(SETTINGS_KEY)) ?? {}) as Settings;
        await storage.setItem(SETTINGS_KEY, change(current));
      } catch (err) {
        // Said in the page, in plain words (a full list, or the browser's storage quota), not only logged.
        running?.controllers()[0]?.overlay.toast(storageErrorMessage(err), 10_000);
        throw err;
      }
    };

    const start = () => {
      // A parent page already checks this frame (frames built by script get no injected script of their own).
      if (running || document.querySelector('common-ground-overlay')) return;
      running = new InlineSession(document, {
        analyze: client.analyze,
        report,
        disableRule: (ruleId) => updateSettings((s) => withRuleOff(s, ruleId)),
        allowPhrase: (phrase) => updateSettings((s) => withAllowedPhrase(s, phrase)),
        log,
      });
      void storage.getItem<{ markPartnership?: boolean }>(PREFERENCES_KEY).then((p) => running?.setMarkPartnership(p?.markPartnership === true));
    };
    const stop = () => {
      running?.stop();
      running = null;
      report({ url: location.href, title: document.title, words: 0, problems: [], source: 'editors' });
    };

    const applySites = (sites: Record<string, boolean> | null) => {
      const on = siteEnabled(origin, sites ?? {}) || (win.__commonGroundForce === true && !(sites && sites[origin] === false));
      if (on) start();
      else if (running) stop();
    };
    applySites(await storage.getItem<Record<string, boolean>>(SITES_KEY));

    const unwatch = [
      storage.watch<Record<string, boolean>>(SITES_KEY, (sites) => applySites(sites)),
      // The background re-reads the settings on the same change; this only re-checks the editors.
      storage.watch<Settings>(SETTINGS_KEY, () => void running?.refresh()),
      storage.watch<{ markPartnership?: boolean }>(PREFERENCES_KEY, (p) => running?.setMarkPartnership(p?.markPartnership === true)),
    ];

    const off = 'Checking is off on this page.';
    const owner = (id: string) => running?.owner(id) ?? null;
    const handlers = [
      onMessage('getProblems', () => (running && running.trackedCount > 0 ? running.pageProblems() : null)),
      onMessage('revealProblem', ({ data }) => owner(data.id)?.reveal(data.id) ?? false),
      onMessage('applySuggestion', ({ data }) => owner(data.id)?.apply(data.id, data.suggestionIndex) ?? { ok: false, message: off }),
      onMessage('applyAllSuggestions', ({ data }) => owner(data.ids[0] ?? '')?.applyAll(data.ids) ?? { ok: false, applied: 0, message: off }),
      onMessage('undoApplyAll', () => running?.controllers().find((c) => c.fixAllUndo.pending)?.fixAllUndo.undo() ?? { ok: false, message: 'There is nothing to undo.' }),
      onMessage('replaceProblem', ({ data }) => owner(data.id)?.replace(data.id, data.text) ?? { ok: false, message: off }),
      onMessage('ignoreProblem', ({ data }) => owner(data.id)?.ignore(data.id) ?? false),
      onMessage('checkPage', async ({ data }) => {
        if (running && running.trackedCount > 0 && !data.selectionOnly) {
          await running.refresh();
          return running.pageProblems();
        }
        return checkDocument(document, data.selectionOnly, client.analyze);
      }),
      onMessage('runCommand', ({ data }) => {
        const c = running?.focused();
        if (!c) return false;
        if (data.command === 'quick-fix') return c.quickFix();
        return c.navigate(data.command === 'next-problem' ? 1 : -1);
      }),
    ];

    ctx.onInvalidated(() => {
      for (const off of [...unwatch, ...handlers]) off();
      clearTimeout(reportTimer);
      running?.stop();
      running = null;
      win.__commonGround = false;
    });
  },
});
