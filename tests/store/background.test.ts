// Background handler: records snapshots through the typed message, honours the excerpt preference, never throws.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DASHBOARD_MENU_ID, editingSnapshot, handleSnapshot, recordEditingSnapshot, registerHistoryHandlers } from '../../lib/store/background.ts';
import { DB_NAME, HistoryDB } from '../../lib/store/db.ts';
import { preferencesItem } from '../../lib/settings-store.ts';
import { sendMessage, type PageProblems, type SnapshotRequest } from '../../lib/messages.ts';

const request: SnapshotRequest = {
  url: 'https://notes.example.org/board',
  title: 'Board minutes',
  words: 500,
  countsByRule: { 'no-blame': 1 },
  countsByCategory: { blame: 1, 'org-centric': 0, 'output-only': 0 },
  reason: 'review',
  excerpts: [{ ruleId: 'no-blame', text: 'their fault' }],
};

async function snapshots() {
  const db = new HistoryDB();
  const all = await db.snapshots.toArray();
  db.close();
  return all;
}

type MenuClick = (info: { menuItemId: string | number }) => void;
let menuItems: unknown[] = [];
let menuClick: MenuClick | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake browser has no context menus: record what the handler asks for.
  menuItems = [];
  menuClick = undefined;
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((item: unknown) => {
    menuItems.push(item);
    return 1;
  }) as typeof fakeBrowser.contextMenus.create);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((cb: MenuClick) => {
    menuClick = cb;
  }) as unknown as typeof fakeBrowser.contextMenus.onClicked.addListener);
  const db = new HistoryDB();
  await Promise.all(db.tables.map((t) => t.clear()));
  db.close();
});

describe('history in the background', () => {
  it('drops excerpts by default and keeps them when the user allows', async () => {
    expect(await handleSnapshot(request, 1000)).toEqual({ ok: true });
    await preferencesItem.setValue({ keepExcerpts: true, retentionMonths: 0 });
    expect(await handleSnapshot(request, 2000)).toEqual({ ok: true });
    const [a, b] = await snapshots();
    expect(a.excerpts).toBeUndefined();
    expect(b.excerpts).toEqual(request.excerpts);
  });

  it('answers the recordSnapshot message', async () => {
    const unregister = registerHistoryHandlers();
    onTestFinished(unregister);
    const reply = await sendMessage('recordSnapshot', { ...request, reason: 'editing' });
    expect(reply.ok).toBe(true);
    const throttled = await sendMessage('recordSnapshot', { ...request, reason: 'editing' });
    expect(throttled).toMatchObject({ ok: false, reason: expect.stringMatching(/less than an hour/) });
    expect(await snapshots()).toHaveLength(1);
  });

  it('turns edited pages into snapshots at most once an hour, only for notes being edited', async () => {
    const diagnostic = (ruleId: string, category: 'blame' | 'output-only') =>
      ({ ruleId, category, practice: 4, severity: 'warning', message: '', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2, suggestions: [] }) as const;
    const page: PageProblems = {
      url: 'https://notes.example.org/edit',
      title: 'Huddle notes',
      words: 400,
      source: 'editors',
      typed: true,
      partnership: 4,
      problems: [
        { id: 'a', editorKey: 'e', diagnostic: { ...diagnostic('no-blame', 'blame'), suggestions: [] }, before: '', match: 'their fault', after: '' },
        { id: 'b', editorKey: 'e', diagnostic: { ...diagnostic('no-count', 'output-only'), suggestions: [] }, before: '', match: '500 calls', after: '' },
      ],
    };
    expect(editingSnapshot(page)).toMatchObject({
      countsByRule: { 'no-blame': 1, 'no-count': 1 },
      countsByCategory: { blame: 1, 'org-centric': 0, 'output-only': 1 },
      reason: 'editing',
      partnership: 4,
    });
    const t = Date.UTC(2025, 3, 1);
    expect(await recordEditingSnapshot(page, t)).toEqual({ ok: true });
    expect((await recordEditingSnapshot(page, t + 60_000)).ok).toBe(false);
    expect((await recordEditingSnapshot({ ...page, source: 'page', title: 'Read only' }, t)).ok).toBe(false);
    expect((await recordEditingSnapshot({ ...page, words: 12, title: 'Short' }, t)).ok).toBe(false);
    // Only opened, never typed in (a pre-filled editor): no document, no snapshot.
    expect(await recordEditingSnapshot({ ...page, typed: false, title: 'Opened only' }, t)).toMatchObject({ ok: false });
    expect(await recordEditingSnapshot({ ...page, typed: undefined, title: 'Opened only' }, t)).toMatchObject({ ok: false });
    expect(await recordEditingSnapshot(page, t + 61 * 60_000)).toEqual({ ok: true });
    const saved = await snapshots();
    expect(saved.map((s) => s.reason)).toEqual(['editing', 'editing']);
    expect(saved.map((s) => s.partnership)).toEqual([4, 4]);
    const db = new HistoryDB();
    expect((await db.documents.toArray()).map((d) => d.title)).toEqual(['Huddle notes']);
    db.close();
    expect(saved[0].excerpts).toBeUndefined();
  });

  it('records dismissals by message, without the excerpt unless allowed', async () => {
    onTestFinished(registerHistoryHandlers());
    const d = { url: request.url, title: request.title, ruleId: 'no-blame', excerpt: 'their fault' };
    expect(await sendMessage('recordDismissal', d)).toEqual({ ok: true });
    await preferencesItem.setValue({ keepExcerpts: true, retentionMonths: 0 });
    expect(await sendMessage('recordDismissal', d)).toEqual({ ok: true });
    const db = new HistoryDB();
    const rows = await db.dismissals.toArray();
    db.close();
    expect(rows.map((r) => [r.ruleId, r.excerpt])).toEqual([
      ['no-blame', undefined],
      ['no-blame', 'their fault'],
    ]);
  });

  it('adds "Open history dashboard" to the toolbar menu, which opens the dashboard', async () => {
    onTestFinished(registerHistoryHandlers());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(menuItems).toEqual([{ id: DASHBOARD_MENU_ID, title: 'Open history dashboard', contexts: ['action'] }]);
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    menuClick?.({ menuItemId: DASHBOARD_MENU_ID });
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html$/) });
  });

  it('applies retention when it records', async () => {
    await preferencesItem.setValue({ keepExcerpts: false, retentionMonths: 1 });
    const now = Date.UTC(2025, 5, 1);
    await handleSnapshot(request, Date.UTC(2025, 0, 1));
    await handleSnapshot({ ...request, title: 'Newer' }, now + 2 * 60 * 60 * 1000);
    expect((await snapshots()).map((s) => s.at)).toEqual([now + 2 * 60 * 60 * 1000]);
  });

  it('reports, rather than throws, when IndexedDB is unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulate a private window without IndexedDB
    delete globalThis.indexedDB;
    try {
      // A fresh worker (no connection cached) in a window without IndexedDB.
      vi.resetModules();
      const fresh = await import('../../lib/store/background.ts');
      const reply = await fresh.handleSnapshot({ ...request, title: 'Private' }, 5000);
      expect(reply.ok).toBe(false);
      expect(reply.reason).toMatch(/History is off/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('writes to its own database in the extension origin', async () => {
    await handleSnapshot(request, 7000);
    const names = await Dexie.getDatabaseNames();
    expect(names).toContain(DB_NAME);
  });
});
