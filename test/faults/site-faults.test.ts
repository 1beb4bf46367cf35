import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireSite, type AcquireOptions } from '../../src/acquire/site.js';
import { cli } from '../cli/run.js';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.js';
import { acquireOptions } from '../helpers/acquire-options.js';
import { SiteUnreachableError } from '../../src/errors.js';

const TIMEOUT_MS = 600;
// what a fault may cost beyond the timeout: retries, robots.txt, scheduling on a busy machine
const MARGIN_MS = 2500;

const options = (target: string, extra: Partial<AcquireOptions> = {}): AcquireOptions => acquireOptions(target, { maxPages: 10, timeoutMs: TIMEOUT_MS, ...extra });

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Audit a site whose contact page misbehaves; the audit goes on and says why the page failed. */
async function contactPageOf(fault: string) {
  const started = performance.now();
  const snapshot = await acquireSite(options(`${server.url}s/${fault}/`));
  const elapsed = performance.now() - started;
  const contact = snapshot.roles.find((r) => r.role === 'contact');
  return { snapshot, contact, elapsed };
}

describe('a page that misbehaves fails alone, with a plain reason, within the timeout', () => {
  it.each([
    ['hang', /no answer within|did not finish loading within|within 0\.6 s/],
    ['drip', /within 0\.6 s/],
    ['reset', /reset|closed the connection/],
    ['huge-with-length', /larger than 5 MB/],
    ['huge-chunked', /larger than 5 MB/],
    ['gzip-bomb', /larger than 5 MB/],
    ['unknown-coding', /compressed with "compress", which careaudit did not ask for and cannot read/],
    ['stacked-unknown-coding', /compressed with "zstd"/],
    ['never-ending-chunks', /within 0\.6 s|larger than/],
    ['redirect-loop', /redirect loop/],
    ['redirect-chain', /more than 5 redirects/],
    ['redirect-file', /file:|not http|scheme/],
    ['redirect-javascript', /javascript|not http|scheme/],
    ['status-404', /^HTTP 404$/],
    ['status-410', /^HTTP 410$/],
    ['status-500', /^HTTP 500$/],
    ['status-503', /^HTTP 503$/],
    ['pdf-as-html', /not an HTML page/],
    ['png-as-html', /not an HTML page/],
  ])('%s', async (fault, reason) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { snapshot, contact, elapsed } = await contactPageOf(fault);
    expect(contact).toMatchObject({ available: false });
    expect(contact?.error).toMatch(reason);
    expect(snapshot.pages.find((p) => p.roles.includes('home'))?.status).toBe('ok');
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 3 + MARGIN_MS);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it('retries a 429 politely and then reads the page', async () => {
    const { contact } = await contactPageOf('status-429-then-ok');
    expect(contact).toMatchObject({ available: true });
  });

  it.each([
    ['deep-html', /\+48 22 123 45 67/],
    ['big-inline-script', /Tel\. \+48/],
    ['deep-microdata', /Tel\. \+48/],
  ])(
    'reads a hostile but valid page: %s',
    async (fault) => {
      const { contact } = await contactPageOf(fault);
      expect(contact).toMatchObject({ available: true });
    },
    20_000, // parsing 100,000 nested elements is CPU work, not waiting
  );

  it('decodes a page whose meta charset lies about its UTF-8 bytes', async () => {
    const { snapshot } = await contactPageOf('lying-charset');
    const page = snapshot.pages.find((p) => p.roles.includes('contact'));
    expect(page?.html).toContain('Контакты');
  });

  it('decodes undeclared windows-1251 bytes on a Russian page', async () => {
    const { snapshot } = await contactPageOf('no-charset-cp1251');
    expect(snapshot.pages.find((p) => p.roles.includes('contact'))?.html).toContain('Контакты');
  });
});

describe('a site that cannot be audited', () => {
  it.each(['hang', 'reset', 'status-500', 'redirect-loop', 'pdf-as-html', 'unknown-coding'])('home page %s → SiteUnreachableError within the timeout', async (fault) => {
    const started = performance.now();
    await expect(acquireSite(options(`${server.url}fault/${fault}`))).rejects.toThrow(SiteUnreachableError);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 3 + MARGIN_MS);
  });
});

describe('hostile robots.txt and sitemaps', () => {
  it('survives a huge, malformed robots.txt', async () => {
    const hostile = await startFaultServer({ robots: `User-agent: *\nDisallow /broken line\n${'Disallow: /x\n'.repeat(100_000)}\u0000garbage` });
    try {
      const snapshot = await acquireSite(options(`${hostile.url}s/ok/`));
      expect(snapshot.roles.find((r) => r.role === 'contact')).toMatchObject({ available: true });
    } finally {
      await hostile.close();
    }
  });

  it('survives a sitemap that lists itself and thousands of pages', async () => {
    const hostile = await startFaultServer({
      home: () => '<html><body><p>No links here</p></body></html>',
      sitemap: (origin) =>
        `<?xml version="1.0"?><sitemapindex><sitemap><loc>${origin}/sitemap.xml</loc></sitemap></sitemapindex>` +
        `<urlset>${Array.from({ length: 20_000 }, (_, i) => `<url><loc>${origin}/fault/status-404?p=${i}</loc></url>`).join('')}</urlset>`,
    });
    try {
      const started = performance.now();
      const snapshot = await acquireSite(options(`${hostile.url}s/ok/`));
      expect(snapshot.pages.length).toBeLessThanOrEqual(10);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(hostile.requests.filter((r) => r.path === '/sitemap.xml').length).toBeLessThanOrEqual(2);
    } finally {
      await hostile.close();
    }
  });
});

describe('an unknown Content-Encoding, end to end', () => {
  it('on the home page: exit 3 with the reason, no stack trace', async () => {
    const result = await cli([`${server.url}fault/unknown-coding`, '--timeout', '2']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^careaudit: could not audit .*: the home page could not be read \(the page is compressed with "compress", which careaudit did not ask for and cannot read\)\n$/);
  });

  it('on a role page: the audit goes on, the page is listed as failed with the reason', async () => {
    const result = await cli([`${server.url}s/stacked-unknown-coding/`, '--format', 'json', '--fail-on', 'none', '--timeout', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    const report = JSON.parse(result.stdout) as { pages: { roles: string[]; status: string; error?: string }[] };
    expect(report.pages.find((p) => p.roles.includes('contact'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/compressed with "zstd"/) });
  });
});
