// Bundled builds only (scripts/build-cli.mjs): compromise is evaluated on first use, so text that needs no parse never pays for it.
// esbuild turns require() of an ES module into a lazy initialiser inside the bundle; nothing is read from disk at run time.
import type { Nlp } from './compromise.ts';

declare const require: (id: 'compromise') => Nlp | { default: Nlp };

let nlp: Nlp | undefined;

export function loadCompromise(): Nlp {
  if (nlp) return nlp;
  // esbuild picks compromise's CommonJS build for require(): its export is the function itself. The full build, so
  // the rewrite layer (through compromise-shim.ts) and the engine share one copy, loaded once.
  const m = require('compromise');
  return (nlp = 'default' in m ? m.default : m);
}
