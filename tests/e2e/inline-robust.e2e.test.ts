// End-to-end: inline checking survives bad input (5 MB paste, hidden, detached and re-rendering editors), runs in
// about:blank frames, and stops when the site is turned off.
import { expect, it } from 'vitest';
import { screenshot } from './harness.ts';
import { badge, poll, underlines, useExtensionSession } from './extension-helpers.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const ext = useExtensionSession();

it('takes a 5 MB paste, hidden, detached and re-rendering editors and an about:blank frame without an error', async () => {
  const page = await ext.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[Common Ground]')) errors.push(m.text());
  });
  await page.goto(`${ext.origin}/robust.html`);

  // The about:blank frame's editor is checked by the script injected into the frame.
  const frame = page.frames().find((f) => f.url() === 'about:blank')!;
  await poll(async () => (await underlines(frame)).length).toBeGreaterThan(0);

  // 5 MB typed in one go through the editing pipeline: the page stays responsive and problems arrive.
  const started = Date.now();
  await page.evaluate(() => {
    const ed = document.getElementById('big') as HTMLTextAreaElement;
    ed.focus();
    const unit = 'The council dropped the ball on discharge letters yet again. We met the families. ';
    document.execCommand('insertText', false, unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length)));
  });
  const pasteMs = Date.now() - started;
  await poll(() => badge(ext.session), { timeout: 60000 }).not.toBe('');
  const echo = Date.now();
  await page.evaluate(() => 1 + 1);
  const echoMs = Date.now() - echo;
  console.log(`5 MB paste: ${pasteMs} ms in the page; page answered in ${echoMs} ms once problems arrived`);

  // A re-rendering editor: its DOM replaced many times in a row, then removed; a hidden one has text but no rects.
  await page.evaluate(async () => {
    const churn = document.getElementById('churn')!;
    churn.focus();
    for (let i = 0; i < 50; i++) {
      churn.replaceChildren();
      const p = document.createElement('p');
      p.textContent = `That is not our problem, it is one for the council to sort. (${i})`;
      churn.appendChild(p);
      await new Promise((ok) => setTimeout(ok, i % 5 === 0 ? 30 : 0));
    }
    churn.remove();
    document.getElementById('big')!.remove();
  });
  // Left: the two findings in the frame; the hidden textarea's text is not counted.
  await poll(() => badge(ext.session)).toBe('2');
  await screenshot(page, 'inline-robust');
  expect(errors).toEqual([]);

  // The toolbar button's menu has the per-site switch.
  const menu = await ext.session.worker.evaluate(
    () => new Promise<boolean>((ok) => chrome.contextMenus.update('common-ground-toggle-site', {}, () => ok(!chrome.runtime.lastError))),
  );
  expect(menu).toBe(true);
  // Known notes sites get the toolbar icon with an offer dot (no access to those sites is needed for it).
  const hintRules = await ext.session.worker.evaluate(
    () => new Promise<number>((ok) => chrome.declarativeContent.onPageChanged.getRules(undefined, (rules: unknown[]) => ok(rules.length))),
  );
  expect(hintRules).toBe(1);

  // Turning the site off removes the overlay and clears the badge; turning it on brings them back.
  const pageOrigin = new URL(page.url()).origin;
  await ext.session.worker.evaluate((o) => chrome.storage.local.set({ sites: { [o]: false } }), pageOrigin);
  await poll(() => frame.evaluate(() => document.querySelector('common-ground-overlay') === null)).toBe(true);
  await poll(() => badge(ext.session)).toBe('');
  await ext.session.worker.evaluate((o) => chrome.storage.local.set({ sites: { [o]: true } }), pageOrigin);
  await poll(() => badge(ext.session)).toBe('2');
  expect(ext.session.foreignRequests).toEqual([]);
  await page.close();
});
