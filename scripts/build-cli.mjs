// Bundles the command line into dist/cli.mjs (no TypeScript at start) plus side files it loads on first use; `--if-stale` rebuilds only when a source is newer.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    plugins: [lazyCompromise, lazySettingsSchema, sideChunks(path.dirname(outfile)), vectorsOnDemand(path.dirname(outfile))],
  };
}

/**
 * Packages the command line needs only sometimes, each built into its own CommonJS file beside the bundle and
 * required (synchronously) the first time it is used: compromise when a sentence needs a parse or a rewrite, zod when
 * there are settings to check. Code left out of the bundle is not even parsed at start (zod alone cost ~90 ms of CPU).
 */
export const SIDE_CHUNKS = { compromise: 'cli-compromise.cjs', zod: 'cli-zod.cjs' };

function sideChunks(outdir) {
  return {
    name: 'side-chunks',
    setup(build) {
      build.onResolve({ filter: /^(?:compromise|zod)$/ }, (args) => {
        // compromise's static imports (browser builds, rewrite layer) are handled by lazyCompromise; here: require() and zod.
        if (args.path === 'compromise' && args.kind !== 'require-call') return undefined;
        return { path: args.path, namespace: 'side-chunk' };
      });
      build.onLoad({ filter: /.*/, namespace: 'side-chunk' }, (args) => ({
        // Evaluated when first required (esbuild defers a required module); the file sits beside the bundle.
        contents:
          `import { createRequire } from 'node:module';\n` +
          `const m = createRequire(import.meta.url)('./${SIDE_CHUNKS[args.path]}');\n` +
          (args.path === 'zod' ? 'export const z = m.z;\n' : 'export default m;\n'),
        loader: 'js',
        resolveDir: ROOT,
      }));
      build.onEnd(async (result) => {
        if (result.errors.length) return;
        const { build: esbuild } = await import('esbuild');
        for (const [pkg, file] of Object.entries(SIDE_CHUNKS)) {
          await esbuild({
            stdin: { contents: `module.exports = require('${pkg}');`, resolveDir: ROOT, loader: 'js' },
            outfile: path.join(outdir, file),
            bundle: true,
            format: 'cjs',
            platform: 'node',
            target: 'node20',
            // Whitespace only: names and behaviour stay as published.
            minifyWhitespace: true,
            legalComments: 'none',
            logLevel: 'error',
          });
        }
      });
    },
  };
}

/** The dense judge's int8 table (base64, ~650 KB of lib/model/embed-vectors.json), beside the bundle: read on first use, not parsed at every start. */
export const VECTORS_FILE = 'cli-vectors.b64';

function vectorsOnDemand(outdir) {
  const source = path.join(ROOT, 'lib/model/embed-vectors.json');
  return {
    name: 'vectors-on-demand',
    setup(build) {
      build.onResolve({ filter: /\/embed-vectors\.json$/ }, (args) => {
        if (path.resolve(args.resolveDir, args.path) !== source) return undefined;
        return { path: source, namespace: 'vectors-on-demand' };
      });
      build.onLoad({ filter: /.*/, namespace: 'vectors-on-demand' }, () => {
        const { data, ...rest } = JSON.parse(readFileSync(source, 'utf8'));
        mkdirSync(outdir, { recursive: true });
        writeFileSync(path.join(outdir, VECTORS_FILE), data, 'latin1');
        return {
          // The same object as the JSON import, with `data` read from the side file the first time it is asked for.
          contents:
            `import { readFileSync } from 'node:fs';\n` +
            `const file = ${JSON.stringify(rest)};\n` +
            `let data;\n` +
            `Object.defineProperty(file, 'data', { enumerable: true, get: () => (data ??= readFileSync(new URL('./${VECTORS_FILE}', import.meta.url), 'latin1')) });\n` +
            `export default file;\n`,
          loader: 'js',
          resolveDir: ROOT,
          watchFiles: [source],
        };
      });
    },
  };
}

/** settings.ts gets the zod schema through settings-schema-load.ts; the bundle defers it (settings-schema-lazy.ts). */
const lazySettingsSchema = {
  name: 'lazy-settings-schema',
  setup(build) {
    build.onResolve({ filter: /\/settings-schema-load\.ts$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (file !== path.join(ROOT, 'lib/engine/settings-schema-load.ts')) return undefined;
      return { path: path.join(ROOT, 'lib/engine/settings-schema-lazy.ts') };
    });
  },
};

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
  if ([...Object.values(SIDE_CHUNKS), VECTORS_FILE].some((f) => !existsSync(path.join(path.dirname(CLI_BUNDLE), f)))) return true;
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
