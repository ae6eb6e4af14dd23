// @vitest-environment happy-dom
// Pointer and keyboard together: a hover-open still pending when the keyboard opens a card must not take its focus.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller } from '../../lib/content/controller.ts';
import { trackPointer } from '../../lib/content/hover.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';

const TEXT = 'The council dropped the ball. Target: 12,000 appointments.';
const diag = (start: number, end: number, ruleId: string, category: Diagnostic['category']): Diagnostic => ({
  ruleId, category, practice: 2, severity: 'warning', message: `${ruleId} message`,
  start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1,
  suggestions: [{ title: 'Reword', replacement: 'x' }],
});
const BLAME = diag(TEXT.indexOf('dropped the ball'), TEXT.indexOf('.'), 'blame-rule', 'blame');
const TARGET = diag(TEXT.indexOf('12,000'), TEXT.length - 1, 'target-rule', 'output-only');

async function setUp() {
  document.body.innerHTML = '<textarea id="ed"></textarea>';
  const ed = document.getElementById('ed') as HTMLTextAreaElement;
  ed.value = TEXT;
  const controller = new Controller(document, {
    analyze: async () => [BLAME, TARGET],
    report: () => {},
    disableRule: async () => {},
    allowPhrase: async () => {},
    log: () => {},
  });
  const t = controller.attach(ed)!;
  await controller.run(t);
  const [blameId, targetId] = controller.problems().map((p) => p.id);
  // happy-dom lays nothing out: the blame underline is placed by hand where the pointer will rest.
  controller.painted = () => [{ id: blameId, key: t.key, category: 'blame', severity: 'warning', rects: [{ left: 10, top: 10, width: 80, height: 16 }] }];
  const stop = trackPointer(document, controller);
  return { controller, blameId, targetId, stop };
}

/**
 * happy-dom has no isTrusted; a browser sets it (unforgeably) on real input. Tests mark their stand-ins for real
 * pointer input this way; page scripts cannot, because in a browser the property cannot be redefined.
 */
const real = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
const move = (x: number, y: number) => new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true });

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('hover and keyboard', () => {
  it('opens a card when the pointer rests on an underline', async () => {
    const { controller, blameId, stop } = await setUp();
    vi.useFakeTimers();
    document.dispatchEvent(real(move(20, 20)));
    await vi.advanceTimersByTimeAsync(600);
    expect(controller.overlay.card.diagnosticId).toBe(blameId);
    stop();
    controller.destroy();
  });

  it('keeps the keyboard-opened card and its focus when a hover-open was pending', async () => {
    const { controller, blameId, targetId, stop } = await setUp();
    vi.useFakeTimers();
    const openCard = vi.spyOn(controller, 'openCard');
    // The pointer comes to rest on the blame underline, then the keyboard asks for the target finding.
    document.dispatchEvent(real(move(20, 20)));
    await vi.advanceTimersByTimeAsync(50);
    expect(controller.reveal(targetId)).toBe(true);
    const card = controller.overlay.card;
    expect(card.hasFocus(controller.overlay.root)).toBe(true);
    const focused = controller.overlay.root.activeElement;
    await vi.advanceTimersByTimeAsync(1000);
    expect(openCard.mock.calls.map(([id, focus]) => [id, focus])).toEqual([[targetId, true]]);
    expect(card.diagnosticId).toBe(targetId);
    expect(card.diagnosticId).not.toBe(blameId);
    expect(controller.overlay.root.activeElement).toBe(focused);
    expect(card.hasFocus(controller.overlay.root)).toBe(true);
    stop();
    controller.destroy();
  });

  it('ignores synthetic pointer events: a page script cannot open the card', async () => {
    const { controller, stop } = await setUp();
    vi.useFakeTimers();
    document.dispatchEvent(move(20, 20));
    await vi.advanceTimersByTimeAsync(600);
    expect(controller.overlay.card.isOpen).toBe(false);
    stop();
    controller.destroy();
  });
});

describe('the card refuses page scripts', () => {
  it('keeps its shadow root closed to the page', async () => {
    const { controller, stop } = await setUp();
    expect(controller.overlay.host.shadowRoot).toBeNull();
    stop();
    controller.destroy();
  });

  it('acts on no synthetic click: fixes, ignore, turn off and allow stay untouched', async () => {
    const { controller, blameId, stop } = await setUp();
    const calls: string[] = [];
    const deps = (controller as unknown as { deps: Record<string, unknown> }).deps;
    deps.disableRule = async (id: string) => void calls.push(`off:${id}`);
    deps.allowPhrase = async (p: string) => void calls.push(`allow:${p}`);
    const apply = vi.spyOn(controller, 'apply');
    const ignore = vi.spyOn(controller, 'ignore');
    expect(controller.openCard(blameId, false)).toBe(true);
    const buttons = [...controller.overlay.card.element.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.action)).toEqual(['fix', 'ignore', 'disable-rule', 'allow-phrase']);
    for (const b of buttons) {
      b.click();
      b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    expect(calls).toEqual([]);
    expect(apply).not.toHaveBeenCalled();
    expect(ignore).not.toHaveBeenCalled();
    expect(controller.overlay.card.isOpen).toBe(true);
    // The same buttons do act on real input (a browser-made click).
    controller.overlay.card.element.querySelector<HTMLButtonElement>('[data-action="disable-rule"]')!.dispatchEvent(real(new MouseEvent('click')));
    expect(calls).toEqual(['off:blame-rule']);
    stop();
    controller.destroy();
  });
});
