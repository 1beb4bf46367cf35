import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatHtml } from '../../src/format/html.js';
import { clientText } from '../../src/format/html/client-text.js';
import { summaryOf } from '../../src/batch/jsonl.js';
import { formatBatchIndex } from '../../src/batch/index-page.js';
import { fixFirst } from '../../src/report/priorities.js';
import { compareReports } from '../../src/report/compare.js';
import { exampleReport, hostileReport, PAYLOADS } from './hostile.js';

const CHROMIUM = '/usr/bin/chromium';

interface Opened {
  page: Page;
  /** Every request but the document's own data: URL (Playwright may or may not report that one). */
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!existsSync(CHROMIUM))(`HTML report in Chromium (skipped when ${CHROMIUM} is missing: apt-get install chromium; CI installs it)`, () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Open HTML as a data: URL with JavaScript on, recording every request and dialog; nothing reaches the network. */
  async function open(html: string): Promise<Opened> {
    const page = await browser!.newPage({ javaScriptEnabled: true });
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url().slice(0, 200));
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route(/^(?!data:)/, (route) => route.abort());
    await page.goto(url, { waitUntil: 'load' });
    // an onerror or onload handler fires after load: give it the chance to
    await page.waitForTimeout(250);
    return { page, requests, dialogs };
  }

  const pwned = (page: Page) => page.evaluate('window.__pwned');

  it('(the harness sees a script run and a request made in an unsafe page)', async () => {
    const { page, requests, dialogs } = await open('<p>x</p><script>window.__pwned = 1; alert("hi")</script><img src="https://evil.example/x.png">');
    expect(await pwned(page)).toBe(1);
    expect(dialogs).toEqual(['hi']);
    expect(requests).toEqual(['https://evil.example/x.png']);
    await page.close();
  }, 30_000);

  const report = hostileReport();
  const html = formatHtml(report, { comparison: compareReports(report, report) });
  // without its CSP the file must still be inert: the escaping alone has to hold
  const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

  it.each([
    ['with its Content-Security-Policy', html],
    ['without its Content-Security-Policy', withoutCsp],
  ])('a hostile report %s runs no script and requests nothing', async (_, source) => {
    expect(source.includes('Content-Security-Policy')).toBe(source === html);
    const { page, requests, dialogs } = await open(source);
    expect(dialogs).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    expect(requests).toEqual([]);
    const hrefs = (await page.evaluate("Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href'))")) as string[];
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:|file:)/);
    const text = (await page.evaluate('document.body.innerText')) as string;
    expect(text).toContain(PAYLOADS.script);
    expect(text).toContain('<img src=x onerror=');
    expect(await page.evaluate("document.querySelectorAll('script, img, svg, iframe').length")).toBe(0);
    await page.close();
  }, 30_000);

  /** Where screenshots go: $CAREAUDIT_SCREENSHOTS (to look at them), else a temporary folder. */
  const shots = async () => process.env.CAREAUDIT_SCREENSHOTS ?? (await mkdtemp(join(tmpdir(), 'careaudit-shots-')));

  /** The text of the elements that are (at least partly) on the first screen, as a reader sees it. */
  const firstScreenText = (page: Page) =>
    page.evaluate(`Array.from(document.querySelectorAll('h1, h2, h3, p, li, .num, .band-word, td, th'))
      .filter((el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top < window.innerHeight && r.bottom > 0; })
      .map((el) => el.innerText).join('\\n')`) as Promise<string>;

  it("shows the weak store's name, score and top fixes on the first screen", async () => {
    const weak = await exampleReport('corner-shop');
    const { page } = await open(formatHtml(weak, { gate: true }));
    await page.setViewportSize({ width: 1100, height: 900 });
    const file = join(await shots(), 'weak-first-screen.png');
    await page.screenshot({ path: file });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    const text = await firstScreenText(page);
    expect(text).toContain('Corner Shop');
    expect(text).toMatch(new RegExp(`^${weak.score}$`, 'm'));
    expect(text).toContain('Poor');
    expect(text).toContain('What to fix first');
    for (const rule of fixFirst(weak).slice(0, 3)) expect(text).toContain(clientText(rule.message));
    // the passed checks are folded away until opened
    expect(await page.evaluate(`document.querySelector('article.s-pass').checkVisibility()`)).toBe(false);
    await page.close();
  }, 30_000);

  it('on paper: the summary, then only the failed and to-verify checks', async () => {
    const weak = await exampleReport('corner-shop');
    const { page } = await open(formatHtml(weak));
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.evaluate(`Array.from(document.querySelectorAll('${selector}')).filter((el) => el.getClientRects().length > 0).length`);
    expect(await shown('article.s-fail')).toBe(weak.summary.fail);
    expect(await shown('article.s-manual')).toBe(weak.summary.manual);
    expect(await shown('article.s-pass, article.s-na, table.bench, .pagetable')).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFile(join(await shots(), 'weak.pdf'), pdf);
    await page.close();
  }, 30_000);

  it('shows a batch index: every store by name, best score first, with its top fixes', async () => {
    const reports = [await exampleReport('corner-shop'), await exampleReport('northwind-outfitters')];
    const rows = reports.map((report, i) =>
      summaryOf({ id: report.target, target: report.target, status: 'audited', exitCode: 0, score: report.score, band: report.band, gate: report.gate, report, reportName: `store-${i}`, finishedAt: report.startedAt }),
    );
    rows.push({ id: 'https://down.example', target: 'https://down.example', status: 'failed', score: null, band: null, gatePassed: false, error: 'could not resolve host' });
    const { page } = await open(formatBatchIndex(rows, { extension: 'html', generatedAt: new Date() }));
    await page.setViewportSize({ width: 1100, height: 900 });
    const file = join(await shots(), 'batch-index.png');
    await page.screenshot({ path: file, fullPage: true });
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    const text = (await page.evaluate('document.body.innerText')) as string;
    expect(text.indexOf('Northwind Outfitters')).toBeLessThan(text.indexOf('Corner Shop'));
    expect(text.indexOf('Corner Shop')).toBeLessThan(text.indexOf('down.example'));
    expect(text).toMatch(new RegExp(`Corner Shop[\\s\\S]*${reports[0]!.score}\\s+Poor`));
    expect(text).toContain('Show your customer-service number in the header or footer of every page');
    expect(text).toContain('could not be audited: could not resolve host');
    await page.close();
  }, 30_000);

  it('prints to an A4 PDF', async () => {
    const { page } = await open(html);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 30_000);
});
