import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyNetworkError, FetchError } from '../../src/acquire/fetch-error.js';
import { HttpClient, parseRetryAfter, type HttpClientOptions } from '../../src/acquire/http.js';
import { EXPIRED_CERT, TEST_CERT, TEST_KEY } from '../helpers/tls-certs.js';


interface TestServer {
  server: http.Server | https.Server;
  origin: string;
}

async function listen(server: http.Server | https.Server, scheme = 'http'): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `${scheme}://127.0.0.1:${port}` };
}

async function shut(s: TestServer | undefined): Promise<void> {
  if (!s) return;
  s.server.closeAllConnections();
  await new Promise<void>((resolve) => s.server.close(() => resolve()));
}

const UA = 'careaudit/0.1.0 (+https://github.com/careaudit/careaudit)';
const MB = 1024 * 1024;

/** Gzip of `total` zero bytes, built in 1 MB steps so the test never holds the plain data. */
async function gzipBomb(total: number): Promise<Buffer> {
  const gz = zlib.createGzip();
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve) => gz.on('end', resolve));
  const zeros = Buffer.alloc(MB);
  for (let written = 0; written < total; written += MB) {
    if (!gz.write(zeros)) await new Promise<void>((resolve) => gz.once('drain', resolve));
  }
  gz.end();
  await ended;
  return Buffer.concat(out);
}

const hits = new Map<string, number>();
const hit = (key: string): number => {
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  return n;
};
const seenHeaders = new Map<string, http.IncomingHttpHeaders>();
let inFlight = 0;
let maxInFlight = 0;
let bomb: Buffer = Buffer.alloc(0);

let a: TestServer; // the audited origin
let b: TestServer; // another origin on another port
let tlsSelfSigned: TestServer;
let tlsExpired: TestServer;
let refusedPort = 0;

const HTML = '<!doctype html><html lang="en"><title>Shop</title><p>Contact us</p></html>';

function handlerA(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const q = url.searchParams;
  const path = url.pathname;
  seenHeaders.set(`A ${path}`, req.headers);
  const redirect = (status: number, location: string): void => {
    res.writeHead(status, { location, 'content-type': 'text/html' });
    res.end('<a href="' + location + '">moved</a>');
  };
  switch (path) {
    case '/ok':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-shop': 'yes' });
      res.end(HTML);
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(HTML));
      return;
    case '/br':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      res.end(zlib.brotliCompressSync(HTML));
      return;
    case '/deflate':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
      res.end(q.get('raw') ? zlib.deflateRawSync(HTML) : zlib.deflateSync(HTML));
      return;
    case '/corrupt-gzip':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end('this is not gzip at all');
      return;
    case '/empty-gzip':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end();
      return;
    case '/big-announced':
      // Announces 10 MB, then stalls: the client must not wait for the deadline.
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * MB) });
      res.write('x'.repeat(1024));
      return;
    case '/big-chunked': {
      // Endless chunked body, no Content-Length.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    case '/bomb':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
      return;
    case '/hang':
      return; // never answers
    case '/drip': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(t));
      return;
    }
    case '/reset':
      req.socket.resetAndDestroy();
      return;
    case '/reset-once':
      if (hit(`reset-once ${q.get('k') ?? ''}`) === 1) {
        req.socket.resetAndDestroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HTML);
      return;
    case '/r1':
      return redirect(301, '/r2');
    case '/r2':
      return redirect(302, `${a.origin}/r3?x=1#frag`);
    case '/r3':
      return redirect(307, 'ok');
    case '/loop-a':
      return redirect(302, '/loop-b');
    case '/loop-b':
      return redirect(302, '/loop-a');
    case '/many': {
      const n = Number(q.get('n') ?? '0');
      return redirect(302, `/many?n=${n + 1}`);
    }
    case '/to-b':
      return redirect(302, `${b.origin}/echo`);
    case '/to-refused':
      return redirect(302, `http://127.0.0.1:${refusedPort}/gone`);
    case '/to-file':
      return redirect(302, 'file:///etc/passwd');
    case '/to-js':
      return redirect(302, 'javascript:alert(document.cookie)');
    case '/echo':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('A');
      return;
    case '/429': {
      const n = hit(`429 ${q.get('k') ?? ''}`);
      if (n === 1) {
        res.writeHead(429, { 'retry-after': q.get('after') ?? '0', 'content-type': 'text/plain' });
        res.end('slow down');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`ok after ${n}`);
      return;
    }
    case '/503':
      hit(`503 ${q.get('k') ?? ''}`);
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' });
      res.end('maintenance');
      return;
    case '/slow':
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('done');
      }, 60);
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
  }
}

function handlerB(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  seenHeaders.set(`B ${path}`, req.headers);
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('B');
}

const clients: HttpClient[] = [];
function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const c = new HttpClient({
    userAgent: UA,
    timeoutMs: 800,
    maxBytes: 5 * MB,
    maxRedirects: 5,
    concurrencyPerHost: 4,
    retries: 0,
    ...overrides,
  });
  clients.push(c);
  return c;
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected a FetchError');
}

beforeAll(async () => {
  bomb = await gzipBomb(200 * MB);
  a = await listen(http.createServer(handlerA));
  b = await listen(http.createServer(handlerB));
  const tlsHandler = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.end('secure');
  };
  tlsSelfSigned = await listen(https.createServer({ key: TEST_KEY, cert: TEST_CERT }, tlsHandler), 'https');
  tlsExpired = await listen(https.createServer({ key: TEST_KEY, cert: EXPIRED_CERT }, tlsHandler), 'https');
  const probe = await listen(http.createServer());
  refusedPort = (probe.server.address() as AddressInfo).port;
  await shut(probe); // nothing listens there any more
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await Promise.all([shut(a), shut(b), shut(tlsSelfSigned), shut(tlsExpired)]);
});

describe('HttpClient: responses', () => {
  it('fetches a plain 200 with an identifying User-Agent and compression offered', async () => {
    const res = await client().get(`${a.origin}/ok`);
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe(HTML);
    expect(res.url).toBe(`${a.origin}/ok`);
    expect(res.requestedUrl).toBe(`${a.origin}/ok`);
    expect(res.redirects).toEqual([]);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-shop']).toBe('yes');
    const sent = seenHeaders.get('A /ok');
    expect(sent?.['user-agent']).toBe(UA);
    expect(sent?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent?.['accept']).toMatch(/^text\/html/);
  });

  it('sends the accept option', async () => {
    await client().get(`${a.origin}/ok`, { accept: 'text/plain' });
    expect(seenHeaders.get('A /ok')?.['accept']).toBe('text/plain');
  });

  it.each(['/gzip', '/br', '/deflate', '/deflate?raw=1'])('decodes %s bodies', async (path) => {
    const res = await client().get(`${a.origin}${path}`);
    expect(res.body.toString('utf8')).toBe(HTML);
  });

  it('reports a corrupt compressed body as bad-encoding', async () => {
    const err = await failure(client().get(`${a.origin}/corrupt-gzip`));
    expect(err.code).toBe('bad-encoding');
    expect(err.url).toBe(`${a.origin}/corrupt-gzip`);
  });

  it('treats an empty body labelled gzip as empty', async () => {
    const res = await client().get(`${a.origin}/empty-gzip`);
    expect(res.body.length).toBe(0);
  });

  it('returns 404 instead of throwing', async () => {
    const res = await client().get(`${a.origin}/missing`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Not found');
  });
});

describe('HttpClient: size caps', () => {
  it('rejects an announced Content-Length above the cap without waiting for the body', async () => {
    const started = Date.now();
    const err = await failure(client({ maxBytes: MB, timeoutMs: 3000 }).get(`${a.origin}/big-announced`));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^the page is larger than 1 MB/);
    expect(Date.now() - started).toBeLessThan(2500); // well before the 3 s deadline: it did not wait for the body
  });

  it('stops reading a chunked body once it passes the cap', async () => {
    const err = await failure(client({ maxBytes: MB, timeoutMs: 3000 }).get(`${a.origin}/big-chunked`));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('the page is larger than 1 MB');
  });

  it('rejects a gzip bomb quickly and without inflating it', async () => {
    expect(bomb.length).toBeLessThan(MB); // ~200 KB on the wire for 200 MB of zeros
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 2);
    const started = Date.now();
    const err = await failure(client({ maxBytes: 5 * MB, timeoutMs: 5000 }).get(`${a.origin}/bomb`));
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    expect(err.code).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(4500); // before the 5 s deadline
    expect(peak - before).toBeLessThan(64 * MB);
  });
});

describe('HttpClient: deadlines and network failures', () => {
  it('gives up on a server that never answers at timeoutMs (timeouts are not retried)', async () => {
    const started = Date.now();
    const err = await failure(client({ timeoutMs: 400, retries: 2 }).get(`${a.origin}/hang`));
    const elapsed = Date.now() - started;
    expect(err.code).toBe('timeout');
    expect(err.message).toBe('no answer within 0.4 s');
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(2000); // the deadline, plus room for a busy machine
  });

  it('ends a body dripping one byte per 100 ms at the deadline', async () => {
    const started = Date.now();
    const err = await failure(client({ timeoutMs: 500 }).get(`${a.origin}/drip`));
    const elapsed = Date.now() - started;
    expect(err.code).toBe('timeout');
    expect(err.message).toBe('the page did not finish loading within 0.5 s');
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(2500); // the deadline, plus room for a busy machine
  });

  it('reports a connection reset', async () => {
    const err = await failure(client().get(`${a.origin}/reset`));
    expect(err.code).toBe('reset');
    expect(err.message).toContain('closed the connection unexpectedly');
  });

  it('retries after a connection reset', async () => {
    const res = await client({ retries: 1 }).get(`${a.origin}/reset-once?k=1`);
    expect(res.status).toBe(200);
    expect(hits.get('reset-once 1')).toBe(2);
  });

  it('reports a refused connection', async () => {
    const err = await failure(client().get(`http://127.0.0.1:${refusedPort}/`));
    expect(err.code).toBe('refused');
    expect(err.message).toContain('refused the connection');
  });

  it('keeps the requested URL on errors at a later redirect hop, naming the failing host', async () => {
    const err = await failure(client().get(`${a.origin}/to-refused`, { sameOriginOnly: false }));
    expect(err.code).toBe('refused');
    expect(err.url).toBe(`${a.origin}/to-refused`);
    expect(err.message).toContain(`127.0.0.1:${refusedPort}`);
  });

  it('reports a self-signed certificate', async () => {
    const err = await failure(client().get(`${tlsSelfSigned.origin}/`));
    expect(err.code).toBe('tls');
    expect(err.message).toMatch(/^certificate is self-signed/);
  });

  it('reports an expired certificate', async () => {
    const err = await failure(client().get(`${tlsExpired.origin}/`));
    expect(err.code).toBe('tls');
    expect(err.message).toMatch(/^certificate has expired/);
  });

  it('accepts self-signed and expired certificates with insecure, for staging sites', async () => {
    for (const server of [tlsSelfSigned, tlsExpired]) {
      const res = await client({ insecure: true }).get(`${server.origin}/`);
      expect(res.status).toBe(200);
    }
  });

  it('rejects URLs that are not http(s)', async () => {
    const c = client();
    expect((await failure(c.get('file:///etc/passwd'))).code).toBe('unsupported-scheme');
    expect((await failure(c.get('javascript:alert(1)'))).code).toBe('unsupported-scheme');
    expect((await failure(c.get('not a url'))).code).toBe('unsupported-scheme');
  });

  it('close() aborts requests in flight and refuses new ones', async () => {
    const c = client({ timeoutMs: 5000 });
    const pending = failure(c.get(`${a.origin}/hang`));
    await new Promise((r) => setTimeout(r, 50));
    await c.close();
    expect((await pending).code).toBe('aborted');
    expect((await failure(c.get(`${a.origin}/ok`))).code).toBe('aborted');
  });
});

describe('HttpClient: redirects', () => {
  it('follows a chain and records each hop', async () => {
    const res = await client().get(`${a.origin}/r1`);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${a.origin}/ok`);
    expect(res.requestedUrl).toBe(`${a.origin}/r1`);
    expect(res.redirects).toEqual([`${a.origin}/r1`, `${a.origin}/r2`, `${a.origin}/r3?x=1`]);
    expect(res.body.toString()).toBe(HTML);
  });

  it('detects a loop', async () => {
    const err = await failure(client().get(`${a.origin}/loop-a`));
    expect(err.code).toBe('redirect-loop');
    expect(err.message).toBe('redirect loop: /loop-a → /loop-b → /loop-a');
  });

  it('stops after maxRedirects', async () => {
    const c = client({ maxRedirects: 3 });
    const err = await failure(c.get(`${a.origin}/many?n=0`));
    expect(err.code).toBe('too-many-redirects');
    expect(err.message).toMatch(/^more than 3 redirects: \/many\?n=0 → /);
  });

  it('rejects a redirect to another origin by default, follows it when allowed', async () => {
    const c = client();
    const err = await failure(c.get(`${a.origin}/to-b`));
    expect(err.code).toBe('cross-origin-redirect');
    expect(err.message).toContain(b.origin);
    const res = await c.get(`${a.origin}/to-b`, { sameOriginOnly: false });
    expect(res.url).toBe(`${b.origin}/echo`);
    expect(res.body.toString()).toBe('B');
  });

  it('rejects redirects to file: and javascript:', async () => {
    const c = client();
    const file = await failure(c.get(`${a.origin}/to-file`, { sameOriginOnly: false }));
    expect(file.code).toBe('unsupported-scheme');
    expect(file.message).toContain('file:///etc/passwd');
    const js = await failure(c.get(`${a.origin}/to-js`, { sameOriginOnly: false }));
    expect(js.code).toBe('unsupported-scheme');
    expect(js.message).not.toContain('document.cookie');
  });
});

describe('HttpClient: retries', () => {
  it('retries a 429 with Retry-After: 0', async () => {
    const res = await client({ retries: 2 }).get(`${a.origin}/429?k=zero&after=0`);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('ok after 2');
  });

  it('honours Retry-After: 1, capped at timeoutMs', async () => {
    const started = Date.now();
    const res = await client({ retries: 1, timeoutMs: 600 }).get(`${a.origin}/429?k=one&after=1`);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(1000); // 600 ms cap, not the full second
  });

  it('returns the 503 after a bounded number of retries', async () => {
    const res = await client({ retries: 2 }).get(`${a.origin}/503?k=bound`);
    expect(res.status).toBe(503);
    expect(res.body.toString()).toBe('maintenance');
    expect(hits.get('503 bound')).toBe(3);
  });

  it('does not retry other statuses', async () => {
    hits.delete('503 none');
    const res = await client({ retries: 0 }).get(`${a.origin}/503?k=none`);
    expect(res.status).toBe(503);
    expect(hits.get('503 none')).toBe(1);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 3 ', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('HttpClient: headers for the audited origin only', () => {
  const headers = { 'X-Audit-Token': 'secret', 'User-Agent': 'Mozilla/5.0 pretend', Cookie: 'session=1' };

  it('sends them to the audited origin, never the UA override', async () => {
    await client({ headers, headersOrigin: `${a.origin}/any/path` }).get(`${a.origin}/ok`);
    const sent = seenHeaders.get('A /ok');
    expect(sent?.['x-audit-token']).toBe('secret');
    expect(sent?.['cookie']).toBe('session=1');
    expect(sent?.['user-agent']).toBe(UA);
  });

  it('does not send them after a redirect to another origin, nor to other origins', async () => {
    const c = client({ headers, headersOrigin: a.origin });
    seenHeaders.delete('B /echo');
    await c.get(`${a.origin}/to-b`, { sameOriginOnly: false });
    expect(seenHeaders.get('A /to-b')?.['x-audit-token']).toBe('secret');
    const atB = seenHeaders.get('B /echo');
    expect(atB).toBeDefined();
    expect(atB?.['x-audit-token']).toBeUndefined();
    expect(atB?.['cookie']).toBeUndefined();
    seenHeaders.delete('B /direct');
    await c.get(`${b.origin}/direct`);
    expect(seenHeaders.get('B /direct')?.['x-audit-token']).toBeUndefined();
  });

  it('refuses headers without an origin to bind them to', () => {
    expect(() => new HttpClient({ userAgent: UA, timeoutMs: 500, maxBytes: MB, maxRedirects: 5, concurrencyPerHost: 1, retries: 0, headers })).toThrow(
      /headersOrigin/,
    );
  });
});

describe('HttpClient: per-host concurrency', () => {
  it('never has more than concurrencyPerHost requests in flight on one origin', async () => {
    inFlight = 0;
    maxInFlight = 0;
    const c = client({ concurrencyPerHost: 2 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => c.get(`${a.origin}/slow?i=${i}`)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('does not hold other origins back', async () => {
    const c = client({ concurrencyPerHost: 1, timeoutMs: 3000 });
    const hanging = failure(c.get(`${a.origin}/hang`));
    const started = Date.now();
    const res = await c.get(`${b.origin}/free`);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    await c.close();
    expect((await hanging).code).toBe('aborted');
  });
});

describe('classifyNetworkError', () => {
  const url = 'https://shop.example/contact';
  const withCode = (code: string, cause?: unknown): Error => Object.assign(new Error(code), { code, cause });

  it.each([
    ['ENOTFOUND', 'dns', 'could not resolve host shop.example'],
    ['ECONNREFUSED', 'refused', 'shop.example refused the connection (nothing is listening there)'],
    ['ECONNRESET', 'reset', 'shop.example closed the connection unexpectedly'],
    ['UND_ERR_SOCKET', 'reset', 'shop.example closed the connection unexpectedly'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'could not connect to shop.example within 10 s'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout', 'no answer within 10 s'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout', 'the page did not finish loading within 10 s'],
    ['CERT_HAS_EXPIRED', 'tls', 'certificate has expired (shop.example); use --insecure to audit it anyway'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', 'certificate is self-signed (shop.example); use --insecure to audit it anyway'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', 'certificate chain ends in a self-signed certificate that is not trusted (shop.example); use --insecure to audit it anyway'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', 'certificate cannot be verified (the server may be missing an intermediate certificate) (shop.example); use --insecure to audit it anyway'],
    ['EHOSTUNREACH', 'network', 'shop.example cannot be reached from this network'],
  ] as const)('%s → %s', (code, expected, message) => {
    const err = classifyNetworkError(withCode(code), url, 10_000);
    expect(err.code).toBe(expected);
    expect(err.message).toBe(message);
    expect(err.url).toBe(url);
  });

  it('looks into causes and AggregateErrors', () => {
    expect(classifyNetworkError(withCode('UND_ERR', withCode('ENOTFOUND')), url, 1000).code).toBe('dns');
    const agg = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed');
    expect(classifyNetworkError(agg, url, 1000).code).toBe('refused');
    expect(classifyNetworkError(new Error('weird'), url, 1000).code).toBe('network');
  });
});
