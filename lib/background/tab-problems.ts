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
    const top = frames.get(0) ?? [...frames.values()][0];
    const all = [...frames.values()];
    return {
      ...top,
      words: all.reduce((n, p) => n + p.words, 0),
      problems: all.flatMap((p) => p.problems),
      // One frame that stopped checking makes the whole tab's list incomplete.
      stopped: all.find((p) => p.stopped)?.stopped,
      typed: all.some((p) => p.typed),
    };
  }

  count(tabId: number): number {
    return this.page(tabId)?.problems.length ?? 0;
  }

  frames(tabId: number): number[] {
    return [...(this.tabs.get(tabId)?.keys() ?? [])];
  }
}

/** Badge text: the number of problems, '999+' past that, empty for none. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
