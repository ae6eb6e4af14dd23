// `npm run docs`: writes the rules table into README.md between its markers; `--check` fails if it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../lib/engine/index.ts';
import { updateReadme } from '../lib/cli/docs.ts';

const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md');
const check = process.argv.includes('--check');

try {
  const readme = readFileSync(readmePath, 'utf8');
  const { current, next } = updateReadme(readme, RULES);
  if (check) {
    if (!current) {
      process.stderr.write('README.md rules table is out of date: run "npm run docs".\n');
      process.exitCode = 1;
    } else process.stderr.write(`README.md rules table is up to date (${RULES.length} rules).\n`);
  } else if (!current) {
    writeFileSync(readmePath, next);
    process.stderr.write(`README.md: rules table written (${RULES.length} rules).\n`);
  } else process.stderr.write(`README.md: rules table already up to date (${RULES.length} rules).\n`);
} catch (err) {
  process.stderr.write(`gen-docs: ${(err as Error).message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
