// Per-site switches, badge counts per tab and frame, and problem ids and "Ignore once" keys.
import { describe, expect, it } from 'vitest';
import { enabledPatterns, isLocalOrigin, isNotesSite, originOf, originPattern, siteEnabled } from '../../lib/content/sites.ts';
import { TabProblems, badgeText } from '../../lib/background/tab-problems.ts';
import { ignoreKey, problemId, toProblem, visibleDiagnostics } from '../../lib/content/problems.ts';
import type { Diagnostic } from '../../lib/engine/types.ts';
import type { PageProblems } from '../../lib/messages.ts';

const d = (start: number, end: number, ruleId = 'no-blame-idiom'): Diagnostic => ({
  ruleId, category: 'blame', practice: 4, severity: 'warning', message: 'm',
  start, end, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [],
});

describe('sites', () => {
  it('is on for local pages and off elsewhere until turned on', () => {
    expect(siteEnabled('http://127.0.0.1:5173', {})).toBe(true);
    expect(siteEnabled('http://localhost:3000', { 'http://localhost:3000': false })).toBe(false);
    expect(siteEnabled('https://example.org', {})).toBe(false);
    expect(siteEnabled('https://example.org', { 'https://example.org': true })).toBe(true);
    expect(isLocalOrigin('https://localhost.example.com')).toBe(false);
  });

  it('makes match patterns and origins only for web pages', () => {
    expect(originPattern('https://team.atlassian.net')).toBe('https://team.atlassian.net/*');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('https://hackmd.io/abc?x=1')).toBe('https://hackmd.io');
    expect(isNotesSite('https://acme.sharepoint.com')).toBe(true);
    expect(isNotesSite('https://sharepoint.com.evil.example')).toBe(false);
  });
});

describe('enabledPatterns', () => {
  const local = ['http://127.0.0.1/*', 'http://localhost/*'];

  it('has local pages unless turned off, and other sites only when on and granted', async () => {
    const granted = async (p: string) => p === 'https://hackmd.io/*';
    expect([...(await enabledPatterns({}, granted, local))]).toEqual(local);
    const sites = { 'http://localhost': false, 'https://hackmd.io': true, 'https://team.atlassian.net': true, 'https://x.org': false };
    expect([...(await enabledPatterns(sites, granted, local))]).toEqual(['http://127.0.0.1/*', 'https://hackmd.io/*']);
  });
});

describe('TabProblems', () => {
  const page = (n: number, url = 'https://x.org/'): PageProblems => ({
    url, title: 't', words: 10, source: 'editors',
    problems: Array.from({ length: n }, (_, i) => toProblem('e1', 'The council dropped the ball.', d(i, i + 1))),
  });

  it('adds frames of a tab together and forgets a tab', () => {
    const tabs = new TabProblems();
    tabs.set(1, 0, page(2));
    tabs.set(1, 7, page(3, 'about:blank'));
    tabs.set(2, 0, page(1));
    expect(tabs.count(1)).toBe(5);
    expect(tabs.page(1)?.url).toBe('https://x.org/');
    expect(tabs.page(1)?.words).toBe(20);
    tabs.clear(1);
    expect(tabs.count(1)).toBe(0);
    expect(tabs.count(2)).toBe(1);
  });

  it('shows counts on the badge, nothing for none', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(5000)).toBe('999+');
  });
});

describe('problems', () => {
  const text = 'The council dropped the ball on letters.';
  it('gives context either side and a stable id', () => {
    const p = toProblem('e2', text, d(12, 28));
    expect(p).toMatchObject({ id: 'e2:12:no-blame-idiom', before: 'The council ', match: 'dropped the ball', after: ' on letters.' });
    expect(problemId('e2', d(12, 28))).toBe(p.id);
  });

  it('hides ignored findings even after the text before them moved', () => {
    const ignored = new Set([ignoreKey(text, d(12, 28))]);
    expect(visibleDiagnostics(text, [d(12, 28), d(0, 3, 'other')], ignored).map((x) => x.ruleId)).toEqual(['other']);
    const moved = `Note. ${text}`;
    expect(visibleDiagnostics(moved, [d(18, 34)], ignored)).toEqual([]);
  });

  it('ignores one occurrence, not every one of the same words', () => {
    const twice = 'yet again and yet again';
    const all = [d(0, 9), d(14, 23)];
    const ignored = new Set([ignoreKey(twice, all[1], all)]);
    expect(visibleDiagnostics(twice, all, ignored).map((x) => x.start)).toEqual([0]);
  });
});
