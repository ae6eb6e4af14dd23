// Word counts and findings per 1,000 words: one definition shared by the CLI's `stats`, the panel and history.
import type { Category, Diagnostic } from './types.ts';
import { CATEGORIES } from './types.ts';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Words are runs of letters or digits, joined by apostrophes or hyphens ("don't", "follow-up"). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export interface Summary {
  words: number;
  total: number;
  byCategory: Record<Category, number>;
  /** Findings per 1,000 words, rounded to two decimals (0 for an empty text). */
  per1000: Record<Category, number> & { total: number };
  byRule: Record<string, number>;
}

export function per1000(count: number, words: number): number {
  return words > 0 ? Math.round((count * 1000 * 100) / words) / 100 : 0;
}

export function summarize(words: number, diagnostics: readonly Diagnostic[]): Summary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byRule: Record<string, number> = {};
  for (const d of diagnostics) {
    byCategory[d.category] = (byCategory[d.category] ?? 0) + 1;
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  }
  const rates = Object.fromEntries(CATEGORIES.map((c) => [c, per1000(byCategory[c], words)])) as Record<Category, number>;
  return {
    words,
    total: diagnostics.length,
    byCategory,
    per1000: { ...rates, total: per1000(diagnostics.length, words) },
    byRule,
  };
}
