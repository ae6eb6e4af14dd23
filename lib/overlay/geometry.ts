// Pure geometry for the overlay: clip text rects to what is visible, underline boxes, hit tests, card placement.
import type { Category, Severity } from '../engine/types.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

/** The part of a inside b, or null when they do not overlap. */
export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const r = Math.min(right(a), right(b));
  const btm = Math.min(bottom(a), bottom(b));
  if (r <= left || btm <= top) return null;
  return { left, top, width: r - left, height: btm - top };
}

/** Text rects cut to a clip box (the editor's visible area); rects wholly outside are dropped. */
export function clipRects(rects: readonly Box[], clip: Box): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    // A rect is kept only if most of its height is visible: half-hidden lines would get stray underlines.
    const c = intersect(r, clip);
    if (c && c.height >= r.height * 0.5) out.push(c);
  }
  return out;
}

/** Thickness of an underline by severity: errors read heavier than hints. */
export function thickness(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2.5 : severity === 'info' ? 2 : 1.5;
}

/** The underline strip drawn under one text rect. */
export function underlineBox(rect: Box, severity: Severity): Box {
  const h = Math.max(3, Math.ceil(thickness(severity) * 2));
  return { left: rect.left, top: bottom(rect) - h + 1, width: rect.width, height: h };
}

/** The partnership mark under one text rect: a thin strip just below the words, so it never covers them. */
export function markBox(rect: Box): Box {
  return { left: rect.left, top: bottom(rect), width: rect.width, height: 3 };
}

export function contains(b: Box, x: number, y: number, slack = 0): boolean {
  return x >= b.left - slack && x <= right(b) + slack && y >= b.top - slack && y <= bottom(b) + slack;
}

/** Index of the first item whose rects contain the point, or -1. */
export function hitTest(items: readonly { rects: readonly Box[] }[], x: number, y: number): number {
  for (let i = 0; i < items.length; i++) if (items[i].rects.some((r) => contains(r, x, y))) return i;
  return -1;
}

/**
 * Where to put a card of size (w, h) for an anchor rect inside a viewport: below the anchor if it fits,
 * else above, clamped so it never leaves the viewport.
 */
export function placeCard(anchor: Box, w: number, h: number, viewport: { width: number; height: number }, gap = 6): { left: number; top: number } {
  let top = bottom(anchor) + gap;
  if (top + h > viewport.height && anchor.top - gap - h >= 0) top = anchor.top - gap - h;
  top = Math.max(4, Math.min(top, viewport.height - h - 4));
  const left = Math.max(4, Math.min(anchor.left, viewport.width - w - 4));
  return { left, top };
}

/**
 * Index of the first item whose bottom edge is at or below y, for items in reading order; items that
 * cannot be measured (null) count as above. Lets a long document measure only what is on screen.
 */
export function firstAtOrBelow(count: number, bottomOf: (i: number) => number | null, y: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = bottomOf(mid);
    if (b !== null && b >= y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** CSS class of an underline: category decides colour and line style, severity decides weight. */
export function underlineClass(category: Category, severity: Severity): string {
  return `u u-${category} s-${severity}`;
}
