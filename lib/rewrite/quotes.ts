// Quoted words in a sentence: a rewrite may move a quotation whole but never change the words inside it.
// An apostrophe inside a word (pig's, we're) does not close a single-quoted passage.

export interface Span {
  start: number;
  end: number;
}

/** Spans of quoted text, quotation marks included ("…", “…”, and ‘…’ or '…' when they open after a space). */
export function quotedSpans(sentence: string): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(/"[^"]*"|“[^”]*”|(?<=^|[\s(\[])[‘'](?:[^’']|[’'](?=\w)){2,}?[’'](?!\w)/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** True when replacing [start, end) of the sentence with `replacement` keeps every quotation verbatim. */
export function keepsQuotes(sentence: string, start: number, end: number, replacement: string): boolean {
  for (const q of quotedSpans(sentence)) {
    if (q.end <= start || q.start >= end) continue;
    const inside = q.start >= start && q.end <= end;
    if (!inside || !replacement.includes(sentence.slice(q.start, q.end))) return false;
  }
  return true;
}

/** True when the flagged words sit inside a quotation. */
export function inQuote(sentence: string, start: number, end: number): boolean {
  return quotedSpans(sentence).some((q) => q.start < end && start < q.end);
}
