// Bundled builds only (scripts/build-cli.mjs): compromise is evaluated on first use, so text that needs no parse never pays for it.
// esbuild turns require() of an ES module into a lazy initialiser inside the bundle; nothing is read from disk at run time.
import type { Nlp } from './compromise.ts';

declare const require: (id: 'compromise/two') => { default: Nlp };

let nlp: Nlp | undefined;

export function loadCompromise(): Nlp {
  return (nlp ??= require('compromise/two').default);
}
