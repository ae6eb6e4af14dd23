// Web worker for imports: runs the engine off the page's main thread so the dashboard stays responsive.
import { createAnalyzer, type Analyzer, type Settings } from '../engine/index.ts';

interface Request {
  id: number;
  text: string;
  settings?: Settings;
}

let analyzer: Analyzer | undefined;
let settingsJson = '';

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, text, settings } = event.data;
  try {
    const json = JSON.stringify(settings ?? {});
    if (!analyzer || json !== settingsJson) {
      analyzer = createAnalyzer(settings);
      settingsJson = json;
    }
    self.postMessage({ id, diagnostics: analyzer.analyze(text) });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message ?? String(error) });
  }
};
