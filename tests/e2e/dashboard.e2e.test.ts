// History dashboard in real Chromium: import the Riverside year, see the monthly trend, export CSV = CLI stats, delete all.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, screenshot, startPageServer, type ExtensionSession } from './harness.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/riverside');
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort().map((f) => join(FIXTURES, f));
const CATEGORIES = ['blame', 'org-centric', 'output-only'] as const;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility problems axe-core finds on the page. */
async function axeSerious(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const r = await (window as unknown as { axe: { run: () => Promise<Result> } }).axe.run();
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
}

let session: ExtensionSession;
let page: Page;

type Row = Record<string, string>;

async function trendRows(p: Page): Promise<{ key: string; blame: number; total: number }[]> {
  return p.$$eval('[data-testid="trend-table"] tbody tr', (trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key') ?? '',
      blame: Number(tr.querySelector('td[data-category="blame"]')?.textContent),
      total: Number(tr.querySelector('[data-testid="total-rate"]')?.textContent),
    })),
  );
}

/** Least-squares slope of y over its index: negative when the series falls over the period. */
function slope(ys: number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

beforeAll(async () => {
  session = await launchExtension();
  page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await page.waitForSelector('body[data-drawn="true"]');
});

afterAll(async () => {
  await session?.close();
});

describe('history dashboard', () => {
  it('starts empty and says so', async () => {
    await expect(page.getByTestId('empty-state').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="trend-table"]').count()).toBe(0);
  });

  it('imports the twelve Riverside minutes and shows twelve monthly points with blame falling', async () => {
    await page.getByTestId('import-files').setInputFiles(FILES);
    await page.getByTestId('import-start').waitFor();
    expect(await page.getByTestId('import-series').inputValue()).toBe('Riverside Place Partnership Board');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-message').filter({ hasText: 'Imported 12 files' }).waitFor();
    await page.waitForSelector('[data-testid="trend-table"] tbody tr');

    const rows = await trendRows(page);
    expect(rows.map((r) => r.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    const blame = rows.map((r) => r.blame);
    expect(slope(blame)).toBeLessThan(0);
    expect(slope(rows.map((r) => r.total))).toBeLessThan(0);
    expect(await page.locator('[data-testid="documents-table"] tbody tr').count()).toBe(12);
    await expect(page.locator('figcaption').textContent()).resolves.toMatch(/Over 12 months, blame findings per 1,000 words/);

    // One series, grouped by week: still twelve points (one meeting a month), keyed by Monday.
    await page.getByTestId('filter').selectOption('series:Riverside Place Partnership Board');
    await page.getByLabel('By week').check();
    const weeks = await trendRows(page);
    expect(weeks.map((r) => r.key)).toHaveLength(12);
    expect(weeks[0].key).toBe('2025-01-13');
    await page.getByTestId('filter').selectOption('all');
    await page.getByLabel('By month').check();
    // Numbered from 1 after a filter change (Chromium kept stale list numbers for reordered rows).
    expect(await page.$$eval('[data-testid="top-rules"] li', (lis) => lis.map((li) => (li as HTMLLIElement).value))).toEqual(
      Array.from({ length: await page.locator('[data-testid="top-rules"] li').count() }, (_, i) => i + 1),
    );

    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'dashboard-light');
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await screenshot(page, 'dashboard-dark');
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('exports CSV with the same numbers as the CLI `stats` for the same files', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const file = await (await download).path();
    const exported = Papa.parse<Row>(readFileSync(file, 'utf8').trim(), { header: true }).data;

    const cli = spawnSync('npx', ['tsx', 'lib/cli/main.ts', 'stats', '--format', 'csv', 'tests/fixtures/riverside'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const stats = Papa.parse<Row>(cli.stdout.trim(), { header: true }).data;
    expect(stats).toHaveLength(12);
    expect(exported).toHaveLength(12);

    const numbers = (r: Row) => [
      r.date,
      Number(r.words),
      ...CATEGORIES.map((c) => Number(r[c])),
      Number(r.total),
      ...CATEGORIES.map((c) => Number(r[`${c}/1000`])),
      Number(r['total/1000']),
    ];
    const fromCli = new Map(stats.map((r) => [basename(r.file), numbers(r)]));
    for (const r of exported) expect(numbers(r), r.document).toEqual(fromCli.get(basename(r.document)));
  });

  it('accepts files dropped on the import area and lists skipped ones with the reason', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['# Huddle\nHeld on 3 March 2025.'], 'huddle.md', { type: 'text/markdown' }));
      data.items.add(new File([new Uint8Array([137, 80, 78, 71, 0, 1])], 'chart.png', { type: 'image/png' }));
      const zone = document.querySelector('[aria-label="Drop minutes files here"]')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('button', { name: 'Import 1 file' }).waitFor();
    expect(await page.getByLabel('Meeting date of huddle.md').inputValue()).toBe('2025-03-03');
    await expect(page.getByText('1 file skipped').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Clear' }).click();
  });

  it('rejects a foreign JSON file with a clear message and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-json-'));
    const bad = join(dir, 'other-app.json');
    writeFileSync(bad, JSON.stringify({ exportedBy: 'another tool', rows: [1, 2, 3] }));
    await page.getByTestId('import-json').setInputFiles(bad);
    await expect(page.getByTestId('import-json-error').textContent()).resolves.toMatch(/not a Common Ground history export.*Nothing was changed/);
    expect(await page.locator('[data-testid="trend-table"] tbody tr').count()).toBe(12);
  });

  it('takes the user from the import box to the result after an import', async () => {
    // With history the import box sits far below the chart; the user scrolls down to it to import more.
    await page.getByTestId('import-files').evaluate((el) => el.closest('section')!.scrollIntoView());
    const atImport = await page.evaluate(() => scrollY);
    expect(atImport).toBeGreaterThan(300);
    await page.getByTestId('import-files').setInputFiles(FILES.slice(0, 1));
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-message').filter({ hasText: 'Imported 1 file' }).waitFor();
    // The notice above the chart is in view (the page did not stay at the import box).
    await expect
      .poll(() => page.getByTestId('notice').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight; }))
      .toBe(true);
  });

  it('deletes everything after confirmation and shows the empty dashboard', async () => {
    await page.getByTestId('delete-all').click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByTestId('empty-state').waitFor();
    expect(await page.locator('[data-testid="trend-table"]').count()).toBe(0);
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await page.waitForSelector('body[data-drawn="true"]');
    await expect(page.getByTestId('empty-state').isVisible()).resolves.toBe(true);
    await screenshot(page, 'dashboard-empty');
  });

  it('offers "Open history dashboard" in the toolbar button menu', async () => {
    // contextMenus.update fails for an id that was never created.
    type MenusApi = { contextMenus: { update(id: string, p: object, cb: () => void): void }; runtime: { lastError?: unknown } };
    const exists = () =>
      session.worker.evaluate((id) => {
        const api = (globalThis as unknown as { chrome: MenusApi }).chrome;
        return new Promise<boolean>((ok) => api.contextMenus.update(id, {}, () => ok(!api.runtime.lastError)));
      }, 'common-ground-open-dashboard');
    await expect.poll(exists, { timeout: 5000 }).toBe(true);
  });

  it('says why history is off when the window has no IndexedDB', async () => {
    const privatePage = await session.context.newPage();
    await privatePage.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await privatePage.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await privatePage.waitForSelector('body[data-drawn="true"]');
    await expect(privatePage.getByTestId('history-off').textContent()).resolves.toMatch(/History is off: .*private window.*Checking notes still works/);
    await screenshot(privatePage, 'dashboard-history-off');
    await privatePage.close();
  });

  it('records a snapshot of notes edited inline, which an open dashboard then shows', async () => {
    const served = await startPageServer();
    try {
      // The dashboard stays open: the new snapshot must appear in it without a reload.
      const dashboard = await session.context.newPage();
      await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
      await dashboard.getByTestId('empty-state').waitFor();
      const notes = await session.context.newPage();
      await notes.goto(`${served.origin}/textarea.html`);
      const text = readFileSync(FILES[0], 'utf8').split('### 3.')[1].slice(0, 1200);
      await notes.locator('#ed').fill(text);
      await notes.locator('#ed').press('End');
      await dashboard.locator('[data-testid="documents-table"] tbody tr').first().waitFor({ timeout: 20000 });
      expect(await dashboard.locator('[data-testid="documents-table"] tbody tr').count()).toBe(1);
      const row = await dashboard.locator('[data-testid="documents-table"] tbody tr').first().textContent();
      expect(row).toContain('Textarea minutes');
      expect(row).toContain('127.0.0.1');
      await dashboard.close();
      await notes.close();
    } finally {
      served.server.close();
    }
  });

  it('made no network requests', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
