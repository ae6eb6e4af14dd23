// Wraps compromise: one net compiled from every rule's patterns, one parse per candidate sentence.
// compromise/two (tokeniser, tagger, match, sweep) is all the rules need; the full build adds ~100 ms to cold start.
// It is reached only through loadCompromise(), so a bundle can defer loading it until a sentence needs a parse.
import type nlp from 'compromise/two';
import type { RuleDefinition, PatternSpec } from '../rules/define.ts';
import { loadCompromise } from './compromise.ts';

export type Net = ReturnType<typeof nlp.buildNet>;

export interface NetMatch {
  ruleId: string;
  start: number;
  end: number;
  messageId?: string;
  groups: Record<string, string>;
}

interface NetEntry {
  match: string;
  ruleId: string;
  messageId?: string;
  group?: string;
}

/** Compiles the compromise patterns of all rules into one net (matches carry their rule id). */
export function buildNet(rules: readonly RuleDefinition[]): Net | null {
  const entries: NetEntry[] = [];
  for (const rule of rules) {
    for (const p of rule.patterns ?? []) {
      const spec: PatternSpec = typeof p === 'string' ? { match: p } : p;
      entries.push({ match: spec.match, ruleId: rule.id, messageId: spec.messageId, group: spec.group });
    }
  }
  return entries.length ? loadCompromise().buildNet(entries) : null;
}

/** Parses one sentence; extra words (the user's organisations and partners) are tagged as organisations. */
export function parse(sentence: string, lexicon?: Record<string, string>) {
  const parseWith = loadCompromise();
  return lexicon ? parseWith(sentence, lexicon as never) : parseWith(sentence);
}

/** Runs the net over a parsed sentence; offsets are relative to the sentence text. */
export function sweep(doc: ReturnType<typeof nlp>, net: Net, sentence: string): NetMatch[] {
  const out: NetMatch[] = [];
  const { found } = doc.sweep(net);
  for (const f of found as Array<NetEntry & { view: ReturnType<typeof nlp> }>) {
    // compromise's sweep already trims a match to its entry's group (and drops the groups): the view is the hit.
    const view = f.view as ReturnType<typeof nlp>;
    const span = spanOf(view, sentence);
    if (!span) continue;
    const groups: Record<string, string> = {};
    const g = f.view.groups() as Record<string, { text(): string }>;
    for (const [k, v] of Object.entries(g ?? {})) groups[k] = v.text();
    out.push({ ruleId: f.ruleId, messageId: f.messageId, start: span.start, end: span.end, groups });
  }
  return out;
}

/** Offsets of a compromise view within its sentence, clamped and trimmed of punctuation. */
export function spanOf(view: ReturnType<typeof nlp>, sentence: string): { start: number; end: number } | null {
  const json = view?.json?.({ offset: true, terms: { offset: true } }) as
    | Array<{ offset?: { start: number; length: number }; terms?: Array<{ offset: { start: number; length: number } }> }>
    | undefined;
  if (!json?.length) return null;
  const first = json[0];
  const last = json[json.length - 1];
  const t0 = first.terms?.[0]?.offset ?? first.offset;
  const lastTerms = last.terms ?? [];
  const tn = lastTerms[lastTerms.length - 1]?.offset ?? last.offset;
  if (!t0 || !tn) return null;
  let start = Math.max(0, Math.min(sentence.length, t0.start));
  let end = Math.max(start, Math.min(sentence.length, tn.start + tn.length));
  while (end > start && /[\s.,;:!?)"'”’\]]/.test(sentence[end - 1])) end--;
  while (start < end && /[\s("'“‘\[]/.test(sentence[start])) start++;
  return end > start ? { start, end } : null;
}

