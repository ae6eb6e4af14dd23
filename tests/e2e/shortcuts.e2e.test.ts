// End-to-end in Chromium: every keyboard command gets the key the manifest suggests (none is left "Not set"), and the panel shows no notice.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness.ts';
import { useExtensionSession } from './extension-helpers.ts';

/** The extension APIs inside the service worker, where these callbacks run (no @types/chrome here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ext = useExtensionSession();

/** Chrome shows "Alt+Shift+Period" as "Alt+Shift+." in getAll(); compare the key names. */
const normal = (key: string) => key.replace(/Period$/, '.').replace(/Comma$/, ',');

describe('keyboard shortcuts in Chromium', () => {
  it('binds every suggested key', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key?: { default?: string } }>;
    };
    const got = (await ext.session.worker.evaluate(async () =>
      (await chrome.commands.getAll()).map((c: { name: string; shortcut: string }) => [c.name, c.shortcut]),
    )) as [string, string][];
    const want = Object.entries(manifest.commands)
      .filter(([, c]) => c.suggested_key?.default)
      .map(([name, c]) => [name, normal(c.suggested_key!.default!)]);
    expect(want.length).toBe(3);
    expect(got.filter(([name]) => name !== '_execute_action').map(([n, k]) => [n, normal(k)])).toEqual(want);
  });

  it('the panel shows no "no keyboard shortcut" notice when every command has a key', async () => {
    const panel = await ext.session.context.newPage();
    await panel.goto(`chrome-extension://${ext.session.extensionId}/sidepanel.html`);
    await panel.waitForSelector('.panel');
    // The notice appears after getAll() answers; give it the time it would need.
    await panel.waitForTimeout(500);
    expect(await panel.locator('.shortcut-notice').count()).toBe(0);
    await panel.close();
  });
});
