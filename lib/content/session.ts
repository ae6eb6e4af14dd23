// One page's inline checking across its documents: the top document and same-origin frames built by script.
import type { PageProblems } from '../messages.ts';
import type { Controller, ControllerDeps } from './controller.ts';
import { startInlineChecking } from './page.ts';

type Instance = ReturnType<typeof startInlineChecking> & { frame?: HTMLIFrameElement };

export class InlineSession {
  private instances = new Map<Document, Instance>();
  private frames = 0;
  private reportPending = false;

  constructor(private doc: Document, private deps: ControllerDeps) {
    this.add(doc);
  }

  private add(doc: Document, frame?: HTMLIFrameElement): void {
    const prefix = frame ? `f${++this.frames}-` : '';
    const instance: Instance = startInlineChecking(
      doc,
      { ...this.deps, report: () => this.report() },
      { keyPrefix: prefix, onFrame: (child, el) => this.adopt(child, el) },
    );
    instance.frame = frame;
    instance.controller.setMarkPartnership(this.markPartnership);
    this.instances.set(doc, instance);
  }

  /** The optional partnership mark (a preference), for every document of the page, frames found later included. */
  private markPartnership = false;
  setMarkPartnership(on: boolean): void {
    this.markPartnership = on;
    for (const c of this.controllers()) c.setMarkPartnership(on);
  }

  private adopt(child: Document, frame: HTMLIFrameElement): void {
    this.prune();
    if (!this.instances.has(child)) this.add(child, frame);
  }

  /** Stops frames that were removed or navigated away. */
  private prune(): void {
    for (const [doc, inst] of this.instances) {
      if (inst.frame && (!inst.frame.isConnected || inst.frame.contentDocument !== doc)) {
        inst.stop();
        this.instances.delete(doc);
      }
    }
  }

  controllers(): Controller[] {
    return [...this.instances.values()].map((i) => i.controller);
  }

  /** The controller holding a problem id. */
  owner(id: string): Controller | null {
    return this.controllers().find((c) => c.find(id)) ?? null;
  }

  /** The controller of the document that has focus (a frame's before the page's). */
  focused(): Controller | null {
    const all = this.controllers();
    return all.slice(1).find((c) => c.doc.hasFocus()) ?? (all[0]?.doc.hasFocus() ? all[0] : null);
  }

  get trackedCount(): number {
    return this.controllers().reduce((n, c) => n + c.trackedCount, 0);
  }

  pageProblems(): PageProblems {
    const parts = this.controllers().map((c) => c.pageProblems());
    const top = parts[0];
    const stopped = parts.find((p) => p.stopped)?.stopped;
    const waiting = parts.reduce((n, p) => n + (p.waiting ?? 0), 0);
    const page = { ...top, words: parts.reduce((n, p) => n + p.words, 0), problems: parts.flatMap((p) => p.problems), typed: parts.some((p) => p.typed), partnership: parts.reduce((n, p) => n + (p.partnership ?? 0), 0), ...(waiting ? { waiting } : {}) };
    return stopped ? { ...page, stopped } : page;
  }

  /** Reports when the page is idle: building the list and counting words is kept off the typing path. */
  report(): void {
    if (this.reportPending) return;
    this.reportPending = true;
    const run = () => {
      this.reportPending = false;
      this.prune();
      this.deps.report(this.pageProblems());
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 50);
  }

  async refresh(): Promise<void> {
    await Promise.all(this.controllers().map((c) => c.refresh()));
  }

  stop(): void {
    for (const inst of this.instances.values()) inst.stop();
    this.instances.clear();
  }
}
