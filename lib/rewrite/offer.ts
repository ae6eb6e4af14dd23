// Rewrites offered for a finding: generated per category, kept only if they leave quotations verbatim, read as a
// sentence and, re-analysed with the same engine settings, clear the finding's category where they changed the text.
import type { Category } from '../engine/types.ts';
import { blameRewrites } from './blame.ts';
import { blameFrameRewrites } from './blame-frames.ts';
import { finalStop } from './clause.ts';
import { orgCentricRewrites } from './org-centric.ts';
import { orgFrameRewrites } from './org-gate-rewrites.ts';
import { outputOnlyRewrites } from './output-only.ts';
import { inQuote, keepsQuotes, reportedSpeech } from './quotes.ts';
import type { Finding, Rewrite } from './types.ts';

export interface Checked {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
}

/** Re-analyses one sentence with the engine's own settings, without generating rewrites. */
export type Check = (sentence: string) => Checked[];

export const QUOTE_ADVICE = 'Keep the quotation as said; record the concern and who raised it outside the quote';

/** Rewrites generated for a finding from its category and what the rule captured, before any check. */
export function generate(f: Finding): Rewrite[] {
  switch (f.category) {
    case 'blame': {
      // The blame frames' own wordings (blame-frames.ts) step in only where the general strategies found none.
      const general = blameRewrites(f);
      return general.length ? general : blameFrameRewrites(f);
    }
    case 'org-centric': {
      // The general strategies (org-centric.ts with its clause frames) first; the gate frames' own wordings
      // (org-gate-rewrites.ts) only where those found none, as for blame.
      const general = orgCentricRewrites(f);
      return general.length ? general : [...orgFrameRewrites(f), ...orgFrameRewrites(f, true)];
    }
    case 'output-only':
      return outputOnlyRewrites(f);
    default:
      return [];
  }
}

const atStart = (sentence: string, i: number) => /^[\s>*+•|-]*(?:\d+[.)]\s*)?(?:\*\*[^*]+\*\*\s*)?$/.test(sentence.slice(0, i));

/** The replacement with its first letter fitted to where it lands (a capital at the start of a sentence). */
export function fitStart(sentence: string, r: Rewrite): Rewrite {
  if (!r.replacement || !atStart(sentence, r.start) || !/[A-Z]/.test(sentence[r.start] ?? '')) return r;
  if (!/^[a-z]/.test(r.replacement)) return r;
  return { ...r, replacement: r.replacement[0].toUpperCase() + r.replacement.slice(1) };
}

const doubled = (s: string) => (s.match(/\b(\w+)\s+\1\b/gi) ?? []).length;
const blemishes = (s: string) =>
  (s.match(/\s[,;.]|[,;]{2}|;\s*;|\s{2,}|,\s*,|\(\s*\)|\b(?:the|a|an|its|their|his|her|our|my) (?:the|a|an|its|their|his|her|our|my)\b/gi) ?? []).length;

/** True when the rewritten sentence still reads as a sentence: capital start, same end stop, no doubled words. */
export function readsAsSentence(before: string, after: string): boolean {
  const first = (s: string) => /\p{L}/u.exec(s)?.[0] ?? '';
  if (/\p{Lu}/u.test(first(before)) && !/\p{Lu}/u.test(first(after))) return false;
  if (finalStop(before) !== finalStop(after)) return false;
  if (doubled(after) > doubled(before)) return false;
  if (blemishes(after) > blemishes(before)) return false;
  return after.trim().length > 0;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** True when the rewrite, re-analysed, leaves no finding of the category where it changed the text and none that is new. */
export function clears(f: Finding, r: Rewrite, check: Check, before: Checked[]): boolean {
  const after = f.sentence.slice(0, r.start) + r.replacement + f.sentence.slice(r.end);
  const changed = { start: r.start, end: Math.max(r.start + r.replacement.length, r.start + 1) };
  const known = new Set(before.map((h) => `${h.ruleId}\0${f.sentence.slice(h.start, h.end)}`));
  const flagged = f.sentence.slice(f.start, f.end);
  for (const h of check(after)) {
    // The finding itself must go (a quoted remark recorded as reported keeps the quotation, so its words stay flagged).
    if (!r.reported && h.ruleId === f.ruleId && after.slice(h.start, h.end) === flagged) return false;
    if (h.category === f.category && overlaps(h, changed)) return false;
    if (!known.has(`${h.ruleId}\0${after.slice(h.start, h.end)}`)) return false;
  }
  return true;
}

/**
 * The rewrites worth offering for a finding (sentence-relative), best first, and whether the finding sits in a
 * quotation (then only advice is offered: the quoted words stay as said).
 */
/** Set by the rewrite report (--why) to see which generated rewrites the checks turned away, and why. */
export const trace: { on: ((f: Finding, after: string, why: string) => void) | null } = { on: null };

export function offer(f: Finding, own: Rewrite[], check: Check, before: () => Checked[]): { rewrites: Rewrite[]; quoted: boolean } {
  const quoted = inQuote(f.sentence, f.start, f.end);
  const seen = new Set<string>();
  const out: Rewrite[] = [];
  for (const raw of [...generate(f), ...own, ...(quoted ? reportedSpeech(f) : [])]) {
    const r = fitStart(f.sentence, raw);
    const after = f.sentence.slice(0, r.start) + r.replacement + f.sentence.slice(r.end);
    if (seen.has(after)) continue;
    seen.add(after);
    if (!keepsQuotes(f.sentence, r.start, r.end, r.replacement)) {
      trace.on?.(f, after, 'quote');
      continue;
    }
    if (!readsAsSentence(f.sentence, after)) {
      trace.on?.(f, after, 'reads');
      continue;
    }
    if (!clears(f, r, check, before())) {
      trace.on?.(f, after, 'clears');
      continue;
    }
    out.push(r);
    if (out.length >= 2) break;
  }
  return { rewrites: out, quoted };
}
