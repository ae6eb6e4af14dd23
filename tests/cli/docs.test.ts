// The generated README rules table: every rule listed once, markers respected, pipes escaped, idempotent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES, type RuleMeta } from '../../lib/engine/index.ts';
import { END_MARKER, renderRulesTable, replaceBetweenMarkers, START_MARKER, updateReadme } from '../../lib/cli/docs.ts';

describe('rules table', () => {
  it('lists every rule once, grouped by category, with its practice', () => {
    const table = renderRulesTable(RULES);
    const rows = table.split('\n').filter((l) => l.startsWith('| <a id='));
    expect(rows).toHaveLength(RULES.length);
    for (const rule of RULES) expect(rows.filter((r) => r.includes(`\`${rule.id}\``))).toHaveLength(1);
    const categories = rows.map((r) => r.split(' | ')[1]);
    expect(categories).toEqual([...categories].sort((a, b) => ['blame', 'org-centric', 'output-only'].indexOf(a) - ['blame', 'org-centric', 'output-only'].indexOf(b)));
  });

  it('escapes pipes and keeps each row on one line', () => {
    const rule: RuleMeta = {
      id: 'no-test-pipes',
      category: 'blame',
      practice: 4,
      severity: 'warning',
      description: 'Finds a | b\nacross lines.',
      examples: { invalid: ['A | B'], valid: [] },
    };
    const row = renderRulesTable([rule]).split('\n')[2];
    expect(row).toContain('Finds a \\| b across lines.');
    expect(row).toContain('“A \\| B”');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('replaces only what sits between the markers, and twice gives the same text', () => {
    const readme = `# Title\n\n${START_MARKER}\nold table\n${END_MARKER}\n\n## After\n`;
    const once = replaceBetweenMarkers(readme, 'NEW');
    expect(once).toBe(`# Title\n\n${START_MARKER}\n\nNEW\n\n${END_MARKER}\n\n## After\n`);
    expect(replaceBetweenMarkers(once, 'NEW')).toBe(once);
    expect(() => replaceBetweenMarkers('# No markers', 'NEW')).toThrow(/needs <!-- rules:start -->/);
  });

  // What `npm run docs -- --check` checks: a rule added or changed without regenerating the table fails the suite.
  it('is up to date in README.md (run "npm run docs" after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const { current, next } = updateReadme(readme, RULES);
    if (!current) expect(next).toBe(readme);
    expect(current).toBe(true);
  });

  it('finds a stale table stale', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const stale = replaceBetweenMarkers(readme, renderRulesTable(RULES.slice(1)));
    expect(updateReadme(stale, RULES).current).toBe(false);
  });
});
