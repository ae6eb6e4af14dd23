// lib/toolbar-click.ts: the toolbar button turns a site on or opens the panel, synchronously (Firefox needs the click's user input).
import { describe, expect, it } from 'vitest';
import { handleToolbarClick, type ToolbarClickDeps } from '../lib/toolbar-click.ts';

function deps(knownSites: Record<string, boolean> | null, panel = true) {
  const calls: string[] = [];
  const d: ToolbarClickDeps = {
    knownSites,
    enableSite: async (t) => void calls.push(`enable ${t.url}`),
    openPanel: (t) => (panel ? (calls.push(`panel ${t.id}`), Promise.resolve()) : null),
    turnOff: async (_s, origin) => void calls.push(`off ${origin}`),
    log: (where) => calls.push(`log ${where}`),
  };
  return { d, calls };
}

const tab = (url: string) => ({ id: 4, url, windowId: 1 });

describe('toolbar button click', () => {
  it('asks to turn checking on for a site that is off, before returning', () => {
    const { d, calls } = deps({ 'https://example.org': false });
    handleToolbarClick(tab('https://example.org/minutes'), d);
    expect(calls).toEqual(['enable https://example.org/minutes']);
  });

  it('opens the panel for a site that is on (and for local pages, on by default), before returning', () => {
    const on = deps({ 'https://example.org': true });
    handleToolbarClick(tab('https://example.org/minutes'), on.d);
    const local = deps({});
    handleToolbarClick(tab('http://127.0.0.1:5173/notes'), local.d);
    expect([...on.calls, ...local.calls]).toEqual(['panel 4', 'panel 4']);
  });

  it('opens the panel at once when the click woke the background and the sites are not read yet', () => {
    const { d, calls } = deps(null);
    handleToolbarClick(tab('https://example.org/minutes'), d);
    expect(calls).toEqual(['panel 4']);
  });

  it('switches the site off where the browser has no panel, and ignores pages no extension may script', () => {
    const { d, calls } = deps({ 'https://example.org': true }, false);
    handleToolbarClick(tab('https://example.org/minutes'), d);
    handleToolbarClick(tab('about:addons'), d);
    handleToolbarClick({ url: 'https://example.org/' }, d);
    expect(calls).toEqual(['off https://example.org']);
  });
});
