// Editors inside iframes through the extension: a Tiptap srcdoc frame and an Etherpad-like about:blank frame.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { screenshot } from './harness.ts';
import { guardNames, modelText, openEditorPage } from './editor-page.ts';
import { poll, underlines, underlinesMatch, useExtensionSession, wordRects } from './extension-helpers.ts';

const BLAME = 'The council dropped the ball on discharge letters yet again.';

const ext = useExtensionSession();

describe('editors in iframes (all_frames, match_about_blank)', () => {
  it('underlines in a srcdoc Tiptap frame and an about:blank contenteditable frame', async () => {
    const page = await ext.session.context.newPage();
    await guardNames(page);
    await openEditorPage(page, ext.origin, 'iframe');
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc') as Frame;
    const blank = page.frames().find((f) => f.url() === 'about:blank') as Frame;
    expect(srcdoc && blank).toBeTruthy();
    await srcdoc.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');

    await page.frameLocator('#srcdoc').locator('.ProseMirror').click();
    await page.keyboard.type(BLAME);
    await poll(() => modelText(srcdoc)).toBe(BLAME);

    await page.frameLocator('#blank').locator('body').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(BLAME);

    for (const [frame, selector] of [[srcdoc, '.ProseMirror'], [blank, 'body']] as const) {
      await poll(async () => (await underlines(frame)).length).toBeGreaterThan(0);
      const want = await wordRects(frame, selector, 'dropped the ball');
      const boxes = await underlines(frame);
      expect(boxes.some((b) => underlinesMatch([b], want)), JSON.stringify({ boxes, want })).toBe(true);
    }
    await screenshot(page, 'editor-iframes');
    expect(ext.session.foreignRequests).toEqual([]);
    await page.close();
  });
});
