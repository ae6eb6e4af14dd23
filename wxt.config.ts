// WXT configuration: Chrome MV3 and Firefox builds, Svelte 5 UI, webextension-polyfill through WXT's module.
import { defineConfig } from 'wxt';
import { localPagesOn, withoutLocalHosts } from './lib/local-pages.ts';

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // Firefox has no declarativeContent (the notes-site icon hint is Chrome-only): keep its manifest clean.
    // Firefox also wants an add-on id and a data-collection statement (none is collected); Chrome's manifest has neither.
    'build:manifestGenerated': (wxt, manifest) => {
      // Release builds (npm run build) get no local host access; dev, demo and test builds keep it (lib/local-pages.ts).
      if (!localPagesOn({ ...process.env, MODE: wxt.config.mode })) withoutLocalHosts(manifest);
      if (wxt.config.browser !== 'firefox') return;
      manifest.permissions = manifest.permissions?.filter((p) => p !== 'declarativeContent');
      manifest.browser_specific_settings = {
        ...manifest.browser_specific_settings,
        gecko: { ...manifest.browser_specific_settings?.gecko, id: 'common-ground@example.org', data_collection_permissions: { required: ['none'] } },
      } as typeof manifest.browser_specific_settings;
    },
  },
  // Firefox too is built as Manifest V3 (Firefox 128 ESR and later support it): the same action, scripting and
  // optional host permission APIs as Chrome, so one code path; only the sidebar differs (lib/browser-compat.ts).
  manifestVersion: 3,
  // Explicit imports keep lib/engine runnable under plain node (see DESIGN.md).
  imports: false,
  manifest: {
    name: 'Common Ground',
    description:
      'Checks the language of meeting notes for blame, organisation-centric framing and output-only targets. Nothing leaves your device.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'declarativeContent'],
    // Inline checking is off on a site until the user turns it on (toolbar button); these are asked for then.
    optional_host_permissions: [
      'https://docs.google.com/*',
      'https://www.notion.so/*',
      'https://*.atlassian.net/*',
      'https://*.sharepoint.com/*',
      'https://*.office.com/*',
      'https://hackmd.io/*',
      '<all_urls>',
    ],
    action: { default_title: 'Common Ground: check notes on this site' },
    // Rebindable at chrome://extensions/shortcuts (Chrome does not allow F8 or Ctrl+Period here). Chrome leaves a
    // suggested key unset when it is one of its own shortcuts: Alt+Shift+N and Alt+Shift+P are (commands.getAll gave
    // them an empty shortcut), so next/previous use Alt+Shift+Period / Alt+Shift+Comma (">" and "<" on a US keyboard). At most four
    // suggested keys, _execute_action included (tests/manifest-commands.test.ts; tests/e2e/shortcuts.e2e.test.ts).
    commands: {
      'next-problem': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next problem' },
      'previous-problem': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous problem' },
      'quick-fix': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Open the fixes for the problem at the caret' },
    },
  },
});
