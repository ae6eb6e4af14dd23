// Overlay geometry: clipping to the visible editor, underline boxes, hit tests and card placement.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipRects, hitTest, intersect, placeCard, thickness, underlineBox, underlineClass } from '../../lib/overlay/geometry.ts';

describe('clipRects', () => {
  const clip = { left: 0, top: 100, width: 400, height: 200 };
  it('keeps visible rects, trims partly visible ones and drops hidden ones', () => {
    const rects = [
      { left: 10, top: 120, width: 50, height: 20 }, // inside
      { left: 380, top: 150, width: 50, height: 20 }, // runs off the right edge
      { left: 10, top: 60, width: 50, height: 20 }, // scrolled out above
      { left: 10, top: 95, width: 50, height: 20 }, // mostly visible line at the top edge
      { left: 10, top: 292, width: 50, height: 20 }, // mostly hidden line at the bottom: dropped
    ];
    expect(clipRects(rects, clip)).toEqual([
      { left: 10, top: 120, width: 50, height: 20 },
      { left: 380, top: 150, width: 20, height: 20 },
      { left: 10, top: 100, width: 50, height: 15 },
    ]);
  });

  it('never returns a rect outside the clip', () => {
    const box = fc.record({ left: fc.integer({ min: -500, max: 500 }), top: fc.integer({ min: -500, max: 500 }), width: fc.integer({ min: 1, max: 300 }), height: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 10 }), (rects) => {
        for (const r of clipRects(rects, clip)) expect(intersect(r, clip)).toEqual(r);
      }),
    );
  });
});

describe('underlines', () => {
  it('sit on the bottom of the words, heavier for errors than hints', () => {
    const r = { left: 5, top: 10, width: 80, height: 20 };
    const warn = underlineBox(r, 'warning');
    expect(warn.left).toBe(5);
    expect(warn.width).toBe(80);
    expect(warn.top + warn.height).toBe(31);
    expect(thickness('error')).toBeGreaterThan(thickness('hint'));
    expect(underlineBox(r, 'error').height).toBeGreaterThan(underlineBox(r, 'hint').height);
  });

  it('style each category differently', () => {
    const classes = new Set(['blame', 'org-centric', 'output-only'].map((c) => underlineClass(c as never, 'warning')));
    expect(classes.size).toBe(3);
  });
});

describe('hitTest', () => {
  it('finds the finding under the pointer', () => {
    const items = [{ rects: [{ left: 0, top: 0, width: 10, height: 10 }] }, { rects: [{ left: 20, top: 0, width: 10, height: 10 }] }];
    expect(hitTest(items, 25, 5)).toBe(1);
    expect(hitTest(items, 15, 5)).toBe(-1);
  });
});

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  it('goes below the words when there is room, above when not, and stays on screen', () => {
    expect(placeCard({ left: 100, top: 100, width: 50, height: 20 }, 300, 200, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeCard({ left: 100, top: 500, width: 50, height: 20 }, 300, 200, viewport)).toEqual({ left: 100, top: 294 });
    expect(placeCard({ left: 700, top: 100, width: 50, height: 20 }, 300, 200, viewport).left).toBe(496);
  });
});
