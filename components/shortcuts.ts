// Keyboard commands that lost their key: which ones, and where the user can set one (Chrome or Firefox).
import { browser } from 'wxt/browser';

/** What commands.getAll() gives for one command (Chrome and Firefox alike). */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** The extension's own keyboard commands (wxt.config.ts); _execute_action has no key on purpose. */
export const KEYBOARD_COMMANDS = ['next-problem', 'previous-problem', 'quick-fix'] as const;

/**
 * Commands of ours with no key: the browser leaves a suggested key unset when it clashes with one of its own
 * shortcuts or another extension's, and the user can clear one.
 */
export function unboundCommands(commands: readonly CommandInfo[]): CommandInfo[] {
  return commands.filter((c) => (KEYBOARD_COMMANDS as readonly string[]).includes(c.name ?? '') && !c.shortcut);
}

export function isFirefox(userAgent = globalThis.navigator?.userAgent ?? ''): boolean {
  return /\bFirefox\//.test(userAgent);
}

/** One sentence naming the commands without a key and where to set one. */
export function unboundMessage(unbound: readonly CommandInfo[], firefox: boolean): string {
  if (!unbound.length) return '';
  const names = unbound.map((c) => `“${c.description || c.name}”`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const where = firefox ? 'in Add-ons and themes › ⚙ › Manage Extension Shortcuts' : 'at chrome://extensions/shortcuts';
  return `${list} ${unbound.length === 1 ? 'has' : 'have'} no keyboard shortcut. Set one ${where}.`;
}

type CommandsApi = { getAll(): Promise<CommandInfo[]>; openShortcutSettings?: () => Promise<void> };
const commandsApi = () => (browser as unknown as { commands?: CommandsApi }).commands;

/** The commands as the browser has bound them, or [] where the API is missing (tests, other pages). */
export async function loadCommands(): Promise<CommandInfo[]> {
  try {
    return (await commandsApi()?.getAll()) ?? [];
  } catch {
    return [];
  }
}

/** Opens the browser's shortcut settings: Firefox has an API for it, Chrome lets an extension open its own page. */
export async function openShortcutSettings(): Promise<void> {
  const api = commandsApi();
  if (api?.openShortcutSettings) return api.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
