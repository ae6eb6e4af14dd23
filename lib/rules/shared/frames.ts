// Phrase frames over word classes: one small token matcher, compiled once into a word index per frame set.
//
// A frame reads in one line. Elements, separated by spaces:
//   word          a literal word (lower case; ’ and ' are the same)
//   (a|b c|d)     alternatives, each a literal word sequence
//   {lexicon}     any entry of a named lexicon (lib/rules/lexicon/<name>.txt; entries may be several words); {a|b}: either
//   {name:lex}    the same, captured as `name` on the hit's data (also works on (…) and #Tag: name:(a|b))
//   {number}      a number (digits, 1,200, 2.5, or a number word); {percent}: a number with % or per cent
//   #Tag          a compromise tag (#Adverb, #Noun …); the sentence is parsed only when the words around match
//   _{m,n}        a gap of m to n words (never crosses punctuation)
//   !x            the next word is not x (x: word, (…) or {lexicon}); zero width
//   ^  $          the start or end of the sentence (end ignores closing punctuation)
//   [  ]          the span to report (default: the whole match)
//   x?            any element may be made optional with a trailing ?
// A frame never matches where a negator (not, never, n't, no …) stands just before it, unless `negatable: false`.
import type { RuleContext, RuleHit } from '../define.ts';
import { LEXICONS } from '../lexicon/lexicons.ts';
import { quickTest } from '../../engine/prefilter.ts';

export interface FrameSpec {
  /** The frame, in the one-line syntax above. */
  frame: string;
  /** Sentences the frame must report (run as tests). */
  invalid: string[];
  /** Close sentences it must not report (run as tests). */
  valid: string[];
  messageId?: string;
  /** Default true: a negator just before the match cancels it ("did not underperform"). */
  negatable?: boolean;
  /** The sentence (lower case) must not match this: a sense that judges no one. */
  unless?: RegExp;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

type Elem =
  | { kind: 'seq'; alts: string[][]; cap?: string; opt: boolean }
  | { kind: 'lex'; name: string; cap?: string; opt: boolean }
  | { kind: 'num'; percent: boolean; cap?: string; opt: boolean }
  | { kind: 'tag'; tag: string; cap?: string; opt: boolean }
  | { kind: 'gap'; min: number; max: number }
  | { kind: 'not'; elem: Elem }
  | { kind: 'edge'; end: boolean }
  | { kind: 'span'; open: boolean };

interface Compiled {
  spec: FrameSpec;
  elems: Elem[];
  anchor: number;
  /** Most tokens the elements before the anchor can take. */
  prefix: number;
  usesTags: boolean;
  /** Words a match must start with (the first element's keys), or null when it may start anywhere. */
  first: Set<string> | null;
}

const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy
  eighty ninety hundred thousand dozen half`.split(/\s+/),
);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'hardly', 'cannot', 'without', 'nor']);
/** Words too common to index a frame by: an anchor made of them would wake the frame on every sentence. */
const COMMON = new Set(
  `the a an in of to for by on at per each every this that these those is are was were will be been has have had and
  or not with from it its they he she we our their as but if so do does did can could would should may`.split(/\s+/),
);
const CLAUSE_PUNCT = /^[.;:!?—–()"“”[\]]$/;

/** Lexicon entries as token sequences, keyed by first word; and which lexicons any frame used (hygiene test). */
const lexIndex = new Map<string, Map<string, string[][]>>();
export const usedLexicons = new Set<string>();

function lexicon(name: string): Map<string, string[][]> {
  let idx = lexIndex.get(name);
  if (idx) return idx;
  // {a|b}: the union of two lexicons (one word class drawn from two lists).
  const entries = name.split('|').flatMap((n) => {
    if (!LEXICONS[n]) throw new Error(`frames: no lexicon named "${n}"`);
    return LEXICONS[n];
  });
  idx = new Map();
  for (const e of entries) {
    const words = tokenize(e).map((t) => t.lower);
    const list = idx.get(words[0]) ?? [];
    list.push(words);
    idx.set(words[0], list);
  }
  for (const list of idx.values()) list.sort((a, b) => b.length - a.length);
  lexIndex.set(name, idx);
  return idx;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|n[’']t|[’']s|\S/gu;

/** Words and punctuation, lower-cased with one apostrophe; "didn't" gives "did" + "n't". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let s = m[0];
    let start = m.index!;
    // Split "didn't" → "did", "n't" and "council's" → "council", "'s".
    const clitic = s.includes("'") || s.includes('’') ? CLITIC.exec(s) : null;
    if (clitic && /\p{L}/u.test(clitic[1])) {
      out.push(tok(clitic[1], start));
      start += clitic[1].length;
      s = clitic[2];
    }
    out.push(tok(s, start));
  }
  return out;
}

const CLITIC = /^(.+?)(n[’']t|[’']s)$/iu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function tok(text: string, start: number): Token {
  const lower = text.toLowerCase();
  // Most tokens start with an ASCII letter or digit: no need to ask the Unicode classes.
  const c = text.charCodeAt(0) | 32;
  const word = (c >= 97 && c <= 122) || (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57) || WORD_CHAR.test(text);
  return { text, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + text.length, word };
}

function parseFrame(src: string): Elem[] {
  const out: Elem[] = [];
  const parts = src.replace(/\[/g, ' [ ').replace(/\]/g, ' ] ').match(/!?(?:\w+:)?\([^)]*\)\??|!?\{[^}]*\}\??|_\{\d+,\d+\}|\S+/g) ?? [];
  for (const raw of parts) out.push(parseElem(raw, src));
  return out;
}

function parseElem(raw: string, src: string): Elem {
  if (raw.startsWith('!')) return { kind: 'not', elem: parseElem(raw.slice(1), src) };
  if (raw === '^' || raw === '$') return { kind: 'edge', end: raw === '$' };
  if (raw === '[' || raw === ']') return { kind: 'span', open: raw === '[' };
  const gap = /^_\{(\d+),(\d+)\}$/.exec(raw);
  if (gap) return { kind: 'gap', min: +gap[1], max: +gap[2] };
  const opt = raw.endsWith('?') && raw.length > 1;
  let body = opt ? raw.slice(0, -1) : raw;
  let cap: string | undefined;
  const named = /^(\w+):([({#].*)$/.exec(body);
  if (named) [cap, body] = [named[1], named[2]];
  if (body.startsWith('{')) {
    const inner = body.slice(1, -1);
    const [c, name] = inner.includes(':') ? inner.split(':') : [undefined, inner];
    cap ??= c;
    if (name === 'number' || name === 'percent') return { kind: 'num', percent: name === 'percent', cap, opt };
    lexicon(name);
    for (const n of name.split('|')) usedLexicons.add(n);
    return { kind: 'lex', name, cap, opt };
  }
  if (body.startsWith('#')) return { kind: 'tag', tag: body.slice(1), cap, opt };
  if (body.startsWith('(')) {
    const alts = body.slice(1, -1).split('|').map((a) => tokenize(a).map((t) => t.lower));
    alts.sort((x, y) => y.length - x.length);
    return { kind: 'seq', alts, cap, opt };
  }
  if (/[{}()[\]]/.test(body)) throw new Error(`frames: cannot read "${raw}" in "${src}"`);
  return { kind: 'seq', alts: [tokenize(body).map((t) => t.lower)], cap, opt };
}

/** First words an element can start with, or null when it has none of its own (tags, gaps, optional parts). */
function keys(e: Elem): string[] | null {
  if (e.kind === 'seq' && !e.opt) return e.alts.map((a) => a[0]);
  if (e.kind === 'lex' && !e.opt) return [...lexicon(e.name).keys()];
  return null;
}

function width(e: Elem): number {
  switch (e.kind) {
    case 'seq':
      return Math.max(...e.alts.map((a) => a.length));
    case 'lex':
      return Math.max(...[...lexicon(e.name).values()].flat().map((w) => w.length));
    case 'num':
      return 3;
    case 'tag':
      return 1;
    case 'gap':
      return e.max;
    default:
      return 0;
  }
}

/** A compiled set of frames: a word index, so a sentence costs one lookup per word whatever the number of frames. */
export class FrameSet {
  private readonly frames: Compiled[];
  private readonly index = new Map<string, { frame: Compiled }[]>();
  private readonly numberFrames: Compiled[] = [];

  constructor(specs: readonly FrameSpec[]) {
    this.frames = specs.map((spec) => {
      const elems = parseFrame(spec.frame);
      // The anchor is the required element with the fewest first words (the rarest way into the frame).
      let anchor = -1;
      let best = Infinity;
      elems.forEach((e, i) => {
        const k = keys(e);
        const cost = k ? k.filter((w) => COMMON.has(w)).length * 1000 + k.length : Infinity;
        if (cost < best) [anchor, best] = [i, cost];
      });
      const numAt = elems.findIndex((e) => e.kind === 'num' && !e.opt);
      if (anchor < 0 && numAt < 0) throw new Error(`frames: "${spec.frame}" has no required word to index`);
      if (anchor < 0) anchor = numAt;
      const prefix = elems.slice(0, anchor).reduce((n, e) => n + width(e), 0);
      const lead = elems.find((e) => e.kind !== 'span');
      const firstKeys = lead && anchor > 0 ? keys(lead) : null;
      const first = firstKeys ? new Set(firstKeys) : null;
      const c: Compiled = { spec, elems, anchor, prefix, usesTags: elems.some((e) => e.kind === 'tag'), first };
      const k = keys(elems[anchor]);
      if (k) for (const w of new Set(k)) this.index.set(w, [...(this.index.get(w) ?? []), { frame: c }]);
      else this.numberFrames.push(c);
      return c;
    });
  }

  get specs(): readonly FrameSpec[] {
    return this.frames.map((f) => f.spec);
  }

  /** Cheap test on lower-cased text: could any frame match here? (The rule's trigger.) */
  mayMatch(lower: string): boolean {
    const { words, hasNumber } = wordsOf(lower);
    if (this.numberFrames.length && hasNumber) return true;
    for (const w of words) if (this.index.has(w)) return true;
    return false;
  }

  /** Every frame hit in a sentence, with captures on `data` and the frame's messageId. */
  run(ctx: Pick<RuleContext, 'sentence' | 'lower' | 'doc'>): RuleHit[] {
    const toks = tokensOf(ctx.sentence);
    const out: RuleHit[] = [];
    const seen = new Set<string>();
    let tags: Set<string>[] | undefined;
    const tagsAt = (i: number) => (tags ??= tagTokens(ctx, toks))[i];
    const tryFrame = (f: Compiled, at: number) => {
      if (f.spec.unless?.test(ctx.lower)) return;
      for (let s = Math.max(0, at - f.prefix); s <= at; s++) {
        if (f.first && !f.first.has(toks[s].lower)) continue;
        const m = matchFrom(f, toks, s, at, f.usesTags ? tagsAt : undefined);
        if (!m) continue;
        if (f.spec.negatable !== false && negated(toks, s)) continue;
        const key = `${f.spec.frame}@${m.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ start: m.start, end: m.end, messageId: f.spec.messageId, data: m.data });
        break;
      }
    };
    toks.forEach((t, i) => {
      for (const { frame } of this.index.get(t.lower) ?? []) tryFrame(frame, i);
      if (this.numberFrames.length && isNumber(toks, i)) for (const f of this.numberFrames) tryFrame(f, i);
    });
    return out;
  }
}

let lastLower = '';
let lastWords: { words: string[]; hasNumber: boolean } = { words: [], hasNumber: false };
/** The words of a lower-cased text (with clitics split off), shared by every frame set's trigger test. */
function wordsOf(lower: string): { words: string[]; hasNumber: boolean } {
  if (lower !== lastLower) {
    const words = tokenize(lower).map((t) => t.lower);
    lastLower = lower;
    lastWords = { words, hasNumber: words.some((w) => /^\d/.test(w) || NUMBER_WORDS.has(w)) };
  }
  return lastWords;
}

let lastSentence = '';
let lastTokens: Token[] = [];
/** Rules share one tokenisation of the sentence being analysed. */
function tokensOf(sentence: string): Token[] {
  if (sentence !== lastSentence) [lastSentence, lastTokens] = [sentence, tokenize(sentence)];
  return lastTokens;
}

function tagTokens(ctx: Pick<RuleContext, 'doc'>, toks: Token[]): Set<string>[] {
  const out = toks.map(() => new Set<string>());
  const json = ctx.doc().json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>;
  const byStart = new Map(toks.map((t, i) => [t.start, i]));
  for (const s of json) for (const term of s.terms) {
    const i = byStart.get(term.offset.start);
    if (i !== undefined) for (const tag of term.tags) out[i].add(tag);
  }
  return out;
}

function negated(toks: Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (!toks[i].word && toks[i].lower !== "n't") return false;
    if (NEGATORS.has(toks[i].lower)) return true;
  }
  return false;
}

function isNumber(toks: Token[], i: number): boolean {
  return /^\d/.test(toks[i].lower) || NUMBER_WORDS.has(toks[i].lower);
}

interface Match {
  start: number;
  end: number;
  data: Record<string, string>;
}

/** Backtracking match of a frame from token `s`; its anchor element must land on token `at`. */
function matchFrom(f: Compiled, toks: Token[], s: number, at: number, tagsAt?: (i: number) => Set<string>): Match | null {
  const caps: Record<string, [number, number]> = {};
  let span: [number, number] = [-1, -1];
  const text = (a: number, b: number) => (b > a ? [toks[a].start, toks[b - 1].end] : null);
  const step = (ei: number, pos: number): number | null => {
    if (ei === f.elems.length) return pos;
    if (ei === f.anchor && pos !== at) return null;
    const e = f.elems[ei];
    const next = (ends: number[], cap?: string): number | null => {
      for (const p of ends) {
        const r = step(ei + 1, p);
        if (r !== null) {
          if (cap && p > pos) caps[cap] = [pos, p];
          return r;
        }
      }
      return null;
    };
    switch (e.kind) {
      case 'span': {
        const r = step(ei + 1, pos);
        if (r !== null) span[e.open ? 0 : 1] = pos;
        return r;
      }
      case 'edge': {
        const [a, b] = e.end ? [pos, toks.length] : [0, pos];
        for (let i = a; i < b; i++) if (toks[i].word) return null;
        return step(ei + 1, pos);
      }
      case 'gap': {
        const ends: number[] = [];
        for (let p = pos; p - pos <= e.max && p <= toks.length; p++) {
          if (p > pos && !toks[p - 1].word) break;
          if (p - pos >= e.min) ends.push(p);
        }
        return next(ends);
      }
      case 'not':
        return ends(e.elem, toks, pos, tagsAt).length ? null : step(ei + 1, pos);
      default: {
        const found = ends(e, toks, pos, tagsAt);
        if (e.opt) found.push(pos);
        return next(found, e.cap);
      }
    }
  };
  const end = step(0, s);
  if (end === null || end <= s) return null;
  const a = span[0] >= 0 ? span[0] : s;
  const b = span[1] >= 0 ? span[1] : end;
  const range = text(a, b);
  if (!range) return null;
  const data: Record<string, string> = {};
  for (const [k, [x, y]] of Object.entries(caps)) {
    const r = text(x, y);
    if (r) data[k] = lastSentenceSlice(toks, r);
  }
  return { start: range[0], end: range[1], data };
}

function lastSentenceSlice(toks: Token[], [a, b]: number[]): string {
  // Rebuild the captured text from its tokens (offsets are relative to the sentence the tokens came from).
  let s = '';
  let at = a;
  for (const t of toks) {
    if (t.start < a || t.end > b) continue;
    s += (t.start > at && s ? ' ' : '') + t.text;
    at = t.end;
  }
  return s;
}

/** Token positions where an element can end, longest first. */
function ends(e: Elem, toks: Token[], pos: number, tagsAt?: (i: number) => Set<string>): number[] {
  const out: number[] = [];
  if (pos > toks.length) return out;
  switch (e.kind) {
    case 'seq':
      for (const alt of e.alts) if (seqAt(alt, toks, pos)) out.push(pos + alt.length);
      break;
    case 'lex':
      for (const words of lexicon(e.name).get(toks[pos]?.lower) ?? []) if (seqAt(words, toks, pos)) out.push(pos + words.length);
      break;
    case 'num': {
      let p = pos;
      while (p < toks.length && isNumber(toks, p) && p - pos < 3) p++;
      if (p === pos) break;
      if (!e.percent) out.push(p);
      else if (toks[p]?.lower === '%') out.push(p + 1);
      else if (toks[p]?.lower === 'percent') out.push(p + 1);
      else if (toks[p]?.lower === 'per' && toks[p + 1]?.lower === 'cent') out.push(p + 2);
      else if (/%$/.test(toks[p - 1].lower)) out.push(p);
      break;
    }
    case 'tag':
      if (pos < toks.length && tagsAt?.(pos).has(e.tag)) out.push(pos + 1);
      break;
    default:
      break;
  }
  return out;
}

function seqAt(words: string[], toks: Token[], pos: number): boolean {
  for (let i = 0; i < words.length; i++) if (toks[pos + i]?.lower !== words[i]) return false;
  return true;
}

/** A trigger for a rule: its own first-pass RegExp, or any of its frame sets' index words (derived, never kept by hand). */
export function frameTrigger(base: RegExp | null, ...sets: FrameSet[]): FrameTrigger {
  return new FrameTrigger(base, sets);
}

export class FrameTrigger extends RegExp {
  private last = '';
  private lastBase = false;

  constructor(
    private readonly base: RegExp | null,
    private readonly sets: FrameSet[],
  ) {
    super(base?.source ?? '(?!)', (base?.flags ?? 'u').replace('g', ''));
  }

  override test(s: string): boolean {
    return this.baseTest(s) || this.sets.some((f) => f.mayMatch(s));
  }

  /** The rule's own first pass alone; remembered for the text just tested, so a check does not test it twice. */
  baseTest(s: string): boolean {
    if (s !== this.last) [this.last, this.lastBase] = [s, this.base ? quickTest(this.base, s) : false];
    return this.lastBase;
  }
}

export { CLAUSE_PUNCT };

/** The first hit of a frame set, or null: for rules that report one finding a sentence. */
export function firstFrameHit(set: FrameSet, ctx: Pick<RuleContext, 'sentence' | 'lower' | 'doc'>): RuleHit | null {
  return set.run(ctx)[0] ?? null;
}
