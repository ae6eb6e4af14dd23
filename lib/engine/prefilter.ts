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
const REQ_LIMIT = 400;
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

/** One literal character as the pattern sees it (folded to lower case under the i flag), or null when folding is unsafe. */
function literal(c: string, fold: boolean): Info {
  if (!fold) return { exact: new Set([c]), req: null };
  const lower = c.toLowerCase();
  // Characters whose case forms differ in length or fold oddly are left unknown rather than guessed.
  if (lower.length !== 1 || c.toUpperCase().length !== 1) return ANY;
  return { exact: new Set([lower]), req: null };
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
    const product = cur && item.exact && cur.size * item.exact.size <= EXACT_LIMIT ? cross(cur, item.exact) : null;
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

/** Is `a` a more useful filter than `b`? Longer shortest strings reject more; fewer strings cost less. */
function better(a: Set<string> | null, b: Set<string> | null): boolean {
  if (!a || a.size === 0 || a.has('')) return false;
  if (!b) return true;
  const la = Math.min(6, ...[...a].map((s) => s.length));
  const lb = Math.min(6, ...[...b].map((s) => s.length));
  return la !== lb ? la > lb : a.size < b.size;
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
  if (e === 'b' || e === 'B') return EMPTY();
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
  if (re.flags.includes('v')) return null;
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
 * Every registered pattern's literals, indexed by their first three characters. One pass over a text finds
 * which patterns could match it, so the cost per text does not grow with the number of patterns.
 */
interface Filter {
  id: number;
  fold: boolean;
  /** Literals of one or two characters: checked with includes (few and cheap). */
  short: string[];
  /** Whether any literal is long enough to be indexed. */
  indexed: boolean;
  /** No literals known: always search. */
  open: boolean;
}

const FILTERS = new WeakMap<RegExp, Filter>();
let nextId = 0;
/** Registrations so far: a text scanned before a new pattern arrived is scanned again. */
let version = 0;
/** First three characters → the literals that start with them and whose pattern they open (by case mode). */
const INDEX = [new Map<string, { lit: string; id: number }[]>(), new Map<string, { lit: string; id: number }[]>()];

function filterOf(re: RegExp): Filter {
  let f = FILTERS.get(re);
  if (f) return f;
  const literals = requiredLiterals(re);
  const fold = re.flags.includes('i');
  f = { id: nextId++, fold, short: [], indexed: false, open: !literals };
  for (const lit of literals ?? []) {
    if (lit.length < 3) {
      f.short.push(lit);
      continue;
    }
    const map = INDEX[fold ? 1 : 0];
    const key = lit.slice(0, 3);
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push({ lit, id: f.id });
    f.indexed = true;
  }
  if (f.indexed) version++;
  FILTERS.set(re, f);
  return f;
}

/** Which patterns a text could wake (by id), for the last few texts in each case mode. */
interface Scan {
  text: string;
  version: number;
  alive: Set<number>;
}
const SCANS: Scan[][] = [[], []];

function scan(text: string, fold: boolean): Set<number> {
  const recent = SCANS[fold ? 1 : 0];
  for (const s of recent) if (s.text === text && s.version === version) return s.alive;
  const t = fold ? folded(text) : text;
  const map = INDEX[fold ? 1 : 0];
  const alive = new Set<number>();
  for (let i = 0; i + 3 <= t.length; i++) {
    const list = map.get(t.slice(i, i + 3));
    if (!list) continue;
    for (const { lit, id } of list) if (!alive.has(id) && t.startsWith(lit, i)) alive.add(id);
  }
  // The engine alternates a block and its sentences: keep a few scans.
  recent.unshift({ text, version, alive });
  if (recent.length > 4) recent.pop();
  return alive;
}

let lastText = '';
let lastFolded = '';
/** The text as an i-flag pattern compares it: lower case, with the long s read as s (Unicode case folding). */
function folded(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = text.toLowerCase();
    if (lastFolded.includes('ſ')) lastFolded = lastFolded.replace(/ſ/g, 's');
  }
  return lastFolded;
}

/** False only when `re` cannot match anywhere in `text`; true means "search it". */
export function mayMatch(re: RegExp, text: string): boolean {
  const f = filterOf(re);
  if (f.open) return true;
  if (f.short.length) {
    const t = f.fold ? folded(text) : text;
    for (const s of f.short) if (t.includes(s)) return true;
  }
  return f.indexed && scan(text, f.fold).has(f.id);
}

/** `re.test(text)`, skipping the search when the prefilter rules it out. */
export function quickTest(re: RegExp, text: string): boolean {
  if (!mayMatch(re, text)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(text);
}
