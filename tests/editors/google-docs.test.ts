// Google Docs route: the pieces that can be tested without Docs (id from a stack, request/response bridge, adapter).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DOCS_REQUEST, DOCS_RESPONSE, createGoogleDocsAdapter, extensionIdFromStack, requestDocsText } from '../../lib/editors/google-docs.ts';
import { DOCS_ANNOTATE_SCRIPT, syncDocsAnnotate } from '../../lib/background/docs-annotate.ts';
import { enabledPatterns } from '../../lib/content/sites.ts';

describe('extensionIdFromStack', () => {
  it('finds a Chrome extension id in a main-world script stack', () => {
    const stack = 'Error\n    at main (chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/docs-annotate.js:1:20)';
    expect(extensionIdFromStack(stack)).toBe('abcdefghijklmnopabcdefghijklmnop');
  });

  it('finds nothing in a page script stack', () => {
    expect(extensionIdFromStack('Error\n    at https://docs.google.com/static/app.js:1:1')).toBeNull();
    expect(extensionIdFromStack(undefined)).toBeNull();
  });
});

describe('Docs text bridge', () => {
  it('is registered in the main world at document_start', () => {
    expect(DOCS_ANNOTATE_SCRIPT).toMatchObject({ world: 'MAIN', runAt: 'document_start' });
  });

  it('gets the text the main-world side answers with', async () => {
    const { document } = parseHTML('<html><body></body></html>');
    document.addEventListener(DOCS_REQUEST, () => {
      document.dispatchEvent(new document.defaultView!.CustomEvent(DOCS_RESPONSE, { detail: 'The council dropped the ball.' }));
    });
    expect(await requestDocsText(document as unknown as Document, 200)).toBe('The council dropped the ball.');
  });

  it('gives null when nobody answers (Docs did not allow us)', async () => {
    const { document } = parseHTML('<html><body></body></html>');
    expect(await requestDocsText(document as unknown as Document, 50)).toBeNull();
  });

  it('offers a read-only adapter: text for the side panel, no rects, no edits', async () => {
    const { document } = parseHTML('<html><body><div class="kix-appview-editor"></div></body></html>');
    document.addEventListener(DOCS_REQUEST, () => {
      document.dispatchEvent(new document.defaultView!.CustomEvent(DOCS_RESPONSE, { detail: 'Target: 12,000 appointments.' }));
    });
    const root = document.querySelector('.kix-appview-editor') as unknown as HTMLElement;
    const adapter = createGoogleDocsAdapter(root, 10_000);
    const changed = new Promise<void>((ok) => adapter.onChange(ok));
    await changed;
    expect(adapter.getText()).toBe('Target: 12,000 appointments.');
    expect(adapter.getRects(0, 6)).toEqual([]);
    expect(adapter.select(0, 6)).toBe(false);
    expect(await adapter.replace(0, 6, 'Aim')).toBe(false);
    adapter.dispose();
  });
});

describe('syncDocsAnnotate', () => {
  function fakeScripting(fail = false) {
    const registered = new Map<string, unknown>();
    return {
      registered,
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void ids.forEach((id) => registered.delete(id)),
      registerContentScripts: async (scripts: { id: string }[]) => {
        if (fail) throw new Error('world MAIN is not supported');
        for (const s of scripts) registered.set(s.id, s);
      },
    };
  }

  it('registers the main-world script only while Google Docs is enabled', async () => {
    const api = fakeScripting();
    expect(await syncDocsAnnotate(api, ['http://127.0.0.1/*', 'https://docs.google.com/*'])).toBe(true);
    expect([...api.registered.keys()]).toEqual([DOCS_ANNOTATE_SCRIPT.id]);
    expect(await syncDocsAnnotate(api, ['http://127.0.0.1/*'])).toBe(false);
    expect(api.registered.size).toBe(0);
  });

  it('follows the sites the user turned on and granted, as the background syncs them', async () => {
    const api = fakeScripting();
    const local = ['http://127.0.0.1/*', 'http://localhost/*'];
    const sync = async (sites: Record<string, boolean>, granted: string[]) =>
      syncDocsAnnotate(api, await enabledPatterns(sites, async (p) => granted.includes(p), local));
    const docs = 'https://docs.google.com/*';
    // Off by default, and another site being on does not bring it in.
    expect(await sync({}, [docs])).toBe(false);
    expect(await sync({ 'https://hackmd.io': true }, ['https://hackmd.io/*', docs])).toBe(false);
    // On but the permission was refused: nothing runs there, so nothing is registered.
    expect(await sync({ 'https://docs.google.com': true }, [])).toBe(false);
    expect(api.registered.size).toBe(0);
    expect(await sync({ 'https://docs.google.com': true }, [docs])).toBe(true);
    expect(api.registered.get(DOCS_ANNOTATE_SCRIPT.id)).toMatchObject({ matches: ['https://docs.google.com/document/*'], world: 'MAIN' });
    // Turning Docs off again removes it.
    expect(await sync({ 'https://docs.google.com': false }, [docs])).toBe(false);
    expect(api.registered.size).toBe(0);
  });

  it('falls back quietly where main-world scripts are not supported', async () => {
    expect(await syncDocsAnnotate(fakeScripting(true), ['https://docs.google.com/*'])).toBe(false);
  });
});

