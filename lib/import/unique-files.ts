// Files chosen together that share a path (possible by drag and drop): one copy of each file, distinct names otherwise.

/** The parts of a prepared file this needs (its path is the imported document's identity). */
interface Named {
  path: string;
  text: string;
}

/** "minutes.md" → "minutes (2).md": a second, different file of the same name gets a document of its own. */
function numbered(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
}

/** Drops exact repeats (same path, same text) and renames different files that share a path. */
export function uniquePaths<T extends Named>(files: readonly T[]): { files: T[]; repeats: { name: string; message: string }[] } {
  const taken = new Set<string>();
  /** Texts already listed under each path as given. */
  const texts = new Map<string, Set<string>>();
  const out: T[] = [];
  const repeats: { name: string; message: string }[] = [];
  for (const f of files) {
    const same = texts.get(f.path) ?? new Set<string>();
    texts.set(f.path, same);
    if (same.has(f.text)) {
      repeats.push({ name: f.path, message: `“${f.path}” was given twice; it is imported once.` });
      continue;
    }
    same.add(f.text);
    let path = f.path;
    for (let n = 2; taken.has(path); n++) path = numbered(f.path, n);
    taken.add(path);
    out.push(path === f.path ? f : { ...f, path });
  }
  return { files: out, repeats };
}
