// Bundled command line only (scripts/build-cli.mjs): the zod schema is evaluated the first time settings need checking,
// so a run without --config never loads zod (esbuild turns this require() into a deferred initialiser).
import type * as Schemas from './settings-schema.ts';

declare const require: (id: './settings-schema.ts') => typeof Schemas;

let schemas: typeof Schemas | undefined;

export function settingsSchemas(): typeof Schemas {
  return (schemas ??= require('./settings-schema.ts'));
}
