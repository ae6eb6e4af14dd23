// Typed messages between content scripts, the background worker and extension pages (@webext-core/messaging).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Category, Diagnostic } from './engine/types.ts';

/** One finding as the side panel and review see it: a diagnostic located in one editor of the page. */
export interface Problem {
  /** Stable while the text around it is unchanged: `${editorKey}:${start}:${ruleId}`. */
  id: string;
  /** Which editor on the page holds it (content script's own key). */
  editorKey: string;
  /** The editor's name for people ("Minutes", "Text box 2"), from its label, aria-label or placeholder. */
  editor?: string;
  /** The frame that holds it (set by the background when it merges a tab's frames); page actions go there. */
  frameId?: number;
  diagnostic: Diagnostic;
  /** The words the first one-click rewrite replaces, when wider than the flagged words (fix-all previews show them). */
  replaced?: string;
  /** Up to ~40 characters either side, for context in lists and reports (page text: render as text). */
  before: string;
  match: string;
  after: string;
}

/** Why checking stopped (settings the engine cannot use, or a failure): said in the panel, badge and page, never "no problems". */
export interface CheckingStopped {
  reason: string;
  /** The top-level part of the settings at fault ("rules", "allow" …; "*" all of them), which the panel offers to reset. */
  part?: string;
}

/** The background's answer to an analysis request: findings (and ignored settings entries), or why it stopped. */
export type AnalyzeReply = { diagnostics: Diagnostic[]; notices?: string[] } | { stopped: CheckingStopped };

export interface PageProblems {
  url: string;
  title: string;
  words: number;
  problems: Problem[];
  /** How the text was read: inline editors, a read-only page check, a selection, or Google Docs' canvas. */
  source: 'editors' | 'page' | 'selection' | 'google-docs';
  /** Set when checking stopped: the problems list is then not "no problems" but unknown. */
  stopped?: CheckingStopped;
  /** Settings entries that were ignored (unknown rule ids), in words for the user. */
  notices?: string[];
  /** The user typed in one of these editors since the page loaded: only then may editing reach history. */
  typed?: boolean;
  /** Editors found but not checked yet: past the first 50, each is checked when it scrolls into view. */
  waiting?: number;
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
  /** Partnership language noticed in the text (a count, like the findings). */
  partnership?: number;
}

interface ProtocolMap {
  // content script → background
  /** The page's problems changed; background updates the badge and tells open panels. */
  problemsChanged(data: PageProblems): void;
  /** Ask background to record a history snapshot (throttled there: once per document per hour of editing). */
  recordSnapshot(data: SnapshotRequest): { ok: boolean; reason?: string };
  /** Ask background to note that a finding was dismissed (rule id; the excerpt is kept only if the user allows). */
  recordDismissal(data: { url: string; title: string; ruleId: string; excerpt?: string }): { ok: boolean; reason?: string };

  /**
   * Run the engine off the page's thread; `key` names the editor so the per-paragraph cache is reused. Settings
   * are not sent: the background holds them (read once from storage, updated on change), so a keystroke carries text only.
   */
  /** Frames of a tab that reported problems (the side panel asks each of them, not only the first to answer). */
  tabFrames(data: { tabId: number }): number[];

  analyzeText(data: { key: string; text: string }): AnalyzeReply;

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
  /** Undoes the last fix-all in one step (puts each editor's old words back), if the rewritten words are still there. */
  undoApplyAll(): { ok: boolean; message?: string };
  checkPage(data: { selectionOnly: boolean }): PageProblems;

  // background → extension pages
  /** Broadcast to open side panels when any tab's problems change. */
  tabProblemsChanged(data: { tabId: number; page: PageProblems }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
