/**
 * Headers and cookies given for the audited origin (--header, or request.headers/cookies in the config) are
 * sent there and nowhere else: not to another origin the site links to, redirects to, names in robots.txt
 * or sitemap.xml, or claims as its own (canonical, <base>) — not even to the same server under another name.
 * The secret never shows up in the output either.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../cli/run.js';

interface Recorded {
  path: string;
  /** The Host header: tells requests to 127.0.0.1:P from requests to localhost:P. */
  host: string;
  headers: IncomingHttpHeaders;
}

interface Recorder {
  origin: string;
  port: number;
  requests: Recorded[];
  close(): Promise<void>;
}

type Handler = (path: string, req: IncomingMessage, res: ServerResponse) => void;

/** A loopback server that records every request with its headers. */
async function startRecorder(handler: Handler): Promise<Recorder> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, host: req.headers.host ?? '', headers: req.headers });
    handler(path, req, res);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

const html = (res: ServerResponse, body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`);

const SECRET = 's3cret';
const COOKIE = 'session=abc';

let a: Recorder; // the audited site
let b: Recorder; // another origin (same host, another port)
/** What A's home page says, per test. */
let homeOf: () => string;

beforeAll(async () => {
  b = await startRecorder((path, _req, res) => {
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/sitemap.xml') {
      return res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><urlset><url><loc>${b.origin}/cart</loc></url><url><loc>${b.origin}/order-tracking</loc></url></urlset>`);
    }
    html(res, `<h1>${path}</h1><nav><a href="/contact">Contact us</a> <a href="/faq">FAQ</a> <a href="/cart">Cart</a></nav><p>Call +48 22 123 45 67</p>`);
  });
  a = await startRecorder((path, req, res) => {
    if (path === '/robots.txt') {
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nAllow: /\nSitemap: ${b.origin}/sitemap.xml\nSitemap: ${a.origin}/sitemap.xml\n`);
    }
    if (path === '/sitemap.xml') {
      return res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><urlset><url><loc>${b.origin}/checkout</loc></url><url><loc>${b.origin}/cart</loc></url><url><loc>${a.origin}/order-tracking</loc></url></urlset>`);
    }
    if (path === '/') return html(res, homeOf());
    if (path === '/returns') return res.writeHead(302, { location: `${b.origin}/returns` }).end();
    if (path === '/start') return res.writeHead(302, { location: `${b.origin}/` }).end();
    // pages reached as localhost:PORT say so, to make their role visible in the report
    html(res, `<h1>${path} on ${req.headers.host ?? ''}</h1><p>Call +48 22 123 45 67, Mon–Fri 9:00–17:00</p>`);
  });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'careaudit-credentials-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));
afterEach(() => {
  a.requests.length = 0;
  b.requests.length = 0;
});

/** A home page that points everywhere but home: other-origin links, a redirecting link, an own page. */
const linkingHome = () =>
  `<header><nav><a href="${b.origin}/contact">Contact us</a> <a href="${b.origin}/faq">FAQ</a> <a href="/returns">Returns</a> <a href="/shipping">Shipping</a></nav></header><p>Welcome</p>`;

const hasCredentials = (r: Recorded, cookie: string) => r.headers.authorization !== undefined || (r.headers.cookie ?? '').includes(cookie.split('=')[0]!) || JSON.stringify(r.headers).includes(SECRET);

/** The CLI's two ways of taking credentials: flags, or a config file with ${ENV} interpolation. */
const VARIANTS = [
  {
    name: '--header flags',
    cookie: COOKIE,
    run: (args: string[]) => cli([...args, '--header', `Authorization: Bearer ${SECRET}`, '--header', `Cookie: ${COOKIE}`]),
  },
  {
    name: 'careaudit.config.yaml with ${TOKEN}',
    cookie: `session=abc-${SECRET}`,
    run: async (args: string[]) => {
      const dir = await mkdtemp(join(work, 'config-'));
      await writeFile(join(dir, 'careaudit.config.yaml'), 'request:\n  headers:\n    Authorization: "Bearer ${TOKEN}"\n  cookies:\n    session: "abc-${TOKEN}"\n');
      return cli(args, { cwd: dir, env: { TOKEN: SECRET } });
    },
  },
] as const;

const AUDIT = ['--format', 'json', '--fail-on', 'none', '--quiet', '--timeout', '5'];

function expectNoSecretIn(run: CliRun): void {
  expect(run.stdout).not.toContain(SECRET);
  expect(run.stderr).not.toContain(SECRET);
  expect(run.stdout).not.toContain('session=');
  expect(run.stderr).not.toContain('session=');
}

describe.each(VARIANTS)('credentials from $name', (variant) => {
  it('go to the audited origin on every request, never to another origin the site links, redirects or points to', async () => {
    homeOf = linkingHome;
    const run = await variant.run([`${a.origin}/`, ...AUDIT]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout) as { pages: { url: string; status: string }[]; roles: { role: string; url: string; available: boolean; error?: string }[] };

    // A got them on everything it was asked, robots.txt and sitemap.xml included
    expect(a.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/robots.txt', '/', '/shipping', '/returns']));
    for (const r of a.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${SECRET}`);
      expect(r.headers.cookie).toBe(variant.cookie);
    }
    // B was only asked for the sitemap robots.txt names on it (the links to B are other sites': not followed),
    // and without credentials; the redirect of /returns to B is refused rather than followed
    expect(b.requests.filter((r) => hasCredentials(r, variant.cookie))).toEqual([]);
    expect(b.requests.map((r) => r.path).every((p) => p === '/sitemap.xml' || p === '/robots.txt')).toBe(true);
    expect(report.roles.find((r) => r.role === 'returns')).toMatchObject({ available: false, error: expect.stringMatching(/redirects to another site/) });
    // sitemap entries on B are not audited
    expect(report.pages.every((p) => p.url.startsWith(a.origin))).toBe(true);
    expectNoSecretIn(run);
  });

  it('are not sent to another origin the page claims as its own (canonical): its pages are read on the audited origin', async () => {
    homeOf = () => `<head><link rel="canonical" href="${b.origin}/"></head>${linkingHome()}`;
    const run = await variant.run([`${a.origin}/`, ...AUDIT]);
    expect([0, 1]).toContain(run.code);
    // B's pages count as the store's own, so careaudit reads them at the same path on A, and never asks B
    expect(a.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/contact']));
    expect(b.requests).toEqual([]);
    expect(a.requests.every((r) => r.headers.authorization === `Bearer ${SECRET}`)).toBe(true);
    expectNoSecretIn(run);
  });

  it('are not sent to the same server under another name (localhost vs 127.0.0.1 is another origin)', async () => {
    homeOf = () => `<head><base href="http://localhost:${a.port}/"></head><nav><a href="contact">Contact us</a> <a href="faq">FAQ</a></nav>`;
    const run = await variant.run([`${a.origin}/`, ...AUDIT]);
    expect([0, 1]).toContain(run.code);
    // the other name is never asked: its pages are read on the audited origin
    expect(a.requests.filter((r) => r.host.startsWith('localhost:'))).toEqual([]);
    expect(a.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/contact']));
    for (const r of a.requests) expect(r.headers.authorization).toBe(`Bearer ${SECRET}`);
    expectNoSecretIn(run);
  });

  it('are not carried along when the home page itself redirects to another origin', async () => {
    homeOf = linkingHome;
    const run = await variant.run([`${a.origin}/start`, ...AUDIT]);
    expect([0, 1]).toContain(run.code);
    expect(a.requests.find((r) => r.path === '/start')?.headers.authorization).toBe(`Bearer ${SECRET}`);
    // the audit goes on at B (the home page may move to its canonical origin), credential-free
    expect(b.requests.map((r) => r.path)).toContain('/');
    expect(b.requests.filter((r) => hasCredentials(r, variant.cookie))).toEqual([]);
    expectNoSecretIn(run);
  });

  it('are not sent to a --page given on another origin', async () => {
    homeOf = linkingHome;
    const run = await variant.run([`${a.origin}/`, '--page', `contact=${b.origin}/contact`, ...AUDIT]);
    expect([0, 1]).toContain(run.code);
    expect(b.requests.map((r) => r.path)).toContain('/contact');
    expect(b.requests.filter((r) => hasCredentials(r, variant.cookie))).toEqual([]);
    expectNoSecretIn(run);
  });
});

describe('the secret stays out of every output', () => {
  it('in every report format written with --output-dir', async () => {
    homeOf = linkingHome;
    const out = await mkdtemp(join(work, 'reports-'));
    const run = await VARIANTS[0].run([`${a.origin}/`, '--format', 'text,json,markdown,junit,sarif,html', '--output-dir', out, '--fail-on', 'none', '--timeout', '5']);
    expect([0, 1]).toContain(run.code);
    const files = await readdir(out);
    expect(files).toHaveLength(6);
    for (const file of files) {
      const text = await readFile(join(out, file), 'utf8');
      expect(text, file).not.toContain(SECRET);
      expect(text, file).not.toContain('session=');
    }
    expectNoSecretIn(run);
  });

  it('in the error for a malformed --header (CI logs keep stderr)', async () => {
    // a missing colon is a typo; the value after it is still a token that must not be echoed
    const run = await cli([`${a.origin}/`, '--header', `Authorization Bearer ${SECRET}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--header takes "Name: value"/);
    expect(run.stderr).not.toContain(SECRET);
    expect(a.requests).toEqual([]);
  });

  it('in the report when the target URL carries user:password', async () => {
    homeOf = linkingHome;
    const run = await cli([`http://user:${SECRET}@127.0.0.1:${a.port}/`, ...AUDIT]);
    // whatever careaudit does with userinfo (refuse it, or strip it), the password is not printed back
    expectNoSecretIn(run);
  });
});
