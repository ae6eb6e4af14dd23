// Shared shape of the tiny test API each editor test page exposes on window (reads the editor's own model).

/** A paragraph is a list of runs: [text, bold?]. */
export type Run = [text: string, bold?: boolean];
export type Doc = Run[][];

export interface TestEditor {
  /** The editor's model as plain text, paragraphs joined by '\n'. */
  getModelText(): string;
  /** Texts of bold runs in the model (adjacent bold runs merged). */
  getBoldText(): string[];
  /** Replaces the whole document (not through the undo history where the editor allows it). */
  setDoc(doc: Doc): void | Promise<void>;
  undo(): void;
  /** The text the editor's own model holds as selected (not the DOM selection). */
  getSelectedText(): string;
  focus(): void;
}

declare global {
  interface Window {
    testEditor: TestEditor;
  }
}

/** Publishes the API and flags the page ready for tests. */
export function expose(api: TestEditor): void {
  window.testEditor = api;
  document.documentElement.dataset.editorReady = 'true';
}

/** Merges a flat list of [text, bold] pieces into the bold runs' texts. */
export function boldRuns(pieces: Array<[string, boolean]>): string[] {
  const out: string[] = [];
  let open = false;
  for (const [text, bold] of pieces) {
    if (bold && open) out[out.length - 1] += text;
    else if (bold) out.push(text);
    open = bold;
  }
  return out.filter((t) => t.length > 0);
}

/** Escapes text for the HTML string some editors take as input (test pages only). */
export function docToHtml(doc: Doc): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return doc
    .map((p) => `<p>${p.map(([t, b]) => (b ? `<strong>${esc(t)}</strong>` : esc(t))).join('')}</p>`)
    .join('');
}
