import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, MAX_ROBOTS_BYTES, parseRobots, robotsFromResponse } from '../../src/acquire/robots.js';

const UA = 'careaudit/0.1.0 (+https://github.com/careaudit/careaudit)';
const ROBOTS = 'https://shop.example/robots.txt';
const at = (path: string): string => `https://shop.example${path}`;

describe('parseRobots', () => {
  it('applies the * group when there is no careaudit group', () => {
    const p = parseRobots(ROBOTS, 'User-agent: *\nDisallow: /checkout\nDisallow: /account/\n', UA);
    expect(p.isAllowed(at('/'))).toBe(true);
    expect(p.isAllowed(at('/returns'))).toBe(true);
    expect(p.isAllowed(at('/checkout'))).toBe(false);
    expect(p.isAllowed(at('/checkout/step-2?x=1'))).toBe(false);
    expect(p.isAllowed(at('/account/orders'))).toBe(false);
  });

  it('prefers the careaudit group over *, matching the product token case-insensitively', () => {
    const text = ['User-agent: *', 'Disallow: /', '', 'User-agent: CareAudit', 'Disallow: /cart', ''].join('\n');
    const p = parseRobots(ROBOTS, text, UA);
    expect(p.isAllowed(at('/faq'))).toBe(true);
    expect(p.isAllowed(at('/cart'))).toBe(false);
    const other = parseRobots(ROBOTS, text, 'otherbot/1.0');
    expect(other.isAllowed(at('/faq'))).toBe(false);
  });

  it('a careaudit group can shut us out while others are welcome', () => {
    const p = parseRobots(ROBOTS, 'User-agent: careaudit\nDisallow: /\n\nUser-agent: *\nAllow: /\n', UA);
    expect(p.isAllowed(at('/'))).toBe(false);
    expect(p.isAllowed(at('/contact'))).toBe(false);
  });

  it('the longest match wins, and Allow wins a tie', () => {
    const text = ['User-agent: *', 'Disallow: /help/', 'Allow: /help/faq', 'Disallow: /p', 'Allow: /p', 'Disallow: /*.pdf$'].join('\n');
    const p = parseRobots(ROBOTS, text, UA);
    expect(p.isAllowed(at('/help/internal'))).toBe(false);
    expect(p.isAllowed(at('/help/faq'))).toBe(true);
    expect(p.isAllowed(at('/help/faq/shipping'))).toBe(true);
    expect(p.isAllowed(at('/policies'))).toBe(true);
    expect(p.isAllowed(at('/docs/returns.pdf'))).toBe(false);
    expect(p.isAllowed(at('/docs/returns.pdf?v=2'))).toBe(true);
  });

  it('lists sitemaps as absolute URLs, once each, and reads Crawl-delay', () => {
    const text = [
      'Sitemap: https://shop.example/sitemap.xml',
      'User-agent: *',
      'Crawl-delay: 2',
      'Disallow:',
      'sitemap: /sitemap-products.xml',
      'Sitemap: https://shop.example/sitemap.xml',
      'Sitemap: javascript:alert(1)',
    ].join('\n');
    const p = parseRobots(ROBOTS, text, UA);
    expect(p.sitemaps).toEqual(['https://shop.example/sitemap.xml', 'https://shop.example/sitemap-products.xml']);
    expect(p.crawlDelaySeconds).toBe(2);
    expect(p.isAllowed(at('/anything'))).toBe(true);
  });

  it('has no crawl delay when none is given', () => {
    expect(parseRobots(ROBOTS, 'User-agent: *\nDisallow: /x\n', UA).crawlDelaySeconds).toBeUndefined();
  });

  it('ignores malformed lines and a BOM, and handles CRLF', () => {
    const text = '\uFEFFUser-agent: *\r\n<html><body>oops</body></html>\r\nDisallow /no-colon\r\nfoo: bar\r\n: empty\r\nDisallow: /private # comment\r\n';
    const p = parseRobots(ROBOTS, text, UA);
    expect(p.isAllowed(at('/private/x'))).toBe(false);
    expect(p.isAllowed(at('/no-colon'))).toBe(true);
    expect(p.isAllowed(at('/'))).toBe(true);
  });

  it('treats an HTML page served as robots.txt as allowing everything', () => {
    const p = parseRobots(ROBOTS, '<!doctype html><html><head><title>Shop</title></head><body>Welcome</body></html>', UA);
    expect(p.isAllowed(at('/checkout'))).toBe(true);
    expect(p.sitemaps).toEqual([]);
  });

  it('reads only the first 512 KB of a huge file, and drops the cut-off line', () => {
    const head = 'User-agent: *\nDisallow: /early\n';
    const filler = '# padding padding padding padding padding padding padding padding\n'.repeat(Math.ceil(MAX_ROBOTS_BYTES / 64));
    const text = `${head}${filler}Disallow: /late\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_ROBOTS_BYTES);
    const started = Date.now();
    const p = parseRobots(ROBOTS, text, UA);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(p.isAllowed(at('/early'))).toBe(false);
    expect(p.isAllowed(at('/late'))).toBe(true);

    // A rule straddling the 512 KB boundary must not become a broader, truncated rule.
    const pad = '#'.repeat(MAX_ROBOTS_BYTES - head.length - 'Disallow: /pr'.length - 1) + '\n';
    const straddle = parseRobots(ROBOTS, `${head}${pad}Disallow: /private-area\n`, UA);
    expect(straddle.isAllowed(at('/pricing'))).toBe(true);
  });

  it('does not judge URLs on another origin', () => {
    const p = parseRobots(ROBOTS, 'User-agent: *\nDisallow: /\n', UA);
    expect(p.isAllowed(at('/'))).toBe(false);
    expect(p.isAllowed('https://cdn.example/')).toBe(true);
    expect(p.isAllowed('http://shop.example/')).toBe(true); // other scheme, other robots.txt
  });
});

describe('robotsFromResponse', () => {
  const text = 'User-agent: *\nDisallow: /checkout\nSitemap: https://shop.example/sitemap.xml\n';

  it('parses a 200', () => {
    const p = robotsFromResponse(200, text, ROBOTS, UA);
    expect(p.isAllowed(at('/checkout'))).toBe(false);
    expect(p.sitemaps).toEqual(['https://shop.example/sitemap.xml']);
  });

  it.each([404, 410, 401, 403])('%i allows everything', (status) => {
    const p = robotsFromResponse(status, 'User-agent: *\nDisallow: /\n', ROBOTS, UA);
    expect(p).toBe(ALLOW_ALL);
    expect(p.isAllowed(at('/checkout'))).toBe(true);
  });

  it.each([500, 503])('%i allows everything (documented choice)', (status) => {
    expect(robotsFromResponse(status, 'User-agent: *\nDisallow: /\n', ROBOTS, UA)).toBe(ALLOW_ALL);
  });

  it('an unreachable robots.txt allows everything', () => {
    expect(robotsFromResponse(undefined, undefined, ROBOTS, UA)).toBe(ALLOW_ALL);
  });

  it('ALLOW_ALL has no sitemaps or delay', () => {
    expect(ALLOW_ALL.sitemaps).toEqual([]);
    expect(ALLOW_ALL.crawlDelaySeconds).toBeUndefined();
    expect(ALLOW_ALL.isAllowed('https://anything.example/x')).toBe(true);
  });
});
