// The engine's one call into the rewrite layer: a finding's suggestions, rewrites first, each checked before it is offered.
import type { Suggestion } from '../engine/types.ts';
import { offer, QUOTE_ADVICE, type Check, type Checked } from './offer.ts';
import type { Finding, Rewrite } from './types.ts';

/**
 * The rule's own suggestions plus generated rewrites, with every replacement checked (quotes kept, reads as a
 * sentence, clears its category on re-analysis). Ranges come back relative to the finding's start.
 */
/** Longer "sentences" are run-ons, tables or pasted logs: rewriting them would cost much and read badly. */
const MAX_SENTENCE = 600;

export function suggestWithRewrites(f: Finding, own: Suggestion[], check: Check): Suggestion[] {
  if (f.sentence.length > MAX_SENTENCE) return own;
  let before: Checked[] | undefined;
  const original = () => (before ??= check(f.sentence));
  const ownRewrites: Rewrite[] = own
    .filter((s) => s.replacement !== undefined)
    .map((s) => ({ title: s.title, start: f.start, end: f.end, replacement: s.replacement! }));
  const { rewrites, quoted } = offer(f, ownRewrites, check, original);
  const out: Suggestion[] = rewrites.map((r) => {
    const s: Suggestion = { title: r.title, replacement: r.replacement };
    if (r.start !== f.start || r.end !== f.end) s.range = { start: r.start - f.start, end: r.end - f.start };
    if (r.select) s.select = { ...r.select };
    return s;
  });
  if (quoted) out.push({ title: QUOTE_ADVICE });
  // Guided prompts (no replacement) stay, after the rewrites.
  for (const s of own) if (s.replacement === undefined && !out.some((o) => o.title === s.title)) out.push(s);
  return out;
}
