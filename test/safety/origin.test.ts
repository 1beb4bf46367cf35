/**
 * careaudit reads only the store it was asked to audit: after a redirect of the home page, the origin it
 * landed on with that origin's robots.txt; never a host a page or a robots.txt names; Crawl-delay obeyed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireSite } from '../../src/acquire/site.js';
import { acquireOptions } from '../helpers/acquire-options.js';

interface Host {
  origin: string;
  requests: { path: string; at: number }[];
  close(): Promise<void>;
}

const hosts: Host[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function host(handle: (path: string, res: ServerResponse, req: IncomingMessage) => void): Promise<Host> {
  const requests: Host['requests'] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, at: performance.now() });
    handle(path, res, req);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const h: Host = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  hosts.push(h);
  return h;
}

const html = (res: ServerResponse, body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
const NAV = '<nav><a href="/contact">Contact us</a> <a href="/faq">FAQ</a> <a href="/returns">Returns</a></nav><p>Hand-bound notebooks.</p>';

describe('the audited origin', () => {
  it('after a redirect of the home page is the one it landed on, with that origin robots.txt', async () => {
    const landed = await host((path, res) => {
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /contact\n');
      html(res, path === '/' ? NAV : `<h1>${path}</h1><p>Page text.</p>`);
    });
    const first = await host((_path, res) => void res.writeHead(301, { location: `${landed.origin}/` }).end());
    const snapshot = await acquireSite(acquireOptions(`${first.origin}/`));
    const paths = landed.requests.map((r) => r.path);
    expect(paths).toContain('/robots.txt');
    expect(paths).toContain('/faq');
    expect(paths).not.toContain('/contact'); // the landed origin's robots.txt disallows it
    expect(snapshot.roles.find((r) => r.role === 'contact')).toMatchObject({ available: false, error: expect.stringMatching(/robots\.txt/u) });
    expect(first.requests.map((r) => r.path)).toEqual(['/robots.txt', '/']);
  });

  it('is the only one fetched: a canonical link, og:url or robots.txt Sitemap naming another host is not followed there', async () => {
    const other = await host((_path, res) => html(res, '<p>other</p>'));
    const store = await host((path, res) => {
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nAllow: /\nSitemap: ${other.origin}/sitemap.xml\n`);
      if (path === '/') {
        return html(res, `<head><link rel="canonical" href="${other.origin}/"><meta property="og:url" content="${other.origin}/"></head><a href="${other.origin}/kontakt">Kontakt</a><p>Shop.</p>`);
      }
      if (path === '/kontakt') return html(res, '<h1>Kontakt</h1><p>Tel. +48 22 123 45 67</p>');
      res.writeHead(404).end();
    });
    const snapshot = await acquireSite(acquireOptions(`${store.origin}/`));
    expect(other.requests).toEqual([]);
    // the store's own page, named by its canonical host, is read on the audited origin
    expect(snapshot.roles.find((r) => r.role === 'contact')).toMatchObject({ available: true, url: `${store.origin}/kontakt` });
    expect(store.requests.map((r) => r.path)).toContain('/sitemap.xml');
  });

  it('is read no faster than its robots.txt Crawl-delay asks', async () => {
    const store = await host((path, res) => {
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 1\n');
      html(res, path === '/' ? NAV : `<h1>${path}</h1><p>Page text.</p>`);
    });
    await acquireSite(acquireOptions(`${store.origin}/`));
    const pages = store.requests.filter((r) => r.path !== '/robots.txt');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(950);
  });
});
