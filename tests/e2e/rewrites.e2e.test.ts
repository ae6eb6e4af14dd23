// A generated rewrite applied through the card in a textarea and a rich editor: wider range, outcome selected, one undo.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { applySuggestion } from '../../lib/engine/index.ts';
import { guardNames, modelText, openEditorPage } from './editor-page.ts';
import { ask, cardState, clickCardButton, poll, problemsFor, useExtensionSession } from './extension-helpers.ts';

const TEXT = 'Target: 12,000 appointments by March.';
const ext = useExtensionSession();

const CASES = [
  { name: 'textarea', selector: '#ed', rich: false },
  { name: 'tiptap', selector: '.ProseMirror', rich: true },
];

describe.each(CASES)('a generated rewrite in $name', ({ name, selector, rich }) => {
  it('applies the "so that" outcome through the editor, selects the outcome, and Ctrl+Z undoes it', async () => {
    const page = await ext.session.context.newPage();
    await guardNames(page);
    if (rich) await openEditorPage(page, ext.origin, name);
    else await page.goto(`${ext.origin}/${name}.html`);
    const text = () => (rich ? modelText(page) : page.evaluate(() => (document.getElementById('ed') as HTMLTextAreaElement).value));
    const selected = () =>
      page.evaluate(() => {
        const ed = document.getElementById('ed');
        if (ed instanceof HTMLTextAreaElement) return ed.value.slice(ed.selectionStart, ed.selectionEnd);
        return window.getSelection()?.toString() ?? '';
      });
    await page.click(selector);
    await page.keyboard.type(TEXT);
    await poll(text).toBe(TEXT);
    await page.waitForTimeout(1200);

    // The engine's own rewrite for the finding: a range wider than the flagged words and an outcome to select.
    const expected = analyze(TEXT);
    const d = expected.find((x) => x.suggestions.some((s) => s.range && s.select))!;
    expect(d, 'a finding with a generated rewrite').toBeTruthy();
    const index = d.suggestions.findIndex((s) => s.replacement !== undefined);
    const s = d.suggestions[index];
    const after = applySuggestion(TEXT, d, index);
    const outcome = s.replacement!.slice(s.select!.start, s.select!.end);
    expect(after).toContain(`, so that ${outcome}.`);

    await problemsFor(ext.session, expected.length);
    expect(await ask(ext.session, 'runCommand', { command: 'next-problem' })).toBe(true);
    await poll(async () => (await cardState(page)).open).toBe(true);
    // The overlay's shadow root is closed and its buttons take only real input: click as a person does.
    await clickCardButton(page, 'button.fix');
    await poll(text).toBe(after);
    await poll(selected).toBe(outcome);

    // One undo step takes the whole rewrite back.
    await page.keyboard.press('Control+z');
    await poll(text).toBe(TEXT);
    expect(ext.session.foreignRequests).toEqual([]);
    await page.close();
  });
});
