// Review state machine: order, decisions, counts, persistence format and locating findings after edits.
import { describe, expect, it } from 'vitest';
import {
  back, currentItem, decide, documentKey, goTo, inDocumentOrder, isFinished, locate, parseReviewState,
  reviewCounts, startReview,
} from '../../lib/review/review.ts';
import { makeProblem, NOTES, samplePage } from '../panel/make-problems.ts';

describe('startReview', () => {
  it('walks findings in document order across editors', () => {
    const a = makeProblem({ text: NOTES, match: 'deliver 400', editorKey: 'first' });
    const b = makeProblem({ text: NOTES, match: 'Riverside Council', editorKey: 'second' });
    const c = makeProblem({ text: NOTES, match: 'Riverside Council', editorKey: 'first' });
    expect(inDocumentOrder([a, b, c]).map((p) => p.id)).toEqual([c.id, a.id, b.id]);
    const state = startReview(samplePage({ problems: [a, b, c] }), 1000);
    expect(state.items.map((i) => i.id)).toEqual([c.id, a.id, b.id]);
    expect(state).toMatchObject({ before: 3, wordsBefore: 27, index: 0, startedAt: 1000 });
  });

  it('keys by address without fragment plus title', () => {
    expect(documentKey('https://x.org/a#one', 'T')).toBe(documentKey('https://x.org/a#two', 'T'));
    expect(documentKey('https://x.org/a', 'T')).not.toBe(documentKey('https://x.org/a', 'U'));
    expect(documentKey('https://x.org/a', 'T')).not.toBe(documentKey('https://x.org/b', 'T'));
    expect(documentKey('not a url', 'T')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('decisions', () => {
  it('records each kind, moves on, and counts', () => {
    let s = startReview(samplePage());
    s = decide(s, { kind: 'accepted', suggestionIndex: 0, title: 'Describe the event', replacement: 'The referrals were not sent' });
    expect(currentItem(s)?.ruleId).toBe('prefer-outcome');
    s = decide(s, { kind: 'dismissed', reason: 'agreed-wording' });
    expect(isFinished(s)).toBe(false);
    s = decide(s, { kind: 'skipped' });
    expect(isFinished(s)).toBe(true);
    expect(currentItem(s)).toBeUndefined();
    expect(reviewCounts(s)).toEqual({ changed: 1, dismissed: 1, skipped: 1, undecided: 0 });
    // Deciding after the end changes nothing.
    expect(decide(s, { kind: 'skipped' })).toBe(s);
  });

  it('goes back and revises a decision', () => {
    let s = startReview(samplePage());
    s = decide(s, { kind: 'skipped' });
    s = back(s);
    expect(s.index).toBe(0);
    s = decide(s, { kind: 'edited', replacement: 'The referrals were delayed' });
    expect(reviewCounts(s)).toEqual({ changed: 1, dismissed: 0, skipped: 0, undecided: 2 });
    expect(back(goTo(s, 0)).index).toBe(0);
    expect(goTo(s, 99).index).toBe(3);
  });

  it('refuses an "other" dismissal without a reason and an edit that changes nothing', () => {
    const s = startReview(samplePage());
    expect(() => decide(s, { kind: 'dismissed', reason: 'other', note: '  ' })).toThrow(/why/);
    expect(() => decide(s, { kind: 'edited', replacement: 'Riverside Council failed to' })).toThrow(/same/);
    expect(decide(s, { kind: 'dismissed', reason: 'other', note: 'Minuted at the chair’s request' }).index).toBe(1);
  });
});

describe('parseReviewState', () => {
  it('round-trips through JSON and rejects damaged records', () => {
    const s = decide(startReview(samplePage()), { kind: 'dismissed', reason: 'quoted-verbatim' });
    expect(parseReviewState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseReviewState({ ...s, version: 2 })).toBeNull();
    expect(parseReviewState({ ...s, decisions: { x: { kind: 'maybe' } } })).toBeNull();
    expect(parseReviewState(undefined)).toBeNull();
    expect(parseReviewState({ ...s, index: 50 })?.index).toBe(3);
  });
});

describe('locate', () => {
  it('finds a finding again after an earlier edit moved its offset', () => {
    const page = samplePage();
    const s = startReview(page);
    const edited = NOTES.replace('Riverside Council failed to send', 'The referrals were not sent');
    const moved = makeProblem({ text: edited, match: 'deliver 400 health checks', ruleId: 'prefer-outcome', category: 'output-only' });
    expect(moved.id).not.toBe(s.items[1].id);
    expect(locate(s.items[1], [moved])?.id).toBe(moved.id);
    expect(locate(s.items[0], [moved])).toBeUndefined();
    expect(locate(s.items[1], page.problems)?.id).toBe(s.items[1].id);
  });

  it('prefers the occurrence with the same context and nearest offset', () => {
    const text = 'They failed to call. Later, they failed to call again.';
    const first = makeProblem({ text, match: 'failed to', nth: 0 });
    const second = makeProblem({ text, match: 'failed to', nth: 1 });
    const s = startReview(samplePage({ problems: [first, second] }));
    const shifted = `Note: ${text}`;
    const live = [makeProblem({ text: shifted, match: 'failed to', nth: 0 }), makeProblem({ text: shifted, match: 'failed to', nth: 1 })];
    expect(locate(s.items[1], live)?.id).toBe(live[1].id);
    expect(locate(s.items[0], live)?.id).toBe(live[0].id);
  });
});

describe('frames', () => {
  it('keeps apart identical findings of two frames: one decision each, each located in its own frame', () => {
    const [p] = samplePage().problems;
    const page = samplePage({ problems: [{ ...p, frameId: 0 }, { ...p, frameId: 3 }, { ...p, frameId: 5 }] });
    let state = startReview(page);
    expect(new Set(state.items.map((i) => i.id)).size).toBe(3);
    state = decide(state, { kind: 'skipped' });
    state = decide(state, { kind: 'dismissed', reason: 'agreed-wording' });
    expect(reviewCounts(state)).toEqual({ changed: 0, dismissed: 1, skipped: 1, undecided: 1 });
    expect(state.items.map((i) => locate(i, page.problems)?.frameId)).toEqual([0, 3, 5]);
  });
});
