// Runs the engine for imports in a web worker; falls back to the page's thread where workers are unavailable.
import type { Diagnostic } from '../engine/types.ts';
import type { Settings } from '../engine/settings.ts';

export interface ImportAnalyzer {
  analyze(text: string): Promise<Diagnostic[]>;
  dispose(): void;
}

type Reply = { id: number; diagnostics?: Diagnostic[]; error?: string };

function workerAnalyzer(settings: Settings | undefined): ImportAnalyzer {
  const worker = new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { ok: (d: Diagnostic[]) => void; fail: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const { id, diagnostics, error } = event.data;
    const p = pending.get(id);
    pending.delete(id);
    if (!p) return;
    if (error !== undefined || !diagnostics) p.fail(new Error(error ?? 'The checker stopped.'));
    else p.ok(diagnostics);
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.fail(new Error(event.message || 'The checker could not start.'));
    pending.clear();
  };
  return {
    analyze(text) {
      const id = next++;
      return new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        worker.postMessage({ id, text, settings });
      });
    },
    dispose: () => worker.terminate(),
  };
}

async function mainThreadAnalyzer(settings: Settings | undefined): Promise<ImportAnalyzer> {
  const { createAnalyzer } = await import('../engine/index.ts');
  const analyzer = createAnalyzer(settings);
  return { analyze: async (text) => analyzer.analyze(text), dispose: () => undefined };
}

/** A worker-backed analyser when the page can start workers, else one on the page's own thread. */
export async function createImportAnalyzer(settings?: Settings): Promise<ImportAnalyzer> {
  if (typeof Worker === 'undefined') return mainThreadAnalyzer(settings);
  try {
    return workerAnalyzer(settings);
  } catch {
    return mainThreadAnalyzer(settings);
  }
}
