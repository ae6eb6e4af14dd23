// The contract every editor-family adapter meets: read text with an offset map, locate ranges, replace text.

/** What the overlay needs to draw: client rects of a text range (viewport coordinates). */
export type RectList = DOMRect[];

export interface EditorAdapter {
  /** 'textarea' | 'contenteditable' | 'prosemirror' | 'quill' | 'ckeditor5' | 'lexical' | 'codemirror' | 'slate' | … */
  readonly family: string;
  /** The element the user types in (focus target; the overlay positions against it). */
  readonly element: HTMLElement;
  /** Plain text the engine analyses. Block boundaries become '\n'. */
  getText(): string;
  /** Viewport rects covering text offsets [start, end) of getText(); [] if not visible or stale. */
  getRects(start: number, end: number): RectList;
  /** Select [start, end) in the editor (used by reveal and before replace). Returns false if it could not. */
  select(start: number, end: number): boolean;
  /**
   * Replace [start, end) with text through the editor's own input pipeline so undo and the model stay right.
   * Resolves true only if re-reading the text confirms the change landed.
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** Subscribe to text changes (input, model updates); returns an unsubscribe function. */
  onChange(cb: () => void): () => void;
  /** Release listeners; the element may already be detached. */
  dispose(): void;
}

/** A family module: decides whether it owns an element, then builds an adapter for it. */
export interface EditorFamily {
  readonly family: string;
  /** Returns the editor root this family owns for el (el or an ancestor), or null. */
  match(el: Element): HTMLElement | null;
  create(root: HTMLElement): EditorAdapter;
}
