// `check`: every format, every exit code and bad input, run in-process through run(argv, io).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../lib/engine/types.ts';
import { RULES } from '../../lib/engine/index.ts';
import { PROBLEM_LINE } from '../../lib/cli/format-text.ts';
import { cli, FIXTURES, scratchDir } from './helpers.ts';

const BLAME = `${FIXTURES}/blame.md`;
const CLEAN = `${FIXTURES}/clean.md`;

interface JsonEntry {
  file: string;
  words: number;
  diagnostics: Diagnostic[];
}

function tmp(name: string, bytes: Uint8Array | string): string {
  const dir = scratchDir();
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The stderr of a usage error: exactly one line, no stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('check, text format', () => {
  it('reports a problem as path:line:col  severity  message  [rule-id] and exits 1', async () => {
    const r = await cli(['check', BLAME]);
    expect(r.code).toBe(1);
    const problems = r.stdout.split('\n').filter((l) => PROBLEM_LINE.test(l));
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toMatch(new RegExp(`\\n${problems.length} problems? in 1 file \\(9 words checked\\)\\.\\n$`));
    const [, file, line, col, severity, message, rule] = PROBLEM_LINE.exec(problems[0])!;
    expect(file).toBe(BLAME);
    expect(Number(line)).toBe(3);
    expect(Number(col)).toBeGreaterThanOrEqual(1);
    expect(Number(col)).toBeLessThanOrEqual(13);
    expect(['hint', 'info', 'warning', 'error']).toContain(severity);
    expect(message.length).toBeGreaterThan(10);
    expect(rule).toMatch(/^[a-z0-9-]+$/);
    expect(r.stderr).toBe('');
  });

  it('prints suggestions on indented → lines that the problem matcher does not read', async () => {
    const r = await cli(['check', BLAME]);
    const suggestionLines = r.stdout.split('\n').filter((l) => /^\s+→ /.test(l));
    expect(suggestionLines.length).toBeGreaterThan(0);
    for (const l of suggestionLines) expect(PROBLEM_LINE.test(l)).toBe(false);
    const bare = await cli(['check', '--no-suggestions', BLAME]);
    expect(bare.stdout).not.toContain('→');
    expect(bare.code).toBe(1);
  });

  it('exits 0 with a one-line summary on clean text', async () => {
    const r = await cli(['check', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No problems in 1 file (6 words checked).\n');
  });

  it('recurses into a folder: .md and .txt only, sorted, hidden folders left out', async () => {
    const r = await cli(['check', '--format', 'json', `${FIXTURES}/folder`]);
    const files = (JSON.parse(r.stdout) as JsonEntry[]).map((e) => e.file);
    expect(files).toEqual([
      `${FIXTURES}/folder/2025-03-15-board.md`,
      `${FIXTURES}/folder/sub/2025-01-15-notes.txt`,
      `${FIXTURES}/folder/undated.md`,
    ]);
    expect(r.code).toBe(1);
  });
});

describe('check, JSON format', () => {
  it('is an array of { file, words, diagnostics } in the order given, and stdout holds nothing else', async () => {
    const r = await cli(['check', '--format', 'json', CLEAN, BLAME]);
    const report = JSON.parse(r.stdout) as JsonEntry[];
    expect(report.map((e) => e.file)).toEqual([CLEAN, BLAME]);
    expect(report[0]).toEqual({ file: CLEAN, words: 6, diagnostics: [] });
    expect(report[1].words).toBe(9);
    const d = report[1].diagnostics[0];
    expect(d.category).toBe('blame');
    expect(d.line).toBe(3);
    expect(d.suggestions.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });
});

describe('check, SARIF format', () => {
  it('has the required SARIF 2.1.0 fields, rules with practice help, 1-based regions', async () => {
    const r = await cli(['check', '--format', 'sarif', BLAME, CLEAN]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('Common Ground');
    const rules = run.tool.driver.rules as Array<{ id: string; help: { text: string }; properties: { practice: number } }>;
    expect(rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const rule of rules) {
      expect(rule.help.text).toMatch(/Practice [1-5]/);
      expect(rule.properties.practice).toBeGreaterThanOrEqual(1);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(BLAME);
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.region.startLine).toBe(3);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(loc.region.endColumn).toBeGreaterThan(loc.region.startColumn);
      expect(loc.region.snippet.text.length).toBe(loc.region.charLength);
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('turns suggestion replacements into fixes', async () => {
    const r = await cli(['check', '--format', 'sarif', '--config', `${FIXTURES}/config-custom.json`, '--stdin'], {
      stdin: 'We must end silo working now.\n',
    });
    const run = JSON.parse(r.stdout).runs[0];
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'custom-silo-working');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('custom-silo-working');
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement.insertedContent.text).toBe('joined-up working');
    expect(replacement.deletedRegion).toMatchObject({ startLine: 1, startColumn: 13, charOffset: 12, charLength: 12 });
  });
});

describe('check, input', () => {
  it('reads --stdin, named by --stdin-filename', async () => {
    const r = await cli(['check', '--stdin', '--stdin-filename', 'notes.md'], { stdin: 'The council dropped the ball yet again.' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^notes\.md:1:\d+  /);
    const dash = await cli(['check', '-'], { stdin: 'The board received the finance report.' });
    expect(dash.code).toBe(0);
    expect(dash.stdout).toBe('No problems in 1 file (6 words checked).\n');
  });

  it('applies a good --config (blame turned off) and rejects a bad one with exit 2 and one line', async () => {
    const off = await cli(['check', '--config', `${FIXTURES}/config-blame-off.json`, BLAME]);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/^No problems in 1 file/);
    const bad = await cli(['check', '--config', `${FIXTURES}/config-bad.json`, BLAME]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expectOneLineError(bad.stderr, /config-bad\.json: Invalid settings at "rules\.no-blame-idiom"/);
    const broken = await cli(['check', '--config', `${FIXTURES}/config-broken.json`, BLAME]);
    expect(broken.code).toBe(2);
    expectOneLineError(broken.stderr, /is not valid JSON/);
    const missing = await cli(['check', '--config', 'no-such-config.json', BLAME]);
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, /Config: No such file or folder: no-such-config\.json/);
  });

  it('exits 2 on a missing path, printing no report', async () => {
    const r = await cli(['check', CLEAN, 'no/such/file.md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr, /No such file or folder: no\/such\/file\.md/);
  });

  it('exits 2 on an unreadable path (a symbolic link loop)', async () => {
    const dir = scratchDir();
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(dir, 'loop.md'), path.join(dir, 'loop.md'));
    const r = await cli(['check', path.join(dir, 'loop.md')]);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /too many symbolic links/);
  });

  it('exits 2 on a bad flag, a bad format, an unknown command, no command and no input', async () => {
    const cases: [string[], RegExp][] = [
      [['check', '--colour', CLEAN], /Unknown option --colour/],
      [['check', '--format', 'xml', CLEAN], /Unknown format "xml" for check: use text, json, sarif/],
      [['check', '--format'], /Option --format needs a value/],
      [['lint', CLEAN], /Unknown command "lint"/],
      [['check'], /No input/],
      [['check', '--stdin', CLEAN], /not both/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLineError(r.stderr, message);
    }
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: common-ground');
  });

  it('shows help and version on stdout with exit 0', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: common-ground');
    expect((await cli(['check', '--help'])).code).toBe(0);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('skips a binary file with a note on stderr and checks the rest', async () => {
    const binary = tmp('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const r = await cli(['check', '--format', 'json', binary, BLAME]);
    expect(r.stderr).toMatch(/^Skipped .*image\.md: it looks like a binary file\.\n$/);
    expect((JSON.parse(r.stdout) as JsonEntry[]).map((e) => e.file)).toEqual([BLAME]);
    expect(r.code).toBe(1);
  });

  it('reads invalid UTF-8 with replacement characters and still finds problems after them', async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' notes.\nThe council dropped the ball yet again.\n')]);
    const file = tmp('latin1.md', bytes);
    const r = await cli(['check', '--format', 'json', file]);
    const [entry] = JSON.parse(r.stdout) as JsonEntry[];
    expect(r.code).toBe(1);
    expect(entry.diagnostics[0].line).toBe(2);
    expect(entry.diagnostics[0].category).toBe('blame');
    expect(r.stderr).toBe('');
  });

  it('completes a 5 MB file', async () => {
    const paragraph = (i: number) =>
      `Item ${i}. The board received the finance report and agreed the plan for winter (ref ${i}).` +
      (i % 50 === 0 ? ' The council dropped the ball yet again.' : '');
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const p = paragraph(i);
      parts.push(p);
      size += p.length + 2;
    }
    const file = tmp('big.md', parts.join('\n\n'));
    const started = Date.now();
    const r = await cli(['check', '--format', 'json', file]);
    const [entry] = JSON.parse(r.stdout) as JsonEntry[];
    expect(entry.words).toBeGreaterThan(800_000);
    expect(entry.diagnostics.length).toBeGreaterThanOrEqual(Math.floor(parts.length / 50));
    expect(r.code).toBe(1);
    console.log(`5 MB file checked in ${Date.now() - started} ms`);
  });
});
