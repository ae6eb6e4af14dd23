// Public entry of the engine: analyze(text, settings) → Diagnostic[]. Replaced by the full engine.
export * from './types.ts';
export * from './settings.ts';
