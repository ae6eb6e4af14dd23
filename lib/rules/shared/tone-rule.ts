// Builds a rule from the trained tone model: it backs up a category's phrase rules on wording they do not know.
import { defineRule, type RuleDefinition, type RuleHit } from '../define.ts';
import { scoreTone, type ModelCategory } from '../../model/score.ts';
import { findCue } from '../../model/cues.ts';
import { embedJudgeEnabled, scoreEmbed } from '../../model/embed-judge.ts';
import type { Category, PracticeId, Suggestion } from '../../engine/types.ts';

export interface ToneRuleSpec {
  id: string;
  category: Category;
  model: ModelCategory;
  practice: PracticeId;
  description: string;
  found: string;
  suggestions: Suggestion[];
  examples: { invalid: string[]; valid: string[] };
  /** Words the category cannot do without (a target needs a target word); tested on the lower-cased sentence. */
  gate?: RegExp;
  /** Sentences the model must leave alone whatever it scores (antipatterns, as in the phrase rules). */
  unless?: RegExp[];
}

/** Headings, bare labels and short list items are not sentences the model was trained on. */
const TOO_SHORT_OR_HEADING = /^\s*(?:#{1,6}\s|[-*•]?\s*[\p{L}\d &/()'’.-]{0,40}:?\s*$)/u;

/**
 * The model was trained on sentences of prose: agenda references, link lists, tables and runs of numbers
 * are not what it knows, so it keeps quiet there.
 */
let lastProse: { sentence: string; prose: boolean } | null = null;

function isProse(sentence: string): boolean {
  if (lastProse?.sentence === sentence) return lastProse.prose;
  lastProse = { sentence, prose: measureProse(sentence) };
  return lastProse.prose;
}

function measureProse(sentence: string): boolean {
  const tokens = sentence.match(/[\p{L}][\p{L}'’-]*|\d[\d,.:/]*|[#|=<>\[\]{}@*_~`]/gu) ?? [];
  const words = tokens.filter((t) => /^\p{L}/u.test(t) && t.length > 1);
  return words.length >= 5 && words.length / tokens.length >= 0.75;
}

export function defineToneRule(spec: ToneRuleSpec): RuleDefinition {
  return defineRule({
    id: spec.id,
    category: spec.category,
    practice: spec.practice,
    severity: 'info',
    description: spec.description,
    // Every sentence with letters is a candidate; scoring is a few dictionary look-ups.
    trigger: /\p{L}{2}/u,
    fallback: true,
    unless: spec.unless,
    messages: { found: spec.found },
    check(ctx): RuleHit[] {
      if (TOO_SHORT_OR_HEADING.test(ctx.sentence) || !isProse(ctx.sentence)) return [];
      if (spec.gate && !spec.gate.test(ctx.lower)) return [];
      // The model may speak only where the sentence shows its category's cue words; those words are the span.
      const cue = findCue(ctx.sentence, spec.model);
      const score = cue ? scoreTone(ctx.sentence, spec.model) : null;
      if (cue && score && score.probability >= score.threshold) {
        return [{ start: cue.start, end: cue.end, data: { confidence: `${Math.round(score.probability * 100)}%` } }];
      }
      // Otherwise the dense judge (word vectors, lib/model/embed.ts) may speak, at a threshold set for precision.
      if (!embedJudgeEnabled()) return [];
      const dense = scoreEmbed(ctx.sentence, spec.model);
      if (!dense || dense.probability < dense.threshold || dense.end <= dense.start) return [];
      return [{ start: dense.start, end: dense.end, data: { confidence: `${Math.round(dense.probability * 100)}%` } }];
    },
    suggest: () => spec.suggestions,
    examples: spec.examples,
  });
}
