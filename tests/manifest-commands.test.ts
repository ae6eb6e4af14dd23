// The keyboard commands in the manifest: key syntax Chrome accepts, at most four suggested keys, none Chrome keeps for itself, README in step.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import config from '../wxt.config.ts';
import { KEYBOARD_COMMANDS } from '../components/shortcuts.ts';

type Commands = Record<string, { suggested_key?: Record<string, string>; description?: string }>;
const commands = (config.manifest as { commands: Commands }).commands;

/** Chrome's key syntax for commands: Ctrl or Alt (or Command/MacCtrl on a Mac), optional Shift, then one key. */
const KEY = /^(Ctrl|Alt|Command|MacCtrl)\+(Shift\+)?([A-Z0-9]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/;
/**
 * Keys Chromium keeps for its own shortcuts, seen as an empty `shortcut` in chrome.commands.getAll() when suggested
 * (Debian Chromium; tests/e2e/shortcuts.e2e.test.ts checks the shipped keys in the real browser).
 */
const TAKEN_BY_CHROME = ['Alt+Shift+N', 'Alt+Shift+P'];

describe('manifest keyboard commands', () => {
  const suggested = Object.entries(commands).flatMap(([name, c]) => Object.values(c.suggested_key ?? {}).map((key) => ({ name, key })));

  it('defines every command the background handles, each with a description', () => {
    expect(Object.keys(commands).sort()).toEqual([...KEYBOARD_COMMANDS].sort());
    for (const c of Object.values(commands)) expect(c.description).toMatch(/\S/);
  });

  it('suggests at most four keys (Chrome’s limit, _execute_action included), all distinct and well formed', () => {
    const withDefault = Object.values(commands).filter((c) => c.suggested_key?.default);
    expect(withDefault.length).toBeLessThanOrEqual(4);
    for (const { key } of suggested) expect(key).toMatch(KEY);
    const defaults = Object.values(commands).map((c) => c.suggested_key?.default);
    expect(new Set(defaults).size).toBe(defaults.length);
  });

  it('suggests no key Chrome keeps for itself', () => {
    for (const { name, key } of suggested) expect(TAKEN_BY_CHROME, name).not.toContain(key);
  });

  it('README and demo advertise the keys the manifest suggests', () => {
    const shown = (key: string) => key.replace('Period', '.').replace('Comma', ',');
    for (const file of ['README.md', 'demo/README.md']) {
      const text = readFileSync(file, 'utf8');
      for (const c of Object.values(commands)) expect(text, file).toContain(`\`${shown(c.suggested_key!.default)}\``);
      for (const key of TAKEN_BY_CHROME) expect(text, file).not.toContain(`\`${key}\``);
    }
  });
});
