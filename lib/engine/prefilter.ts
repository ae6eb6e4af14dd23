// A literal prefilter for regular expressions, derived from their source: a text holding none of the words a match must contain is never searched.
//
// Most sentences trip none of a rule's big hand-written patterns, yet V8 still tries every alternative at every
// position (worse behind a look-behind or with the u flag). Reading the pattern once gives a set of strings such
// that any match contains at least one of them; a few `includes` calls then rule most sentences out. The set is
// necessary, never sufficient: where it passes, the pattern itself still decides, so no finding can change.

/** What a piece of a pattern can match: every exact string (when few), and a set one of which any match contains. */
interface Info {
  /** All strings the piece can consume (lower-cased under the i flag), or null when there are too many or unknown. */
  exact: Set<string> | null;
  /** Every consumed string contains one of these; null when nothing is known. */
  req: Set<string> | null;
}

const EXACT_LIMIT = 64;
/** Stands for \b inside a literal (a zero-width test in the scan); no pattern with a real NUL is read. */
const BOUNDARY = '\0';
const REQ_LIMIT = 5000;
const ANY: Info = { exact: null, req: null };
const EMPTY = (): Info => ({ exact: new Set(['']), req: null });

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    readonly fold: boolean,
  ) {}

  peek(): string {
    return this.src[this.i];
  }

  done(): boolean {
    return this.i >= this.src.length;
  }
}

/** One literal character as the pattern sees it (folded to lower case under the i flag), or unknown when folding is unsafe. */
function literal(c: string, fold: boolean): Info {
  if (!fold || c.charCodeAt(0) < 128) return { exact: new Set([fold ? c.toLowerCase() : c]), req: null };
  // Beyond ASCII, case folding and lower-casing part ways (final sigma, long s, the Kelvin sign…): only a character
  // without case is safe to look for.
  if (c.toLowerCase() !== c || c.toUpperCase() !== c) return ANY;
  return { exact: new Set([c]), req: null };
}

function parseAlt(r: Reader): Info {
  const branches: Info[] = [parseSeq(r)];
  while (r.peek() === '|') {
    r.i++;
    branches.push(parseSeq(r));
  }
  if (branches.length === 1) return branches[0];
  let exact: Set<string> | null = new Set();
  for (const b of branches) {
    if (!b.exact || !exact) {
      exact = null;
      break;
    }
    for (const s of b.exact) exact.add(s);
    if (exact.size > EXACT_LIMIT) exact = null;
  }
  let req: Set<string> | null = new Set();
  for (const b of branches) {
    const best = bestOf(b);
    if (!best || !req) {
      req = null;
      break;
    }
    for (const s of best) req.add(s);
    if (req.size > REQ_LIMIT) req = null;
  }
  return { exact, req };
}

function parseSeq(r: Reader): Info {
  const candidates: Set<string>[] = [];
  let cur: Set<string> | null = new Set(['']);
  let whole = true;
  while (!r.done() && r.peek() !== '|' && r.peek() !== ')') {
    const item = quantified(r, parseAtom(r));
    const product: Set<string> | null = cur && item.exact && cur.size * item.exact.size <= EXACT_LIMIT ? cross(cur, item.exact) : null;
    if (product) {
      cur = product;
      if (item.req) candidates.push(item.req);
      continue;
    }
    whole = false;
    if (cur) candidates.push(cur);
    const best = bestOf(item);
    if (best) candidates.push(best);
    cur = item.exact && item.exact.size <= EXACT_LIMIT ? new Set(item.exact) : new Set(['']);
  }
  if (cur) candidates.push(cur);
  let req: Set<string> | null = null;
  for (const c of candidates) if (better(c, req)) req = c;
  return { exact: whole ? cur : null, req };
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The better of a piece's exact strings and its required set, as a set one of which every match contains. */
function bestOf(info: Info): Set<string> | null {
  const exact = info.exact && !info.exact.has('') ? info.exact : null;
  return better(exact, info.req) ? exact : info.req;
}

/**
 * Is `a` a more useful filter than `b`? Each string costs its chance of turning up in ordinary text, taken as
 * falling by about a factor of three a character: longer strings reject far more, and each extra string adds a little.
 */
function better(a: Set<string> | null, b: Set<string> | null): boolean {
  if (!a || a.size === 0 || a.has('')) return false;
  if (!b) return true;
  return passRate(a) < passRate(b);
}

function passRate(set: Set<string>): number {
  let p = 0;
  for (const s of set) p += 3 ** -Math.min(s.length, 20);
  return p;
}

function quantified(r: Reader, atom: Info): Info {
  const c = r.peek();
  let min: number;
  let max: number;
  if (c === '?') [min, max] = [0, 1];
  else if (c === '*') [min, max] = [0, Infinity];
  else if (c === '+') [min, max] = [1, Infinity];
  else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(r.src.slice(r.i));
    if (!m) return atom;
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    r.i += m[0].length - 1;
  } else return atom;
  r.i++;
  if (r.peek() === '?') r.i++; // lazy: same strings
  if (min === 0) {
    if (max === 1 && atom.exact && atom.exact.size < EXACT_LIMIT) return { exact: new Set([...atom.exact, '']), req: null };
    return max === 0 ? EMPTY() : ANY;
  }
  const best = bestOf(atom);
  if (min === 1 && max === 1) return atom;
  return { exact: null, req: best };
}

function parseAtom(r: Reader): Info {
  const c = r.src[r.i++];
  switch (c) {
    case '^':
    case '$':
      return EMPTY();
    case '.':
      return ANY;
    case '(':
      return parseGroup(r);
    case '[':
      return parseClass(r);
    case '\\':
      return parseEscape(r);
    default:
      return literal(c, r.fold);
  }
}

function parseGroup(r: Reader): Info {
  let look = false;
  if (r.src.startsWith('?:', r.i)) r.i += 2;
  else if (/^\?<?[=!]/.test(r.src.slice(r.i, r.i + 3))) {
    look = true;
    r.i += r.src[r.i + 1] === '<' ? 3 : 2;
  } else if (r.src.startsWith('?<', r.i)) r.i = r.src.indexOf('>', r.i) + 1;
  const inner = parseAlt(r);
  if (r.peek() !== ')') throw new Error('prefilter: unbalanced group');
  r.i++;
  // A look-around consumes nothing: the text around it is still adjacent in the match.
  return look ? EMPTY() : inner;
}

function parseClass(r: Reader): Info {
  const chars = new Set<string>();
  let known = r.peek() !== '^';
  let prev: string | null = null;
  while (!r.done() && r.peek() !== ']') {
    let c = r.src[r.i++];
    if (c === '\\') {
      const e = r.src[r.i++];
      if (/[dDwWsSpPbBcxu0-9kfnrtv]/.test(e)) {
        known = false;
        if ((e === 'p' || e === 'P') && r.peek() === '{') r.i = r.src.indexOf('}', r.i) + 1;
        prev = null;
        continue;
      }
      c = e;
    } else if (c === '-' && prev !== null && r.peek() !== ']') {
      known = false; // a range: more characters than are worth listing
      r.i++;
      prev = null;
      continue;
    }
    prev = c;
    const f = literal(c, r.fold);
    if (!f.exact) known = false;
    else for (const s of f.exact) chars.add(s);
  }
  r.i++;
  return known && chars.size && chars.size <= 8 ? { exact: chars, req: null } : ANY;
}

function parseEscape(r: Reader): Info {
  const e = r.src[r.i++];
  // A word boundary is kept as a marker: "\bsit" then needs "sit" at the start of a word, not inside "visit".
  if (e === 'b') return { exact: new Set([BOUNDARY]), req: null };
  if (e === 'B') return EMPTY();
  if ((e === 'p' || e === 'P') && r.peek() === '{') {
    r.i = r.src.indexOf('}', r.i) + 1;
    return ANY;
  }
  if (e === 'k' && r.peek() === '<') {
    r.i = r.src.indexOf('>', r.i) + 1;
    return ANY;
  }
  if (e === 'x' || e === 'u' || e === 'c') {
    // Hex and control escapes: skip their digits, claim nothing.
    const m = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2}|[A-Za-z])/.exec(r.src.slice(r.i));
    if (m) r.i += m[0].length;
    return ANY;
  }
  if (/[dDwWsS0-9fnrtv]/.test(e)) {
    while (/[0-9]/.test(e) && /[0-9]/.test(r.peek() ?? '')) r.i++;
    return ANY;
  }
  return literal(e, r.fold);
}

/** Strings one of which every match of `re` contains (lower-cased when `re` ignores case), or null when none are known. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('v') || re.source.includes(BOUNDARY)) return null;
  let info: Info;
  try {
    const r = new Reader(re.source, re.flags.includes('i'));
    info = parseAlt(r);
    if (!r.done()) return null;
  } catch {
    return null;
  }
  const best = bestOf(info);
  if (!best) return null;
  // A string that holds another member adds nothing: any text holding it holds the shorter one.
  const sorted = [...best].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * Every registered pattern's literals in one trie of character codes. One pass over a text finds which patterns
 * could match it, so the cost per text does not grow with the number of patterns.
 * All texts are scanned lower-cased: an i-flag pattern compares that way, and a literal of a case-sensitive
 * pattern that lower-casing leaves unchanged is still found there whenever the original text holds it.
 */
interface Filter {
  id: number;
  /** No literals known: always search. */
  open: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /**
   * Most nodes have one child: its character code and node, read without a Map look-up (the scan's hot path).
   * -1: no child yet; -2: several (look in `next`).
   */
  onlyCode: number;
  onlyChild: TrieNode | null;
  /** Patterns one of whose literals ends here. */
  ids: number[] | null;
  /** Where a word boundary (\b) at this point leads. */
  boundary: TrieNode | null;
}

const newNode = (): TrieNode => ({ next: new Map(), onlyCode: -1, onlyChild: null, ids: null, boundary: null });

function addChild(node: TrieNode, c: number, child: TrieNode): void {
  node.next.set(c, child);
  if (node.onlyCode === -1) {
    node.onlyCode = c;
    node.onlyChild = child;
  } else {
    node.onlyCode = -2;
    node.onlyChild = null;
  }
}

const FILTERS = new WeakMap<RegExp, Filter>();
let nextId = 0;
/** Registrations so far: a text scanned before a new pattern arrived is scanned again. */
let version = 0;
const TRIE: TrieNode = newNode();

function filterOf(re: RegExp): Filter {
  let f = FILTERS.get(re);
  if (f) return f;
  let literals = requiredLiterals(re);
  // A case-sensitive literal that lower-casing would change cannot be looked for in lower-cased text.
  if (literals && !re.flags.includes('i') && literals.some((l) => l !== l.toLowerCase() || l.includes('ſ'))) literals = null;
  f = { id: nextId++, open: !literals };
  for (const lit of literals ?? []) {
    let node = TRIE;
    for (let i = 0; i < lit.length; i++) {
      if (lit[i] === BOUNDARY) {
        node = node.boundary ??= newNode();
        continue;
      }
      const c = lit.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) addChild(node, c, (child = newNode()));
      node = child;
    }
    (node.ids ??= []).push(f.id);
  }
  if (literals) version++;
  FILTERS.set(re, f);
  return f;
}

/** Which patterns the last few texts could wake (by id), keyed by the lower-cased text. */
interface Scan {
  text: string;
  version: number;
  alive: Uint8Array;
}
const SCANS: Scan[] = [];

function scan(text: string): Uint8Array {
  const t = folded(text);
  for (const s of SCANS) if (s.version === version && s.text === t) return s.alive;
  const alive = new Uint8Array(nextId);
  // \b is read on the lower-cased text with ASCII word characters. Characters that lower-casing turns into ASCII
  // letters (or that \b counts as word characters under the u and i flags) would move a boundary: skip the test then.
  const strict = !/[\u017F\u212A\u0130]/.test(text);
  for (let i = 0; i < t.length; i++) walk(t, i, TRIE, alive, strict);
  // A block and its sentences alternate (and the same sentence comes lower-cased and as written): keep a few.
  SCANS.unshift({ text: t, version, alive });
  if (SCANS.length > 4) SCANS.pop();
  return alive;
}

/** Follows the trie from `node` along `t` from position `j`, marking every pattern whose literal ends on the way. */
function walk(t: string, j: number, node: TrieNode, alive: Uint8Array, strict: boolean): void {
  for (;;) {
    if (node.ids) for (const id of node.ids) alive[id] = 1;
    if (node.boundary && (!strict || isWord(t, j - 1) !== isWord(t, j))) walk(t, j, node.boundary, alive, strict);
    if (j >= t.length) return;
    const c = t.charCodeAt(j);
    const next = node.onlyCode === c ? node.onlyChild : node.onlyCode === -2 ? node.next.get(c) : undefined;
    if (!next) return;
    node = next;
    j++;
  }
}

/** An ASCII word character (\w) at position i; false outside the text. */
function isWord(t: string, i: number): boolean {
  const c = t.charCodeAt(i); // NaN outside the text: every test below is false
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

let lastText = '';
let lastFolded = '';
/** The text lower-cased, with the long s read as s (as Unicode case folding reads it). */
function folded(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = text.toLowerCase();
    if (lastFolded.includes('ſ')) lastFolded = lastFolded.replace(/ſ/g, 's');
  }
  return lastFolded;
}

let enabled = true;
/**
 * The prefilter pays for itself only over many texts: reading each pattern's source into literals costs about
 * 200 ms in all, more than a one-sentence check spends searching. So it starts once this many characters have
 * been checked (a long document or a corpus reaches it early; a single sentence never pays).
 */
const WARM_AFTER = 20_000;
let warmAfter = WARM_AFTER;
let seen = 0;
let lastSeen = '';

/**
 * Switches the prefilter off (every text is searched) or on; `after` is how many characters are checked before it
 * starts (0: at once). Tests use it to show the findings do not change.
 */
export function setPrefilter(on: boolean, after = WARM_AFTER): void {
  enabled = on;
  warmAfter = after;
}

/** False only when `re` cannot match anywhere in `text`; true means "search it". */
export function mayMatch(re: RegExp, text: string): boolean {
  if (!enabled) return true;
  if (seen < warmAfter) {
    if (text !== lastSeen) {
      lastSeen = text;
      seen += text.length;
    }
    if (seen < warmAfter) return true;
  }
  const f = filterOf(re);
  return f.open || scan(text)[f.id] === 1;
}

/** `re.test(text)`, skipping the search when the prefilter rules it out. */
export function quickTest(re: RegExp, text: string): boolean {
  if (!mayMatch(re, text)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(text);
}

