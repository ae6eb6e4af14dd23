// Benchmark of the history dashboard in Chromium: open and draw 10,000 snapshots of 500 documents; import 150 files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, ROOT, screenshot } from '../tests/e2e/harness.ts';

const DOCS = 500;
const PER_DOC = 20;
const IMPORT_FILES = 150;
const RULES = ['no-culprit-hunt', 'no-person-as-cause', 'no-blame-idiom', 'no-own-organisation-first', 'no-passing-the-problem', 'no-output-as-goal'];
const CATS = ['blame', 'org-centric', 'output-only'] as const;

if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.argv.includes('--build')) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WXT_LOCAL_PAGES: 'on' } });
}

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function historyExport(): string {
  const rand = rng(42);
  const start = Date.UTC(2024, 0, 1);
  const day = 24 * 60 * 60 * 1000;
  const documents = Array.from({ length: DOCS }, (_, d) => {
    const series = `Board ${d % 25}`;
    const snapshots = Array.from({ length: PER_DOC }, (_, i) => {
      const countsByRule: Record<string, number> = {};
      const countsByCategory = { blame: 0, 'org-centric': 0, 'output-only': 0 };
      for (const [k, rule] of RULES.entries()) {
        const n = Math.floor(rand() * 3);
        if (n) {
          countsByRule[rule] = n;
          countsByCategory[CATS[k % 3]] += n;
        }
      }
      return { at: start + Math.floor(((d * PER_DOC + i) / (DOCS * PER_DOC)) * 700) * day + i * 3600_000, words: 300 + Math.floor(rand() * 1500), countsByRule, countsByCategory, reason: i % 5 === 0 ? 'review' : 'editing', ...(i % 5 === 0 ? { review: { changed: 2, dismissed: 1, skipped: 0, before: 5, after: 2 }, readyToCirculate: rand() > 0.5 } : {}) };
    });
    const url = `https://notes${d % 7}.example.org/doc/${d}`;
    return { key: `${url}\nminutes ${d}`, url, title: `Minutes ${d}`, site: `notes${d % 7}.example.org`, series, createdAt: snapshots[0].at, lastAt: snapshots[PER_DOC - 1].at, snapshots, dismissals: [] };
  });
  return JSON.stringify({ format: 'common-ground-history', version: 1, exportedAt: new Date(0).toISOString(), documents });
}

function minutesFolder(dir: string): { files: string[]; bytes: number } {
  const samples = readdirSync(join(ROOT, 'tests/fixtures/riverside')).sort().map((f) => readFileSync(join(ROOT, 'tests/fixtures/riverside', f), 'utf8'));
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < IMPORT_FILES; i++) {
    const date = new Date(Date.UTC(2019, 0, 7) + i * 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const text = `${samples[i % 12]}\n\n${samples[(i + 5) % 12]}`.replace(/^# .*/, `# Eastmere Operational Group ${i}`);
    const path = join(dir, `eastmere-${date}.md`);
    writeFileSync(path, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

async function openMeasured(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await page.waitForSelector('body[data-drawn="true"]', { timeout: 60000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const open = await page.evaluate(() => performance.getEntriesByName('dashboard:open')[0]?.duration ?? NaN);
  await cdp.detach();
  return { scriptMs: metric('ScriptDuration') * 1000, taskMs: metric('TaskDuration') * 1000, openMs: open };
}

/** Where the dashboard's opening script time goes: self time per script file, from a CDP CPU profile. */
async function profileOpen(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector('body[data-drawn="true"]');
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/bench-history.cpuprofile'), JSON.stringify(profile));
  const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples!.length;
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples!) {
    const n = byId.get(id)!;
    const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(where, (self.get(where) ?? 0) + interval);
  }
  console.log('Top self time while opening (ms):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  await page.close();
}

const tmp = mkdtempSync(join(tmpdir(), 'cg-bench-history-'));
const session = await launchExtension();
try {
  const base = `chrome-extension://${session.extensionId}/dashboard.html`;
  const setup = await session.context.newPage();
  await setup.goto(base);
  await setup.waitForSelector('body[data-drawn="true"]');
  const exportPath = join(tmp, 'history.json');
  writeFileSync(exportPath, historyExport());
  await setup.getByTestId('import-json').setInputFiles(exportPath);
  await setup.getByTestId('notice').filter({ hasText: 'snapshots' }).waitFor({ timeout: 120000 });
  await setup.close();

  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await session.context.newPage();
    runs.push(await openMeasured(page, base));
    if (i === 4) await screenshot(page, 'dashboard-bench-10000');
    await page.close();
  }
  const rows = await (async () => {
    const page = await session.context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-drawn="true"]');
    const text = await page.getByTestId('totals').textContent();
    await page.close();
    return text?.replace(/\s+/g, " ").trim();
  })();
  if (process.argv.includes('--profile')) await profileOpen(session.context, base);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Dashboard over ${rows}`);
  console.log(`  script time (CDP ScriptDuration, to first draw): median ${median(runs.map((r) => r.scriptMs)).toFixed(0)} ms; runs ${runs.map((r) => r.scriptMs.toFixed(0)).join(', ')}`);
  console.log(`  main-thread task time (CDP TaskDuration):          median ${median(runs.map((r) => r.taskMs)).toFixed(0)} ms`);
  console.log(`  wall time start mark → chart drawn:                median ${median(runs.map((r) => r.openMs)).toFixed(0)} ms`);

  // Import of 150 minutes files into the same (full) history.
  const dir = join(tmp, 'minutes');
  mkdirSync(dir);
  const { files, bytes } = minutesFolder(dir);
  const page = await session.context.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-drawn="true"]');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const t0 = performance.now();
  await page.getByTestId('import-files').setInputFiles(files);
  await page.getByTestId('import-start').waitFor();
  const tRead = performance.now();
  await page.getByTestId('import-start').click();
  // Responsiveness: how long the page takes to answer while the import runs.
  const latencies: number[] = [];
  const done = page.getByTestId('import-message').filter({ hasText: `Imported ${IMPORT_FILES} files` }).waitFor({ timeout: 120000 });
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    const s = performance.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    latencies.push(performance.now() - s);
  }
  await done;
  const t1 = performance.now();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`Import of ${IMPORT_FILES} files (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
  console.log(`  total ${((t1 - t0) / 1000).toFixed(2)} s (reading and dates ${((tRead - t0) / 1000).toFixed(2)} s, analysis and writing ${((t1 - tRead) / 1000).toFixed(2)} s)`);
  console.log(`  next-frame latency while importing: median ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} probes`);
  console.log(`  long tasks (>50 ms): ${longTasks.length}, longest ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms`);
  await page.close();
} finally {
  await session.close();
  rmSync(tmp, { recursive: true, force: true });
}
