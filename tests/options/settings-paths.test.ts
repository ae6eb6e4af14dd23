// @vitest-environment happy-dom
// Options: the same settings check on import, Edit as JSON and start-up; removing a custom rule removes its entries.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import OptionsApp from '../../components/OptionsApp.svelte';
import { OptionsState } from '../../components/options-state.svelte.ts';
import { settingsItem, storageErrorMessage } from '../../lib/settings-store.ts';
import { removeCustomRule } from '../../lib/settings-io/edit.ts';
import { settle } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function render() {
  app = mount(OptionsApp, { target: document.body });
  await settle();
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const button = (start: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(start))!;
function importFile(json: unknown, name = 'settings.json') {
  const input = $<HTMLInputElement>('#import input[type=file]');
  Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(json)], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('import with an unknown rule id', () => {
  it('imports the rest, drops the unknown id and says so', async () => {
    await render();
    importFile({ organisation: 'North Trust', rules: { 'no-such-rule': 'off', 'no-blame-idiom': 'info' } });
    await settle();
    expect($('#import [role=status]').textContent).toContain('Left out: No rule has the id “no-such-rule”: its setting was ignored.');
    expect(await settingsItem.getValue()).toEqual({ organisation: 'North Trust', rules: { 'no-blame-idiom': 'info' } });
  });

  it('Edit as JSON drops it the same way', async () => {
    await render();
    button('Edit as JSON').click();
    await settle();
    const area = $<HTMLTextAreaElement>('#json-text');
    const json = JSON.parse(area.value);
    json.settings.rules = { 'no-such-rule': 'off' };
    area.value = JSON.stringify(json);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect($('#json-check').textContent).toContain('Valid settings.');
    button('Save JSON').click();
    await settle();
    expect((await settingsItem.getValue()).rules).toBeUndefined();
    expect(document.body.textContent).toContain('No rule has the id “no-such-rule”');
  });
});

describe('settings read at start-up', () => {
  it('an unknown id already in storage is shown as a notice, and the rest is used', async () => {
    await settingsItem.setValue({ organisation: 'North Trust', rules: { 'custom-gone': 'off' } });
    const options = new OptionsState();
    await options.load();
    expect(options.settings).toEqual({ organisation: 'North Trust' });
    expect(options.settingsNotices).toEqual(['No rule has the id “custom-gone”: its setting was ignored.']);
    expect(options.fault).toBeNull();
  });

  it('invalid stored settings say checking stopped and offer to reset that part only', async () => {
    await settingsItem.setValue({ organisation: 'North Trust', allow: 'agreed wording' } as never);
    await render();
    const fault = $('.fault[role=alert]');
    expect(fault.textContent).toContain('Checking has stopped');
    expect(fault.textContent).toContain('Invalid settings at "allow"');
    expect($<HTMLInputElement>('#organisation-name').value).toBe('North Trust');
    button('Reset “allow”').click();
    await settle();
    expect(await settingsItem.getValue()).toEqual({ organisation: 'North Trust' });
    expect(document.querySelector('.fault')).toBeNull();
  });
});

describe('removing a custom rule', () => {
  const rule = { phrase: 'bed blockers', category: 'blame' as const, message: 'Describe the delay.' };

  it('removes its entries from the rules map too (pure edit)', () => {
    const next = removeCustomRule({ customRules: [rule], rules: { 'custom-bed-blockers': 'off', 'no-blame-idiom': 'info' } }, rule);
    expect(next).toEqual({ rules: { 'no-blame-idiom': 'info' } });
  });

  it('in Options leaves no stale id behind', async () => {
    await settingsItem.setValue({ version: 1, customRules: [rule], rules: { 'custom-bed-blockers': 'off' } });
    await render();
    button('Remove').click();
    await settle();
    expect(await settingsItem.getValue()).toEqual({ version: 1 });
  });
});

describe('storage quota', () => {
  it('is said in plain words', async () => {
    expect(storageErrorMessage(new Error('Resource::kQuotaBytes quota exceeded'))).toMatch(/^The browser has no room left to save Common Ground’s settings/);
    await render();
    vi.spyOn(settingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const org = $<HTMLInputElement>('#organisation-name');
    org.value = 'Eastmere PCN';
    org.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(document.querySelector('.error[role=alert]')!.textContent).toContain('The browser has no room left to save');
  });
});
