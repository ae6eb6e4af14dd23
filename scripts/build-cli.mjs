// Bundles the command line into dist/cli.mjs (one file, no TypeScript at start); `--if-stale` rebuilds only when a source is newer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli.mjs');
/** Everything the bundle is made from: a change to any of these makes it stale. */
const SOURCES = ['lib', 'package.json', 'package-lock.json', 'scripts/build-cli.mjs'];

/** esbuild options shared with the benchmark's engine bundle: compromise is evaluated on first use, not at start. */
export function bundleOptions(entry, outfile) {
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'error',
    define: { 'process.env.COMMON_GROUND_VERSION': JSON.stringify(version) },
    plugins: [lazyCompromise],
  };
}

/**
 * Swaps lib/engine/compromise.ts (a static import) for compromise-lazy.ts (a require that esbuild defers), and the
 * rewrite layer's `import nlp from 'compromise'` for compromise-shim.ts: one copy of compromise, loaded on first use.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, (args) => {
      if (args.kind !== 'import-statement' || args.importer.startsWith(path.join(ROOT, 'lib/engine/'))) return undefined;
      return { path: path.join(ROOT, 'lib/engine/compromise-shim.ts') };
    });
    build.onResolve({ filter: /\/compromise\.ts$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (file !== path.join(ROOT, 'lib/engine/compromise.ts')) return undefined;
      return { path: path.join(ROOT, 'lib/engine/compromise-lazy.ts') };
    });
  },
};

function newestSource(p) {
  const full = path.join(ROOT, p);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(full, { withFileTypes: true })) newest = Math.max(newest, newestSource(path.join(p, e.name)));
  return newest;
}

/** True when dist/cli.mjs is missing or older than any of its sources (a few milliseconds of stat calls). */
export function cliIsStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return SOURCES.some((p) => newestSource(p) > built);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  await build(bundleOptions(path.join(ROOT, 'lib/cli/main.ts'), CLI_BUNDLE));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || cliIsStale()) {
    const t0 = performance.now();
    await buildCli();
    if (!process.argv.includes('--quiet')) process.stderr.write(`dist/cli.mjs built in ${Math.round(performance.now() - t0)} ms\n`);
  }
}
