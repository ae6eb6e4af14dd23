// Which finding the keyboard commands go to: next/previous from the caret or the last one shown, and "at the caret".

export interface Stop {
  id: string;
  editorKey: string;
  start: number;
  end: number;
}

export interface Caret {
  key: string;
  offset: number;
}

/**
 * Index of the next (1) or previous (-1) finding, wrapping around, in page order. The caret decides where
 * "here" is, unless it sits on the finding shown last (then that finding is "here"); with no caret, the
 * finding shown last; with neither, the first or last finding.
 */
export function pickNext(list: readonly Stop[], direction: 1 | -1, caret: Caret | null, lastId: string | null): number {
  if (!list.length) return -1;
  const last = lastId ? list.findIndex((p) => p.id === lastId) : -1;
  const onLast = last >= 0 && caret && list[last].editorKey === caret.key && list[last].start <= caret.offset && caret.offset <= list[last].end;
  let index: number;
  if (last >= 0 && (!caret || onLast)) index = last;
  else if (caret) {
    const keys = [...new Set(list.map((p) => p.editorKey))];
    const editor = keys.indexOf(caret.key);
    // First finding that ends after the caret, counting editors before this one as before it.
    let after = list.findIndex((p) => {
      const k = keys.indexOf(p.editorKey);
      return k > editor || (k === editor && p.end > caret.offset);
    });
    if (after < 0) after = list.length;
    index = direction === 1 ? after - 1 : after;
  } else index = direction === 1 ? -1 : list.length;
  return (((index + direction) % list.length) + list.length) % list.length;
}

/** Index of the finding under the caret, else the next one in that editor, else the first on the page. */
export function pickAtCaret(list: readonly Stop[], caret: Caret | null): number {
  if (!list.length) return -1;
  if (caret) {
    const inside = list.findIndex((p) => p.editorKey === caret.key && p.start <= caret.offset && caret.offset <= p.end);
    if (inside >= 0) return inside;
    const after = list.findIndex((p) => p.editorKey === caret.key && p.start >= caret.offset);
    if (after >= 0) return after;
  }
  return 0;
}
