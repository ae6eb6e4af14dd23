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
  it('keeps zod, compromise and the judge vectors out of the bundle, in side files loaded on first use', () => {
    const bundle = readFileSync(CLI_BUNDLE, 'utf8');
    const side = (f: string) => readFileSync(path.join(path.dirname(CLI_BUNDLE), f), 'utf8');
    // Names that only zod's and compromise's own code holds: in the side files, not in the bundle.
    expect(side('cli-zod.cjs')).toContain('$ZodObject');
    expect(bundle).not.toContain('$ZodObject');
    expect(side('cli-compromise.cjs')).toContain('expandLexicon');
    expect(bundle).not.toContain('expandLexicon');
    expect(side('cli-vectors.b64')).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const dir = scratchDir();
    // A settings file goes through zod (dist/cli-zod.cjs): its message and exit code are the schema's, as in-process.
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ rules: { 'no-blame-idiom': 'loud' } }));
    const bad = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--config', path.join(dir, 'bad.json'), '--stdin'], { cwd: ROOT, input: 'Fine.\n', encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Invalid settings at "rules\.no-blame-idiom": expected "off", a severity/);
    writeFileSync(path.join(dir, 'off.json'), JSON.stringify({ rules: { 'no-blame-idiom': 'off', 'no-sarcastic-repetition': 'off' } }));
    const off = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--config', path.join(dir, 'off.json'), '--stdin'], { cwd: ROOT, input: 'The council dropped the ball yet again.\n', encoding: 'utf8', timeout: 30_000 });
    expect(off.stderr).toBe('');
    expect(off.stdout).not.toContain('[no-blame-idiom]');
  });
});
