// Firefox: the Firefox build passes `web-ext lint` with no errors (warnings are printed for the report).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox build', () => {
  it('builds and passes web-ext lint with no errors', () => {
    // scripts/e2e.mjs builds it; build here only when this file runs on its own.
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) {
      const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
    }
    expect(existsSync(join(FIREFOX_DIR, 'manifest.json'))).toBe(true);

    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
    const report = JSON.parse(lint.stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    for (const w of report.warnings) console.log(`web-ext lint warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 240_000);
});
