// Turns command-line paths into readable text documents: folders recurse into .md/.txt, binaries are skipped.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './io.ts';

export const TEXT_EXTENSIONS = ['.md', '.txt'];
/** Like git and grep: a NUL byte in the first 8 KB marks a file as binary. */
const BINARY_SNIFF_BYTES = 8192;

export interface InputFile {
  /** The path as shown in reports: relative to the working folder when inside it, with forward slashes. */
  display: string;
  absolute: string;
}

export interface InputDocument {
  file: string;
  text: string;
}

/** Why a file-system call failed, in one plain line. */
export function describeFsError(err: unknown, target: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `No such file or folder: ${target}`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied reading ${target}`;
    case 'ELOOP':
      return `Cannot read ${target}: too many symbolic links (a link loop?)`;
    case 'EISDIR':
      return `Cannot read ${target}: it is a folder`;
    default:
      return `Cannot read ${target}: ${(err as Error | undefined)?.message ?? String(err)}`;
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute;
  return shown.split(path.sep).join('/');
}

async function walk(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(describeFsError(err, folder));
  }
  // Code-unit order, not locale order, so the same folder lists the same way on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    const full = path.join(folder, name);
    if (entry.isDirectory()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      out.push(...(await walk(full)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && TEXT_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
      out.push(full);
    }
  }
  return out;
}

/**
 * Expands paths in the order given: a file stays itself (whatever its extension), a folder becomes its
 * .md/.txt files, recursively and sorted. A missing path is a usage error. Duplicates are kept once.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<InputFile[]> {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (err) {
      throw new UsageError(describeFsError(err, given));
    }
    const found = info.isDirectory() ? await walk(absolute) : [absolute];
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push({ absolute: file, display: displayPath(file, cwd) });
    }
  }
  return files;
}

export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-8 with replacement characters for invalid bytes (non-fatal), a leading BOM dropped. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** Reads each file; binaries are skipped with a note, an unreadable file is a usage error. */
export async function readDocuments(files: readonly InputFile[], note: (line: string) => void): Promise<InputDocument[]> {
  const docs: InputDocument[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.absolute);
    } catch (err) {
      throw new UsageError(describeFsError(err, file.display));
    }
    if (isBinary(bytes)) {
      note(`Skipped ${file.display}: it looks like a binary file.`);
      continue;
    }
    docs.push({ file: file.display, text: decodeText(bytes) });
  }
  return docs;
}
