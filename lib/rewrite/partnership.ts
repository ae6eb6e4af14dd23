// Partnership language noticed, not flagged: targets with an outcome for people, shared ownership, curious questions
// after a failure, community framing. Counted per text (a positive figure beside the three problem rates).

/** Each kind: phrases, as word-bounded patterns over the lower-cased text. */
const KINDS: { kind: 'outcome' | 'shared' | 'curious' | 'community'; re: RegExp }[] = [
  { kind: 'outcome', re: /\bso that (?:people|patients|residents|families|children|carers|tenants|fewer|more|everyone|staff)\b|\b(?:outcomes? for (?:people|patients|residents|families)|better off|feel (?:better|safer|supported|listened to)|stay (?:well|independent|safe)|narrow(?:s|ing)? the gap|reduce(?:s|d)? (?:health )?inequalit\w+)\b/g },
  { kind: 'shared', re: /\b(?:a shared (?:concern|problem|responsibility|cost|budget|fund|risk|goal|aim|priority|plan)|pooled (?:fund|budget)|jointly|together with (?:partners|the \w+)|agree(?:d)? together|work(?:ed|ing)? together|between us|shared ownership|joint (?:plan|approach|work|funding|post|team))\b/g },
  { kind: 'curious', re: /\b(?:what got in the way|what gets in the way|what would (?:have )?help(?:ed)?|what (?:we|the (?:team|board|partners)) (?:can|could) learn|what made it (?:hard|harder|difficult)|what led to|asked (?:what|why|how) (?:had )?(?:happened|helped|hindered))\b/g },
  { kind: 'community', re: /\b(?:the (?:people|residents|communities|community) we (?:all |both )?serve|(?:people|residents|families) (?:told us|said they)|community (?:first|needs|voice|members|groups)|lived experience|co-?produc\w+|what matters to (?:people|residents|patients|them))\b/g },
];

export type PartnershipKind = 'outcome' | 'shared' | 'curious' | 'community';

export interface PartnershipCount {
  total: number;
  byKind: Record<PartnershipKind, number>;
}

/** Case-insensitive copies, run over the text itself so offsets stay the text's own (lower-casing can change lengths). */
const KINDS_I = KINDS.map(({ kind, re }) => ({ kind, re: new RegExp(re.source, 'gi') }));

/** Words of people for each kind, for the optional mark's title ("partnership language: shared ownership"). */
export const PARTNERSHIP_KIND_LABELS: Record<PartnershipKind, string> = {
  outcome: 'an outcome for people',
  shared: 'shared ownership',
  curious: 'a curious question',
  community: 'community framing',
};

/**
 * Every phrase never spans a line break (the patterns hold literal spaces only), so a text's count is the sum of
 * its lines' counts: what lets the content script recount only the lines an edit touched.
 */
export function countPartnership(text: string): PartnershipCount {
  const byKind = { outcome: 0, shared: 0, curious: 0, community: 0 };
  for (const { kind, re } of KINDS_I) byKind[kind] += (text.match(re) ?? []).length;
  return { total: byKind.outcome + byKind.shared + byKind.curious + byKind.community, byKind };
}

export interface PartnershipSpan {
  start: number;
  end: number;
  kind: PartnershipKind;
}

/** Where the partnership phrases are (for the optional subtle mark), in text order. */
export function findPartnership(text: string): PartnershipSpan[] {
  const spans: PartnershipSpan[] = [];
  for (const { kind, re } of KINDS_I) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Per 1,000 words, as the problem rates are given. */
export function partnershipPer1000(text: string, words: number): number {
  return words ? (1000 * countPartnership(text).total) / words : 0;
}
