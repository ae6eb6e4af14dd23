// Typed messages between content scripts, the background worker and extension pages (@webext-core/messaging).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Category, Diagnostic } from './engine/types.ts';
import type { Settings } from './engine/settings.ts';

/** One finding as the side panel and review see it: a diagnostic located in one editor of the page. */
export interface Problem {
  /** Stable while the text around it is unchanged: `${editorKey}:${start}:${ruleId}`. */
  id: string;
  /** Which editor on the page holds it (content script's own key). */
  editorKey: string;
  diagnostic: Diagnostic;
  /** Up to ~40 characters either side, for context in lists and reports (page text: render as text). */
  before: string;
  match: string;
  after: string;
}

export interface PageProblems {
  url: string;
  title: string;
  words: number;
  problems: Problem[];
  /** How the text was read: inline editors, a read-only page check, a selection, or Google Docs' canvas. */
  source: 'editors' | 'page' | 'selection' | 'google-docs';
  /** Partnership language noticed (outcomes for people, shared ownership, curious questions, community framing). */
  partnership?: number;
}

export interface SnapshotRequest {
  url: string;
  title: string;
  words: number;
  countsByRule: Record<string, number>;
  countsByCategory: Record<Category, number>;
  review?: { changed: number; dismissed: number; skipped: number; before: number; after: number };
  readyToCirculate?: boolean;
  reason: 'review' | 'editing';
  /** Excerpts only when the user allows it in Privacy settings. */
  excerpts?: { ruleId: string; text: string }[];
}

interface ProtocolMap {
  // content script → background
  /** The page's problems changed; background updates the badge and tells open panels. */
  problemsChanged(data: PageProblems): void;
  /** Ask background to record a history snapshot (throttled there: once per document per hour of editing). */
  recordSnapshot(data: SnapshotRequest): { ok: boolean; reason?: string };
  /** Ask background to note that a finding was dismissed (rule id; the excerpt is kept only if the user allows). */
  recordDismissal(data: { url: string; title: string; ruleId: string; excerpt?: string }): { ok: boolean; reason?: string };

  /** Run the engine off the page's thread; `key` names the editor so the per-paragraph cache is reused. */
  analyzeText(data: { key: string; text: string; settings: Settings }): Diagnostic[];

  // background → content script
  /** A keyboard command (commands API) for the focused tab: move between problems or open the fixes. */
  runCommand(data: { command: 'next-problem' | 'previous-problem' | 'quick-fix' }): boolean;

  // extension pages → content script (sent with tabId)
  getProblems(): PageProblems | null;
  revealProblem(data: { id: string }): boolean;
  applySuggestion(data: { id: string; suggestionIndex: number }): { ok: boolean; message?: string };
  ignoreProblem(data: { id: string }): boolean;
  /** Review's "edit": replace the flagged words of a problem with free text typed by the user. */
  replaceProblem(data: { id: string; text: string }): { ok: boolean; message?: string };
  /** Fix all: apply the first checked rewrite of each problem, one edit (one undo step) per editor. */
  applyAllSuggestions(data: { ids: string[] }): { ok: boolean; applied: number; message?: string };
  checkPage(data: { selectionOnly: boolean }): PageProblems;

  // background → extension pages
  /** Broadcast to open side panels when any tab's problems change. */
  tabProblemsChanged(data: { tabId: number; page: PageProblems }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
