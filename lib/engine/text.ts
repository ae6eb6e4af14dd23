// Text plumbing: mask code and URLs, split into blocks and sentences, map offsets to lines and columns.

const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');

/** Replaces fenced code blocks with spaces (same length, same offsets). Runs on the whole text: fences span paragraphs. */
export function maskFences(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  return text.replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\2[^\n]*$|(?![\s\S]))/gm, (m) => blank(m));
}

/** Replaces inline code, URLs, e-mail addresses and HTML comments with spaces. Runs per paragraph. */
export function maskInline(text: string): string {
  // Most paragraphs hold none of these; skip the regular expressions then.
  if (!/[`@]|https?:|www\.|<!--/i.test(text)) return text;
  return text
    .replace(/`[^`\n]+`/g, (m) => blank(m))
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, (m) => blank(m))
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => blank(m))
    .replace(/<!--[\s\S]*?-->/g, (m) => blank(m));
}

/** Both masks over a whole text (for callers that do not work paragraph by paragraph). */
export function maskNonProse(text: string): string {
  return maskInline(maskFences(text));
}

export interface Span {
  start: number;
  end: number;
}

const BLOCK_START = /^[ \t]*(?:[-*+•◦▪‣]\s|\d+[.)]\s|#{1,6}\s|>|\|)/;

/**
 * Blocks are paragraphs: runs of lines broken at blank lines, list items, headings, quotes and table rows,
 * so that a hard-wrapped sentence stays whole while one edited paragraph changes one block.
 */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let blockStart = -1;
  let lineStart = 0;
  let prevTable = false;
  const len = text.length;
  while (lineStart <= len) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = len;
    const line = text.slice(lineStart, lineEnd);
    const blankLine = line.trim() === '';
    const isTable = /^\s*\|/.test(line);
    const startsNew = blankLine || BLOCK_START.test(line) || prevTable;
    if (startsNew && blockStart >= 0) {
      blocks.push({ start: blockStart, end: trimEnd(text, blockStart, lineStart - 1) });
      blockStart = -1;
    }
    if (!blankLine && blockStart < 0) blockStart = lineStart;
    prevTable = isTable;
    if (lineEnd >= len) break;
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: trimEnd(text, blockStart, len) });
  return blocks.filter((b) => b.end > b.start);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

const ABBREV = /(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Cllr|Prof|St|Sr|Jr|Rev|No|Nos|vs|etc|e\.g|i\.e|approx|incl|Ltd|Co|Inc|Dept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

/** Sentences inside a block. Splits after . ! ? (and table cell pipes), keeping abbreviations and decimals whole. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '|' && text[i - 1] !== '\\') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch === '\n' && (i + 1 >= to || /[ \t]*\n/.test(text.slice(i + 1, i + 3)))) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text[j])) j++;
    if (j < to && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k < to && /[a-z]/.test(text[k])) continue;
    if (ch === '.' && ABBREV.test(text.slice(Math.max(from, i - 8), i + 1))) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, to);
  return out;
}

/** Line starts for offset → (line, column) conversion, both 1-based; CRLF counts as one break. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
