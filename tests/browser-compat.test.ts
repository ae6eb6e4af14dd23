// lib/browser-compat.ts: the toolbar button and the Problems panel under Chrome (MV3), Firefox MV3 and Firefox MV2.
import { describe, expect, it } from 'vitest';
import { openProblemsPanel, toolbarButton, toolbarMenuContext } from '../lib/browser-compat.ts';

const button = (label: string) => ({ label, setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, getBadgeText: async () => '', onClicked: { addListener() {} } });

describe('browser compatibility', () => {
  it('uses action where it exists and browserAction under Firefox Manifest V2', () => {
    expect((toolbarButton({ action: button('action'), browserAction: button('old') }) as unknown as { label: string }).label).toBe('action');
    expect((toolbarButton({ browserAction: button('old') }) as unknown as { label: string }).label).toBe('old');
    expect(() => toolbarButton({})).toThrow(/no toolbar button API/);
    expect(toolbarMenuContext({ action: button('a') })).toBe('action');
    expect(toolbarMenuContext({ browserAction: button('b') })).toBe('browser_action');
  });

  it('opens Chrome’s side panel for the tab, or Firefox’s sidebar, synchronously', () => {
    const calls: string[] = [];
    const chrome = { sidePanel: { open: async (o: { tabId?: number }) => void calls.push(`side panel ${o.tabId}`) } };
    const firefox = { sidebarAction: { open: async () => void calls.push('sidebar') } };
    // The call is made before the function returns (Firefox only honours it while handling the click).
    expect(openProblemsPanel(chrome, { id: 7 })).toBeInstanceOf(Promise);
    expect(openProblemsPanel(firefox, { id: 7 })).toBeInstanceOf(Promise);
    expect(calls).toEqual(['side panel 7', 'sidebar']);
    expect(openProblemsPanel({}, { id: 7 })).toBeNull();
  });
});
