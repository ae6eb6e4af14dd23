// Text report: one `path:line:col  severity  message  [rule-id]` line a problem, suggestions indented below.
import type { Diagnostic } from '../engine/types.ts';

export interface FileReport {
  file: string;
  words: number;
  diagnostics: Diagnostic[];
}

/**
 * Reads the problem lines of the text report and nothing else (suggestion lines start with whitespace).
 * Groups: 1 file, 2 line, 3 column, 4 severity, 5 message, 6 rule id. Usable as a VS Code problem matcher.
 */
export const PROBLEM_LINE = /^(\S.*?):(\d+):(\d+)  (error|warning|info|hint)  (.*)  \[([^\]\s]+)\]$/;

/** Report text stays on one line whatever the message or replacement holds. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function formatProblem(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}  ${d.severity}  ${oneLine(d.message)}  [${d.ruleId}]`;
}

export function formatSuggestion(s: Diagnostic['suggestions'][number]): string {
  const title = oneLine(s.title);
  const replacement = s.replacement === undefined ? undefined : oneLine(s.replacement);
  // Titles such as "Replace with “x”" already show the new words.
  return replacement === undefined || title.includes(replacement) ? `    → ${title}` : `    → ${title}: “${replacement}”`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function formatText(reports: readonly FileReport[], options: { suggestions: boolean }): string {
  const lines: string[] = [];
  let problems = 0;
  let filesWithProblems = 0;
  let words = 0;
  for (const report of reports) {
    words += report.words;
    if (report.diagnostics.length) filesWithProblems++;
    for (const d of report.diagnostics) {
      problems++;
      lines.push(formatProblem(report.file, d));
      if (options.suggestions) for (const s of d.suggestions) lines.push(formatSuggestion(s));
    }
  }
  if (lines.length) lines.push('');
  lines.push(
    problems
      ? `${plural(problems, 'problem')} in ${plural(filesWithProblems, 'file')} (${plural(words, 'word')} checked).`
      : `No problems in ${plural(reports.length, 'file')} (${plural(words, 'word')} checked).`,
  );
  return lines.join('\n') + '\n';
}
