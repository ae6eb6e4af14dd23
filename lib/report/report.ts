// The review report: what changed, what was dismissed and why, counts before and after; as Markdown or safe HTML.
import { PRACTICES } from '../practices.ts';
import { CATEGORIES, type Category } from '../engine/types.ts';
import { DISMISS_REASONS, reviewCounts, type ReviewState } from '../review/review.ts';

export interface ReportEntry {
  ruleId: string;
  message: string;
  original: string;
  /** New wording (changed entries). */
  replacement?: string;
  how?: string;
  /** Reason for a dismissal, as shown to the user. */
  reason?: string;
  practice: string;
}

export interface ReviewReport {
  title: string;
  url: string;
  date: string;
  before: number;
  after: number;
  wordsBefore: number;
  wordsAfter: number;
  /** Findings per category before and after, when the page's findings after the review are known. */
  byCategory?: Record<Category, { before: number; after: number }>;
  /** Partnership language noticed (a positive count) before and after, where known. */
  partnership?: { before?: number; after?: number };
  changed: ReportEntry[];
  dismissed: ReportEntry[];
  skipped: ReportEntry[];
  readyToCirculate: boolean;
}

export function buildReport(
  state: ReviewState,
  after: { findings: number; words: number; byCategory?: Record<Category, number>; partnership?: number },
  opts: { now?: Date; readyToCirculate?: boolean } = {},
): ReviewReport {
  const report: ReviewReport = {
    title: state.title,
    url: state.url,
    date: (opts.now ?? new Date()).toISOString().slice(0, 10),
    before: state.before,
    after: after.findings,
    wordsBefore: state.wordsBefore,
    wordsAfter: after.words,
    changed: [],
    dismissed: [],
    skipped: [],
    readyToCirculate: opts.readyToCirculate ?? false,
  };
  if (state.partnershipBefore !== undefined || after.partnership !== undefined) {
    report.partnership = { before: state.partnershipBefore, after: after.partnership };
  }
  if (after.byCategory) {
    const counts = after.byCategory;
    report.byCategory = Object.fromEntries(
      CATEGORIES.map((c) => [c, { before: state.items.filter((i) => i.category === c).length, after: counts[c] ?? 0 }]),
    ) as Record<Category, { before: number; after: number }>;
  }
  for (const item of state.items) {
    const d = state.decisions[item.id];
    const base: ReportEntry = {
      ruleId: item.ruleId,
      message: item.message,
      original: item.match,
      practice: PRACTICES[item.practice].title,
    };
    if (!d || d.kind === 'skipped') report.skipped.push(base);
    else if (d.kind === 'accepted') {
      report.changed.push({ ...base, ...(d.replaced !== undefined ? { original: d.replaced } : {}), replacement: d.replacement, how: `Suggestion: ${d.title}` });
    } else if (d.kind === 'edited') report.changed.push({ ...base, replacement: d.replacement, how: 'Edited by hand' });
    else {
      const label = DISMISS_REASONS[d.reason];
      report.dismissed.push({ ...base, reason: d.note?.trim() ? `${label}: ${d.note.trim()}` : label });
    }
  }
  return report;
}

export { reviewCounts };

/**
 * Escapes text for inline Markdown: page text must not become links, emphasis, code, HTML or table cells.
 * Entries never start a line, so '#', '-' and '+' stay readable as they are.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}\[\]<>|~])/g, '\\$1');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CATEGORY_NAMES: Record<Category, string> = {
  blame: 'Blame',
  'org-centric': 'Organisation-centric',
  'output-only': 'Output-only',
};

export function countsRows(r: ReviewReport): [string, string, string][] {
  const rows: [string, string, string][] = [['Findings', String(r.before), String(r.after)]];
  if (r.byCategory) {
    for (const c of CATEGORIES) rows.push([`– ${CATEGORY_NAMES[c]}`, String(r.byCategory[c].before), String(r.byCategory[c].after)]);
  }
  // Noticed, not flagged: what the notes do well, counted like the findings ("–" where it was not counted).
  if (r.partnership) {
    const show = (n?: number) => (n === undefined ? '–' : String(n));
    rows.push(['Partnership language', show(r.partnership.before), show(r.partnership.after)]);
  }
  rows.push(['Words', String(r.wordsBefore), String(r.wordsAfter)]);
  return rows;
}

export function toMarkdown(r: ReviewReport): string {
  const md = escapeMarkdown;
  const lines: string[] = [
    `# Review of “${md(r.title || r.url)}”`,
    '',
    `Reviewed on ${r.date} with Common Ground.${r.readyToCirculate ? ' Marked ready to circulate.' : ''}`,
    '',
    '| | Before | After |',
    '| --- | ---: | ---: |',
    ...countsRows(r).map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
    '',
    `## Changed (${r.changed.length})`,
    '',
  ];
  if (!r.changed.length) lines.push('Nothing was changed.', '');
  for (const e of r.changed) {
    lines.push(`- “${md(e.original)}” → “${md(e.replacement ?? '')}” (${md(e.how ?? '')}; \`${e.ruleId}\`)`);
  }
  if (r.changed.length) lines.push('');
  lines.push(`## Dismissed (${r.dismissed.length})`, '');
  if (!r.dismissed.length) lines.push('Nothing was dismissed.', '');
  for (const e of r.dismissed) lines.push(`- “${md(e.original)}”: ${md(e.reason ?? '')} (\`${e.ruleId}\`)`);
  if (r.dismissed.length) lines.push('');
  if (r.skipped.length) {
    lines.push(`## Skipped (${r.skipped.length})`, '');
    for (const e of r.skipped) lines.push(`- “${md(e.original)}”: ${md(e.message)} (\`${e.ruleId}\`)`);
    lines.push('');
  }
  return lines.join('\n');
}

function htmlList(entries: ReportEntry[], render: (e: ReportEntry) => string, empty: string): string {
  if (!entries.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<ul>\n${entries.map((e) => `<li>${render(e)}</li>`).join('\n')}\n</ul>`;
}

/** A standalone HTML document. Every piece of page text goes through escapeHtml. */
export function toHtml(r: ReviewReport): string {
  const h = escapeHtml;
  const code = (id: string) => `<code>${h(id)}</code>`;
  const title = `Review of “${r.title || r.url}”`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #8888;padding:.25rem .6rem;text-align:right}td:first-child,th:first-child{text-align:left}code{font-size:.85em;opacity:.75}</style>
</head>
<body>
<h1>${h(title)}</h1>
<p>Reviewed on ${h(r.date)} with Common Ground.${r.readyToCirculate ? ' <strong>Marked ready to circulate.</strong>' : ''}</p>
<table>
<thead><tr><th></th><th>Before</th><th>After</th></tr></thead>
<tbody>
${countsRows(r).map(([a, b, c]) => `<tr><td>${h(a)}</td><td>${h(b)}</td><td>${h(c)}</td></tr>`).join('\n')}
</tbody>
</table>
<h2>Changed (${r.changed.length})</h2>
${htmlList(r.changed, (e) => `“${h(e.original)}” → “${h(e.replacement ?? '')}” (${h(e.how ?? '')}; ${code(e.ruleId)})`, 'Nothing was changed.')}
<h2>Dismissed (${r.dismissed.length})</h2>
${htmlList(r.dismissed, (e) => `“${h(e.original)}”: ${h(e.reason ?? '')} (${code(e.ruleId)})`, 'Nothing was dismissed.')}
${r.skipped.length ? `<h2>Skipped (${r.skipped.length})</h2>\n${htmlList(r.skipped, (e) => `“${h(e.original)}”: ${h(e.message)} (${code(e.ruleId)})`, '')}` : ''}
</body>
</html>
`;
}
