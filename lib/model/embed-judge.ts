// The shipped dense judge: loads the quantised vectors and model on first use and scores a sentence for one category.
import vectorFile from './embed-vectors.json' with { type: 'json' };
import modelFile from './embed-model.json' with { type: 'json' };
import { decodeVectors, encode, forward, scoreDense, type EmbedModelFile, type EmbedScore, type Encoded, type Forward, type VectorFile, type VectorTable } from './embed.ts';
import type { ModelCategory } from './score.ts';
import { LEXICONS } from '../rules/lexicon/lexicons.ts';

const MODEL = modelFile as unknown as EmbedModelFile;

// COMMON_GROUND_EMBED=off (Node only) measures the tone rules without the judge, e.g. `npm run eval`.
let enabled = MODEL.enabled && (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.COMMON_GROUND_EMBED !== 'off';
/** Whether the judge speaks: the shipped model's setting (scripts/train-embed.ts --disabled ships it off). */
export const embedJudgeEnabled = (): boolean => enabled;
/** For measurement scripts and tests: compare findings with and without the judge. */
export function setEmbedJudgeEnabled(on: boolean): void {
  enabled = on;
}

// Decoding the int8 table takes a few milliseconds; it is done once, the first time a sentence is judged.
let table: VectorTable | undefined;
export function vectorTable(): VectorTable {
  return (table ??= decodeVectors(vectorFile as unknown as VectorFile));
}

/** One-word agents (teams, roles, bodies) from the lexicons: they never carry the span alone. */
let agents: Set<string> | undefined;
function agentWords(): Set<string> {
  return (agents ??= new Set([...LEXICONS['agents'], ...LEXICONS['decision-bodies']].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())));
}

export function embedModel(): EmbedModelFile {
  return MODEL;
}

// Each word's hidden-layer projection, computed the first time the word is met (512 bytes a word, 6.4 MB if every word were met).
const projections = new Map<number, Float32Array>();

// The three tone rules judge the same sentence one after another: encode it and run the hidden layer once for all of them.
let last: { sentence: string; enc: Encoded; fwd: Forward } | null = null;

/** The dense judge's view of one sentence for one category, or null when no word of it is known. */
export function scoreEmbed(sentence: string, category: ModelCategory): EmbedScore | null {
  const t = vectorTable();
  if (last?.sentence !== sentence) {
    const enc = encode(sentence, t);
    last = { sentence, enc, fwd: forward(enc, t, MODEL, projections) };
  }
  if (!last.enc.windows.length) return null;
  return scoreDense(last.enc, last.fwd, t, MODEL, MODEL.categories[category], agentWords());
}
