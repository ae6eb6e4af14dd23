// Files from a drag and drop, walking into dropped folders (File System Entry API) with their relative paths.
import type { FileLike } from './read-file.ts';

/** Deep folders of minutes are rare; this stops a dropped home directory from walking forever. */
const MAX_FILES = 5000;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((ok, fail) => entry.file(ok, fail));
}

function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  return new Promise((ok, fail) => {
    // readEntries returns at most ~100 entries a call: keep reading until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return ok(out);
        out.push(...batch);
        next();
      }, fail);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: FileLike[]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    const path = entry.fullPath.replace(/^\/+/, '');
    out.push({
      name: file.name,
      size: file.size,
      lastModified: file.lastModified,
      webkitRelativePath: path,
      arrayBuffer: () => file.arrayBuffer(),
    });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/** Every file dropped, including those inside dropped folders; plain files where entries are unsupported. */
export async function droppedFiles(data: DataTransfer | null): Promise<FileLike[]> {
  if (!data) return [];
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return [...data.files];
  const out: FileLike[] = [];
  for (const entry of entries) await walk(entry as FileSystemEntry, out);
  return out;
}
