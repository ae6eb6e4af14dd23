// Bundled builds only (scripts/build-cli.mjs): stands in for `import nlp from 'compromise'` in the rewrite layer, so it shares the engine's lazily loaded copy.
import { loadCompromise, type Nlp } from './compromise.ts';

/** compromise's entry point, loaded on the first call (a finding's rewrite), not when the bundle starts. */
const nlp = ((...args: Parameters<Nlp>) => loadCompromise()(...args)) as Nlp;
export default nlp;
