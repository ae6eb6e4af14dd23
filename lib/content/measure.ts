// Measures where one editor's findings are on screen, clipped to the editor's visible box.
import type { Diagnostic } from '../engine/types.ts';
import type { EditorAdapter } from '../editors/types.ts';
import { clipRects, firstAtOrBelow, type Box } from '../overlay/geometry.ts';
import type { PaintItem } from '../overlay/overlay.ts';
import { problemId } from './problems.ts';

/** Above this many findings in one editor, only those near the viewport are measured. */
const CULL_FROM = 200;
/** How many findings past the bottom edge to look at before stopping (lines are not strictly in order). */
const PAST_BOTTOM = 20;

const lastBottom = (rects: readonly Box[]): number | null => {
  const r = rects[rects.length - 1];
  return r ? r.top + r.height : null;
};

export function measure(key: string, adapter: EditorAdapter, list: readonly Diagnostic[], clip: Box): (PaintItem & { key: string })[] {
  const items: (PaintItem & { key: string })[] = [];
  const cull = list.length > CULL_FROM;
  // Long documents: find the first finding on screen by bisection, stop a little after the last.
  let i = cull ? firstAtOrBelow(list.length, (k) => lastBottom(adapter.getRects(list[k].start, list[k].end)), clip.top) : 0;
  let below = 0;
  for (; i < list.length && below < PAST_BOTTOM; i++) {
    const d = list[i];
    const raw = adapter.getRects(d.start, d.end);
    if (cull && raw.length && raw[0].top > clip.top + clip.height) below++;
    else below = 0;
    const rects = clipRects(raw, clip);
    if (rects.length) items.push({ id: problemId(key, d), key, category: d.category, severity: d.severity, rects });
  }
  return items;
}
