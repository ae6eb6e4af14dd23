// Review before circulation: a pure state machine that walks every finding in document order, one decision each.
import { z } from 'zod';
import type { PageProblems, Problem } from '../messages.ts';
import { pageAddress } from '../store/page-address.ts';
import type { Category, PracticeId, Severity, Suggestion } from '../engine/types.ts';

export const DISMISS_REASONS = {
  'quoted-verbatim': 'Quoted verbatim',
  'agreed-wording': 'Agreed wording',
  other: 'Other reason',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;

export type Decision =
  /** replaced: the whole words a rewrite replaced, when wider than the flagged words (shown in the report). */
  | { kind: 'accepted'; suggestionIndex: number; title: string; replacement?: string; replaced?: string }
  | { kind: 'edited'; replacement: string }
  | { kind: 'dismissed'; reason: DismissReason; note?: string }
  | { kind: 'skipped' };

/** A finding frozen at the start of the review, so the walk stays stable while the text changes. */
export interface ReviewItem {
  id: string;
  editorKey: string;
  /** The frame holding it, when the page has several (ids are unique within a frame only). */
  frameId?: number;
  start: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  practice: PracticeId;
  message: string;
  before: string;
  match: string;
  after: string;
  suggestions: Suggestion[];
}

export interface ReviewState {
  version: 1;
  key: string;
  url: string;
  title: string;
  startedAt: number;
  /** Findings and words when the review started ("before" in the report). */
  before: number;
  wordsBefore: number;
  items: ReviewItem[];
  /** Position of the item on screen; equals items.length when the walk is over. */
  index: number;
  decisions: Record<string, Decision>;
  /** Stored without note text (excerpts off): findings are filled back in from the page (see redact.ts). */
  redacted?: boolean;
  /** Partnership language noticed when the review started (absent in reviews begun before it was counted). */
  partnershipBefore?: number;
}

const category = z.enum(['blame', 'org-centric', 'output-only']);
const severity = z.enum(['hint', 'info', 'warning', 'error']);
const decisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accepted'), suggestionIndex: z.number().int().min(0), title: z.string(), replacement: z.string().optional(), replaced: z.string().optional() }),
  z.object({ kind: z.literal('edited'), replacement: z.string() }),
  z.object({ kind: z.literal('dismissed'), reason: z.enum(['quoted-verbatim', 'agreed-wording', 'other']), note: z.string().optional() }),
  z.object({ kind: z.literal('skipped') }),
]);
const itemSchema = z.object({
  id: z.string(),
  editorKey: z.string(),
  frameId: z.number().int().min(0).optional(),
  start: z.number(),
  ruleId: z.string(),
  category,
  severity,
  practice: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  message: z.string(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  suggestions: z.array(
    z.object({
      title: z.string(),
      replacement: z.string().optional(),
      range: z.object({ start: z.number(), end: z.number() }).optional(),
      select: z.object({ start: z.number(), end: z.number() }).optional(),
    }),
  ),
});
export const reviewStateSchema = z.object({
  version: z.literal(1),
  key: z.string(),
  url: z.string(),
  title: z.string(),
  startedAt: z.number(),
  before: z.number().int().min(0),
  wordsBefore: z.number().int().min(0),
  items: z.array(itemSchema),
  index: z.number().int().min(0),
  decisions: z.record(z.string(), decisionSchema),
  redacted: z.boolean().optional(),
  partnershipBefore: z.number().int().min(0).optional(),
});

/** Parses stored state; anything malformed (an older or damaged record) counts as no review. */
export function parseReviewState(value: unknown): ReviewState | null {
  const r = reviewStateSchema.safeParse(value);
  if (!r.success) return null;
  const s = r.data as ReviewState;
  return { ...s, index: Math.min(s.index, s.items.length) };
}

/** A document is its address without the fragment, plus its title; hashed to keep storage keys short. */
export function documentKey(url: string, title: string): string {
  let clean = url;
  try {
    const u = new URL(url);
    u.hash = '';
    clean = u.href;
  } catch {
    // Not a URL (a test or a file name): use it as it is.
  }
  // FNV-1a, 32 bits, twice with different seeds for a 64-bit key: collisions here only mix two reviews.
  const text = `${clean}\n${title}`;
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return hash(0x811c9dc5) + hash(0x01234567);
}

/** A problem's id within the review: problem ids are unique within a frame only, so other frames' carry the frame. */
export function reviewId(p: Pick<Problem, 'id' | 'frameId'>): string {
  return p.frameId ? `${p.frameId}/${p.id}` : p.id;
}

function toItem(p: Problem): ReviewItem {
  const d = p.diagnostic;
  return {
    id: reviewId(p),
    editorKey: p.editorKey,
    ...(p.frameId !== undefined ? { frameId: p.frameId } : {}),
    start: d.start,
    ruleId: d.ruleId,
    category: d.category,
    severity: d.severity,
    practice: d.practice,
    message: d.message,
    before: p.before,
    match: p.match,
    after: p.after,
    suggestions: d.suggestions.map((s) => ({ ...s })),
  };
}

/** Document order: editors in the order the page lists them, then by offset. */
export function inDocumentOrder(problems: readonly Problem[]): Problem[] {
  const editorOf = (p: Problem) => `${p.frameId ?? 0}/${p.editorKey}`;
  const editorRank = new Map<string, number>();
  for (const p of problems) if (!editorRank.has(editorOf(p))) editorRank.set(editorOf(p), editorRank.size);
  return [...problems].sort(
    (a, b) =>
      editorRank.get(editorOf(a))! - editorRank.get(editorOf(b))! ||
      a.diagnostic.start - b.diagnostic.start ||
      a.diagnostic.end - b.diagnostic.end,
  );
}

export function startReview(page: PageProblems, now = Date.now()): ReviewState {
  const items = inDocumentOrder(page.problems).map(toItem);
  return {
    version: 1,
    key: documentKey(page.url, page.title),
    url: pageAddress(page.url),
    title: page.title,
    startedAt: now,
    before: items.length,
    wordsBefore: page.words,
    items,
    index: 0,
    decisions: {},
    ...(page.partnership !== undefined ? { partnershipBefore: page.partnership } : {}),
  };
}

export function currentItem(state: ReviewState): ReviewItem | undefined {
  return state.items[state.index];
}

export function isFinished(state: ReviewState): boolean {
  return state.index >= state.items.length;
}

/** Records a decision for the item on screen and moves to the next one. */
export function decide(state: ReviewState, decision: Decision): ReviewState {
  const item = currentItem(state);
  if (!item) return state;
  if (decision.kind === 'dismissed' && decision.reason === 'other' && !decision.note?.trim()) {
    throw new Error('Say why you are dismissing this finding.');
  }
  if (decision.kind === 'edited' && decision.replacement === item.match) {
    throw new Error('The new wording is the same as the old one.');
  }
  return { ...state, decisions: { ...state.decisions, [item.id]: decision }, index: state.index + 1 };
}

export function goTo(state: ReviewState, index: number): ReviewState {
  return { ...state, index: Math.max(0, Math.min(index, state.items.length)) };
}

export const back = (state: ReviewState) => goTo(state, state.index - 1);

export interface ReviewCounts {
  changed: number;
  dismissed: number;
  skipped: number;
  undecided: number;
}

export function reviewCounts(state: ReviewState): ReviewCounts {
  const c: ReviewCounts = { changed: 0, dismissed: 0, skipped: 0, undecided: 0 };
  for (const item of state.items) {
    const d = state.decisions[item.id];
    if (!d) c.undecided++;
    else if (d.kind === 'accepted' || d.kind === 'edited') c.changed++;
    else if (d.kind === 'dismissed') c.dismissed++;
    else c.skipped++;
  }
  return c;
}

/**
 * Finds the live problem for a review item. Ids carry offsets, so after an earlier change in the same editor
 * the id moves; then the same rule over the same words, nearest to where it was, is the one.
 */
export function locate(item: ReviewItem, problems: readonly Problem[]): Problem | undefined {
  const sameFrame = (p: Problem) => (p.frameId ?? 0) === (item.frameId ?? 0);
  const exact = problems.find((p) => reviewId(p) === item.id && p.match === item.match && sameFrame(p));
  if (exact) return exact;
  const candidates = problems.filter(
    (p) => sameFrame(p) && p.editorKey === item.editorKey && p.diagnostic.ruleId === item.ruleId && p.match === item.match,
  );
  if (!candidates.length) return undefined;
  const score = (p: Problem) =>
    (p.before.endsWith(item.before.slice(-12)) ? 0 : 1000) +
    (p.after.startsWith(item.after.slice(0, 12)) ? 0 : 1000) +
    Math.abs(p.diagnostic.start - item.start);
  return candidates.reduce((best, p) => (score(p) < score(best) ? p : best));
}
