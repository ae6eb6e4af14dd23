// Turns a sentence into the word and word-pair features the tone model scores, each with the characters it covers.

export interface Token {
  /** Normalised form: lower case, straight apostrophes, numbers folded to <num> / <pct> / <money>. */
  norm: string;
  start: number;
  end: number;
}

export interface Feature {
  name: string;
  /** Token range [from, to) the feature covers, for finding the words that carry a score. */
  from: number;
  to: number;
}

const WORD = /£\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion)\b)?|\d[\d,.:/]*\s?%?|[\p{L}][\p{L}\p{M}'’-]*|[%&?!]/gu;

/** Words split the way the model was trained; offsets index the original sentence. */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0];
    let norm: string;
    if (raw.startsWith('£')) norm = '<money>';
    else if (/^\d/.test(raw)) norm = /%$/.test(raw) ? '<pct>' : '<num>';
    else norm = raw.toLowerCase().replace(/’/g, "'").replace(/['-]+$/, '');
    if (!norm) continue;
    out.push({ norm, start: m.index!, end: m.index! + raw.length });
  }
  return out;
}

/** Unigrams, bigrams (with the sentence start) and short skip pairs: the model's whole view of a sentence. */
export function featuresOf(tokens: readonly Token[]): Feature[] {
  const out: Feature[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push({ name: `u:${tokens[i].norm}`, from: i, to: i + 1 });
    // The stem of a longer word, so "botched" teaches "botching" and "careless" teaches "carelessness".
    if (tokens[i].norm.length >= 6) out.push({ name: `p:${tokens[i].norm.slice(0, 5)}`, from: i, to: i + 1 });
    if (i + 1 < tokens.length) out.push({ name: `b:${tokens[i].norm} ${tokens[i + 1].norm}`, from: i, to: i + 2 });
    // Word pairs with one to three words between ("our … budget", "not … ours"): framing that spans a phrase.
    for (let j = i + 2; j < Math.min(tokens.length, i + 5); j++) out.push({ name: `s:${tokens[i].norm} ${tokens[j].norm}`, from: i, to: j + 1 });
  }
  if (tokens.length) {
    out.push({ name: `b:^ ${tokens[0].norm}`, from: 0, to: 1 });
  }
  return out;
}

/** Each distinct feature counts once, scaled by 1/sqrt(count), so a long sentence does not score high for length alone. */
export const featureScale = (distinct: number): number => 1 / Math.sqrt(Math.max(1, distinct));
