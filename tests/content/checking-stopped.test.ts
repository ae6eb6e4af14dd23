// @vitest-environment happy-dom
// An analysis that fails is reported as "checking stopped" with its reason, never as a page without problems.
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../../lib/content/controller.ts';
import { AnalyzeClient, CheckingStoppedError } from '../../lib/content/analyze-client.ts';
import { checkDocument } from '../../lib/content/page-check.ts';
import { TabProblems } from '../../lib/background/tab-problems.ts';
import type { AnalyzeReply, PageProblems } from '../../lib/messages.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';

const TEXT = 'The council dropped the ball.';
const DIAG: Diagnostic = {
  ruleId: 'no-blame-idiom', category: 'blame', practice: 4, severity: 'warning', message: 'm',
  start: 12, end: 28, line: 1, column: 13, endLine: 1, endColumn: 29, suggestions: [],
};
const STOPPED = { reason: 'The saved settings cannot be used. Invalid settings at "rules.x": expected "off"…', part: 'rules' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AnalyzeClient', () => {
  it('sends the text only: no settings travel with an analysis request', async () => {
    const sent: unknown[] = [];
    const client = new AnalyzeClient(async (data) => {
      sent.push(data);
      return { diagnostics: [DIAG], notices: ['No rule has the id “x”: its setting was ignored.'] };
    });
    expect(await client.analyze('e1', TEXT)).toEqual([DIAG]);
    expect(sent).toEqual([{ key: 'e1', text: TEXT }]);
    expect(client.notices).toEqual(['No rule has the id “x”: its setting was ignored.']);
  });

  it('throws CheckingStoppedError when the background says checking stopped', async () => {
    const client = new AnalyzeClient(async () => ({ stopped: STOPPED }));
    await expect(client.analyze('e1', TEXT)).rejects.toBeInstanceOf(CheckingStoppedError);
  });
});

describe('Controller', () => {
  it('reports checking stopped (with the reason) instead of an empty list, and recovers', async () => {
    document.body.innerHTML = '<textarea id="ed"></textarea>';
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    ed.value = TEXT;
    let reply: AnalyzeReply = { diagnostics: [DIAG] };
    const client = new AnalyzeClient(async () => reply);
    const reports: PageProblems[] = [];
    const controller = new Controller(document, {
      analyze: client.analyze,
      report: (p) => reports.push(p),
      disableRule: async () => {},
      allowPhrase: async () => {},
      log: () => {},
    });
    const t = controller.attach(ed)!;
    await controller.run(t);
    expect(reports.at(-1)).toMatchObject({ problems: [expect.anything()] });
    expect(reports.at(-1)!.stopped).toBeUndefined();

    reply = { stopped: STOPPED };
    await controller.run(t);
    expect(reports.at(-1)).toMatchObject({ problems: [], stopped: STOPPED });
    expect(controller.pageProblems().stopped).toEqual(STOPPED);

    // A failure of the messaging itself (the background gone) is a stop too, with its message.
    const failing = new Controller(document, { ...{ report: (p: PageProblems) => reports.push(p), disableRule: async () => {}, allowPhrase: async () => {}, log: () => {} }, analyze: async () => { throw new Error('Could not establish connection'); } });
    await failing.run(failing.attach(ed)!);
    expect(reports.at(-1)!.stopped?.reason).toBe('The checker failed: Could not establish connection.');
    failing.destroy();

    reply = { diagnostics: [DIAG] };
    await controller.run(t);
    expect(reports.at(-1)!.stopped).toBeUndefined();
    expect(reports.at(-1)!.problems).toHaveLength(1);
    controller.destroy();
  });

  it('"Check this page" reports a stop rather than no problems', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const page = await checkDocument(document, false, async () => {
      throw new CheckingStoppedError(STOPPED);
    });
    expect(page.stopped).toEqual(STOPPED);
  });
});

describe('TabProblems', () => {
  it('marks the whole tab stopped when any frame stopped', () => {
    const tabs = new TabProblems();
    const base = { url: 'http://localhost/', title: 't', words: 5, problems: [], source: 'editors' as const };
    tabs.set(1, 0, base);
    tabs.set(1, 3, { ...base, stopped: STOPPED });
    expect(tabs.page(1)!.stopped).toEqual(STOPPED);
    tabs.set(1, 3, base);
    expect(tabs.page(1)!.stopped).toBeUndefined();
  });
});
