// Review report: entries by decision, counts before and after, Markdown and HTML with page text escaped.
import { describe, expect, it } from 'vitest';
import { buildReport, countsRows, escapeHtml, escapeMarkdown, toHtml, toMarkdown } from '../../lib/report/report.ts';
import { reportFileName } from '../../lib/report/file-name.ts';
import { decide, startReview } from '../../lib/review/review.ts';
import { makeProblem, samplePage } from '../panel/make-problems.ts';

const NOW = new Date('2026-03-14T10:00:00Z');

function finishedReview() {
  let s = startReview(samplePage());
  s = decide(s, { kind: 'accepted', suggestionIndex: 0, title: 'Describe the event', replacement: 'The referrals were not sent' });
  s = decide(s, { kind: 'dismissed', reason: 'quoted-verbatim', note: 'the chair’s words' });
  s = decide(s, { kind: 'edited', replacement: 'Our shared priorities' });
  return s;
}

describe('buildReport', () => {
  it('lists changed, dismissed (with reason) and skipped, with counts before and after', () => {
    const r = buildReport(finishedReview(), { findings: 1, words: 26 }, { now: NOW, readyToCirculate: true });
    expect(r).toMatchObject({ before: 3, after: 1, wordsBefore: 27, wordsAfter: 26, date: '2026-03-14', readyToCirculate: true });
    expect(r.changed).toEqual([
      expect.objectContaining({ original: 'Riverside Council failed to', replacement: 'The referrals were not sent', how: 'Suggestion: Describe the event' }),
      expect.objectContaining({ original: 'Our organisation’s priorities', replacement: 'Our shared priorities', how: 'Edited by hand' }),
    ]);
    expect(r.dismissed).toEqual([expect.objectContaining({ original: 'deliver 400 health checks', reason: 'Quoted verbatim: the chair’s words' })]);
    expect(r.skipped).toEqual([]);
  });

  it('counts undecided findings as skipped', () => {
    const r = buildReport(startReview(samplePage()), { findings: 3, words: 27 }, { now: NOW });
    expect(r.skipped).toHaveLength(3);
    expect(r.changed).toHaveLength(0);
  });
});

describe('Markdown', () => {
  it('has the counts table and every section', () => {
    const md = toMarkdown(buildReport(finishedReview(), { findings: 1, words: 26 }, { now: NOW }));
    expect(md).toContain('# Review of “Partnership board, March”');
    expect(md).toContain('| Findings | 3 | 1 |');
    expect(md).toContain('## Changed (2)');
    expect(md).toContain('- “Riverside Council failed to” → “The referrals were not sent”');
    expect(md).toContain('## Dismissed (1)');
    expect(md).toContain('Quoted verbatim: the chair’s words');
    expect(md).not.toContain('## Skipped');
  });

  it('escapes page text so it cannot become links, HTML or table cells', () => {
    expect(escapeMarkdown('[click](http://x) <b>|*a* follow-up `x`')).toBe('\\[click\\](http://x) \\<b\\>\\|\\*a\\* follow-up \\`x\\`');
    const text = 'We [blame](javascript:alert(1)) the <script> team.';
    const p = makeProblem({ text, match: '[blame](javascript:alert(1))' });
    const md = toMarkdown(buildReport(startReview(samplePage({ title: '# Title | x', problems: [p] })), { findings: 1, words: 5 }, { now: NOW }));
    expect(md).not.toContain('[blame](');
    expect(md).toContain('\\[blame\\](javascript:alert(1))');
    expect(md.split('\n')[0]).toBe('# Review of “# Title \\| x”');
  });
});

describe('HTML', () => {
  it('escapes every piece of page text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const text = 'The <img src=x onerror=alert(1)> team failed to act.';
    const p = makeProblem({ text, match: '<img src=x onerror=alert(1)> team failed to', message: 'Says <b>who</b>' });
    let s = startReview(samplePage({ title: '</title><script>alert(1)</script>', problems: [p] }));
    s = decide(s, { kind: 'dismissed', reason: 'other', note: '<i>kept</i>' });
    const html = toHtml(buildReport(s, { findings: 0, words: 9 }, { now: NOW }));
    expect(html).not.toMatch(/<script|<img|<i>|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; team failed to');
    expect(html).toContain('<title>Review of “&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;”</title>');
    expect(html).toContain('Other reason: &lt;i&gt;kept&lt;/i&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('is a complete document with counts and sections', () => {
    const html = toHtml(buildReport(finishedReview(), { findings: 1, words: 26 }, { now: NOW, readyToCirculate: true }));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<tr><td>Findings</td><td>3</td><td>1</td></tr>');
    expect(html).toContain('<h2>Changed (2)</h2>');
    expect(html).toContain('Marked ready to circulate.');
  });
});

describe('reportFileName', () => {
  it('makes a short safe slug', () => {
    expect(reportFileName('Partnership Board — March (draft)', '2026-03-14', 'md')).toBe('review-partnership-board-march-draft-2026-03-14.md');
    expect(reportFileName('../../etc', '2026-03-14', 'html')).toBe('review-etc-2026-03-14.html');
    expect(reportFileName('***', '2026-03-14', 'md')).toBe('review-notes-2026-03-14.md');
  });
});

describe('counts by category', () => {
  it('adds a row per category when the findings after are known', () => {
    const r = buildReport(finishedReview(), { findings: 1, words: 26, byCategory: { blame: 0, 'org-centric': 1, 'output-only': 0 } }, { now: NOW });
    expect(r.byCategory).toEqual({ blame: { before: 1, after: 0 }, 'org-centric': { before: 1, after: 1 }, 'output-only': { before: 1, after: 0 } });
    const md = toMarkdown(r);
    expect(md).toContain('| – Organisation-centric | 1 | 1 |');
    expect(toHtml(r)).toContain('<tr><td>– Blame</td><td>1</td><td>0</td></tr>');
  });
});

describe('partnership language in the report', () => {
  it('shows the positive count before and after in the counts, on screen and in Markdown and HTML', () => {
    let s = startReview(samplePage({ partnership: 2 }));
    expect(s.partnershipBefore).toBe(2);
    s = decide(s, { kind: 'accepted', suggestionIndex: 0, title: 'Describe the event', replacement: 'The referrals were not sent' });
    const r = buildReport(s, { findings: 2, words: 27, partnership: 3 }, { now: NOW });
    expect(r.partnership).toEqual({ before: 2, after: 3 });
    expect(countsRows(r)).toContainEqual(['Partnership language', '2', '3']);
    expect(toMarkdown(r)).toContain('| Partnership language | 2 | 3 |');
    expect(toHtml(r)).toContain('<tr><td>Partnership language</td><td>2</td><td>3</td></tr>');
  });

  it('shows no value, not 0, for a review begun before partnership language was counted', () => {
    const { partnershipBefore, ...old } = startReview(samplePage({ partnership: 5 }));
    expect(partnershipBefore).toBe(5);
    const r = buildReport(old, { findings: 3, words: 27, partnership: 1 }, { now: NOW });
    expect(countsRows(r)).toContainEqual(['Partnership language', '–', '1']);
    // Nothing known at all: no row.
    expect(countsRows(buildReport(old, { findings: 3, words: 27 }, { now: NOW })).map((row) => row[0])).not.toContain('Partnership language');
  });
});

describe('changed entries', () => {
  it('name the whole words a rewrite replaced when it was wider than the flagged words', () => {
    let s = startReview(samplePage());
    s = decide(s, { kind: 'accepted', suggestionIndex: 0, title: 'Describe the event', replacement: 'The referrals were not sent', replaced: 'Riverside Council failed to send the referrals again' });
    const r = buildReport(s, { findings: 2, words: 27 }, { now: NOW });
    expect(r.changed[0]).toMatchObject({ original: 'Riverside Council failed to send the referrals again', replacement: 'The referrals were not sent' });
  });
});
