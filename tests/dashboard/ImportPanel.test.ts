// @vitest-environment happy-dom
// Component test of the dashboard's import panel: files with the same name (possible by drag and drop) are listed.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import ImportPanel from '../../components/dashboard/ImportPanel.svelte';
import type { FileLike } from '../../lib/import/read-file.ts';
import { settle } from '../svelte-harness.ts';

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.replaceChildren();
});

const file = (name: string, text: string, path = ''): FileLike => ({
  name,
  size: text.length,
  lastModified: Date.UTC(2025, 0, 1),
  webkitRelativePath: path,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});


/** Puts files on the "Choose files" input as the browser would, then fires its change event. */
async function pick(files: FileLike[]) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-files"]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

function render() {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  window.addEventListener('error', onError);
  const dash = { db: undefined, preferences: { keepExcerpts: false, retentionMonths: 0 }, notice: '', bulkWriting: false, reload: async () => {} };
  app = mount(ImportPanel, { target: document.body, props: { dash: dash as never } });
  flushSync();
  return errors;
}

const rows = () => [...document.querySelectorAll('.ready tbody tr')].map((tr) => tr.querySelector('th')!.textContent);

describe('ImportPanel', () => {
  it('lists two different files that share a name, each under its own name', async () => {
    const errors = render();
    await pick([file('minutes.md', '# Board 2025-01-15\nThe council dropped the ball.'), file('minutes.md', '# Board 2025-02-12\nWe met the families.')]);
    expect(errors).toEqual([]);
    expect(rows()).toEqual(['minutes.md', 'minutes (2).md']);
    expect(document.querySelector('[data-testid="import-start"]')?.textContent).toContain('Import 2 files');
  });

  it('lists the same file dropped twice once, and says so', async () => {
    const errors = render();
    const text = '# Board 2025-01-15\nThe council dropped the ball.';
    await pick([file('minutes.md', text), file('minutes.md', text), file('notes.pdf', 'x'), file('notes.pdf', 'x')]);
    expect(errors).toEqual([]);
    expect(rows()).toEqual(['minutes.md']);
    const skipped = document.querySelector('details')?.textContent ?? '';
    expect(skipped).toContain('3 files skipped');
    expect(skipped).toContain('“minutes.md” was given twice');
  });
});
