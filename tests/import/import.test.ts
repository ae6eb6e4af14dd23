// Importing past minutes: reading files, rejecting binaries, dates, same numbers as `stats`, cancel stays consistent.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze, countWords, summarize } from '../../lib/engine/index.ts';
import { HistoryDB } from '../../lib/store/db.ts';
import { importPrepared, meetingTime } from '../../lib/import/import-files.ts';
import { prepareFile, readMinutesText, titleOf, type FileLike } from '../../lib/import/read-file.ts';

const RIVERSIDE = resolve(import.meta.dirname, '../fixtures/riverside');
const DOCX = resolve(import.meta.dirname, '../fixtures/import/northvale-forum.docx');

function fileLike(name: string, bytes: Uint8Array, lastModified = Date.UTC(2025, 5, 1)): FileLike {
  const copy = new Uint8Array(bytes); // a copy with its own ArrayBuffer (a Buffer may share a pool)
  return { name, size: copy.byteLength, lastModified, arrayBuffer: async () => copy.buffer };
}
const text = (name: string, s: string) => fileLike(name, new TextEncoder().encode(s));
const riversideFiles = () => readdirSync(RIVERSIDE).sort().map((f) => fileLike(f, readFileSync(join(RIVERSIDE, f))));

let db: HistoryDB;
let n = 0;
beforeEach(async () => {
  db = new HistoryDB(`import-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('reading files', () => {
  it('reads Markdown and plain text as UTF-8', async () => {
    expect(await readMinutesText(text('a.md', '# Board\nHeld today.'))).toBe('# Board\nHeld today.');
    expect(await readMinutesText(text('a.txt', '\uFEFFcafé'))).toBe('café');
  });
  it('reads .docx through mammoth', async () => {
    const body = await readMinutesText(fileLike('northvale-forum.docx', readFileSync(DOCX)));
    expect(body).toContain('Notes of the meeting held on 12 March 2025');
    const prepared = await prepareFile(fileLike('northvale-forum.docx', readFileSync(DOCX)));
    expect(prepared).toMatchObject({ title: 'Northvale Care Forum', date: '2025-03-12', dateSource: 'text' });
  });
  it.each([
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), /only \.md, \.txt and \.docx/],
    ['minutes.md', new Uint8Array([0x23, 0x20, 0x00, 0x01]), /looks like a binary file/],
    ['minutes.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x42, 0xc3]), /not UTF-8 text/],
    ['minutes.docx', new TextEncoder().encode('plain text pretending'), /not a Word \.docx file/],
    ['broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /could not be read as a Word document/],
  ])('rejects %s with a message', async (name, bytes, message) => {
    await expect(readMinutesText(fileLike(name, bytes))).rejects.toThrow(message);
  });
  it('takes the title from the first heading, else the first short line, else the name', () => {
    expect(titleOf('intro\n# **Board** minutes\n', 'x.md')).toBe('Board minutes');
    expect(titleOf('\n\nTeam huddle\nmore', 'x.md')).toBe('Team huddle');
    expect(titleOf('', 'notes-1.txt')).toBe('notes-1');
  });
  it('uses the file modification date when no date is found, and the user can correct it', async () => {
    const p = await prepareFile(text('undated.md', '# Huddle\nNo dates.'));
    expect(p).toMatchObject({ date: null, dateSource: 'none', fallbackDate: '2025-06-01' });
    await importPrepared(db, [p], { analyze });
    await importPrepared(db, [{ ...p, date: '2024-11-02' }], { analyze });
    const snaps = await db.snapshots.toArray();
    expect(snaps.map((s) => s.at)).toEqual([meetingTime('2024-11-02')]);
  });
});

describe('importing the Riverside year', () => {
  it('gives every file the same words and counts as the CLI computes, dated from the name, as one series', async () => {
    const prepared = await Promise.all(riversideFiles().map(prepareFile));
    const progress: number[] = [];
    const result = await importPrepared(db, prepared, { analyze, onProgress: (p) => progress.push(p.done) });
    expect(result).toEqual({ imported: 12, replaced: 0, cancelled: false, errors: [] });
    expect(progress.at(-1)).toBe(12);
    const docs = await db.documents.toArray();
    expect(new Set(docs.map((d) => d.series))).toEqual(new Set(['Riverside Place Partnership Board']));
    for (const p of prepared) {
      const doc = docs.find((d) => d.url === p.path)!;
      const snap = (await db.snapshots.where('docId').equals(doc.id!).first())!;
      const expected = summarize(countWords(p.text), analyze(p.text));
      expect(snap.at).toBe(meetingTime(p.path.slice(10, 20)));
      expect(snap.words).toBe(expected.words);
      expect(snap.countsByCategory).toEqual(expected.byCategory);
      expect(snap.countsByRule).toEqual(expected.byRule);
      expect(snap.excerpts).toBeUndefined();
    }
  });

  it('replaces rather than duplicates on a second import, and keeps excerpts only when allowed', async () => {
    const prepared = await Promise.all(riversideFiles().slice(0, 2).map(prepareFile));
    await importPrepared(db, prepared, { analyze, series: 'Board' });
    const again = await importPrepared(db, prepared, { analyze, series: 'Board', keepExcerpts: true });
    expect(again.replaced).toBe(2);
    expect(await db.snapshots.count()).toBe(2);
    const first = await db.snapshots.orderBy('at').first();
    expect(first!.excerpts!.length).toBeGreaterThan(0);
  });

  it('stops between files on cancel: what was imported is whole, the rest untouched', async () => {
    const prepared = await Promise.all(riversideFiles().map(prepareFile));
    const controller = new AbortController();
    const result = await importPrepared(db, prepared, {
      analyze,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 5) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.imported).toBe(5);
    expect(await db.documents.count()).toBe(5);
    expect(await db.snapshots.count()).toBe(5);
  });

  it('stops at a full disk, says why, and keeps the files already imported', async () => {
    const prepared = await Promise.all(riversideFiles().slice(0, 4).map(prepareFile));
    const add = db.snapshots.add.bind(db.snapshots);
    let writes = 0;
    db.snapshots.add = ((...args: Parameters<typeof add>) => {
      if (++writes === 3) return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      return add(...args);
    }) as typeof add;
    const result = await importPrepared(db, prepared, { analyze });
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([{ path: 'riverside-2025-03-15.md', message: expect.stringMatching(/no storage space left/) }]);
    expect(await db.snapshots.count()).toBe(2);
    // The failed file's transaction rolled back: no document without its snapshot.
    expect(await db.documents.count()).toBe(2);
  });

  it('reports a failing file and carries on', async () => {
    const prepared = await Promise.all(riversideFiles().slice(0, 3).map(prepareFile));
    let calls = 0;
    const result = await importPrepared(db, prepared, {
      analyze: (t) => {
        if (++calls === 2) throw new Error('engine failed');
        return analyze(t);
      },
    });
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([{ path: 'riverside-2025-02-15.md', message: 'engine failed' }]);
    expect(await db.snapshots.count()).toBe(2);
  });
});
