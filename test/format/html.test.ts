import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/format/html.js';
import { isLinkable } from '../../src/format/html/links.js';
import { compareReports } from '../../src/report/compare.js';
import { exampleReport, HOSTILE_URL, hostileReport, JAVASCRIPT_URL, PAYLOADS } from './hostile.js';

const weak = await exampleReport('corner-shop');
const strong = await exampleReport('northwind-outfitters');

/** What would make the file run code or reach the network, whatever the text says. */
function expectInert(html: string): void {
  const $ = load(html);
  expect($('script, iframe, object, embed, img, svg, link, base, form, video, audio, source, frame').length).toBe(0);
  expect($('style').length).toBe(1);
  expect($('meta[http-equiv]').map((_, el) => $(el).attr('http-equiv')).get()).toEqual(['Content-Security-Policy']);
  const handlers = $('*')
    .toArray()
    .flatMap((el) => Object.keys($(el).attr() ?? {}).filter((name) => /^on/i.test(name) || name === 'src' || name === 'srcset' || name === 'formaction'));
  expect(handlers).toEqual([]);
  for (const el of $('a').toArray()) {
    const href = $(el).attr('href') ?? '';
    if (href.startsWith('#')) continue;
    expect(href).toMatch(/^(https?|file):/i);
    expect($(el).attr('rel')).toBe('noopener noreferrer');
  }
  expect($('style').text()).not.toMatch(/url\(|@import|expression\(/i);
  for (const el of $('[style]').toArray()) expect($(el).attr('style')).toMatch(/^(--p:\d+|width:\d+%)$/);
}

describe('HTML report', () => {
  it('is one offline file: a CSP that forbids scripts, a light colour scheme, print CSS for A4', () => {
    const html = formatHtml(weak);
    const $ = load(html);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect($('meta[name="color-scheme"]').attr('content')).toBe('light');
    expect($('style').text()).toMatch(/@page \{ size: A4;/);
    expect($('style').text()).toMatch(/@media print/);
    expectInert(html);
  });

  it('shows the score with its band, category bars, each rule with its verdict word, benchmark, evidence and fix', () => {
    const $ = load(formatHtml(weak));
    expect($('.score .num').text()).toBe(String(weak.score));
    expect($('.score .band-word').text()).toBe('Poor');
    expect($('.score').hasClass('band-poor')).toBe(true);
    expect($('table.cats tbody tr').length).toBe(weak.categories.length);
    const contact = weak.categories.find((c) => c.id === 'contact')!;
    expect($('table.cats tbody tr').first().find('.fill').attr('style')).toBe(`width:${contact.score}%`);
    expect($('table.bench tbody tr').length).toBe(weak.rules.length);
    for (const rule of weak.rules) {
      const article = $(`article[id="rule-${rule.id}"]`);
      expect(article.find('.badge').text()).toBe({ pass: 'pass', fail: 'fail', na: 'not applicable', manual: 'verify by hand', error: 'could not run' }[rule.status]);
      if (rule.status === 'fail') {
        expect(article.find('p.fix').text()).toBe(`How to fix: ${rule.fix}`);
        expect(article.find('p.why').text()).toBe(`Why it matters: ${rule.description}`);
      }
      if (rule.benchmark) expect($('table.bench').text()).toContain(rule.benchmark);
    }
    expect($('article[id="rule-checkout.max-steps"] .evidence').text()).toMatch(/Account › Billing[\s\S]*→ 7/);
    expect($('.gate').length).toBe(0); // no gate was asked for
    expect(load(formatHtml(weak, { gate: true }))('.gate').text()).toMatch(/^Pass\/fail check: not passed/);
    expect($('.pagetable').text()).toContain('contact/index.html');
    expect($('.pagetable').text()).not.toContain('examples/corner-shop');
    expect($('.pagetable').text()).toMatch(/order-tracking page\s*not found/);
    // folder pages carry a placeholder host (folder.invalid): never a dead link
    expect($('a[href*="folder.invalid"]').length).toBe(0);
  });

  it('with a comparison, shows the change per category and per rule', () => {
    const $ = load(formatHtml(weak, { comparison: compareReports(strong, weak) }));
    expect($('.compare-box').text()).toMatch(new RegExp(`Score ${strong.score} → ${weak.score}\\s*▼ −${strong.score! - weak.score!}`));
    expect($('.compare-box li').text()).toContain('A customer-service phone number is on the home page');
    expect($('table.cats thead').text()).toContain('Change');
    expect($('article[id="rule-contact.phone-visible"] .chip.regressed').text()).toBe('▼ was pass, now fail');
    expectInert(formatHtml(strong, { comparison: compareReports(weak, strong) }));
  });

  describe('of a hostile report', () => {
    const report = hostileReport();
    const html = formatHtml(report, { comparison: compareReports(report, report) });
    const $ = load(html);

    it('contains no markup from pages or emails, and nothing that runs or loads', () => {
      expect(html).not.toMatch(/<script|<img|<svg/i); // and no on* attribute: expectInert
      expect((html.match(/<style/g) ?? []).length).toBe(1);
      expect(html).not.toMatch(/href="javascript:/i);
      expectInert(html);
    });

    it('shows every page-derived string as text, escaped', () => {
      const body = $('body').text();
      for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.mdLink, PAYLOADS.backticks, PAYLOADS.cdata, PAYLOADS.svg, PAYLOADS.style, HOSTILE_URL, JAVASCRIPT_URL]) {
        expect(body).toContain(payload);
      }
      expect(html).toContain('&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = 1; alert(1)&quot;&gt;');
      expect(body).toContain('bell nul esc[31m rlognp.exe lone end'); // controls, overrides and lone surrogates dropped
    });

    it('links web addresses exactly, and leaves other schemes as text', () => {
      expect($('a').filter((_, el) => $(el).attr('href') === HOSTILE_URL).length).toBeGreaterThan(0);
      expect($('a').filter((_, el) => /javascript/i.test($(el).attr('href') ?? '')).length).toBe(0);
    });
  });

  it('links only http(s), file and relative addresses, as a browser would read them', () => {
    for (const url of ['https://shop.example/', 'http://shop.example/a?b=1', 'file:///tmp/x.html', 'pages/contact.html', '#top']) expect(isLinkable(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', '//evil.example/x', '\\\\evil\\x', 'https://folder.invalid/', 'http://[bad', ''])
      expect(isLinkable(url), JSON.stringify(url)).toBe(false);
  });
});
