#!/usr/bin/env node
// The `common-ground` command: runs the bundled command line (dist/cli.mjs, built by `npm install`/`npm run build:cli`).
// In a checkout where it has not been built yet, it falls back to the TypeScript sources through tsx's loader.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/main.ts');
}
