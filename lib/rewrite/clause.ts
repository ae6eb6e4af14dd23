// Where a clause ends in a sentence: before a semicolon, a table cell edge, a dash aside or the final stop.

/** Offset just after the last word of the clause holding `from` (before ; | — or final punctuation). */
export function clauseEnd(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const m = /\s*(?:;|\||\s[–—-]\s|:\s|\(|[.!?]["”’)]*\s*$|$)/.exec(rest);
  let end = from + (m ? m.index : rest.length);
  while (end > from && /[\s,]/.test(sentence[end - 1])) end--;
  return end;
}

/** Offset of the start of the clause holding `at` (after ; | : or a sentence/list marker). */
export function clauseStart(sentence: string, at: number): number {
  const head = sentence.slice(0, at);
  const m = /(?:^|[;|:]\s*|^\s*(?:[-*+•]|\d+[.)])\s+)(?=[^;|:]*$)/.exec(head);
  let start = m ? m.index + m[0].length : 0;
  while (start < at && /\s/.test(sentence[start])) start++;
  return start;
}

/** The sentence's final punctuation, if any ("." "?" "!"). */
export function finalStop(sentence: string): string {
  return /([.!?])["”’)]*\s*$/.exec(sentence)?.[1] ?? '';
}
