#!/usr/bin/env node
// The `common-ground` command: registers tsx's ESM loader, then runs the TypeScript command line as is.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
