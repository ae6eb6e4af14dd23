// Picks an outcome for people from the curated table (outcomes.json) by the activity a target counts and the setting.
import table from './outcomes.json' with { type: 'json' };

interface Entry {
  activity: RegExp;
  setting?: string;
  outcome: string;
}

const SETTINGS = Object.entries(table.settings).map(([name, re]) => ({ name, re: new RegExp(re, 'i') }));
const ENTRIES: Entry[] = table.outcomes.map((e) => ({
  activity: new RegExp(`\\b(?:${e.activity})\\b`, 'i'),
  setting: 'setting' in e ? (e.setting as string) : undefined,
  outcome: e.outcome,
}));
const DEFAULTS = table.defaults as Record<string, string>;

/** The settings a sentence speaks of (housing, staff, inequalities, children). */
export function settingsOf(text: string): string[] {
  return SETTINGS.filter((s) => s.re.test(text)).map((s) => s.name);
}

/**
 * The outcome for an activity: the words of the flagged target are looked up first, then the whole sentence;
 * an entry for the sentence's setting wins over the general one.
 */
export function outcomeFor(target: string, sentence: string): string {
  const settings = settingsOf(sentence);
  for (const text of [target, sentence]) {
    const hits = ENTRIES.filter((e) => e.activity.test(text));
    if (!hits.length) continue;
    const first = hits[0].activity;
    const same = hits.filter((e) => e.activity.source === first.source || e.setting);
    const specific = same.find((e) => e.setting && settings.includes(e.setting) && e.activity.test(text));
    return (specific ?? hits.find((e) => !e.setting) ?? hits[0]).outcome;
  }
  for (const s of settings) if (DEFAULTS[s]) return DEFAULTS[s];
  return table.default;
}
