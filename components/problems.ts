// Pure logic of the Problems view: filtering, grouping by category, summary and the practice most at stake.
import type { Problem } from '../lib/messages.ts';
import { CATEGORIES, type Category, type PracticeId, type Severity } from '../lib/engine/types.ts';

export const CATEGORY_LABELS: Record<Category, string> = {
  blame: 'Blame',
  'org-centric': 'Organisation-centric',
  'output-only': 'Output-only',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Information', hint: 'Hint' };

/** Codicon per severity, as in VS Code's Problems view. */
export const SEVERITY_ICONS: Record<Severity, string> = {
  error: 'codicon-error',
  warning: 'codicon-warning',
  info: 'codicon-info',
  hint: 'codicon-lightbulb',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface ProblemFilter {
  query: string;
  categories: Record<Category, boolean>;
  severities: Record<Severity, boolean>;
}

export function emptyFilter(): ProblemFilter {
  return {
    query: '',
    categories: { blame: true, 'org-centric': true, 'output-only': true },
    severities: { error: true, warning: true, info: true, hint: true },
  };
}

/**
 * VS Code style text filter: every word must appear in what the row shows (message, flagged words and their context,
 * rule id, editor name); "!word" excludes.
 */
export function matchesFilter(p: Problem, f: ProblemFilter): boolean {
  if (!f.categories[p.diagnostic.category] || !f.severities[p.diagnostic.severity]) return false;
  const { before, after } = contextOf(p);
  const hay = `${p.diagnostic.message} ${before}${p.match}${after} ${p.diagnostic.ruleId} ${p.editor ?? ''}`.toLowerCase();
  for (const word of f.query.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (word.startsWith('!') && word.length > 1) {
      if (hay.includes(word.slice(1))) return false;
    } else if (!hay.includes(word)) return false;
  }
  return true;
}

export interface ProblemGroup {
  category: Category;
  label: string;
  problems: Problem[];
}

/** Groups in category order; rows in document order within a group (editor, then offset). */
export function groupProblems(problems: readonly Problem[], filter: ProblemFilter): ProblemGroup[] {
  // Frames have editor keys of their own ("e1" in two frames): the frame is part of the editor's identity.
  const editorOf = (p: Problem) => `${p.frameId ?? 0}/${p.editorKey}`;
  const editorRank = new Map<string, number>();
  for (const p of problems) if (!editorRank.has(editorOf(p))) editorRank.set(editorOf(p), editorRank.size);
  const shown = problems.filter((p) => matchesFilter(p, filter));
  return CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    problems: shown
      .filter((p) => p.diagnostic.category === category)
      .sort(
        (a, b) =>
          editorRank.get(editorOf(a))! - editorRank.get(editorOf(b))! ||
          a.diagnostic.start - b.diagnostic.start ||
          SEVERITY_RANK[a.diagnostic.severity] - SEVERITY_RANK[b.diagnostic.severity],
      ),
  })).filter((g) => g.problems.length > 0);
}

/** The practice cited most often; ties go to the lower practice number. Undefined when there are no findings. */
export function practiceMostAtStake(problems: readonly Problem[]): { id: PracticeId; count: number } | undefined {
  const counts = new Map<PracticeId, number>();
  for (const p of problems) counts.set(p.diagnostic.practice, (counts.get(p.diagnostic.practice) ?? 0) + 1);
  let best: { id: PracticeId; count: number } | undefined;
  for (const [id, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (!best || count > best.count) best = { id, count };
  }
  return best;
}

/** "3 problems" / "1 problem", UK English and the right plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Context around flagged words on one line, cut at whole words; "…" marks a cut (the content script sends ~40 characters). */
export function contextOf(p: { before: string; after: string }, cutAt = 35): { before: string; after: string } {
  let before = p.before.replace(/\s+/g, ' ');
  let after = p.after.replace(/\s+/g, ' ');
  if (before.length >= cutAt) before = `…${before.replace(/^\S*\s/, '')}`;
  if (after.length >= cutAt) {
    after = after.replace(/\s\S*$/, '');
    // A cut right after a full stop reads better without the ellipsis.
    if (!/[.!?]$/.test(after)) after = `${after}…`;
  }
  return { before, after };
}

/** A quick-fix button says what it will write, as the hover card does: "Describe the event → “…”". */
export function fixLabel(s: { title: string; replacement?: string }): string {
  if (s.replacement === undefined) return s.title;
  if (s.replacement === '') return `${s.title} (remove the words)`;
  // Titles that already quote their new words ("Say what happened: “missed a step”") are not repeated.
  return s.title.includes(`“${s.replacement}”`) ? s.title : `${s.title} → “${s.replacement}”`;
}

/** How many editors the problems come from (rows name their editor only when there is more than one). */
export function editorCount(problems: readonly Problem[]): number {
  return new Set(problems.map((p) => `${p.frameId ?? 0}/${p.editorKey}`)).size;
}
