// The shared date rule: first YYYY-MM-DD in the file name, else the first date in the text.
import { describe, expect, it } from 'vitest';
import { dateFromFileName, detectDate, firstDateInText, isValidIsoDate } from '../../lib/engine/dates.ts';

describe('dateFromFileName', () => {
  it.each([
    ['riverside-2025-01-15.md', '2025-01-15'],
    ['board 2024-13-01 then 2024-12-11.md', '2024-12-11'],
    ['2021-02-29-notes.md', null],
    ['minutes/2025-03-01/notes.md', null],
    ['x12025-03-011.md', null],
    ['notes.md', null],
  ])('%s → %s', (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });
});

describe('firstDateInText', () => {
  it.each([
    ['Minutes of the meeting held on 15 January 2025\n**Date:** 2025-01-16', '2025-01-15'],
    ['Held 3rd Feb, 2025', '2025-02-03'],
    ['Date: March 4, 2025', '2025-03-04'],
    ['Date: 05/04/2025 (UK order)', '2025-04-05'],
    ['**Date:** 2025-06-11, 10:00', '2025-06-11'],
    ['31 February 2025 is not a date; 1 March 2025 is', '2025-03-01'],
    ['No date here at all, only 12,000 appointments', null],
  ])('%s → %s', (text, date) => {
    expect(firstDateInText(text)).toBe(date);
  });
});

describe('detectDate', () => {
  it('prefers the file name, falls back to the text, and says which', () => {
    expect(detectDate('board-2025-02-15.md', 'held on 1 January 2025')).toEqual({ date: '2025-02-15', source: 'file-name' });
    expect(detectDate('board.md', 'held on 1 January 2025')).toEqual({ date: '2025-01-01', source: 'text' });
    expect(detectDate('board.md', 'no date')).toEqual({ date: null, source: 'none' });
  });
  it('validates ISO dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-2-3')).toBe(false);
  });
});
