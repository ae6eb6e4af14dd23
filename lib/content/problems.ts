// Findings as the panel sees them (Problem), their stable ids, and keys for "Ignore once".
import type { Diagnostic } from '../engine/types.ts';
import type { Problem } from '../messages.ts';

const CONTEXT = 40;

export function problemId(editorKey: string, d: Diagnostic): string {
  return `${editorKey}:${d.start}:${d.ruleId}`;
}

export function toProblem(editorKey: string, text: string, d: Diagnostic): Problem {
  return {
    id: problemId(editorKey, d),
    editorKey,
    diagnostic: d,
    before: text.slice(Math.max(0, d.start - CONTEXT), d.start),
    match: text.slice(d.start, d.end),
    after: text.slice(d.end, d.end + CONTEXT),
  };
}

/** "Ignore once" survives edits elsewhere: the rule, the words and a little of what comes before them. */
export function ignoreKey(text: string, d: Diagnostic): string {
  return `${d.ruleId}\u0000${text.slice(d.start, d.end)}\u0000${text.slice(Math.max(0, d.start - 20), d.start)}`;
}

/** Turns a page's findings into sorted problems, dropping those the user ignored. */
export function visibleDiagnostics(text: string, diagnostics: readonly Diagnostic[], ignored: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.filter((d) => d.end <= text.length && !ignored.has(ignoreKey(text, d))).sort((a, b) => a.start - b.start || a.end - b.end);
}
