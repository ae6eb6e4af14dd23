// Report formatting without the engine: problem-matcher regex, one-line messages, SARIF levels and URIs.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../lib/engine/types.ts';
import { formatText, PROBLEM_LINE } from '../../lib/cli/format-text.ts';
import { formatSarif } from '../../lib/cli/format-sarif.ts';
import { decodeText, displayPath, isBinary } from '../../lib/cli/inputs.ts';

const diagnostic: Diagnostic = {
  ruleId: 'custom-silo',
  category: 'org-centric',
  practice: 1,
  severity: 'info',
  message: 'Two\nlines  of message',
  start: 4,
  end: 9,
  line: 2,
  column: 5,
  endLine: 2,
  endColumn: 10,
  suggestions: [{ title: 'Use shared words', replacement: 'joint\nwork' }, { title: 'Ask who benefits' }],
};

describe('text format', () => {
  it('keeps each problem on one line that the problem matcher reads, suggestions on → lines it skips', () => {
    const out = formatText([{ file: 'notes with spaces/a b.md', words: 10, diagnostics: [diagnostic] }], { suggestions: true });
    const lines = out.split('\n');
    expect(lines[0]).toBe('notes with spaces/a b.md:2:5  info  Two lines of message  [custom-silo]');
    expect(PROBLEM_LINE.exec(lines[0])?.slice(1)).toEqual(['notes with spaces/a b.md', '2', '5', 'info', 'Two lines of message', 'custom-silo']);
    expect(lines[1]).toBe('    → Use shared words: “joint work”');
    expect(lines[2]).toBe('    → Ask who benefits');
    expect(lines.filter((l) => PROBLEM_LINE.test(l))).toHaveLength(1);
    expect(out).toMatch(/1 problem in 1 file \(10 words checked\)\.\n$/);
    const titled = formatText(
      [{ file: 'a.md', words: 3, diagnostics: [{ ...diagnostic, suggestions: [{ title: 'Replace with “joint work”', replacement: 'joint work' }] }] }],
      { suggestions: true },
    );
    expect(titled.split('\n')[1]).toBe('    → Replace with “joint work”');
  });
});

describe('SARIF format', () => {
  it('maps info and hint to note, adds unknown rule ids, encodes URIs', () => {
    const sarif = formatSarif(
      [
        { file: 'dir/a b.md', words: 3, diagnostics: [diagnostic, { ...diagnostic, severity: 'hint' }] },
        { file: '/elsewhere/c.md', words: 3, diagnostics: [{ ...diagnostic, severity: 'error' }] },
      ],
      { rules: [], version: '1.2.3', cwd: '/work' },
    );
    const run = sarif.runs[0];
    expect(run.results.map((r) => r.level)).toEqual(['note', 'note', 'error']);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['custom-silo']);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'dir/a%20b.md', uriBaseId: '%SRCROOT%' });
    expect(run.results[2].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/c.md' });
    expect(run.results[0].fixes).toHaveLength(1);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/');
  });
});

describe('inputs', () => {
  it('sniffs binaries by a NUL byte in the first 8 KB only', () => {
    expect(isBinary(new Uint8Array([65, 0, 66]))).toBe(true);
    const late = new Uint8Array(9000).fill(65);
    late[8500] = 0;
    expect(isBinary(late)).toBe(false);
  });

  it('decodes invalid UTF-8 with replacement characters and drops a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
  });

  it('shows paths relative to the working folder when inside it', () => {
    expect(displayPath('/work/main/a/b.md', '/work/main')).toBe('a/b.md');
    expect(displayPath('/tmp/x.md', '/work/main')).toBe('/tmp/x.md');
  });
});
