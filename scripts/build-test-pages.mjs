// Bundles the editor test pages (tests/e2e/pages/src/<page>.ts(x) → tests/e2e/pages/dist/<page>.js + .css) offline with esbuild.
import { build } from 'esbuild';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { createRequire } from 'node:module';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'tests/e2e/pages/src');
const OUT = join(ROOT, 'tests/e2e/pages/dist');
const HELPERS = new Set(['test-api.ts']);

const entryPoints = Object.fromEntries(
  readdirSync(SRC)
    .filter((f) => /\.tsx?$/.test(f) && !HELPERS.has(f))
    .map((f) => [basename(f).replace(/\.tsx?$/, ''), join(SRC, f)]),
);

// @lexical/* 0.52 bring their own lexical 0.52 while the top level has 0.53: one copy, or Lexical breaks.
const fromRichText = createRequire(createRequire(import.meta.url).resolve('@lexical/rich-text'));
const lexicalPath = fromRichText.resolve('lexical');
const oneLexical = {
  name: 'one-lexical',
  setup(b) {
    b.onResolve({ filter: /^lexical$/ }, () => ({ path: lexicalPath }));
  },
};

const started = performance.now();
await build({
  entryPoints,
  outdir: OUT,
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  jsx: 'automatic',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [oneLexical],
  loader: { '.svg': 'text', '.woff2': 'file', '.ttf': 'file' },
});
// Pages link dist/<page>.css; editors without CSS get an empty one so the page loads without a 404.
for (const name of Object.keys(entryPoints)) {
  const css = join(OUT, `${name}.css`);
  if (!existsSync(css)) writeFileSync(css, '/* no editor CSS */\n');
}
console.log(`test pages: ${Object.keys(entryPoints).length} bundles in ${Math.round(performance.now() - started)} ms → ${OUT}`);
