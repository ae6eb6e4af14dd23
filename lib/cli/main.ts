// Entry point of the command line (`npm run cli -- …`, `common-ground …`): runs and sets the exit code.
import { run } from './run.ts';
import { processIO } from './io.ts';

// exitCode rather than exit(): lets a large report drain to a pipe before the process ends.
process.exitCode = await run(process.argv.slice(2), processIO());
