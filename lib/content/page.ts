// Wires a page for inline checking: finds editors now and as they appear, repaints on scroll, resize and reflow.
import { Controller, type ControllerDeps } from './controller.ts';
import { trackPointer } from './hover.ts';

const CANDIDATES = 'textarea, input[type="text"], input[type="search"], input:not([type]), [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/**
 * Editors with text are checked at once, empty ones when they receive focus. Hidden ones wait until shown:
 * many rich editors keep a hidden textarea copy of their content, which must not count twice.
 */
function hasText(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  // Tag names, not instanceof: elements of same-origin frames come from another realm.
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLInputElement).value.trim().length > 0;
  return (el.textContent ?? '').trim().length > 0;
}

/** How long a same-origin frame must be loaded without a script of its own before this page checks it. */
const FRAME_GRACE_MS = 800;

export interface InlineOptions {
  keyPrefix?: string;
  /** A same-origin frame (about:blank, srcdoc) that no injected script covers: Chrome does not inject into frames built by script. */
  onFrame?: (frameDoc: Document, frame: HTMLIFrameElement) => void;
}

/** A same-origin child document, or null for cross-origin frames (their own injected script covers them). */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

export function startInlineChecking(doc: Document, deps: ControllerDeps, options: InlineOptions = {}): { controller: Controller; stop(): void } {
  const controller = new Controller(doc, deps, options.keyPrefix);
  const frameSeen = new WeakMap<Document, number>();
  let frameTimer: ReturnType<typeof setTimeout> | undefined;
  const guard = (where: string, fn: () => void) => () => {
    try {
      fn();
    } catch (err) {
      deps.log(where, err);
    }
  };

  const scan = guard('scan', () => {
    controller.prune();
    for (const el of doc.querySelectorAll(CANDIDATES)) if (hasText(el)) controller.attach(el);
    if (!options.onFrame) return;
    let waiting = false;
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe')) {
      const child = frameDocument(frame);
      if (!child || child.readyState !== 'complete' || child.querySelector('common-ground-overlay')) continue;
      const seen = frameSeen.get(child) ?? Date.now();
      frameSeen.set(child, seen);
      if (Date.now() - seen >= FRAME_GRACE_MS) options.onFrame(child, frame);
      else waiting = true;
    }
    if (waiting && frameTimer === undefined) frameTimer = setTimeout(() => {
      frameTimer = undefined;
      scan();
    }, FRAME_GRACE_MS);
  });

  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (scanTimer === undefined) scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, 400);
  };

  // Text put in by a page script (or a paste into an unfocused field) arrives as an input event.
  const onInput = (e: Event) => {
    const target = e.composedPath()[0];
    if (target && (target as Node).nodeType === 1) guard('input', () => {
      // Browser-made input (typing, paste, drop) counts as the user's; a page script's synthetic event does not.
      if (controller.attach(target as Element, true) && e.isTrusted) controller.typed = true;
    })();
  };
  const onFocus = (e: FocusEvent) => {
    const target = e.composedPath()[0];
    if (target && (target as Node).nodeType === 1) guard('focus', () => controller.attach(target as Element, true))();
  };
  const repaint = () => controller.requestPaint();
  // Layout can move without our editors changing (banners, panels, images loading): repaint, and look for new editors.
  const mutations = new MutationObserver((records) => {
    if (records.some((r) => controller.overlay.host.contains(r.target))) return;
    repaint();
    later();
  });

  scan();
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('scroll', repaint, { capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', repaint, { passive: true });
  if (doc.body) mutations.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  const stopPointer = trackPointer(doc, controller);

  return {
    controller,
    stop() {
      clearTimeout(scanTimer);
      clearTimeout(frameTimer);
      mutations.disconnect();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('scroll', repaint, { capture: true });
      doc.defaultView?.removeEventListener('resize', repaint);
      stopPointer();
      controller.destroy();
    },
  };
}
