// Pure offset map between an editor's plain text (blocks joined by '\n') and the nodes that hold it.

/** A run of text owned by one node; `start` is its offset in the joined text. */
export interface Piece<N> {
  node: N;
  start: number;
  text: string;
}

export interface Position<N> {
  node: N;
  offset: number;
}

/** Builds text from pieces and breaks, then answers "which node and offset holds text offset o". */
export class TextMap<N> {
  readonly pieces: Piece<N>[] = [];
  private parts: string[] = [];
  private length = 0;
  private lastChar = '';

  push(node: N, text: string): void {
    if (!text) return;
    this.pieces.push({ node, start: this.length, text });
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text[text.length - 1];
  }

  /** A '\n' that no node holds (a block boundary or a <br>). */
  pushBreak(): void {
    this.parts.push('\n');
    this.length += 1;
    this.lastChar = '\n';
  }

  /** A block boundary: one '\n' unless the text is empty or already ends with one. */
  ensureBreak(): void {
    if (this.length > 0 && this.lastChar !== '\n') this.pushBreak();
  }

  /** Drops line breaks that no node holds from the end (the last block's boundary, a trailing <br>). */
  trimTrailingBreaks(): void {
    const lastPiece = this.pieces[this.pieces.length - 1];
    const keep = lastPiece ? lastPiece.start + lastPiece.text.length : 0;
    if (keep === this.length) return;
    this.parts = [this.text.slice(0, keep)];
    this.length = keep;
    this.lastChar = this.parts[0][keep - 1] ?? '';
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  /** Index of the last piece starting at or before offset, or -1. */
  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The node position of a text offset. 'forward' (range starts) prefers the start of the next piece when
   * the offset sits on a boundary or a break; 'backward' (range ends) prefers the end of the previous one.
   */
  locate(offset: number, affinity: 'forward' | 'backward'): Position<N> | null {
    if (this.pieces.length === 0 || offset < 0) return null;
    let i = this.indexAt(offset);
    if (affinity === 'backward') {
      if (i >= 0 && this.pieces[i].start === offset && i > 0) i -= 1;
      if (i < 0) return null;
      const p = this.pieces[i];
      return { node: p.node, offset: Math.min(offset - p.start, p.text.length) };
    }
    if (i >= 0) {
      const p = this.pieces[i];
      if (offset < p.start + p.text.length) return { node: p.node, offset: offset - p.start };
    }
    const next = this.pieces[i + 1];
    if (next) return { node: next.node, offset: 0 };
    if (i >= 0) {
      const p = this.pieces[i];
      return { node: p.node, offset: p.text.length };
    }
    return null;
  }

  /** The pieces that overlap [start, end), each with the slice of its own text that is covered. */
  slices(start: number, end: number): { node: N; from: number; to: number }[] {
    const out: { node: N; from: number; to: number }[] = [];
    if (end <= start) return out;
    let i = Math.max(0, this.indexAt(start));
    for (; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (p.start >= end) break;
      const from = Math.max(start, p.start) - p.start;
      const to = Math.min(end, p.start + p.text.length) - p.start;
      if (to > from) out.push({ node: p.node, from, to });
    }
    return out;
  }
}
