// The real process: bin/common-ground.mjs through tsx's loader, exit codes and a pure stdout.
import { describe, expect, it } from 'vitest';
import { spawnCli, FIXTURES } from './helpers.ts';

describe('bin/common-ground.mjs', () => {
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
});
