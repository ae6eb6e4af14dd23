// Reads a minutes file chosen by the user: Markdown or plain text as UTF-8, .docx through mammoth's browser build.
import { detectDate, type DateSource } from '../engine/dates.ts';

export const ACCEPTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');
/** Larger files are almost certainly not meeting minutes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The parts of a File (or a test double) that reading needs. */
export interface FileLike {
  name: string;
  size: number;
  lastModified?: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export class UnsupportedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFileError';
  }
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function isAcceptedName(name: string): boolean {
  return (ACCEPTED_EXTENSIONS as readonly string[]).includes(extension(name));
}

/** UTF-8 text, or an error for files that hold NUL bytes or invalid UTF-8 (binary under a text name). */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UnsupportedFileError(`“${name}” looks like a binary file, not text, so it was not imported.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnsupportedFileError(`“${name}” is not UTF-8 text, so it was not imported. Save it as UTF-8 and try again.`);
  }
}

async function readDocx(buffer: ArrayBuffer, name: string): Promise<string> {
  const head = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new UnsupportedFileError(`“${name}” is not a Word .docx file, so it was not imported.`);
  // Loaded on first use: mammoth is large and most imports are Markdown.
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: buffer });
    return result.value;
  } catch {
    throw new UnsupportedFileError(`“${name}” could not be read as a Word document, so it was not imported.`);
  }
}

/** The text of a minutes file, or UnsupportedFileError with a message for the user. */
export async function readMinutesText(file: FileLike): Promise<string> {
  if (!isAcceptedName(file.name)) {
    throw new UnsupportedFileError(`“${file.name}” was skipped: only .md, .txt and .docx files can be imported.`);
  }
  if (file.size > MAX_FILE_BYTES) throw new UnsupportedFileError(`“${file.name}” is larger than 20 MB, so it was not imported.`);
  const buffer = await file.arrayBuffer();
  if (extension(file.name) === '.docx') return readDocx(buffer, file.name);
  return decodeText(new Uint8Array(buffer), file.name);
}

export interface PreparedFile {
  /** Path inside a picked folder, or the file name. Also the document's identity. */
  path: string;
  name: string;
  text: string;
  title: string;
  /** YYYY-MM-DD; the user may correct it before importing. */
  date: string | null;
  dateSource: DateSource;
  /** Used when no date is found and the user gives none: the file's own modification date. */
  fallbackDate: string;
}

/** The first Markdown heading, else the first short line, else the file name without its extension. */
export function titleOf(text: string, name: string): string {
  const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
  if (heading) return heading[1].replace(/[*_`]/g, '').trim();
  const first = text.split(/\r?\n/).find((l) => l.trim());
  if (first && first.trim().length <= 100) return first.replace(/[*_`]/g, '').trim();
  return name.replace(/\.[^.]+$/, '');
}

export async function prepareFile(file: FileLike): Promise<PreparedFile> {
  const text = await readMinutesText(file);
  const path = file.webkitRelativePath || file.name;
  const { date, source } = detectDate(file.name, text);
  const modified = new Date(file.lastModified ?? Date.now()).toISOString().slice(0, 10);
  return { path, name: file.name, text, title: titleOf(text, file.name), date, dateSource: source, fallbackDate: modified };
}
