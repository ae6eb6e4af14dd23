// Partnership language is counted by kind, and plain or problem wording is not.
import { describe, expect, it } from 'vitest';
import { countPartnership, partnershipPer1000 } from '../../lib/rewrite/partnership.ts';

describe('partnership language', () => {
  it('counts outcomes, shared ownership, curious questions and community framing', () => {
    const text = [
      'We will run 300 health checks, so that people stay well for longer.',
      'Delayed discharges are a shared concern; the board agreed together how the pooled fund is used.',
      'The missed call was discussed and members asked what got in the way.',
      'The plan was co-produced with the people we all serve.',
    ].join('\n');
    const c = countPartnership(text);
    expect(c.byKind.outcome).toBeGreaterThanOrEqual(2);
    expect(c.byKind.shared).toBeGreaterThanOrEqual(3);
    expect(c.byKind.curious).toBe(1);
    expect(c.byKind.community).toBe(2);
    expect(partnershipPer1000(text, 50)).toBeCloseTo((1000 * c.total) / 50);
  });

  it('finds none in blame, organisation-first or plain text', () => {
    expect(countPartnership('The council dropped the ball again. Our budget comes first. Target: 500 calls a week.').total).toBe(0);
    expect(countPartnership('The minutes were agreed as accurate.').total).toBe(0);
  });
});
