// The background's analysis service: holds the settings (read once, re-read on change), one analyser per editor.
import type { Analyzer } from '../engine/index.ts';
import type { AnalyzeReply, CheckingStopped } from '../messages.ts';

type EngineModule = Pick<typeof import('../engine/index.ts'), 'createAnalyzer' | 'checkSettings' | 'faultyPart'>;

/** Beyond this many characters only the start of a text is checked (a 5 MB paste must not stall the worker). */
export const MAX_CHARS = 1_000_000;
const MAX_ANALYZERS = 64;

type Held = { settings: import('../engine/settings.ts').Settings; notices: string[] } | { stopped: CheckingStopped };

export class AnalysisHost {
  private held: Promise<Held> | null = null;
  private analyzers = new Map<string, Analyzer>();
  /** How many times settings were read from storage (once, then once per change): for tests and benchmarks. */
  reads = 0;

  constructor(
    private readSettings: () => Promise<unknown>,
    private loadEngine: () => Promise<EngineModule>,
  ) {}

  /** Settings changed in storage: read them again on the next request; every analyser is rebuilt. */
  invalidate(): void {
    this.held = null;
    // A new map, so an answer still being computed with the old settings cannot put its analyser back.
    this.analyzers = new Map();
  }

  /** Drops the analysers of editors whose key starts with prefix (a closed tab). */
  forget(prefix: string): void {
    for (const key of [...this.analyzers.keys()]) if (key.startsWith(prefix)) this.analyzers.delete(key);
  }

  private hold(): Promise<Held> {
    return (this.held ??= (async () => {
      const engine = await this.loadEngine();
      this.reads++;
      const raw = await this.readSettings();
      try {
        return engine.checkSettings(raw ?? {});
      } catch (err) {
        // Stored settings the schema refuses stop checking with the reason; they are never swapped for defaults.
        const message = err instanceof Error ? err.message : String(err);
        return { stopped: { reason: `The saved settings cannot be used. ${message}`, part: engine.faultyPart(err) ?? '*' } };
      }
    })());
  }

  async analyze(key: string, text: string): Promise<AnalyzeReply> {
    const held = await this.hold();
    if ('stopped' in held) return held;
    const engine = await this.loadEngine();
    const analyzers = this.analyzers;
    try {
      let analyzer = analyzers.get(key);
      if (!analyzer) {
        analyzer = engine.createAnalyzer(held.settings);
        if (analyzers.size >= MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value as string);
        analyzers.set(key, analyzer);
      }
      const input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
      const diagnostics = analyzer.analyze(input);
      return held.notices.length ? { diagnostics, notices: held.notices } : { diagnostics };
    } catch (err) {
      analyzers.delete(key);
      const message = err instanceof Error ? err.message : String(err);
      return { stopped: { reason: `The checker failed on this text (${message.split('\n')[0]}).`, part: engine.faultyPart(err) } };
    }
  }
}
