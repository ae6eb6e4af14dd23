// WXT configuration: Chrome MV3 and Firefox builds, Svelte 5 UI, webextension-polyfill through WXT's module.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/engine runnable under plain node (see DESIGN.md).
  imports: false,
  manifest: {
    name: 'Common Ground',
    description:
      'Checks the language of meeting notes for blame, organisation-centric framing and output-only targets. Nothing leaves your device.',
    permissions: ['storage'],
  },
});
