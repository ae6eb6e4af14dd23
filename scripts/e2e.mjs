// Builds the extension (Chrome and Firefox) and the editor test pages, then runs the end-to-end tests in real Chromium and Firefox ESR.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The test builds check local pages (the test server is 127.0.0.1) without a prompt; a release build does not.
run('npx', ['wxt', 'build'], { ...process.env, WXT_LOCAL_PAGES: 'on' });
run('npx', ['wxt', 'build', '-b', 'firefox'], { ...process.env, WXT_LOCAL_PAGES: 'on' });
if (existsSync('scripts/build-test-pages.mjs')) run('node', ['scripts/build-test-pages.mjs']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
