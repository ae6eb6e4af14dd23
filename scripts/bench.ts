// Benchmark: engine vs alex vs write-good throughput, incremental re-analysis, cold start, optional CPU profile.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { text as alexText } from 'alex';
import { countWords, createAnalyzer } from '../lib/engine/index.ts';
import { buildCli, bundleOptions, cliIsStale } from './build-cli.mjs';
import { expandPaths, readDocuments, type InputDocument } from '../lib/cli/inputs.ts';

// write-good ships no types: load it through require with the one signature used here.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => Array<{ index: number; offset: number; reason: string }>;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The shared corpus sits beside the repository (or beside a worktree's parent folder).
const DEFAULT_CORPUS = [path.resolve(ROOT, '../shared/corpus/minutes'), path.resolve(ROOT, '../../shared/corpus/minutes')].find((p) => existsSync(p)) ?? path.resolve(ROOT, '../shared/corpus/minutes');
const FALLBACK = path.join(ROOT, 'tests/fixtures');
const TARGETS = { incrementalP95Ms: 10, coldStartMs: 300, firstFullMs: 400, engineVsAlex: 5, cliCorpusVsAlex: 3, cliOneSentenceTimeVsAlex: 0.5 };
const PROBE = 'The council dropped the ball yet again on the discharge letters.';

const { values, positionals } = parseArgs({
  options: {
    json: { type: 'boolean' },
    rounds: { type: 'string', default: '5' },
    edits: { type: 'string', default: '300' },
    profile: { type: 'boolean' },
  },
  allowPositionals: true,
  strict: true,
});
const rounds = Math.max(1, Number(values.rounds));
const note = (s: string) => process.stderr.write(s + '\n');

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
}
/** A fixed-seed PRNG (mulberry32) so every run makes the same edits. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadCorpus(): Promise<{ source: string; docs: InputDocument[] }> {
  let source = positionals[0] ? path.resolve(positionals[0]) : DEFAULT_CORPUS;
  if (!existsSync(source)) {
    note(`Note: ${source} not found; benchmarking the repository's own fixtures (${FALLBACK}) instead.`);
    source = FALLBACK;
  }
  const files = await expandPaths([source], process.cwd());
  return { source, docs: await readDocuments(files, note) };
}

// ── throughput ──────────────────────────────────────────────────────────────────────────────────────
type Tool = { name: string; run: (docs: InputDocument[]) => number };
const TOOLS: Tool[] = [
  {
    name: 'common-ground (one analyser per round)',
    run: (docs) => {
      const analyzer = createAnalyzer(undefined, { fresh: true });
      return docs.reduce((n, d) => n + analyzer.analyze(d.text).length, 0);
    },
  },
  // A new analyser for every file, each with its own engine: the cost of compiling settings, with no cache carried over.
  { name: 'common-ground (fresh engine per file)', run: (docs) => docs.reduce((n, d) => n + createAnalyzer(undefined, { fresh: true }).analyze(d.text).length, 0) },
  { name: 'alex (text)', run: (docs) => docs.reduce((n, d) => n + alexText(d.text).messages.length, 0) },
  { name: 'write-good', run: (docs) => docs.reduce((n, d) => n + writeGood(d.text).length, 0) },
];

function throughput(docs: InputDocument[], words: number) {
  // Warm-up: JIT, lazy lexicons, compiled nets. The engine's runs are cheap, so it gets three; the others one.
  for (const tool of TOOLS) for (let i = tool.name.startsWith('common-ground') ? 3 : 1; i > 0; i--) tool.run(docs);
  const times = new Map<string, number[]>(TOOLS.map((t) => [t.name, []]));
  // CPU time as well as wall time: on a shared machine another process's load stretches wall time, not CPU time.
  const cpu = new Map<string, number[]>(TOOLS.map((t) => [t.name, []]));
  const findings = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const tool of TOOLS) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      findings.set(tool.name, tool.run(docs));
      const c = process.cpuUsage(c0);
      times.get(tool.name)!.push(performance.now() - t0);
      cpu.get(tool.name)!.push((c.user + c.system) / 1000);
    }
  }
  const row = (tool: string, ms: number, cpuMs: number, found: number) => ({
    tool,
    medianMs: round(ms),
    wordsPerSecond: Math.round((words * 1000) / ms),
    medianCpuMs: round(cpuMs),
    wordsPerCpuSecond: Math.round((words * 1000) / cpuMs),
    findings: found,
    per1000: round((found * 1000) / words),
  });
  return TOOLS.map((t) => row(t.name, median(times.get(t.name)!), median(cpu.get(t.name)!), findings.get(t.name)!));
}

/**
 * The command line end to end in fresh processes (bundle start-up, reading, one analyser, output), paired with alex's
 * command line on the same input: A B A B …, the ratio taken pair by pair so a drifting machine load cancels out.
 */
const ALEX_CLI = path.join(ROOT, 'node_modules/alex/cli.js');

async function cliPaired(label: string, input: string, words: number, runs: number) {
  if (cliIsStale()) await buildCli();
  const ours: number[] = [];
  const theirs: number[] = [];
  let found = 0;
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    return { ms: performance.now() - t0, r };
  };
  for (let i = 0; i < runs + 1; i++) {
    const a = time([path.join(ROOT, 'bin/common-ground.mjs'), 'check', '--format', 'json', input]);
    if (a.r.status !== 0 && a.r.status !== 1) throw new Error(`CLI run failed: ${a.r.stderr.split('\n')[0]}`);
    const b = time([ALEX_CLI, '--quiet', input]);
    if (i === 0) continue; // warm-up pair: disk cache
    ours.push(a.ms);
    theirs.push(b.ms);
    found = (JSON.parse(a.r.stdout) as { diagnostics: unknown[] }[]).reduce((n, f) => n + f.diagnostics.length, 0);
  }
  const ratios = ours.map((x, i) => x / theirs[i]);
  return {
    tool: `common-ground CLI vs alex CLI, ${label} (fresh processes, median of ${runs} pairs)`,
    medianMs: round(median(ours)),
    alexMedianMs: round(median(theirs)),
    timeVsAlex: round(median(ratios)),
    wordsPerSecond: Math.round((words * 1000) / median(ours)),
    findings: found,
  };
}

// ── incremental ─────────────────────────────────────────────────────────────────────────────────────
const VOCABULARY = ['report', 'plan', 'service', 'team', 'budget', 'winter', 'review', 'partners', 'people', 'letter', 'discharge', 'referral', 'community', 'staff', 'target'];

function incremental(docs: InputDocument[], edits: number) {
  const samples = docs.map((d) => d.text.trim()).filter(Boolean);
  const parts: string[] = [];
  for (let i = 0, words = 0; words < 20_000; i++) {
    parts.push(samples[i % samples.length]);
    words += countWords(samples[i % samples.length]);
  }
  let doc = parts.join('\n\n');
  const analyzer = createAnalyzer(undefined, { fresh: true });
  let t0 = performance.now();
  const first = analyzer.analyze(doc);
  const fullMs = performance.now() - t0;
  const random = prng(42);
  const series = { any: [] as number[], flagged: [] as number[] };
  for (let i = 0; i < edits; i++) {
    // Alternate: a random paragraph, then a paragraph that holds a finding (it must be parsed again).
    const kind = i % 2 === 0 ? 'any' : 'flagged';
    const paras = [...doc.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].filter((p) => /\b[a-z]{3,}\b/.test(p[0]));
    const current = kind === 'flagged' ? analyzer.analyze(doc) : [];
    const flagged = paras.filter((p) => current.some((d) => d.start >= p.index! && d.start < p.index! + p[0].length));
    const pool = kind === 'flagged' && flagged.length ? flagged : paras;
    const para = pool[Math.floor(random() * pool.length)];
    const words = [...para[0].matchAll(/\b[a-z]{3,}\b/g)];
    const w = words[Math.floor(random() * words.length)];
    const at = para.index! + w.index!;
    doc = doc.slice(0, at) + VOCABULARY[Math.floor(random() * VOCABULARY.length)] + doc.slice(at + w[0].length);
    t0 = performance.now();
    analyzer.analyze(doc);
    series[kind].push(performance.now() - t0);
  }
  const all = [...series.any, ...series.flagged];
  const stat = (xs: number[]) => ({ edits: xs.length, p50Ms: round(quantile(xs, 0.5)), p95Ms: round(quantile(xs, 0.95)), maxMs: round(Math.max(...xs)) });
  return { words: countWords(doc), firstFullMs: round(fullMs), findings: first.length, all: stat(all), anyParagraph: stat(series.any), flaggedParagraph: stat(series.flagged) };
}

// ── cold start ──────────────────────────────────────────────────────────────────────────────────────
/**
 * A fresh node process imports a bundled engine and checks one sentence. Two bundles: the one the CLI ships
 * (compromise evaluated only when a sentence needs a parse) and an eager one, as the browser build loads it.
 */
async function coldStart(runs = 5) {
  const outDir = path.join(ROOT, '.bench');
  mkdirSync(outDir, { recursive: true });
  const entry = path.join(ROOT, 'lib/engine/index.ts');
  const lazy = path.join(outDir, 'engine-lazy.mjs');
  const eager = path.join(outDir, 'engine-eager.mjs');
  await build(bundleOptions(entry, lazy) as Parameters<typeof build>[0]);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: eager, logLevel: 'error' });
  const measure = (bundle: string) => {
    const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); const t1 = performance.now(); const n = m.analyze(${JSON.stringify(PROBE)}).length; const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, n }));`;
    const samples: { importMs: number; firstCallMs: number; totalMs: number; processMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      const processMs = performance.now() - t0;
      if (r.status !== 0) throw new Error(`cold start run failed: ${r.stderr.split('\n')[0]}`);
      const m = JSON.parse(r.stdout) as { importMs: number; firstCallMs: number };
      samples.push({ ...m, totalMs: m.importMs + m.firstCallMs, processMs });
    }
    const pick = (k: keyof (typeof samples)[number]) => round(median(samples.map((s) => s[k])));
    return { importMs: pick('importMs'), firstCallMs: pick('firstCallMs'), importPlusFirstCallMs: pick('totalMs'), wholeProcessMs: pick('processMs'), bundleKiB: Math.round(statSync(bundle).size / 1024) };
  };
  // Where import time goes: compromise alone (its lexicon is built at import), in the same kind of fresh process.
  const compromiseScript = `const t0 = performance.now(); await import('compromise/two'); console.log(performance.now() - t0);`;
  const compromiseMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', compromiseScript], { encoding: 'utf8', cwd: ROOT });
    if (r.status === 0) compromiseMs.push(Number(r.stdout));
  }
  return { runs, ...measure(lazy), eager: measure(eager), compromiseImportMs: round(median(compromiseMs)) };
}

// ── profile: where the engine's time goes, self time summed by source file ─────────────────────────
type ProfileRow = { where: string; ms: number; share: string };
async function profile(work: () => void) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  work();
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  const deltas = p.timeDeltas ?? [];
  const byNode = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byPlace = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    // The inspector's own call (dispatch) and idle time are the profiler, not the engine.
    if (!n.callFrame.url && ['dispatch', '(idle)', '(program)'].includes(n.callFrame.functionName)) continue;
    const us = byNode.get(n.id) ?? 0;
    total += us;
    const url = n.callFrame.url.replace(pathToFileURL(ROOT).href + '/', '');
    const file = url.includes('node_modules/') ? url.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1 (package)') : url || `(${n.callFrame.functionName || 'native'})`;
    const raw = url.startsWith('lib/') ? `${file} ${n.callFrame.functionName || '(anonymous)'}` : file;
    // Regular expressions show up under their own source: keep the head, enough to recognise which one.
    const key = raw.length > 100 ? `${raw.slice(0, 97)}…` : raw;
    byPlace.set(key, (byPlace.get(key) ?? 0) + us);
  }
  return [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([where, us]): ProfileRow => ({ where, ms: round(us / 1000), share: `${Math.round((us * 100) / total)}%` }));
}

/** A file holding the probe sentence alone: what start-up costs when there is almost nothing to check. */
function oneSentenceFile(): string {
  const dir = path.join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'one-sentence.md');
  writeFileSync(file, PROBE + '\n');
  return file;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const { source, docs } = await loadCorpus();
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
note(`Benchmarking ${docs.length} files, ${words.toLocaleString('en-GB')} words, ${rounds} rounds…`);
const result = {
  corpus: { source: path.relative(ROOT, source) || '.', files: docs.length, words },
  node: process.version,
  // Two cores shared with other work: the load average says how far to trust the absolute figures.
  loadAverage: loadavg().map((x) => round(x)),
  // Incremental first: its analyser is the first in the process, as in a content script. (V8 keeps a later
  // analyser's fresh copy of the same big trigger RegExp in its slow interpreter; see the throughput rows.)
  incremental: incremental(docs, Math.max(200, Number(values.edits))),
  throughput: throughput(docs, words),
  cli: [
    await cliPaired(`over ${path.basename(source)}`, source, words, 3),
    await cliPaired('on a one-sentence file', oneSentenceFile(), countWords(PROBE), 5),
  ],
  coldStart: await coldStart(),
  profile: values.profile
    ? {
        // Three cold analyses of the whole corpus as one text, then the re-analysis path of the incremental case.
        full: await profile(() => [1, 2, 3].forEach(() => createAnalyzer().analyze(docs.map((d) => d.text).join('\n\n')))),
        incremental: await profile(() => incremental(docs, 200)),
      }
    : undefined,
  targets: TARGETS,
};

if (values.json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const t = result.throughput;
  const alex = t.find((x) => x.tool.startsWith('alex'))!;
  const rows = t.map((x) => [
    x.tool,
    x.wordsPerSecond.toLocaleString('en-GB'),
    `${round(x.wordsPerSecond / alex.wordsPerSecond)}×`,
    x.wordsPerCpuSecond.toLocaleString('en-GB'),
    `${round(x.wordsPerCpuSecond / alex.wordsPerCpuSecond)}×`,
    x.medianMs.toFixed(1),
    x.findings.toLocaleString('en-GB'),
    x.per1000.toFixed(2),
  ]);
  const head = ['tool', 'words/s', 'vs alex', 'words/cpu-s', 'vs alex (cpu)', 'median ms', 'findings', 'per 1,000 words'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const ok = (pass: boolean) => (pass ? 'meets target' : 'MISSES target');
  const inc = result.incremental;
  const cold = result.coldStart;
  const out = [
    `Corpus: ${result.corpus.source} — ${result.corpus.files} files, ${words.toLocaleString('en-GB')} words; node ${result.node}; load average ${result.loadAverage.join(' ')}; median of ${rounds} rounds after a warm-up.`,
    '',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    `Engine throughput vs alex: ${round(t[0].wordsPerSecond / alex.wordsPerSecond)}× wall, ${round(t[0].wordsPerCpuSecond / alex.wordsPerCpuSecond)}× CPU → ${ok(t[0].wordsPerSecond >= TARGETS.engineVsAlex * alex.wordsPerSecond)} (≥ ${TARGETS.engineVsAlex}×, wall).`,
    '',
    ...result.cli.map((c) => `${c.tool}: ours ${c.medianMs} ms, alex ${c.alexMedianMs} ms; our time ${c.timeVsAlex}× alex's (${round(1 / c.timeVsAlex)}× faster)`),
    `CLI over the corpus → ${ok(result.cli[0].timeVsAlex <= 1 / TARGETS.cliCorpusVsAlex)} (≥ ${TARGETS.cliCorpusVsAlex}× faster); one-sentence file → ${ok(result.cli[1].timeVsAlex <= TARGETS.cliOneSentenceTimeVsAlex)} (≤ ${TARGETS.cliOneSentenceTimeVsAlex}× alex's time)`,
    '',
    `First full analysis of a ${inc.words.toLocaleString('en-GB')}-word document: ${inc.firstFullMs} ms → ${ok(inc.firstFullMs <= TARGETS.firstFullMs)} (≤ ${TARGETS.firstFullMs} ms)`,
    `Incremental: ${inc.all.edits} one-word edits to that document`,
    `  all edits          p50 ${inc.all.p50Ms} ms   p95 ${inc.all.p95Ms} ms   max ${inc.all.maxMs} ms   → ${ok(inc.all.p95Ms <= TARGETS.incrementalP95Ms)} (p95 ≤ ${TARGETS.incrementalP95Ms} ms)`,
    `  any paragraph      p50 ${inc.anyParagraph.p50Ms} ms   p95 ${inc.anyParagraph.p95Ms} ms`,
    `  flagged paragraph  p50 ${inc.flaggedParagraph.p50Ms} ms   p95 ${inc.flaggedParagraph.p95Ms} ms`,
    '',
    `Cold start (fresh node, the CLI's engine bundle, median of ${cold.runs}): import ${cold.importMs} ms + first call ${cold.firstCallMs} ms = ${cold.importPlusFirstCallMs} ms → ${ok(cold.importPlusFirstCallMs <= TARGETS.coldStartMs)} (≤ ${TARGETS.coldStartMs} ms)`,
    `  whole process ${cold.wholeProcessMs} ms; bundle ${cold.bundleKiB} KiB`,
    `  eager bundle (compromise evaluated at import, as in the browser): import ${cold.eager.importMs} ms + first call ${cold.eager.firstCallMs} ms = ${cold.eager.importPlusFirstCallMs} ms; importing compromise/two alone takes ${cold.compromiseImportMs} ms`,
    ...(result.profile
      ? [
          ['Profile: self time by place, 3 cold analyses of the corpus', result.profile.full],
          ['Profile: self time by place, incremental case (200 edits and the checks between them)', result.profile.incremental],
        ].flatMap(([title, rows]) => ['', `${title}:`, ...(rows as ProfileRow[]).map((p) => `  ${p.share.padStart(4)}  ${p.ms.toFixed(1).padStart(8)} ms  ${p.where}`)])
      : []),
  ];
  process.stdout.write(out.join('\n') + '\n');
}
if (values.json) writeFileSync(path.join(ROOT, '.bench/last.json'), JSON.stringify(result, null, 2));
