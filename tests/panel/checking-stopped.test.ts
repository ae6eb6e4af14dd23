// @vitest-environment happy-dom
// The Problems panel says checking stopped and why (never "No problems"), and resets only the faulty part.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ProblemsPanel from '../../components/ProblemsPanel.svelte';
import { RecordingPanel } from './recording-panel.ts';
import { settingsItem } from '../../lib/settings-store.ts';
import type { PageProblems } from '../../lib/messages.ts';
import { settle, bodyText } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

const page = (extra: Partial<PageProblems>): PageProblems => ({ url: 'http://localhost/', title: 'Notes', words: 40, problems: [], source: 'editors', ...extra });
const text = bodyText;


describe('Problems panel when checking stopped', () => {
  it('says so with the reason, not "No problems", and resets the faulty part of the settings', async () => {
    await settingsItem.setValue({ organisation: 'North Trust', rules: { 'no-blame-idiom': 'loud' } } as never);
    const reason = 'The saved settings cannot be used. Invalid settings at "rules.no-blame-idiom": expected "off"…';
    app = mount(ProblemsPanel, { target: document.body, props: { panel: new RecordingPanel(page({ stopped: { reason, part: 'rules' } })) } });
    flushSync();
    const alert = document.querySelector('.stopped[role=alert]')!;
    expect(alert.textContent).toContain('Checking stopped.');
    expect(alert.textContent).toContain(reason);
    expect(text()).not.toContain('No problems have been detected');
    expect(text()).not.toContain('No problems match');
    expect(document.querySelector('.summary')).toBeNull();
    const reset = [...alert.querySelectorAll('button')].find((b) => b.textContent!.includes('Reset rule settings'))!;
    reset.click();
    await settle();
    expect(await settingsItem.getValue()).toEqual({ organisation: 'North Trust' });
    expect(text()).toContain('Reset rule settings; checking starts again.');
  });

  it('shows notices about ignored settings entries beside the list', () => {
    app = mount(ProblemsPanel, {
      target: document.body,
      props: { panel: new RecordingPanel(page({ notices: ['No rule has the id “no-such-rule”: its setting was ignored.'] })) },
    });
    flushSync();
    expect(text()).toContain('Settings: No rule has the id “no-such-rule”: its setting was ignored.');
    expect(text()).toContain('No problems have been detected');
  });
});
