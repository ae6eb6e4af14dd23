// Shared helpers for component tests: let Svelte and pending promises settle, read the page's text as a user sees it.
import { flushSync } from 'svelte';

/** Runs a few macrotask turns, flushing Svelte after each, so awaited storage and messages have landed. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

/** The document's visible text with runs of white space folded to one space. */
export const bodyText = (): string => document.body.textContent!.replace(/\s+/g, ' ');
