// Where the engine gets compromise. Browser builds and tests load it with the engine; the esbuild bundles (CLI, bench) swap this file for compromise-lazy.ts.
// One flavour for the whole product: the rewrite layer needs the full build (verbs, nouns), and compromise's plugins
// extend the one shared instance anyway, so the engine asks for the same build (same tags as compromise/two).
import nlp from 'compromise';

export type Nlp = typeof nlp;

/** compromise's entry point; called only when a sentence needs a parse or the rules' net is first used. */
export function loadCompromise(): Nlp {
  return nlp;
}
