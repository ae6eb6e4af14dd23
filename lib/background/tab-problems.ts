// Problems per tab and frame, kept by the background for the badge and the side panel.
import type { PageProblems } from '../messages.ts';

export class TabProblems {
  private tabs = new Map<number, Map<number, PageProblems>>();

  set(tabId: number, frameId: number, page: PageProblems): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, page);
  }

  clear(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** All frames of a tab merged into one page (the top frame's url and title). */
  page(tabId: number): PageProblems | null {
    const frames = this.tabs.get(tabId);
    if (!frames || frames.size === 0) return null;
    return mergeFramePages([...frames]);
  }

  count(tabId: number): number {
    return this.page(tabId)?.problems.length ?? 0;
  }

  frames(tabId: number): number[] {
    return [...(this.tabs.get(tabId)?.keys() ?? [])];
  }
}

/**
 * One page from the answers of a tab's frames: the top frame's url, title and source, every frame's words and
 * problems, each problem tagged with its frame so actions on it go back to that frame alone.
 */
export function mergeFramePages(frames: readonly (readonly [number, PageProblems | null | undefined])[]): PageProblems | null {
  const answered = frames.filter((f): f is readonly [number, PageProblems] => !!f[1]).sort((a, b) => a[0] - b[0]);
  if (!answered.length) return null;
  const top = answered[0][1];
  const waiting = answered.reduce((n, [, p]) => n + (p.waiting ?? 0), 0);
  return {
    ...top,
    waiting: waiting || undefined,
    words: answered.reduce((n, [, p]) => n + p.words, 0),
    problems: answered.flatMap(([frameId, p]) => p.problems.map((x) => ({ ...x, frameId }))),
    // One frame that stopped checking makes the whole tab's list incomplete.
    stopped: answered.find(([, p]) => p.stopped)?.[1].stopped,
    typed: answered.some(([, p]) => p.typed),
  };
}

/** Badge text: the number of problems, '999+' past that, empty for none. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
