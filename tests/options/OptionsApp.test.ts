// @vitest-environment happy-dom
// Component test of the options page: rules table, switches, lists, privacy, search, JSON view and import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OptionsApp from '../../components/OptionsApp.svelte';
import { RULES } from '../../lib/engine/index.ts';
import { preferencesItem, settingsItem, sitesItem } from '../../lib/settings-store.ts';
import { settle } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ version: 1, organisation: 'Riverside Council', partners: ['North Trust'] });
  await preferencesItem.setValue({ keepExcerpts: false, retentionMonths: 0 });
  await sitesItem.setValue({ 'https://notes.example.org': true });
});
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

async function render() {
  app = mount(OptionsApp, { target: document.body });
  await settle();
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const button = (start: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(start))!;
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  flushSync();
}

describe('OptionsApp', () => {
  it('shows every section and one table row per rule, with examples', async () => {
    await render();
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Rules', 'Organisation & partners', 'Allowed phrases', 'Custom phrase rules', 'Sites', 'Display', 'Privacy', 'Import and export']);
    expect(document.querySelectorAll('tr[data-rule]')).toHaveLength(RULES.length);
    const first = RULES[0];
    expect($(`tr[data-rule="${first.id}"]`).textContent).toContain(first.examples.invalid[0]);
    expect($<HTMLInputElement>('#organisation-name').value).toBe('Riverside Council');
    expect($<HTMLTextAreaElement>('#partners').value).toBe('North Trust');
    expect(document.body.textContent).toContain('https://notes.example.org');
  });

  it('turns a rule off, changes a severity, and switches a category', async () => {
    await render();
    const rule = RULES[0];
    const row = $(`tr[data-rule="${rule.id}"]`);
    row.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await settle();
    expect((await settingsItem.getValue()).rules).toEqual({ [rule.id]: 'off' });
    row.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await settle();
    const select = row.querySelector<HTMLSelectElement>('select')!;
    const other = rule.severity === 'error' ? 'hint' : 'error';
    select.value = other;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await settingsItem.getValue()).rules).toEqual({ [rule.id]: other });
    const outputOnly = [...document.querySelectorAll<HTMLLabelElement>('.cats label')].find((l) => l.textContent!.includes('Output-only'))!;
    outputOnly.querySelector('input')!.click();
    await settle();
    expect((await settingsItem.getValue()).categories).toEqual({ 'output-only': 'off' });
  });

  it('saves partners, allowed phrases and privacy choices', async () => {
    await render();
    const partners = $<HTMLTextAreaElement>('#partners');
    partners.dispatchEvent(new Event('focus'));
    type(partners, 'North Trust\n\nRiverside Care Partnership\nnorth trust');
    partners.dispatchEvent(new Event('blur'));
    await settle();
    expect((await settingsItem.getValue()).partners).toEqual(['North Trust', 'Riverside Care Partnership']);
    const allow = $<HTMLTextAreaElement>('#allow');
    allow.dispatchEvent(new Event('focus'));
    type(allow, 'Better Care Fund');
    allow.dispatchEvent(new Event('blur'));
    await settle();
    expect((await settingsItem.getValue()).allow).toEqual(['Better Care Fund']);
    const keep = [...document.querySelectorAll<HTMLLabelElement>('#privacy label')][0].querySelector('input')!;
    keep.click();
    type($<HTMLInputElement>('#retention'), '6', 'change');
    await settle();
    expect(await preferencesItem.getValue()).toEqual({ keepExcerpts: true, retentionMonths: 6 });
  });

  it('offers the subtle partnership mark as an option, off by default, kept with the other preferences', async () => {
    await render();
    const box = $<HTMLInputElement>('#display input[type=checkbox]');
    expect(box.checked).toBe(false);
    expect($('#display').textContent).toMatch(/never underlined/);
    box.click();
    await settle();
    expect(await preferencesItem.getValue()).toEqual({ keepExcerpts: false, retentionMonths: 0, markPartnership: true });
    // Found by what people would search for.
    type($<HTMLInputElement>('#search'), 'partnership');
    await settle();
    expect(document.querySelector('#display')).not.toBeNull();
    expect(document.querySelector('#privacy')).toBeNull();
  });

  it('adds a custom rule after validating it', async () => {
    await render();
    const form = $<HTMLFormElement>('#custom form');
    const [phrase, message] = [...form.querySelectorAll<HTMLInputElement>('input[type=text]')];
    type(phrase, 'bed blockers');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect($('#custom [role=alert]').textContent).toContain('needs a message');
    expect((await settingsItem.getValue()).customRules).toBeUndefined();
    type(message, 'Describe the delay, not the people.');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect((await settingsItem.getValue()).customRules).toEqual([
      { phrase: 'bed blockers', category: 'blame', message: 'Describe the delay, not the people.' },
    ]);
    expect($('#custom table').textContent).toContain('“bed blockers”');
  });

  it('filters sections and rules with the search box', async () => {
    await render();
    type($<HTMLInputElement>('#search'), 'retention');
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Privacy']);
    const rule = RULES[RULES.length - 1];
    type($<HTMLInputElement>('#search'), rule.id);
    expect(document.querySelectorAll('tr[data-rule]')).toHaveLength(1);
  });

  it('imports a malformed file with a clear message and changes nothing', async () => {
    await render();
    const before = await settingsItem.getValue();
    const input = $<HTMLInputElement>('#import input[type=file]');
    const bad = readFileSync(join(import.meta.dirname, '../settings-io/fixtures/malformed.json'), 'utf8');
    Object.defineProperty(input, 'files', { value: [new File([bad], 'bad.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($('#import [role=alert]').textContent).toMatch(/Invalid settings file at "settings\.rules\.no-person-as-cause".*Nothing was changed\./);
    expect(await settingsItem.getValue()).toEqual(before);
    const good = readFileSync(join(import.meta.dirname, '../settings-io/fixtures/export-v1.json'), 'utf8');
    Object.defineProperty(input, 'files', { value: [new File([good], 'old.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($('#import [role=status]').textContent).toContain('an older export');
    expect(await sitesItem.getValue()).toEqual({ 'https://notes.example.org': true });
    expect((await settingsItem.getValue()).rules).toEqual({ 'no-person-as-cause': 'error' });
  });

  it('edits as JSON: refuses bad JSON, saves good JSON', async () => {
    await render();
    button('Edit as JSON').click();
    await settle();
    const area = $<HTMLTextAreaElement>('#json-text');
    expect(JSON.parse(area.value)).toMatchObject({ format: 'common-ground-settings', version: 2, settings: { organisation: 'Riverside Council' } });
    const good = JSON.parse(area.value);
    expect($('#json-check').textContent).toContain('Valid settings.');
    type(area, area.value.replace('"Riverside Council"', '"Riverside Council",'));
    expect($('#json-check').textContent).toContain('not valid JSON');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    button('Save JSON').click();
    await settle();
    expect($('#json-error').textContent).toBe('Not saved: fix the problem shown above. Nothing was changed.');
    expect((await settingsItem.getValue()).organisation).toBe('Riverside Council');
    good.settings.organisation = 'North Trust';
    type(area, JSON.stringify(good));
    button('Save JSON').click();
    await settle();
    expect($('#json-error').textContent).toBe('');
    expect((await settingsItem.getValue()).organisation).toBe('North Trust');
  });

  it('adds, switches off and forgets sites', async () => {
    await render();
    const form = $<HTMLFormElement>('#sites form');
    type($<HTMLInputElement>('#site-address'), 'not a site at all');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect($('#sites [role=alert]').textContent).toContain('Type a web address');
    type($<HTMLInputElement>('#site-address'), 'wiki.example.org/board/minutes');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(await sitesItem.getValue()).toEqual({ 'https://notes.example.org': true, 'https://wiki.example.org': true });
    const notes = [...document.querySelectorAll<HTMLLabelElement>('#sites li label')].find((l) => l.textContent!.includes('notes.example.org'))!;
    notes.querySelector('input')!.click();
    await settle();
    expect((await sitesItem.getValue())['https://notes.example.org']).toBe(false);
    [...document.querySelectorAll<HTMLButtonElement>('#sites li button')].find((b) => b.getAttribute('aria-label')!.includes('wiki'))!.click();
    await settle();
    expect(await sitesItem.getValue()).toEqual({ 'https://notes.example.org': false });
  });

  it('lists the local sites that are on by default, with a switch, instead of "No sites yet"', async () => {
    await sitesItem.setValue({});
    await render();
    const text = $('#sites').textContent!.replace(/\s+/g, ' ');
    expect(text).not.toContain('No sites yet');
    const labels = [...document.querySelectorAll<HTMLLabelElement>('#sites li label')];
    expect(labels.map((l) => l.textContent!.trim())).toEqual(['http://localhost', 'http://127.0.0.1']);
    expect(labels.every((l) => l.querySelector('input')!.checked)).toBe(true);
    expect(text).toContain('on by default');
    labels[0].querySelector('input')!.click();
    await settle();
    expect(await sitesItem.getValue()).toEqual({ 'http://localhost': false });
  });
});
