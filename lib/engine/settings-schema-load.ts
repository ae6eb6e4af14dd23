// Where settings.ts gets the zod schema: a static import here; the command line's bundle swaps this file for settings-schema-lazy.ts.
import * as schemas from './settings-schema.ts';

export function settingsSchemas(): typeof schemas {
  return schemas;
}
