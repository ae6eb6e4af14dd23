// Runs the command line in-process with captured streams, and spawns it for real where the process matters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run } from '../../lib/cli/run.ts';
import type { CliIO } from '../../lib/cli/io.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = 'tests/fixtures/cli';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () =>
      typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array()),
    cwd: options.cwd ?? ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Spawns bin/common-ground.mjs in a fresh node process. */
export function spawnCli(argv: string[], input?: string): RunResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/common-ground.mjs'), ...argv], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const scratch: string[] = [];
// Registered when a test file imports these helpers, so it runs after that file's tests.
afterAll(() => scratch.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh temporary folder, removed when the test file finishes. */
export function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'common-ground-cli-'));
  scratch.push(dir);
  return dir;
}
