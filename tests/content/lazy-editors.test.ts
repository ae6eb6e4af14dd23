// @vitest-environment happy-dom
// Pages with more than 50 editors: the rest are checked as they come into view, and the page says how many wait.
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../../lib/content/controller.ts';

/** Plays the browser's IntersectionObserver: the test decides what comes into view. */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  observed = new Set<Element>();
  constructor(private callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  show(els: Element[]) {
    this.callback(els.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry));
  }
}

const original = globalThis.IntersectionObserver;
afterEach(() => {
  globalThis.IntersectionObserver = original;
  document.body.innerHTML = '';
});

describe('more than 50 editors', () => {
  it('checks editors past the first 50 when they scroll into view or get focus, and counts those waiting', async () => {
    globalThis.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<textarea id="t${i}">Note ${i}: the council dropped the ball.</textarea>`).join('');
    const analysed: string[] = [];
    const controller = new Controller(document, {
      analyze: async (key) => {
        analysed.push(key);
        return [];
      },
      report: () => {},
      disableRule: async () => {},
      allowPhrase: async () => {},
      log: () => {},
    });
    const all = [...document.querySelectorAll('textarea')];
    for (const el of all) controller.attach(el);
    expect(controller.trackedCount).toBe(50);
    expect(controller.pageProblems().waiting).toBe(10);
    const io = FakeIntersectionObserver.last!;
    expect(io.observed.size).toBe(10);

    io.show(all.slice(50, 55));
    expect(controller.trackedCount).toBe(55);
    expect(controller.pageProblems().waiting).toBe(5);
    // Focus (or typing) checks an editor at once, wherever it is.
    controller.attach(all[59], true);
    expect(controller.trackedCount).toBe(56);
    all[58].remove();
    expect(controller.pageProblems().waiting).toBe(3);
    await new Promise((r) => setTimeout(r, 10));
    expect(new Set(analysed).size).toBe(56);
    controller.destroy();
  });
});
