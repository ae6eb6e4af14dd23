// The engine: cheap trigger pass per block, one compromise parse per candidate sentence, one net for all rules.
import type { RuleContext, RuleDefinition, RuleHit } from '../rules/define.ts';
import type { Category, Diagnostic, PracticeId, Severity, Suggestion } from './types.ts';
import { dropUnknownRules, parseSettings, type RuleSetting, type Settings } from './settings.ts';
import { buildNet, parse, sweep, type Net } from './nlp.ts';
import { customRules } from './custom-rules.ts';
import { LineIndex, maskFences, maskInline, splitBlocks, splitSentences } from './text.ts';
import { suggestWithRewrites } from '../rewrite/engine-hook.ts';
import { mayMatch, quickTest } from './prefilter.ts';

// Global twins of rule regexes are compiled once and shared across engines (every settings change makes one).
const GLOBALS = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = GLOBALS.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    GLOBALS.set(re, g);
  }
  return g;
}

/** A finding relative to its block, cached per block text. */
interface BlockHit {
  ruleId: string;
  category: Category;
  practice: PracticeId;
  severity: Severity;
  message: string;
  messageId: string;
  start: number;
  end: number;
  suggestions: Suggestion[];
  note?: string;
  /** Set while a sentence is analysed, for fallback rules; never leaves the engine. */
  fallback?: boolean;
}

interface ActiveRule {
  def: RuleDefinition;
  severity: Severity;
  unlessRe: RegExp[];
  unlessPatterns: string[];
  regex: { re: RegExp; messageId?: string; group?: string }[];
}

const REPORTED =
  /\b(?:said|says|stated|states|commented|argued|claimed|felt|remarked|told|complained|insisted|warned|replied|described|suggested)\b|\bin (?:his|her|their|the [\w’' -]{1,30}?) (?:own )?words\b|\baccording to\b|["“][^"”]{4,}["”]|(?:^|\s)[‘'][^’']{4,}[’']/i;

const REPORTED_NOTE: Record<Category, string> = {
  blame: 'Reported speech still carries the charge into the minutes: record the concern and what got in the way.',
  'org-centric': 'Reported speech still carries this framing into the minutes: record the concern in shared terms.',
  'output-only': 'Reported speech still records the target as activity: note the outcome it is meant to serve.',
};

const GUIDED: Record<Category, Suggestion> = {
  blame: { title: 'Describe what happened and what got in the way, without naming a culprit' },
  'org-centric': { title: 'Reframe around the shared system and the community it serves' },
  'output-only': { title: 'Add who ends up better off and how: “… so that …”' },
};

function resolveSeverity(rule: RuleDefinition, settings: Settings): Severity | null {
  const pick = (s: RuleSetting | undefined): Severity | null | undefined => {
    if (s === undefined) return undefined;
    if (s === 'off') return null;
    if (typeof s === 'string') return s;
    if (s.enabled === false) return null;
    return s.severity ?? rule.severity;
  };
  const byRule = pick(settings.rules?.[rule.id]);
  if (byRule !== undefined) return byRule;
  const byCategory = pick(settings.categories?.[rule.category]);
  return byCategory === undefined ? rule.severity : byCategory;
}

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => data[k] ?? '');
}

/** A rule's trigger on lower-cased text; a plain RegExp is first checked against the literals any match needs. */
function triggered(trigger: RegExp, lower: string): boolean {
  // A subclass (a frame trigger) has its own test and its source says nothing about it.
  return Object.getPrototypeOf(trigger) === RegExp.prototype ? quickTest(trigger, lower) : trigger.test(lower);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Settings compiled once; analyse blocks with a cache keyed by block text. */
export class Engine {
  private readonly active: ActiveRule[];
  /** The same rules, cheapest trigger first: any one firing is enough for a block to be split and read. */
  private readonly blockOrder: ActiveRule[];
  /** The rules' compromise net, compiled the first time a sentence needs it (most documents never do). */
  private net: Net | null | undefined;
  private readonly lexicon: Record<string, string> | undefined;
  private readonly allow: RegExp[];
  private readonly organisations: string[];
  private readonly partners: string[];
  /** Switches (issue 8): what the user turned off, run on the side so no other rule re-raises the same words. */
  private readonly switches: SwitchSet;
  /** Findings per block of the last text analysed; an analyser that shares this engine brings its own (see analyze). */
  cache = new Map<string, BlockHit[]>();
  /** Sentence-level cache, so an edit re-parses only the sentence it touched. Bounded by a simple reset. */
  private sentences = new Map<string, BlockHit[]>();
  /** Settings entries that were ignored (unknown rule ids), for callers to show; never a reason to stop. */
  readonly notices: string[];

  constructor(rules: readonly RuleDefinition[], input?: Settings | unknown) {
    const parsed = parseSettings(input ?? {});
    const all = [...rules, ...customRules(parsed.customRules ?? [])];
    const { settings, notices } = dropUnknownRules(parsed, all.map((r) => r.id));
    this.notices = notices;
    this.active = [];
    const off: RuleDefinition[] = [];
    for (const def of all) {
      const severity = resolveSeverity(def, settings);
      if (!severity) {
        if (!def.fallback) off.push(def);
        continue;
      }
      this.active.push({
        def,
        severity,
        unlessRe: (def.unless ?? []).filter((u): u is RegExp => u instanceof RegExp),
        unlessPatterns: (def.unless ?? []).filter((u): u is string => typeof u === 'string'),
        regex: (def.regex ?? []).map((r) => (r instanceof RegExp ? { re: r } : r)),
      });
    }
    // Plain patterns before frame triggers (those tokenise the text), shortest pattern first.
    const cost = (a: ActiveRule) => (Object.getPrototypeOf(a.def.trigger) === RegExp.prototype ? 0 : 1e6) + a.def.trigger.source.length;
    this.blockOrder = [...this.active].sort((a, b) => cost(a) - cost(b));
    this.organisations = [settings.organisation ?? ''].map((s) => s.trim().toLowerCase()).filter(Boolean);
    this.partners = (settings.partners ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean);
    const names = [...this.organisations, ...this.partners];
    this.lexicon = names.length ? Object.fromEntries(names.map((n) => [n, 'Organization'])) : undefined;
    this.allow = (settings.allow ?? [])
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => new RegExp(escapeRe(p).replace(/\s+/g, '\\s+'), 'giu'));
    this.switches = new SwitchSet(off, this.active, settings, this.organisations, this.allow);
  }

  /** `doc` holds one document's block cache, so several analysers can share this engine's compiled rules and sentence cache. */
  analyze(text: string, doc: { cache: Map<string, BlockHit[]> } = this): Diagnostic[] {
    if (typeof text !== 'string' || text.length === 0 || !this.active.length) return [];
    const masked = maskFences(text);
    const lines = new LineIndex(text);
    const next = new Map<string, BlockHit[]>();
    const out: Diagnostic[] = [];
    for (const block of splitBlocks(masked)) {
      const blockText = masked.slice(block.start, block.end);
      let hits = next.get(blockText) ?? doc.cache.get(blockText);
      if (!hits) hits = this.analyzeBlock(maskInline(blockText));
      next.set(blockText, hits);
      for (const h of hits) {
        const start = block.start + h.start;
        const end = block.start + h.end;
        const a = lines.position(start);
        const b = lines.position(end);
        out.push({
          ruleId: h.ruleId,
          category: h.category,
          practice: h.practice,
          severity: h.severity,
          message: h.message,
          messageId: h.messageId,
          start,
          end,
          line: a.line,
          column: a.column,
          endLine: b.line,
          endColumn: b.column,
          // Inside the engine a suggestion's range is relative to its finding; callers get text offsets.
          ...(h.note ? { note: h.note } : {}),
          suggestions: h.suggestions.map((s) => (s.range ? { ...s, range: { start: start + s.range.start, end: start + s.range.end } } : { ...s })),
        });
      }
    }
    doc.cache = next;
    return out;
  }

  private analyzeBlock(block: string): BlockHit[] {
    // The cheap first pass: most paragraphs trip no rule's trigger and are never split or parsed.
    // (Testing each trigger is as fast as one OR-ed pattern and avoids compiling a 20 KB regex at start-up.)
    const lowerBlock = block.toLowerCase();
    if (!this.blockOrder.some((a) => triggered(a.def.trigger, lowerBlock))) return [];
    const hits: BlockHit[] = [];
    if (this.sentences.size > 20000) this.sentences.clear();
    for (const s of splitSentences(block, 0, block.length)) {
      const sentence = block.slice(s.start, s.end);
      let found = this.sentences.get(sentence);
      if (!found) {
        found = this.analyzeSentence(sentence);
        this.sentences.set(sentence, found);
      }
      for (const h of found) hits.push({ ...h, start: h.start + s.start, end: h.end + s.start });
    }
    const allowed = this.allowedSpans(block);
    return hits.filter((h) => !allowed.some(([a, b]) => h.start < b && a < h.end));
  }

  private allowedSpans(block: string): [number, number][] {
    const spans: [number, number][] = [];
    for (const re of this.allow) {
      re.lastIndex = 0;
      for (const m of block.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
    }
    return spans;
  }

  /** True while a rewrite is being re-checked: findings then carry no suggestions (no rewrites of rewrites). */
  private verifying = false;

  /** Findings of one sentence with these settings, without suggestions: the check every rewrite must pass. */
  private recheck(sentence: string): BlockHit[] {
    const was = this.verifying;
    this.verifying = true;
    try {
      return this.analyzeSentence(sentence);
    } finally {
      this.verifying = was;
    }
  }

  analyzeSentence(sentence: string): BlockHit[] {
    const lower = sentence.toLowerCase();
    const candidates = this.active.filter((a) => triggered(a.def.trigger, lower));
    if (!candidates.length) return [];
    let parsed: ReturnType<typeof parse> | undefined;
    const doc = () => (parsed ??= parse(sentence, this.lexicon));
    const ctx: RuleContext = {
      sentence,
      lower,
      doc,
      reported: REPORTED.test(sentence),
      organisations: this.organisations,
      partners: this.partners,
    };
    const raw: { rule: ActiveRule; hit: RuleHit }[] = [];
    const byId = new Map(candidates.map((c) => [c.def.id, c]));
    const net = candidates.some((c) => c.def.patterns?.length) ? (this.net ??= buildNet(this.active.map((a) => a.def))) : null;
    if (net) {
      for (const m of sweep(doc(), net, sentence)) {
        const rule = byId.get(m.ruleId);
        if (rule) raw.push({ rule, hit: { start: m.start, end: m.end, messageId: m.messageId, data: m.groups } });
      }
    }
    for (const rule of candidates) {
      for (const { re, messageId, group } of rule.regex) {
        const g = globalOf(re);
        if (!mayMatch(g, sentence)) continue;
        g.lastIndex = 0;
        for (const m of sentence.matchAll(g)) {
          const text = group ? m.groups?.[group] : m[0];
          if (!text) continue;
          const start = m.index! + (group ? m[0].indexOf(text) : 0);
          raw.push({ rule, hit: { start, end: start + text.length, messageId, data: { ...(m.groups ?? {}) } } });
        }
      }
      if (rule.def.check) for (const hit of rule.def.check(rule.def.fallback ? this.switches.fallbackContext(ctx) : ctx)) raw.push({ rule, hit });
    }
    const silenced = new Map<ActiveRule, boolean>();
    const isSilenced = (rule: ActiveRule) => {
      let v = silenced.get(rule);
      if (v === undefined) {
        v = rule.unlessRe.some((re) => re.test(lower)) || rule.unlessPatterns.some((p) => doc().has(p));
        silenced.set(rule, v);
      }
      return v;
    };
    let out: BlockHit[] = [];
    // Hits are sorted by start, so a hit overlaps an earlier one of its rule exactly when it starts before their furthest end.
    const reach = new Map<string, number>();
    raw.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
    for (const { rule, hit } of raw) {
      const start = Math.max(0, Math.min(sentence.length, hit.start));
      const end = Math.max(start, Math.min(sentence.length, hit.end));
      if (end <= start) continue;
      if (start < (reach.get(rule.def.id) ?? -1)) continue;
      if (isSilenced(rule)) continue;
      reach.set(rule.def.id, Math.max(end, reach.get(rule.def.id) ?? -1));
      out.push(this.toHit(rule, hit, sentence, start, end, ctx.reported));
    }
    if (out.length) out = this.switches.filter(sentence, out);
    if (!out.some((h) => h.fallback)) return out.map(({ fallback: _, ...h }) => h);
    // A fallback rule speaks only for a category no other rule found in this sentence, and not over words
    // another rule has already explained (the model is then reading the same words as the phrase rule).
    const firm = out.filter((h) => !h.fallback);
    const keep = (h: BlockHit) => !firm.some((f) => f.category === h.category || (f.start < h.end && h.start < f.end));
    return out.filter((h) => !h.fallback || keep(h)).map(({ fallback: _, ...h }) => h);
  }

  private toHit(rule: ActiveRule, hit: RuleHit, sentence: string, start: number, end: number, reported: boolean): BlockHit {
    const def = rule.def;
    const match = sentence.slice(start, end);
    const messageId = hit.messageId && def.messages[hit.messageId] ? hit.messageId : 'found';
    const data = { ...(hit.data ?? {}), match };
    if (this.verifying) return { ruleId: def.id, category: def.category, practice: def.practice, severity: rule.severity, message: '', messageId, start, end, suggestions: [], fallback: def.fallback };
    let message = fill(def.messages[messageId], data);
    const note = reported ? (def.messages.reported ? fill(def.messages.reported, data) : REPORTED_NOTE[def.category]) : undefined;
    const suggestions = def
      .suggest({ match, sentence, start, end, messageId, data })
      .filter((s) => s && s.title)
      .map((s) => (s.replacement === undefined ? { title: s.title } : { title: s.title, replacement: fitCase(s.replacement, start, match) }));
    const offered = suggestWithRewrites({ ruleId: def.id, category: def.category, sentence, start, end, data, reported }, suggestions, (s) => this.recheck(s));
    if (!offered.length) offered.push(GUIDED[def.category]);
    return { ruleId: def.id, category: def.category, practice: def.practice, severity: rule.severity, message, messageId, start, end, suggestions: offered, fallback: def.fallback, ...(note ? { note } : {}) };
  }
}

/** A replacement at the start of a sentence starts with a capital, as the words it replaces did. */
function fitCase(replacement: string, start: number, match: string): string {
  if (start === 0 && /^[A-Z]/.test(match) && /^[a-z]/.test(replacement)) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * Switches that hold (issue 8): a rule or category switched off, an allowed phrase and the user's own organisation
 * silence those words for every rule. The switched-off phrase rules (and, for the own organisation, the phrase rules
 * as they would read without it) run on the side; a hit over the same words is dropped, and the tone model (a
 * fallback rule) keeps quiet in that category for the sentence. The model also reads allowed phrases as blanks and
 * the own organisation as "we", so they cannot sway it.
 */
class SwitchSet {
  private offEngine: Engine | undefined;
  private selfEngine: Engine | undefined;
  private readonly ownRe: RegExp | null;

  constructor(
    private readonly off: RuleDefinition[],
    private readonly active: readonly ActiveRule[],
    private readonly settings: Settings,
    organisations: readonly string[],
    private readonly allow: readonly RegExp[],
  ) {
    this.ownRe = organisations.length ? new RegExp(`\\b(?:${organisations.map(escapeRe).join('|')})\\b`, 'giu') : null;
  }

  private spans(sentence: string, res: readonly RegExp[]): [number, number][] {
    const out: [number, number][] = [];
    for (const re of res) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
    }
    return out;
  }

  /** What a fallback rule reads: allowed phrases blanked, the own organisation as "we" (same length, same offsets). */
  fallbackContext(ctx: RuleContext): RuleContext {
    const allowed = this.spans(ctx.sentence, this.allow);
    const own = this.ownRe ? this.spans(ctx.sentence, [this.ownRe]) : [];
    if (!allowed.length && !own.length) return ctx;
    // UTF-16 units, so offsets stay those of the sentence.
    const units = ctx.sentence.split('');
    for (const [a, b] of allowed) for (let i = a; i < b; i++) units[i] = ' ';
    for (const [a, b] of own) for (let i = a; i < b; i++) units[i] = i === a ? 'W' : i === a + 1 ? 'e' : ' ';
    const sentence = units.join('');
    return { ...ctx, sentence, lower: sentence.toLowerCase() };
  }

  /** Hits of rules the user switched off (or that the own organisation silenced) in this sentence. */
  private switched(sentence: string, out: readonly BlockHit[]): BlockHit[] {
    const found: BlockHit[] = [];
    if (this.off.length) {
      this.offEngine ??= new Engine(this.off, { partners: this.settings.partners });
      found.push(...this.offEngine.analyzeSentence(sentence));
    }
    if (this.ownRe) {
      this.ownRe.lastIndex = 0;
      if (this.ownRe.test(sentence)) {
        const firm = this.active.filter((a) => !a.def.fallback).map((a) => a.def);
        // The same phrase rules without the own organisation: what they find there, the setting silenced.
        this.selfEngine ??= new Engine(firm, { partners: this.settings.partners });
        const real = new Set(out.map((h) => `${h.ruleId}:${h.start}:${h.end}`));
        found.push(...this.selfEngine.analyzeSentence(sentence).filter((h) => !real.has(`${h.ruleId}:${h.start}:${h.end}`)));
      }
    }
    return found;
  }

  filter(sentence: string, out: BlockHit[]): BlockHit[] {
    if (!this.off.length && !this.ownRe) return out;
    const switched = this.switched(sentence, out);
    if (!switched.length) return out;
    return out.filter((h) => !switched.some((s) => (s.start < h.end && h.start < s.end) || (h.fallback && s.category === h.category)));
  }
}
