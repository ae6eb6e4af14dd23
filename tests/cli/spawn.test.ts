// The real process: bin/common-ground.mjs running the bundled CLI (dist/cli.mjs), exit codes and a pure stdout.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnCli, FIXTURES, ROOT, scratchDir } from './helpers.ts';
import { buildCli, CLI_BUNDLE, cliIsStale } from '../../scripts/build-cli.mjs';
import { analyze, RULES } from '../../lib/engine/index.ts';

// The tests run what a user runs: the bundle, rebuilt here when a source is newer than it.
beforeAll(async () => {
  if (cliIsStale()) await buildCli();
}, 120_000);

// Each test spawns fresh node processes; on a busy two-core machine that can take seconds.
describe('bin/common-ground.mjs', { timeout: 60_000 }, () => {
  it('exits 1 with JSON alone on stdout, so it pipes into jq', () => {
    const r = spawnCli(['check', '--format', 'json', `${FIXTURES}/clean.md`, `${FIXTURES}/blame.md`]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(report.map((e) => e.file)).toEqual([`${FIXTURES}/clean.md`, `${FIXTURES}/blame.md`]);
    expect(r.stderr).toBe('');
  });

  it('exits 0 on clean text read from stdin', () => {
    const r = spawnCli(['check', '--stdin'], 'The board received the finance report.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No problems/);
  });

  it('exits 2 on a bad flag and a missing path with one line and no stack trace', () => {
    for (const argv of [['check', '--nope'], ['check', 'missing.md'], ['stats', '--format', 'xml', FIXTURES]]) {
      const r = spawnCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^common-ground: /);
    }
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'many.md');
    writeFileSync(file, 'The council dropped the ball yet again.\n\n'.repeat(5000));
    const bin = path.join(ROOT, 'bin/common-ground.mjs');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" check --format json "${file}" 2>"${dir}/err" | head -c 1 >/dev/null; cat "${dir}/err"`], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('runs from the bundle alone, with no TypeScript loader', () => {
    expect(cliIsStale()).toBe(false);
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--stdin'], { cwd: ROOT, input: 'The council dropped the ball yet again.\n', encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[no-blame-idiom]');
    expect(readFileSync(CLI_BUNDLE, 'utf8')).not.toMatch(/from ["']tsx/);
  });

  it('loads compromise when a sentence needs a parse, with the same findings as the engine in-process', () => {
    // Passive blame is found by compromise patterns: the bundle's lazily loaded parser must be the real one.
    const rule = RULES.find((r) => r.id === 'no-passive-blame')!;
    const text = rule.examples.invalid.join('\n\n') + '\n';
    const want = analyze(text).map((d) => `${d.ruleId}@${d.start}`);
    expect(want.some((w) => w.startsWith('no-passive-blame@'))).toBe(true);
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json', '--stdin'], { cwd: ROOT, input: text, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    const got = (JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ ruleId: string; start: number }> }>)[0].diagnostics.map((d) => `${d.ruleId}@${d.start}`);
    expect(got).toEqual(want);
  });
});
