// npm start: builds the extension, serves the demo page on 127.0.0.1 and opens Chromium with the extension loaded.
// Flags: --once (build, print how to load it, exit: for CI), --no-build, --no-browser, --port=N.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const DEMO = join(ROOT, 'demo');
const SAMPLE = join(DEMO, 'riverside-2025-01-15.md');
const args = new Set(process.argv.slice(2));
const portArg = process.argv.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice(7)) : Number(process.env.PORT ?? 5178);
const TYPES = { '.html': 'text/html; charset=utf-8', '.md': 'text/plain; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

if (!args.has('--no-build')) {
  // The demo build checks local pages without a prompt (the demo is served on 127.0.0.1); `npm run build` does not.
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WXT_LOCAL_PAGES: 'on' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(DEMO, path || 'index.html');
  if (!file.startsWith(DEMO) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
try {
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
} catch {
  // The usual port is taken: any free one will do.
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
}
const url = `http://127.0.0.1:${server.address().port}/`;

const chromium = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => p && existsSync(p));
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

console.log(`\nCommon Ground demo page: ${url}`);
console.log('This demo build checks localhost and 127.0.0.1 pages by default; other sites are off until you click the toolbar button.');

let browser = null;
let profile = null;
if (!args.has('--once') && !args.has('--no-browser') && display && chromium) {
  profile = mkdtempSync(join(tmpdir(), 'common-ground-demo-'));
  const flags = [`--user-data-dir=${profile}`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--no-default-browser-check'];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  browser = spawn(chromium, [...flags, url], { stdio: 'ignore' });
  browser.on('exit', () => shutdown());
  console.log(`Opened ${chromium} with the extension loaded (a fresh profile). Close it or press Ctrl+C to stop.`);
} else {
  // Without a browser, show the engine at work: the command line over the demo's sample minutes.
  console.log(`\nThe command line over the demo's sample minutes (npm run cli -- check ${relative(process.cwd(), SAMPLE)}):\n`);
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'check', relative(process.cwd(), SAMPLE)], { stdio: 'inherit' });
  console.log(`\nNo browser opened${display ? '' : ' (no display found)'}. To try it by hand:`);
  console.log('  1. Open chrome://extensions in Chrome or Chromium and turn on "Developer mode".');
  console.log(`  2. Click "Load unpacked" and choose ${EXTENSION}`);
  console.log(`  3. Open ${url}${args.has('--once') ? ' (run "npm start" to serve it)' : ''}`);
  console.log(`  The demo page itself is ${join(DEMO, 'index.html')}.`);
}

function shutdown() {
  server.close();
  if (browser && browser.exitCode === null) browser.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
if (args.has('--once')) shutdown();
else {
  console.log('Serving until Ctrl+C.');
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
