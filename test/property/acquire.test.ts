/**
 * What acquisition does with content a hostile site serves: any bytes under any Content-Type decode to text,
 * any robots.txt and sitemap.xml parse to well-formed policies and URL lists, and page-role discovery over any
 * page's links proposes only site URLs of known roles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml, isProbablyBinary } from '../../src/acquire/charset.js';
import { discoverRoles } from '../../src/acquire/discover.js';
import { parseRobots } from '../../src/acquire/robots.js';
import { PageView } from '../../src/view/page-view.js';
import { DISCOVERABLE_ROLES } from '../../src/snapshot.js';
import { htmlPage } from './arbitraries.js';
import { ownOrigins } from '../../src/acquire/site-hosts.js';
import { parseSitemap } from '../../src/acquire/sitemap.js';

const CONTENT_TYPES = [
  undefined, 'text/html', 'text/html; charset=utf-8', 'text/html; charset=windows-1251', 'text/html; charset="koi8-r"', 'text/html; charset=utf-16',
  'text/html; charset=x-user-defined', 'text/html; charset=', 'text/html; charset=bogus', 'application/pdf', 'image/png', ';;;', 'text/html; charset=cp1250',
] as const;

/** Bytes as a hostile server sends them: random, or HTML declaring one charset and written in another. */
const bodies: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.tuple(fc.constantFrom('', '\ufeff', '\xff\xfe', '\xfe\xff'), fc.constantFrom('<meta charset="windows-1251">', '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', '<meta charset=utf-16>', '<html lang="ru">', ''), fc.fullUnicodeString({ maxLength: 60 }), fc.constantFrom<BufferEncoding>('utf8', 'latin1', 'utf16le'))
    .map(([bom, meta, text, encoding]) => Buffer.concat([Buffer.from(bom, 'latin1'), Buffer.from(meta + text, encoding)])),
);

describe('decoding', () => {
  it('any bytes under any Content-Type decode to a string with a known charset and source', () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...CONTENT_TYPES), (body, type) => {
        expect(typeof isProbablyBinary(body, type)).toBe('boolean');
        const decoded = decodeHtml(body, type);
        expect(typeof decoded.html).toBe('string');
        expect(decoded.charset.length).toBeGreaterThan(0);
        expect(['bom', 'header', 'meta', 'utf8-bytes', 'lang', 'default']).toContain(decoded.source);
        // TextDecoder is what reads the page; it must know the charset named
        expect(() => new TextDecoder(decoded.charset)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('robots.txt and sitemap.xml', () => {
  const robotsLine = fc.oneof(
    fc.constantFrom('User-agent: *', 'User-agent: careaudit', 'Disallow: /', 'Disallow: /checkout', 'Allow: /contact', 'Disallow: /*?', 'Crawl-delay: 5', 'Crawl-delay: -1', 'Sitemap: /sitemap.xml', 'Sitemap: https://other.example/s.xml', 'Sitemap: javascript:alert(1)', 'Sitemap: http://[', '\ufeffUser-agent: *', '#'),
    fc.string({ maxLength: 30 }),
  );
  const robotsText = fc.array(robotsLine, { maxLength: 10 }).map((lines) => lines.join('\n'));
  const urls = fc.oneof(fc.webUrl(), fc.constantFrom('https://shop.example/checkout?x=1', 'https://shop.example/contact', 'https://other.example/'));

  it('any robots.txt: a policy whose answers are booleans and whose sitemaps are absolute http(s) URLs', () => {
    fc.assert(
      fc.property(robotsText, urls, (text, url) => {
        const policy = parseRobots('https://shop.example/robots.txt', text, 'careaudit/0.1.0 (+https://example.com)');
        expect(typeof policy.isAllowed(url)).toBe('boolean');
        for (const s of policy.sitemaps) expect(new URL(s).protocol).toMatch(/^https?:$/);
        expect(new Set(policy.sitemaps).size).toBe(policy.sitemaps.length);
        if (policy.crawlDelaySeconds !== undefined) expect(Number.isFinite(policy.crawlDelaySeconds)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const sitemapText = fc
    .array(
      fc.oneof(
        fc.webUrl().map((u) => `<url><loc>${u}</loc></url>`),
        fc.webUrl().map((u) => `<sitemap><loc>${u}</loc></sitemap>`),
        fc.constantFrom('<url><loc>javascript:alert(1)</loc></url>', '<url><loc>  https://shop.example/a&amp;b  </loc></url>', '<url><loc>', '<image:loc>https://x.example/i.png</image:loc>', '<url><loc><![CDATA[https://shop.example/c]]></loc></url>', '<urlset>', '</urlset>', '<url/>'),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));

  it('any sitemap: http(s) URLs only, deduplicated, at most the limit', () => {
    fc.assert(
      fc.property(fc.oneof(sitemapText, fc.string({ maxLength: 200 })), fc.integer({ min: 0, max: 5 }), (xml, max) => {
        const { urls: found, sitemaps } = parseSitemap(xml, max);
        expect(found.length).toBeLessThanOrEqual(max);
        for (const u of [...found, ...sitemaps]) expect(new URL(u).protocol).toMatch(/^https?:$/);
        expect(new Set(found).size).toBe(found.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('page-role discovery', () => {
  it('over any page: only known roles, pointing at the site (its origin, subdomains or the origins it claims)', () => {
    fc.assert(
      fc.property(htmlPage, fc.constantFrom('https://shop.example/', 'file:///tmp/store/index.html'), (html, url) => {
        const view = new PageView({ url, roles: ['home'], status: 'ok', headers: {}, html });
        const origins = new Set([new URL(url).origin, ...ownOrigins(view.$, url)]);
        for (const o of ownOrigins(view.$, url)) expect(new URL(o).protocol).toMatch(/^https?:$/);
        const found = discoverRoles(view.links, origins, 'the home page');
        for (const [role, candidate] of found) {
          expect(DISCOVERABLE_ROLES).toContain(role);
          expect(candidate.role).toBe(role);
          expect(Number.isFinite(candidate.score)).toBe(true);
          const target = new URL(candidate.url);
          expect(['http:', 'https:', 'file:']).toContain(target.protocol);
          expect(candidate.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
