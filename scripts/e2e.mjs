// Builds the extension (Chrome and Firefox) and the editor test pages, then runs the end-to-end tests in real Chromium and Firefox ESR.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
if (existsSync('scripts/build-test-pages.mjs')) run('node', ['scripts/build-test-pages.mjs']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
