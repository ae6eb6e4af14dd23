// The optional subtle mark for partnership language: where its phrases are on screen, with words for the mark's title.
import type { EditorAdapter } from '../editors/types.ts';
import { clipRects, firstAtOrBelow, type Box } from '../overlay/geometry.ts';
import type { MarkItem } from '../overlay/overlay.ts';
import { findPartnership, PARTNERSHIP_KIND_LABELS, type PartnershipSpan } from '../rewrite/partnership.ts';

/** Spans of one text, kept with the text they were found in (a mark is drawn only while the text is unchanged). */
export interface PartnershipMarks {
  of: string;
  spans: PartnershipSpan[];
}

export function marksOf(text: string): PartnershipMarks {
  return { of: text, spans: findPartnership(text) };
}

/** What the mark says to people (its title and accessible name). */
export function markTitle(text: string, span: PartnershipSpan): string {
  return `Partnership language: ${PARTNERSHIP_KIND_LABELS[span.kind]} (“${text.slice(span.start, span.end)}”)`;
}

/** Marks on screen for one editor; like the underlines, long texts measure only the spans near the viewport. */
export function measureMarks(key: string, adapter: EditorAdapter, marks: PartnershipMarks, clip: Box): MarkItem[] {
  const { spans, of: text } = marks;
  const out: MarkItem[] = [];
  const bottomOf = (i: number) => {
    const r = adapter.getRects(spans[i].start, spans[i].end);
    return r.length ? r[r.length - 1].top + r[r.length - 1].height : null;
  };
  const from = spans.length > 200 ? firstAtOrBelow(spans.length, bottomOf, clip.top) : 0;
  for (let i = from; i < spans.length; i++) {
    const s = spans[i];
    const raw = adapter.getRects(s.start, s.end);
    if (spans.length > 200 && raw.length && raw[0].top > clip.top + clip.height) break;
    const rects = clipRects(raw, clip);
    if (rects.length) out.push({ id: `${key}:pl:${s.start}`, title: markTitle(text, s), rects });
  }
  return out;
}
