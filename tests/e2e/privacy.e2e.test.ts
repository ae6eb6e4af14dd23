// End-to-end privacy: with default settings, no note text reaches any storage area of the extension (IndexedDB,
// storage.local, storage.sync, storage.session) after typing, a review (paused, resumed, finished) and "Delete all".
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ask, badge, poll, tabIdOf, useExtensionSession } from './extension-helpers.ts';
import type { PageProblems } from '../../lib/messages.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOTES =
  'Zephyrine Quillfeather opened the meeting at the Brackenridge hub. The council dropped the ball on discharge letters ' +
  'for Mrs Oyelaran. Target: 12,000 appointments by March. That is not our problem, it is one for the council to sort. ' +
  'Members discussed the Hollowmere estate repairs and the Fenwick Lane clinic at length, and agreed to meet the ' +
  'families together next month to hear what would help them most.';
const DISMISS_NOTE = 'Verbatim from Ellisande Marchbanks';
const EDIT = 'Thistlewood wording agreed';

/** Note text in every form the extension sees it: names, flagged words, context, what the user wrote. */
const SECRETS = [
  'Zephyrine', 'Quillfeather', 'Brackenridge', 'Oyelaran', 'Hollowmere', 'Fenwick',
  'dropped the ball', 'discharge letters', '12,000 appointments', 'not our problem', 'one for the council to sort',
  'Ellisande', 'Marchbanks', 'Thistlewood',
];

const ext = useExtensionSession();

/** Everything the extension keeps: every IndexedDB database of its origin, and the three storage areas. */
function dumpStorage(): Promise<{ text: string; idb: Record<string, Record<string, unknown[]>>; local: Record<string, unknown> }> {
  return ext.session.worker.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T> | IDBOpenDBRequest) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result as T);
        r.onerror = () => fail(r.error);
      });
    const idb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      const db = await request<IDBDatabase>(indexedDB.open(info.name!));
      const stores: Record<string, unknown[]> = {};
      for (const name of db.objectStoreNames) stores[name] = await request<unknown[]>(db.transaction(name).objectStore(name).getAll());
      db.close();
      idb[info.name!] = stores;
    }
    const local = await chrome.storage.local.get(null);
    const sync = await chrome.storage.sync.get(null);
    const session = await chrome.storage.session.get(null);
    return { text: JSON.stringify({ idb, local, sync, session }), idb, local };
  });
}

function expectNoNoteText(text: string, when: string) {
  for (const s of SECRETS) expect(text, `${when}: "${s}" is stored`).not.toContain(s);
}

async function openPanel(tabId: number): Promise<Page> {
  const panel = await ext.session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('button.row-main');
  await panel.getByRole('button', { name: 'Review' }).click();
  return panel;
}

it('keeps no note text anywhere with default settings: typing, a review, and after "Delete all history"', async () => {
  // A page only opened, with notes already in its editor (about 60 words, three kinds of finding): no history.
  const opened = await ext.session.context.newPage();
  await opened.goto(`${ext.origin}/panel-page.html?opened`);
  await poll(async () => (await ask<PageProblems | null>(ext.session, 'getProblems'))?.problems.length ?? 0).toBeGreaterThan(2);
  await poll(() => badge(ext.session)).not.toBe('');
  await opened.waitForTimeout(2000);
  expect((await dumpStorage()).idb['common-ground-history']?.documents ?? []).toEqual([]);
  await opened.close();

  const url = `${ext.origin}/textarea.html?token=s3cr3t-query#frag-Zephyrine`;
  const notes = await ext.session.context.newPage();
  await notes.goto(url);
  const tabId = await tabIdOf(ext.session, url);
  await notes.locator('#ed').fill(NOTES);
  await notes.locator('#ed').press('End');

  // Typing made a history snapshot (counts only) of this page, under its origin and path.
  await poll(async () => (await dumpStorage()).idb['common-ground-history']?.snapshots?.length ?? 0, { timeout: 20000 }).toBe(1);
  let dump = await dumpStorage();
  expectNoNoteText(dump.text, 'after typing');
  expect(dump.text).not.toContain('s3cr3t');
  expect(dump.text).not.toContain('frag-');
  expect(dump.idb['common-ground-history'].documents).toMatchObject([{ url: `${ext.origin}/textarea.html`, title: 'Textarea minutes' }]);

  // A review: dismiss with a note naming someone, edit by hand, then pause (close the panel).
  let panel = await openPanel(tabId);
  await panel.getByRole('heading', { name: 'Finding 1 of 4' }).waitFor();
  await panel.getByRole('button', { name: 'Dismiss…' }).click();
  await panel.getByLabel('Other reason').check();
  await panel.locator('#dismiss-note').fill(DISMISS_NOTE);
  await panel.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await panel.getByRole('heading', { name: 'Finding 2 of 4' }).waitFor();
  await panel.getByRole('button', { name: 'Edit…' }).click();
  await panel.locator('#edit-text').fill(EDIT);
  await panel.getByRole('button', { name: 'Apply' }).click();
  await poll(() => notes.locator('#ed').inputValue()).toContain(EDIT);
  await panel.getByRole('heading', { name: 'Finding 3 of 4' }).waitFor();
  await panel.close();
  dump = await dumpStorage();
  const running = Object.keys(dump.local).filter((k) => k.startsWith('review:'));
  expect(running).toHaveLength(1);
  expectNoNoteText(dump.text, 'during a paused review');

  // Resumed where it was, with the words back from the page (not from storage); then finished and marked.
  panel = await openPanel(tabId);
  await panel.getByRole('heading', { name: 'Finding 3 of 4' }).waitFor();
  expect(await panel.locator('.finding blockquote mark').textContent()).toBe('not our problem');
  await panel.getByRole('button', { name: 'Skip' }).click();
  await panel.getByRole('heading', { name: 'Finding 4 of 4' }).waitFor();
  await panel.getByRole('button', { name: 'Skip' }).click();
  await panel.getByRole('heading', { name: 'Review complete' }).waitFor();
  // What the user wrote before the pause was not stored, so the report names the reason but not the note.
  const report = await panel.locator('.report').textContent();
  expect(report).toContain('Other reason');
  expect(report).not.toContain(DISMISS_NOTE);
  expect(report).toContain('were not kept');
  await panel.getByRole('button', { name: 'Mark ready to circulate' }).click();
  await poll(() => panel.locator('.report .status').textContent()).toContain('Marked ready to circulate');
  dump = await dumpStorage();
  expectNoNoteText(dump.text, 'after a finished review');
  expect(dump.local[running[0]]).toMatchObject({ finished: true, counts: { changed: 1, dismissed: 1, skipped: 2 } });
  expect(dump.idb['common-ground-history'].snapshots).toHaveLength(2);
  expect(dump.idb['common-ground-history'].dismissals.length).toBeGreaterThan(0);
  await panel.close();

  // "Delete all history" in the dashboard: history and reviews go; nothing of the notes remains.
  const dashboard = await ext.session.context.newPage();
  await dashboard.goto(`chrome-extension://${ext.session.extensionId}/dashboard.html`);
  await dashboard.getByTestId('delete-all').click();
  await dashboard.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete everything' }).click();
  await dashboard.getByTestId('empty-state').waitFor();
  dump = await dumpStorage();
  expectNoNoteText(dump.text, 'after Delete all history');
  expect(Object.keys(dump.local).filter((k) => k.startsWith('review:'))).toEqual([]);
  const history = dump.idb['common-ground-history'];
  expect([history.documents.length, history.snapshots.length, history.dismissals.length]).toEqual([0, 0, 0]);
  expect(ext.session.foreignRequests).toEqual([]);
  await dashboard.close();
  await notes.close();
});
