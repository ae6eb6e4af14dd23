// Pointer tracking: opens the card when the pointer rests on underlined words, closes it when it leaves.
import { contains, hitTest } from '../overlay/geometry.ts';
import type { Controller } from './controller.ts';

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 400;

export function trackPointer(doc: Document, controller: Controller): () => void {
  let x = 0;
  let y = 0;
  let overCard = false;
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | null = null;
  const card = controller.overlay.card;

  const check = () => {
    frame = 0;
    const items = controller.painted();
    const i = hitTest(items, x, y);
    const id = i >= 0 ? items[i].id : null;
    if (card.isOpen) {
      if (overCard || id === card.diagnosticId) {
        clearTimeout(closeTimer);
        closeTimer = undefined;
        return;
      }
      // A card opened by keyboard stays until Escape or a click elsewhere.
      if (card.hasFocus(controller.overlay.root)) return;
      if (!closeTimer) closeTimer = setTimeout(() => {
        closeTimer = undefined;
        if (!overCard) card.close('dismiss');
      }, CLOSE_DELAY_MS);
    }
    if (id !== pending) {
      clearTimeout(openTimer);
      pending = id;
      if (id && id !== card.diagnosticId) openTimer = setTimeout(() => {
        openTimer = undefined;
        // A card the keyboard opened keeps its focus: the pointer does not replace it.
        if (pending === id && !card.hasFocus(controller.overlay.root)) controller.openCard(id, false);
      }, OPEN_DELAY_MS);
    }
  };

  // The keyboard opened a card: the underline under the resting pointer stays pending, so it does not re-arm.
  controller.cancelHoverOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
  };

  // Only real pointer and key input counts: a page's synthetic events must not open, keep or close the card.
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    x = e.clientX;
    y = e.clientY;
    overCard = card.isOpen && contains(cardBox(), x, y, 4);
    if (!frame) frame = requestAnimationFrame(check);
  };
  const cardBox = () => {
    const r = card.element.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const onDown = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    if (card.isOpen && !contains(cardBox(), e.clientX, e.clientY, 2)) card.close('dismiss');
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && card.isOpen) card.close(card.hasFocus(controller.overlay.root) ? 'escape' : 'dismiss');
  };

  doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
  doc.addEventListener('mousedown', onDown, { capture: true, passive: true });
  doc.addEventListener('keydown', onKey, { capture: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, { capture: true });
    doc.removeEventListener('mousedown', onDown, { capture: true });
    doc.removeEventListener('keydown', onKey, { capture: true });
    controller.cancelHoverOpen = () => {};
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    cancelAnimationFrame(frame);
  };
}
