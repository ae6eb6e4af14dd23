// Wires a page for inline checking: finds editors now and as they appear, repaints on scroll, resize and reflow.
import { Controller, type ControllerDeps } from './controller.ts';
import { trackPointer } from './hover.ts';

const CANDIDATES = 'textarea, input[type="text"], input[type="search"], input:not([type]), [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** Editors with text are checked at once; empty ones when they receive focus. */
function hasText(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim().length > 0;
  return (el.textContent ?? '').trim().length > 0;
}

export function startInlineChecking(doc: Document, deps: ControllerDeps): { controller: Controller; stop(): void } {
  const controller = new Controller(doc, deps);
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
  });

  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (scanTimer === undefined) scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, 400);
  };

  const onFocus = (e: FocusEvent) => {
    const target = e.composedPath()[0];
    if (target instanceof Element) guard('focus', () => controller.attach(target))();
  };
  const repaint = () => controller.requestPaint();
  // Layout can move without our editors changing (banners, panels, images loading): repaint, and look for new editors.
  const mutations = new MutationObserver((records) => {
    if (records.some((r) => r.target instanceof Node && controller.overlay.host.contains(r.target))) return;
    repaint();
    later();
  });

  scan();
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('scroll', repaint, { capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', repaint, { passive: true });
  if (doc.body) mutations.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  const stopPointer = trackPointer(doc, controller);

  return {
    controller,
    stop() {
      clearTimeout(scanTimer);
      mutations.disconnect();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('scroll', repaint, { capture: true });
      doc.defaultView?.removeEventListener('resize', repaint);
      stopPointer();
      controller.destroy();
    },
  };
}
