// Unit and component tests; end-to-end tests live in tests/e2e and run through scripts/e2e.mjs.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
// WxtVitest() does not apply the Svelte module's vite plugin; component tests (*.svelte, *.svelte.ts) need it.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [WxtVitest(), svelte({ configFile: false, preprocess: [vitePreprocess()] })],
  // Only DOM tests (happy-dom runs in vite's client environment) get Svelte's browser build; node tests are unchanged.
  environments: { client: { resolve: { conditions: ['browser'] } } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
