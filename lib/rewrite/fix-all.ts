// Fix all (VS Code's source.fixAll): every finding's first checked rewrite, non-overlapping, previewed, one edit.
import type { Category, Diagnostic } from '../engine/types.ts';

export interface PlannedFix {
  ruleId: string;
  category: Category;
  /** What is replaced, as offsets into the text. */
  start: number;
  end: number;
  replacement: string;
  /** Preview: the words replaced and what they become. */
  before: string;
  after: string;
}

/** The first one-click rewrite of each finding (in the category, if given), later ones dropped where they overlap. */
export function planFixAll(text: string, diagnostics: readonly Diagnostic[], category?: Category): PlannedFix[] {
  const candidates: PlannedFix[] = [];
  for (const d of diagnostics) {
    if (category && d.category !== category) continue;
    const s = d.suggestions.find((x) => x.replacement !== undefined);
    if (!s) continue;
    const { start, end } = s.range ?? d;
    candidates.push({ ruleId: d.ruleId, category: d.category, start, end, replacement: s.replacement!, before: text.slice(start, end), after: s.replacement! });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const plan: PlannedFix[] = [];
  for (const c of candidates) {
    const last = plan[plan.length - 1];
    // Two findings in one sentence often share a rewrite: keep it once; any other overlap waits for the next pass.
    if (last && c.start < last.end) continue;
    plan.push(c);
  }
  return plan;
}

/** The text with every planned fix applied. */
export function applyPlan(text: string, plan: readonly PlannedFix[]): string {
  let out = text;
  for (const f of [...plan].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  return out;
}

/** The whole plan as one replacement (first change to last), so an editor records it as a single undo step. */
export function combinedEdit(text: string, plan: readonly PlannedFix[]): { start: number; end: number; text: string } | null {
  if (!plan.length) return null;
  const start = Math.min(...plan.map((f) => f.start));
  const end = Math.max(...plan.map((f) => f.end));
  const shifted = plan.map((f) => ({ ...f, start: f.start - start, end: f.end - start }));
  return { start, end, text: applyPlan(text.slice(start, end), shifted) };
}
