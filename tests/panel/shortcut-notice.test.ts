// @vitest-environment happy-dom
// The panel's notice for keyboard commands the browser left without a key.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import ShortcutNotice from '../../components/ShortcutNotice.svelte';
import { unboundCommands, unboundMessage, isFirefox, type CommandInfo } from '../../components/shortcuts.ts';

const ALL: CommandInfo[] = [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'next-problem', description: 'Go to the next problem', shortcut: '' },
  { name: 'previous-problem', description: 'Go to the previous problem', shortcut: '' },
  { name: 'quick-fix', description: 'Open the fixes for the problem at the caret', shortcut: 'Alt+Shift+F' },
];

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

async function render(commands: CommandInfo[], open: () => Promise<void> = async () => {}) {
  app = mount(ShortcutNotice, { target: document.body, props: { load: async () => commands, open } });
  flushSync();
  await tick();
  await tick();
  return document.body.querySelector('.shortcut-notice');
}

describe('unbound keyboard commands', () => {
  it('lists only our commands that have no key (the toolbar action has none on purpose)', () => {
    expect(unboundCommands(ALL).map((c) => c.name)).toEqual(['next-problem', 'previous-problem']);
    expect(unboundCommands(ALL.map((c) => ({ ...c, shortcut: c.name === '_execute_action' ? '' : 'Alt+Shift+X' })))).toEqual([]);
  });

  it('says which commands have no key and where to set one, per browser', () => {
    const unbound = unboundCommands(ALL);
    expect(unboundMessage(unbound, false)).toBe(
      '“Go to the next problem” and “Go to the previous problem” have no keyboard shortcut. Set one at chrome://extensions/shortcuts.',
    );
    expect(unboundMessage(unbound.slice(0, 1), true)).toBe(
      '“Go to the next problem” has no keyboard shortcut. Set one in Add-ons and themes › ⚙ › Manage Extension Shortcuts.',
    );
    expect(unboundMessage([], false)).toBe('');
    expect(isFirefox('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe(true);
    expect(isFirefox('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36')).toBe(false);
  });

  it('shows the notice in the panel with a button to set shortcuts, and nothing when every command has a key', async () => {
    let opened = 0;
    const notice = await render(ALL, async () => void opened++);
    expect(notice?.textContent).toContain('“Go to the next problem” and “Go to the previous problem” have no keyboard shortcut');
    notice!.querySelector('button')!.click();
    expect(opened).toBe(1);
    unmount(app!);
    app = undefined;
    document.body.replaceChildren();
    expect(await render(ALL.map((c) => ({ ...c, shortcut: 'Alt+Shift+X' })))).toBeNull();
  });
});
