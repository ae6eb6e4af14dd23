// The content script's side of analysis: sends text only (the background holds the settings), unwraps the reply.
import type { Diagnostic } from '../engine/types.ts';
import type { AnalyzeReply, CheckingStopped } from '../messages.ts';

/** Thrown when the background says checking stopped, so callers show why instead of "no problems". */
export class CheckingStoppedError extends Error {
  constructor(readonly stopped: CheckingStopped) {
    super(stopped.reason);
    this.name = 'CheckingStoppedError';
  }
}

/** What any failed analysis means for the user: the background's own reason, or the error in plain words. */
export function stoppedFrom(err: unknown): CheckingStopped {
  if (err instanceof CheckingStoppedError) return err.stopped;
  const message = err instanceof Error ? err.message : String(err);
  return { reason: `The checker failed: ${message.split('\n')[0] || 'no reason given'}.`.replace(/\.\.$/, '.') };
}

export type SendAnalyze = (data: { key: string; text: string }) => Promise<AnalyzeReply>;

export class AnalyzeClient {
  /** The latest notices about ignored settings entries, reported with the page's problems. */
  notices: string[] = [];

  constructor(private send: SendAnalyze) {}

  readonly analyze = async (key: string, text: string): Promise<Diagnostic[]> => {
    const reply = await this.send({ key, text });
    if ('stopped' in reply) throw new CheckingStoppedError(reply.stopped);
    this.notices = reply.notices ?? [];
    return reply.diagnostics;
  };
}
