// @vitest-environment happy-dom
// History starts only where the user typed: a pre-filled editor, or a page script's synthetic input, does not count.
import { afterEach, describe, expect, it } from 'vitest';
import { startInlineChecking } from '../../lib/content/page.ts';
import { TabProblems } from '../../lib/background/tab-problems.ts';
import type { PageProblems } from '../../lib/messages.ts';

const deps = {
  analyze: async () => [],
  report: () => {},
  disableRule: async () => {},
  allowPhrase: async () => {},
  log: () => {},
};
/** happy-dom has no isTrusted; a browser sets it on real input, and page scripts cannot. */
const real = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('typed', () => {
  it('is false for an editor only opened, or changed by a page script; true after the user types', () => {
    document.body.innerHTML = '<textarea id="ed">The council dropped the ball.</textarea>';
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    const { controller, stop } = startInlineChecking(document, deps);
    controller.attach(ed);
    expect(controller.pageProblems().typed).toBe(false);
    ed.value += ' More.';
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    expect(controller.pageProblems().typed).toBe(false);
    ed.dispatchEvent(real(new Event('input', { bubbles: true })));
    expect(controller.pageProblems().typed).toBe(true);
    stop();
  });

  it('is kept when frames are merged in the background', () => {
    const page = (typed: boolean): PageProblems => ({ url: 'https://x.org/a', title: 'A', words: 1, problems: [], source: 'editors', typed });
    const tabs = new TabProblems();
    tabs.set(1, 0, page(false));
    expect(tabs.page(1)?.typed).toBe(false);
    tabs.set(1, 3, page(true));
    expect(tabs.page(1)?.typed).toBe(true);
  });
});
