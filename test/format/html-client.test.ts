import { load } from 'cheerio';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSlug } from '../../src/report/site-slug.js';
import { formatHtml } from '../../src/format/html.js';
import { clientText, storePath } from '../../src/format/html/client-text.js';
import { siteName } from '../../src/report/site-name.js';
import type { Report } from '../../src/report/report.js';
import { cli } from '../cli/run.js';
import { serveFolder, type TestServer } from '../helpers/static-server.js';
import { exampleReport } from './hostile.js';

const weak = await exampleReport('corner-shop');
/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let server: TestServer;
beforeAll(async () => {
  server = await serveFolder('examples/corner-shop');
});
afterAll(() => server.close());

describe('HTML report for a client', () => {
  it("is headed by the store's name, with the audited target small below it", () => {
    const $ = load(formatHtml(weak));
    expect(weak.site).toEqual({ name: 'Corner Shop', nameSource: 'og:site_name' });
    expect($('h1').text()).toBe('Corner Shop');
    expect($('.masthead .target').text()).toBe('examples/corner-shop');
    expect($('title').text()).toBe('Customer-support audit: Corner Shop — 24/100');
  });

  it('names the store from og:site_name, else the home page title, else the host or folder', () => {
    const page = (html: string) => ({ url: 'https://www.shop.example/', roles: ['home' as const], status: 'ok' as const, headers: {}, html });
    const snapshot = (html: string, target = 'https://www.shop.example/') => ({ target, kind: 'url' as const, pages: [page(html)] });
    expect(siteName(snapshot('<title>Home | Acme Outdoor – tents and boots</title>'))).toEqual({ name: 'Acme Outdoor', nameSource: 'the home page title' });
    expect(siteName(snapshot('<title>Welcome to Sklep Rowerowy</title>'))).toEqual({ name: 'Sklep Rowerowy', nameSource: 'the home page title' });
    expect(siteName(snapshot('<p>no title</p>'))).toEqual({ name: 'shop.example', nameSource: 'the host' });
    expect(siteName({ target: 'dist/', kind: 'folder', pages: [] })).toEqual({ name: 'dist', nameSource: 'the folder name' });
  });

  it('says nothing in command-line words, and shows pages where they are in the store', () => {
    const text = load(formatHtml(weak, { gate: true }))('body').text();
    expect(text).not.toMatch(/--[a-z]/);
    expect(clientText('no order-confirmation email was given (use --email FILE)')).toBe('no order-confirmation email was provided');
    expect(clientText('4 rule(s) of severity error failed (--fail-on error): a, b')).toBe('4 rule(s) of severity error failed: a, b');
    expect(clientText('score 24 is below the minimum of 50 (--min-score or thresholds.score)')).toBe('score 24 is below the minimum of 50');
    expect(clientText('given with --page contact=../x/contact.html')).toBe('provided with the audit');
    expect(storePath({ target: 'examples/corner-shop' }, 'examples/corner-shop/checkout/index.html')).toBe('checkout/index.html');
    expect(storePath({ target: '../../shops/corner/' }, '../../shops/corner/faq/index.html')).toBe('faq/index.html');
    expect(storePath({ target: 'shop/index.html' }, 'shop/returns.html')).toBe('returns.html');
    expect(storePath({ target: 'shop' }, '../../mail/order.eml')).toBe('order.eml');
    const $ = load(formatHtml(weak));
    expect($('article[id="rule-checkout.max-steps"] .where').text()).toBe('— checkout/index.html');
  });

  it('folds passed and not-applicable checks away, and prints only what needs work after a one-page summary', () => {
    const html = formatHtml(weak);
    const $ = load(html);
    for (const rule of weak.rules) {
      const folded = $(`article[id="rule-${rule.id}"]`).parents('details.folded').length === 1;
      expect(folded, rule.id).toBe(rule.status === 'pass' || rule.status === 'na');
    }
    expect($('details.folded[open]').length).toBe(0);
    expect($('details.folded summary').first().text()).toMatch(/^\d+ passed checks?/);
    const print = /@media print \{([\s\S]*)\n\}/.exec($('style').text())![1]!;
    expect(print).toMatch(/details\.folded, \.benchmarks, \.pages, \.rule\.s-na, \.rule\.s-pass \{ display: none; \}/);
  });

  it('writes "not scored" as a label, not inside a bar it does not fit', () => {
    const report = structuredClone(weak) as Report;
    report.categories[4] = { ...report.categories[4]!, score: null, band: null };
    const row = load(formatHtml(report))('table.cats tbody tr').eq(4);
    expect(row.find('.track').length).toBe(0);
    expect(row.find('.unscored').text()).toBe('not scored');
  });

  it('takes an agency title, client, logo and colour; refuses a bad colour or an oversized logo (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-brand-'));
    await writeFile(join(dir, 'logo.png'), PNG);
    await writeFile(join(dir, 'huge.png'), Buffer.alloc(300 * 1024));
    const out = join(dir, 'report.html');
    const args = ['examples/corner-shop', '--format', 'html', '--output', out, '--fail-on', 'none'];
    const run = await cli([...args, '--title', 'Service review', '--client', 'Corner Shop Ltd', '--brand-logo', join(dir, 'logo.png'), '--brand-color', '#0b5fff']);
    expect(run.code, run.stderr).toBe(0);
    const $ = load(await readFile(out, 'utf8'));
    expect($('.eyebrow').text()).toBe('Service review');
    expect($('.client').text()).toBe('Prepared for Corner Shop Ltd');
    expect($('img.logo').attr('src')).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect($('style').text()).toContain(':root { --brand: #0b5fff; }');
    expect($('title').text()).toMatch(/^Service review: Corner Shop/);
    for (const bad of [['--brand-color', 'red;}body{display:none'], ['--brand-logo', join(dir, 'huge.png')], ['--brand-logo', join(dir, 'report.html')]]) {
      const refused = await cli([...args, ...bad]);
      expect(refused.code, bad.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/^careaudit: --brand-(color|logo)/);
    }
  });

  it('shows the gate only when one was asked for, in plain words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-gatebox-'));
    const html = async (...flags: string[]) => {
      await cli(['examples/corner-shop', '--format', 'html', '--output', join(dir, 'r.html'), ...flags]);
      return load(await readFile(join(dir, 'r.html'), 'utf8'));
    };
    expect((await html())('.gate').length).toBe(0);
    const gated = await html('--min-score', '80');
    expect(gated('.gate').text()).toMatch(/^Pass\/fail check: not passed/);
    expect(gated('.gate').text()).toContain('score 24 is below the minimum of 80');
    expect(gated('.gate').text()).not.toContain('--');
    const severe = await html('--fail-on', 'error');
    expect(severe('.gate li').text()).toMatch(/^4 rule\(s\) of severity error failed: “No customer-service phone number on the home page”, “The cart does not show what shipping will cost”/);
    expect(severe('.gate').text()).not.toContain('contact.phone-visible');
  });

  it('names output files after the store: its host or folder, never a loopback address and port', async () => {
    expect(siteSlug('https://www.shop.example/path/index.html')).toBe('shop.example');
    expect(siteSlug('examples/corner-shop')).toBe('corner-shop');
    expect(siteSlug('examples/northwind-outfitters/index.html')).toBe('northwind-outfitters');
    expect(siteSlug('http://127.0.0.1:39101/x/index.html', { name: 'Sklep Rowerowy Łódź', nameSource: 'og:site_name' })).toBe('sklep-rowerowy-odz');
    const out = await mkdtemp(join(tmpdir(), 'careaudit-names-'));
    const run = await cli([`${server.url}/index.html`, '--format', 'html,json', '--output-dir', out, '--fail-on', 'none', '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['corner-shop.html', 'corner-shop.json']);
  });
});
