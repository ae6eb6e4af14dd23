// What a review may keep in storage: with excerpts off no note text at all; once it ends, only its counts.
import type { Problem } from '../messages.ts';
import { isFinished, reviewCounts, type Decision, type ReviewCounts, type ReviewItem, type ReviewState } from './review.ts';

/** Stands in for text that was not kept (excerpts off); a resumed review fills it back from the live page. */
export const NOT_KEPT = '…';

/** The words of a finding and what the user wrote are note text: with excerpts off only ids, rules and places stay. */
function redactItem(item: ReviewItem): ReviewItem {
  return { ...item, message: '', before: '', match: NOT_KEPT, after: '', suggestions: [] };
}

function redactDecision(d: Decision): Decision {
  if (d.kind === 'accepted') return { kind: 'accepted', suggestionIndex: d.suggestionIndex, title: '', replacement: NOT_KEPT };
  if (d.kind === 'edited') return { kind: 'edited', replacement: NOT_KEPT };
  if (d.kind === 'dismissed') return { kind: 'dismissed', reason: d.reason };
  return d;
}

/** A review as storage may hold it while it runs. */
export function storableReview(state: ReviewState, keepExcerpts: boolean): ReviewState {
  if (keepExcerpts) return state;
  return {
    ...state,
    redacted: true,
    items: state.items.map(redactItem),
    decisions: Object.fromEntries(Object.entries(state.decisions).map(([id, d]) => [id, redactDecision(d)])),
  };
}

/** A finished review as storage keeps it: counts only, whatever the excerpts setting. */
export interface ReviewSummary {
  version: 1;
  finished: true;
  key: string;
  url: string;
  title: string;
  startedAt: number;
  finishedAt: number;
  before: number;
  wordsBefore: number;
  counts: ReviewCounts;
}

export function reviewSummary(state: ReviewState, now = Date.now()): ReviewSummary {
  return {
    version: 1,
    finished: true,
    key: state.key,
    url: state.url,
    title: state.title,
    startedAt: state.startedAt,
    finishedAt: now,
    before: state.before,
    wordsBefore: state.wordsBefore,
    counts: reviewCounts(state),
  };
}

/** What to store for a review: the running state (text only if allowed) or, once it ended, its counts. */
export function storedForm(state: ReviewState, keepExcerpts: boolean, now = Date.now()): ReviewState | ReviewSummary {
  return isFinished(state) ? reviewSummary(state, now) : storableReview(state, keepExcerpts);
}

/**
 * Fills a redacted review's findings back in from the page's live problems: same editor and rule, the same id
 * when the text before it is unchanged, else the nearest start. Findings no longer in the page stay blank.
 */
export function hydrateReview(state: ReviewState, problems: readonly Problem[]): ReviewState {
  if (!state.redacted) return state;
  const used = new Set<string>();
  const items = state.items.map((item) => {
    const candidates = problems.filter((p) => !used.has(p.id) && p.editorKey === item.editorKey && p.diagnostic.ruleId === item.ruleId);
    if (!candidates.length) return item;
    const live =
      candidates.find((p) => p.id === item.id) ??
      candidates.reduce((best, p) => (Math.abs(p.diagnostic.start - item.start) < Math.abs(best.diagnostic.start - item.start) ? p : best));
    used.add(live.id);
    const d = live.diagnostic;
    return { ...item, message: d.message, before: live.before, match: live.match, after: live.after, suggestions: d.suggestions.map((s) => ({ ...s })) };
  });
  return { ...state, items };
}
