// Findings as the panel sees them (Problem), their stable ids, and keys for "Ignore once".
import type { Diagnostic } from '../engine/types.ts';
import type { Problem } from '../messages.ts';

const CONTEXT = 40;

export function problemId(editorKey: string, d: Diagnostic): string {
  return `${editorKey}:${d.start}:${d.ruleId}`;
}

export function toProblem(editorKey: string, text: string, d: Diagnostic): Problem {
  const range = d.suggestions.find((s) => s.replacement !== undefined)?.range;
  return {
    id: problemId(editorKey, d),
    editorKey,
    diagnostic: d,
    ...(range && (range.start !== d.start || range.end !== d.end) ? { replaced: text.slice(range.start, range.end) } : {}),
    before: text.slice(Math.max(0, d.start - CONTEXT), d.start),
    match: text.slice(d.start, d.end),
    after: text.slice(d.end, d.end + CONTEXT),
  };
}

/**
 * "Ignore once" survives edits elsewhere: the rule, the words, and which occurrence of them it is
 * (so ignoring one "yet again" leaves the next one flagged).
 */
export function ignoreKey(text: string, d: Diagnostic, diagnostics: readonly Diagnostic[] = [d]): string {
  const match = text.slice(d.start, d.end);
  const nth = diagnostics.filter((x) => x.ruleId === d.ruleId && x.start < d.start && text.slice(x.start, x.end) === match).length;
  return `${d.ruleId}\u0000${match}\u0000${nth}`;
}

/** The findings in text order without those the user ignored. */
export function visibleDiagnostics(text: string, diagnostics: readonly Diagnostic[], ignored: ReadonlySet<string>): Diagnostic[] {
  const sorted = diagnostics.filter((d) => d.end <= text.length).sort((a, b) => a.start - b.start || a.end - b.end);
  if (ignored.size === 0) return sorted;
  const seen = new Map<string, number>();
  return sorted.filter((d) => {
    const base = `${d.ruleId}\u0000${text.slice(d.start, d.end)}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return !ignored.has(`${base}\u0000${nth}`);
  });
}
