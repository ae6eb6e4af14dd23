// Quoted words in a sentence: a rewrite may move a quotation whole but never change the words inside it.
// An apostrophe inside a word (pig's, we're) does not close a single-quoted passage. A quoted remark is offered
// instead as reported speech: who raised it and the concern, in words outside the quotation.
import type { Finding, Rewrite } from './types.ts';

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

const PAST_SAY = /^(?:said|stated|remarked|insisted|complained|warned|added|claimed|argued|noted|commented|told (?:the )?[\w -]{1,30}?)$/i;

/**
 * A quoted remark recorded as reported: `LF said the agency had "dropped the ball"` → `LF raised a concern that the
 * agency had "dropped the ball"`; `Trust lead: 'It's theirs to sort.'` → `Trust lead raised a concern: 'It's …'`;
 * `Cllr X described the rota as 'shambolic'` → `Cllr X raised a concern about the rota, calling it 'shambolic'`.
 * The quoted words stay as said; only the attribution outside them changes.
 */
export function reportedSpeech(f: Finding): Rewrite[] {
  // A quoted complaint about people is a concern raised; a quoted stance (whose budget, whose patients) is not.
  if (f.category !== 'blame') return [];
  const q = quotedSpans(f.sentence).find((s) => s.start < f.end && f.start < s.end);
  if (!q) return [];
  const head = f.sentence.slice(0, q.start);
  if (quotedSpans(head).length) return [];
  const title = 'Record it as a concern raised, quotation kept';
  // "Trust lead: '…'": a short speaker label and a colon.
  const label = /^(\s*(?:[-*•]\s+)?[A-Z][\w’'.()&-]*(?: [\w’'.()&-]+){0,4}):\s*$/.exec(head);
  if (label && !/\b(?:said|says|agreed|noted|ACTION|Action|Note|Retro|Minutes?)\b/.test(label[1])) {
    const at = label[1].length;
    return [{ title, start: at, end: at + 1, replacement: ' raised a concern:', reported: true }];
  }
  // "<speaker> described <thing> as '…'".
  const described = /\b(?<v>described|describes|called|calls|labelled|branded) (?<obj>(?!as\b)[^,;:"“‘']{2,80}?) as\s*$/i.exec(head);
  if (described && !/\b(?:was|were|is|are|been|being)\s+$/i.test(head.slice(0, described.index))) {
    const present = /s$/i.test(described.groups!.v) && !/ed$/i.test(described.groups!.v);
    const obj = described.groups!.obj;
    return [{ title, start: described.index!, end: q.start, replacement: `${present ? 'raises' : 'raised'} a concern about ${obj}, calling it ` , reported: true }];
  }
  // "<speaker> said (that) … '…'": the reporting verb becomes the concern raised.
  const said = /\b(?<v>said|says|stated|states|remarked|insisted|insists|complained|warned|added|claimed|claims|argued|noted|commented)(?<that> that)?\b/gi;
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(said)) last = m as RegExpExecArray;
  if (!last || (!PAST_SAY.test(last.groups!.v) && !/s$/i.test(last.groups!.v))) return [];
  // "were said to have …": a passive report names no speaker to raise anything.
  if (/\b(?:was|were|is|are|be|been|being)\s+$/i.test(head.slice(0, last.index!)) || /^\s+to\b/i.test(head.slice(last.index! + last[0].length))) return [];
  if (/[.;!?]/.test(head.slice(last.index! + last[0].length))) return [];
  const present = /s$/i.test(last.groups!.v) && !/ed$/i.test(last.groups!.v);
  const verb = present ? 'raises a concern' : 'raised a concern';
  // "said the agency had '…'" → "raised a concern that the agency had '…'"; "said '…'" → "raised a concern: '…'".
  const rest = head.slice(last.index! + last[0].length);
  const direct = /^[\s,:]*$/.test(rest);
  // "noted, in his words, that …": the aside stays and brings its own "that".
  const aside = !last.groups!.that && /^,/.test(rest);
  const replacement = direct ? `${verb}: ` : aside ? verb : `${verb} that`;
  return [{ title, start: last.index!, end: last.index! + last[0].length + (direct ? rest.length : 0), replacement, reported: true }];
}
