// Where the engine gets compromise. Browser builds and tests load it with the engine; the esbuild bundles (CLI, bench) swap this file for compromise-lazy.ts.
import nlp from 'compromise/two';

export type Nlp = typeof nlp;

/** compromise's entry point; called only when a sentence needs a parse or the rules' net is first used. */
export function loadCompromise(): Nlp {
  return nlp;
}
