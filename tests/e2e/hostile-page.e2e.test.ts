// End-to-end: a hostile page script cannot drive the card (turn off a rule, allow a phrase) nor read what it says.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardState, clickCardButton, poll, problemsFor, useExtensionSession, wordRects } from './extension-helpers.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SETTINGS = { version: 1 };
const TEXT = 'The ward clerk failed to send the discharge letter. The council dropped the ball on the referrals.';

const ext = useExtensionSession({ settings: SETTINGS });

const storedSettings = () => ext.session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

/**
 * Installed before any page or extension script runs: wraps attachShadow in the page's world so that any shadow
 * root created there is forced open and kept. Content scripts run in their own world, so they must not be caught.
 */
const STEAL_ROOTS = `
  window.__name = (f) => f;
  window.__stolen = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__stolen.push(root);
    return root;
  };
`;

/**
 * Everything a page script can try: reach the overlay's shadow root, fake pointer input over the whole editor and
 * wherever the card might be, click every element it can hit and every button it can find, and look for the card's
 * words anywhere it can read. Returns what it could see.
 */
async function attack(page: Page): Promise<{ shadowRoot: boolean; attachThrew: boolean; stolen: number; buttons: number; texts: string[] }> {
  return page.evaluate(async () => {
    const host = document.querySelector('common-ground-overlay') as HTMLElement | null;
    const w = window as unknown as { __stolen: ShadowRoot[] };
    let attachThrew = false;
    try {
      host?.attachShadow({ mode: 'open' });
    } catch {
      attachThrew = true;
    }
    const roots = [host?.shadowRoot, ...w.__stolen].filter((r): r is ShadowRoot => !!r);
    const buttons = roots.flatMap((r) => [...r.querySelectorAll('button')]);
    const fire = (target: EventTarget, type: string, x: number, y: number) =>
      target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
    // Pointer over every point of the page, as a person hovering the underline would; then wait past the hover delay.
    const hits = new Set<Element>();
    for (let y = 0; y < innerHeight; y += 8) {
      for (let x = 0; x < innerWidth; x += 16) {
        fire(document.elementFromPoint(x, y) ?? document, 'mousemove', x, y);
        const el = document.elementFromPoint(x, y);
        if (el && el !== document.documentElement && el !== document.body) hits.add(el);
      }
    }
    await new Promise((ok) => setTimeout(ok, 700));
    for (const b of buttons) {
      b.click();
      fire(b, 'click', 0, 0);
    }
    // Whatever the card might be under: the host, or anything else the pointer can hit.
    for (let y = 0; y < innerHeight; y += 8) {
      for (let x = 0; x < innerWidth; x += 16) {
        const el = document.elementFromPoint(x, y);
        if (el && el.localName === 'common-ground-overlay') {
          fire(el, 'mousemove', x, y);
          fire(el, 'mousedown', x, y);
          fire(el, 'mouseup', x, y);
          fire(el, 'click', x, y);
        }
      }
    }
    host?.click();
    host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await new Promise((ok) => setTimeout(ok, 700));
    const texts = [
      document.documentElement.innerText,
      host?.innerText ?? '',
      host?.textContent ?? '',
      ...roots.map((r) => r.textContent ?? ''),
      ...[...hits].filter((e) => e.localName === 'common-ground-overlay').map((e) => (e as HTMLElement).innerText),
    ];
    return { shadowRoot: !!host?.shadowRoot, attachThrew, stolen: w.__stolen.length, buttons: buttons.length, texts };
  });
}

it('a page script cannot change settings through the card or read the card', async () => {
  const page = await ext.session.context.newPage();
  await page.addInitScript(STEAL_ROOTS);
  await page.goto(`${ext.origin}/contenteditable.html`);
  await page.click('#ed');
  await page.keyboard.type(TEXT);
  const found = await problemsFor(ext.session, 2);
  expect(found.problems.map((p) => p.match).sort()).toEqual(['dropped the ball', 'failed to send'].sort());
  const before = await storedSettings();
  expect(before).toEqual(SETTINGS);

  // 1. The page fakes the pointer over the underline: no card opens, nothing is reachable, settings stay.
  await page.mouse.move(1000, 880);
  const blind = await attack(page);
  expect(blind).toMatchObject({ shadowRoot: false, attachThrew: true, stolen: 0, buttons: 0 });
  expect((await cardState(page)).open).toBe(false);

  // 2. The user's real pointer opens the card; the page tries again while it is open.
  const [rect] = await wordRects(page, '#ed', 'failed to send');
  await page.mouse.move(rect.left + 5, rect.bottom - 6);
  await poll(async () => (await cardState(page)).open).toBe(true);
  const card = await cardState(page);
  expect(card.text).toContain('Turn off this rule');
  const message = found.problems.find((p) => p.match === 'failed to send')!.diagnostic.message;
  expect(card.text).toContain(message);
  const open = await attack(page);
  expect(open).toMatchObject({ shadowRoot: false, attachThrew: true, stolen: 0, buttons: 0 });
  for (const t of open.texts) {
    expect(t).not.toContain('Turn off this rule');
    expect(t).not.toContain('Allow this phrase');
    expect(t).not.toContain(message);
  }
  expect(await storedSettings()).toEqual(before);
  expect((await cardState(page)).open).toBe(true);

  // 3. The same button under a real click does change settings: the checks above could have failed.
  await clickCardButton(page, '[data-action="allow-phrase"]');
  await poll(storedSettings).toMatchObject({ allow: ['failed to send'] });
  expect(ext.session.foreignRequests).toEqual([]);
  await page.close();
});
