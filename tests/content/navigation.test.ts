// Keyboard navigation between findings: from the caret, from the last one shown, wrapping; quick fix at the caret.
import { describe, expect, it } from 'vitest';
import { pickAtCaret, pickNext, type Stop } from '../../lib/content/navigation.ts';

const list: Stop[] = [
  { id: 'e1:5:a', editorKey: 'e1', start: 5, end: 10 },
  { id: 'e1:20:b', editorKey: 'e1', start: 20, end: 30 },
  { id: 'e2:0:c', editorKey: 'e2', start: 0, end: 4 },
];

describe('pickNext', () => {
  it('starts at the first or last finding with no caret and nothing shown', () => {
    expect(pickNext(list, 1, null, null)).toBe(0);
    expect(pickNext(list, -1, null, null)).toBe(2);
  });

  it('goes from the caret to the next or previous finding', () => {
    expect(pickNext(list, 1, { key: 'e1', offset: 12 }, null)).toBe(1);
    expect(pickNext(list, -1, { key: 'e1', offset: 12 }, null)).toBe(0);
    expect(pickNext(list, 1, { key: 'e1', offset: 40 }, null)).toBe(2);
    expect(pickNext(list, 1, { key: 'e2', offset: 9 }, null)).toBe(0); // wraps
  });

  it('steps on from the finding shown last while the caret sits on it (or focus is in the card)', () => {
    expect(pickNext(list, 1, { key: 'e1', offset: 30 }, 'e1:20:b')).toBe(2);
    expect(pickNext(list, -1, null, 'e1:20:b')).toBe(0);
    expect(pickNext(list, 1, null, 'e2:0:c')).toBe(0);
  });

  it('follows the caret once it has moved away from the finding shown last', () => {
    expect(pickNext(list, 1, { key: 'e1', offset: 0 }, 'e1:20:b')).toBe(0);
  });

  it('has nothing to go to on a clean page', () => {
    expect(pickNext([], 1, null, null)).toBe(-1);
  });
});

describe('pickAtCaret', () => {
  it('prefers the finding under the caret, then the next in the editor, then the first', () => {
    expect(pickAtCaret(list, { key: 'e1', offset: 25 })).toBe(1);
    expect(pickAtCaret(list, { key: 'e1', offset: 12 })).toBe(1);
    expect(pickAtCaret(list, { key: 'e2', offset: 9 })).toBe(0);
    expect(pickAtCaret(list, null)).toBe(0);
    expect(pickAtCaret([], null)).toBe(-1);
  });
});
