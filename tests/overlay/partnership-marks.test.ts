// @vitest-environment happy-dom
// The optional subtle mark: off by default; when on, a faint row of dots under each partnership phrase (never an
// underline), with an accessible name and title saying what it is; hidden while the text is being edited.
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../../lib/content/controller.ts';
import { OVERLAY_CSS } from '../../lib/overlay/styles.ts';
import { countPartnership, findPartnership } from '../../lib/rewrite/partnership.ts';

const TEXT = 'Delays are a shared concern. We will run 300 checks, so that people stay well.\nThe team asked what got in the way.';

async function setUp() {
  document.body.innerHTML = '<textarea id="ed"></textarea>';
  const ed = document.getElementById('ed') as HTMLTextAreaElement;
  ed.value = TEXT;
  // happy-dom lays nothing out: the editor and its text get boxes by hand (one 7 px character a column, one line).
  ed.getBoundingClientRect = () => ({ left: 0, top: 0, width: 900, height: 200, right: 900, bottom: 200, x: 0, y: 0, toJSON() {} }) as DOMRect;
  const controller = new Controller(document, { analyze: async () => [], report: () => {}, disableRule: async () => {}, allowPhrase: async () => {}, log: () => {} });
  const t = controller.attach(ed)!;
  t.adapter.getRects = (start: number, end: number) => [new DOMRect((start * 7) % 880, 20, (end - start) * 7, 16)];
  await controller.run(t);
  return { controller, ed, t };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('partnership mark', () => {
  it('is off by default: nothing is drawn for partnership language', async () => {
    const { controller } = await setUp();
    controller.paint();
    expect(controller.markPartnership).toBe(false);
    expect(controller.overlay.markBoxes()).toEqual([]);
    controller.destroy();
  });

  it('when on, marks each phrase under the words with a title and accessible name, and no underline class', async () => {
    const { controller } = await setUp();
    controller.setMarkPartnership(true);
    controller.paint();
    const marks = controller.overlay.markBoxes();
    expect(marks).toHaveLength(countPartnership(TEXT).total);
    expect(marks.map((m) => m.title)).toEqual([
      'Partnership language: shared ownership (“a shared concern”)',
      'Partnership language: an outcome for people (“so that people”)',
      'Partnership language: an outcome for people (“stay well”)',
      'Partnership language: a curious question (“what got in the way”)',
    ]);
    // Just below the words (the text rect ends at 36), a thin strip: it never covers them.
    expect(marks.every((m) => m.box.top === 36 && m.box.height === 3)).toBe(true);
    const els = [...(controller.overlay.root.querySelectorAll('.pm') as NodeListOf<HTMLElement>)].filter((d) => !d.hidden);
    expect(els.every((d) => d.getAttribute('role') === 'img' && d.getAttribute('aria-label')!.startsWith('Partnership language: '))).toBe(true);
    expect(els.some((d) => d.classList.contains('u'))).toBe(false);
    // The problem underlines stay the only underlines: the mark's style is dots, not a border or text decoration.
    const rule = OVERLAY_CSS.slice(OVERLAY_CSS.indexOf('.pm {'), OVERLAY_CSS.indexOf('}', OVERLAY_CSS.indexOf('.pm {')));
    expect(rule).toContain('radial-gradient');
    expect(rule).not.toMatch(/border(-bottom)?:|text-decoration|underline/);
    controller.setMarkPartnership(false);
    controller.paint();
    expect(controller.overlay.markBoxes()).toEqual([]);
    controller.destroy();
  });

  it('hides marks while the text changes, and draws them again for the new text after analysis', async () => {
    const { controller, ed, t } = await setUp();
    controller.setMarkPartnership(true);
    ed.value = 'Working together with partners. ' + TEXT;
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    controller.paint();
    expect(controller.overlay.markBoxes()).toEqual([]);
    await controller.run(t);
    controller.paint();
    expect(controller.overlay.markBoxes()).toHaveLength(findPartnership(ed.value).length);
    expect(controller.overlay.markBoxes()[0].title).toBe('Partnership language: shared ownership (“Working together”)');
    controller.destroy();
  });
});
