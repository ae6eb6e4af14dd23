// SARIF 2.1.0 report for code-scanning tools: rules from RULES meta with practice help, results with fixes.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Category, Diagnostic, PracticeId, Severity } from '../engine/types.ts';
import { PRACTICES } from '../practices.ts';
import type { FileReport } from './format-text.ts';

/** The parts of a rule's meta the report needs (RULES entries have more). */
export interface RuleMetaLike {
  id: string;
  category: Category;
  practice: PracticeId;
  severity: Severity;
  description: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function ruleDescriptor(rule: RuleMetaLike) {
  const p = PRACTICES[rule.practice];
  const help = `${rule.description} Practice ${p.id}, ${p.title}: ${p.guidance}`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${p.explanation}` },
    help: { text: help, markdown: `${rule.description}\n\n**Practice ${p.id}: ${p.title}.** ${p.guidance}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, practice: p.id, practiceTitle: p.title, tags: [rule.category, `practice-${p.id}`] },
  };
}

/** A relative path becomes a URI reference under %SRCROOT%; anything else a file: URL. */
function artifactLocation(file: string) {
  if (file.startsWith('<') || path.isAbsolute(file)) {
    return file.startsWith('<') ? { uri: encodeURIComponent(file) } : { uri: pathToFileURL(file).href };
  }
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(d: Diagnostic, text: string | undefined) {
  return {
    startLine: d.line,
    startColumn: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    charOffset: d.start,
    charLength: d.end - d.start,
    ...(text !== undefined ? { snippet: { text: text.slice(d.start, d.end) } } : {}),
  };
}

/** The region a fix replaces: the finding's words, or a suggestion's wider range (needs the text for its lines). */
function fixRegion(d: Diagnostic, range: { start: number; end: number } | undefined, text: string | undefined) {
  if (!range) return region(d, undefined);
  const at = (i: number) => {
    const before = text!.slice(0, i);
    const line = before.split('\n').length;
    return { line, column: i - before.lastIndexOf('\n') };
  };
  const a = at(range.start);
  const b = at(range.end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: range.start, charLength: range.end - range.start };
}

export interface SarifOptions {
  rules: readonly RuleMetaLike[];
  version: string;
  cwd: string;
  /** Source text per file, for region snippets. */
  texts?: ReadonlyMap<string, string>;
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions) {
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const report of reports) {
    const location = artifactLocation(report.file);
    const text = options.texts?.get(report.file);
    for (const d of report.diagnostics) {
      if (!index.has(d.ruleId)) {
        index.set(d.ruleId, rules.length);
        rules.push({ id: d.ruleId, category: d.category, practice: d.practice, severity: d.severity, description: 'A custom phrase rule from your settings.' });
      }
      const fixes = d.suggestions
        .filter((s) => s.replacement !== undefined && (!s.range || text !== undefined))
        .map((s) => ({
          description: { text: s.title },
          artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: fixRegion(d, s.range, text), insertedContent: { text: s.replacement! } }] }],
        }));
      results.push({
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId)!,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d, text) } }],
        ...(fixes.length ? { fixes } : {}),
        properties: {
          category: d.category,
          practice: d.practice,
          suggestions: d.suggestions.map((s) => s.title),
        },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Common Ground',
            semanticVersion: options.version,
            version: options.version,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        artifacts: reports.map((r) => ({ location: artifactLocation(r.file), mimeType: 'text/plain', encoding: 'utf-8' })),
        results,
      },
    ],
  };
}
