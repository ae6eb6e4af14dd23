// Editors inside iframes through the extension: a Tiptap srcdoc frame and an Etherpad-like about:blank frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Frame } from 'playwright-core';
import { launchExtension, screenshot, startPageServer, type ExtensionSession } from './harness.ts';
import { guardNames, modelText, openEditorPage } from './editor-page.ts';
import { underlines, underlinesMatch, waitForRegistration, wordRects } from './extension-helpers.ts';

const BLAME = 'The council dropped the ball on discharge letters yet again.';

let session: ExtensionSession;
let server: Server;
let origin: string;

beforeAll(async () => {
  session = await launchExtension();
  ({ server, origin } = await startPageServer());
  await waitForRegistration(session);
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

describe('editors in iframes (all_frames, match_about_blank)', () => {
  it('underlines in a srcdoc Tiptap frame and an about:blank contenteditable frame', async () => {
    const page = await session.context.newPage();
    await guardNames(page);
    await openEditorPage(page, origin, 'iframe');
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc') as Frame;
    const blank = page.frames().find((f) => f.url() === 'about:blank') as Frame;
    expect(srcdoc && blank).toBeTruthy();
    await srcdoc.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');

    await page.frameLocator('#srcdoc').locator('.ProseMirror').click();
    await page.keyboard.type(BLAME);
    await expect.poll(() => modelText(srcdoc)).toBe(BLAME);

    await page.frameLocator('#blank').locator('body').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(BLAME);

    for (const [frame, selector] of [[srcdoc, '.ProseMirror'], [blank, 'body']] as const) {
      await expect.poll(async () => (await underlines(frame)).length, { timeout: 10000 }).toBeGreaterThan(0);
      const want = await wordRects(frame, selector, 'dropped the ball');
      const boxes = await underlines(frame);
      expect(boxes.some((b) => underlinesMatch([b], want)), JSON.stringify({ boxes, want })).toBe(true);
    }
    await screenshot(page, 'editor-iframes');
    expect(session.foreignRequests).toEqual([]);
    await page.close();
  });
});
