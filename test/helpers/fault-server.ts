import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';

/** One hostile behaviour, served at /fault/<name>. */
export type Fault = (req: IncomingMessage, res: ServerResponse, server: FaultServer) => void;

export interface FaultServer {
  url: string;
  origin: string;
  /** Requests seen, with their headers, for credential checks. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

// 200 MB of zeros as 200 concatenated gzip members (valid gzip, about 200 KB on the wire), built once.
let bomb: Buffer | undefined;
function gzipBomb(): Buffer {
  bomb ??= Buffer.concat(Array.from({ length: 200 }, () => zlib.gzipSync(Buffer.alloc(1024 * 1024), { level: 9 })));
  return bomb;
}

const html = (res: ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);

const PAGE = '<html><body><h1>Page</h1><p>Contact: +48 22 123 45 67</p></body></html>';

export const FAULTS: Record<string, Fault> = {
  ok: (_req, res) => html(res, PAGE),
  hang: () => {},
  drip: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('x'), 100);
    res.on('close', () => clearInterval(timer));
  },
  reset: (req) => req.socket.destroy(),
  'huge-with-length': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) });
    res.write(Buffer.alloc(64 * 1024, 'a'));
  },
  'huge-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  },
  // a coding careaudit does not know, on a body still streaming when the page is given up
  'unknown-coding': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' });
    res.write(Buffer.alloc(64 * 1024, 0x1f));
    const timer = setInterval(() => res.write(Buffer.alloc(1024, 0x9d)), 20);
    res.on('close', () => clearInterval(timer));
  },
  'stacked-unknown-coding': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, zstd' }).end(zlib.gzipSync(PAGE)),
  'gzip-bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipBomb()),
  'never-ending-chunks': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>more</p>'), 20);
    res.on('close', () => clearInterval(timer));
  },
  'redirect-loop': (_req, res) => res.writeHead(302, { location: '/fault/redirect-loop-b' }).end(),
  'redirect-loop-b': (_req, res) => res.writeHead(302, { location: '/fault/redirect-loop' }).end(),
  'redirect-chain': (req, res) => {
    const n = Number(new URL(req.url ?? '', 'http://x').searchParams.get('n') ?? '0');
    res.writeHead(301, { location: `/fault/redirect-chain?n=${n + 1}` }).end();
  },
  'redirect-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  'redirect-javascript': (_req, res) => res.writeHead(302, { location: 'javascript:alert(1)' }).end(),
  'status-404': (_req, res) => html(res, 'not found', 404),
  'status-410': (_req, res) => html(res, 'gone', 410),
  'status-500': (_req, res) => html(res, 'oops', 500),
  'status-503': (_req, res) => html(res, 'busy', 503, { 'retry-after': '0' }),
  'pdf-as-html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), Buffer.alloc(2048, 0)])),
  'png-as-html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])),
  'deep-html': (_req, res) => html(res, `<html><body>${'<div>'.repeat(100_000)}Call +48 22 123 45 67${'</div>'.repeat(100_000)}</body></html>`),
  // every scope nested in the last: finding each property's scope by climbing the tree is quadratic
  'deep-microdata': (_req, res) =>
    html(res, `<html><body>${'<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">x</span>'.repeat(20_000)}<p>Tel. +48 22 123 45 67</p>${'</div>'.repeat(20_000)}</body></html>`),
  'big-inline-script': (_req, res) => html(res, `<html><body><script>var data = "${'a'.repeat(3 * 1024 * 1024)}";</script><p>Tel. +48 22 123 45 67</p></body></html>`),
  'lying-charset': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.from('<html lang="ru"><head><meta charset="windows-1251"></head><body><p>Контакты: звоните нам</p></body></html>', 'utf8')),
  'no-charset-cp1251': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.concat([Buffer.from('<html lang="ru"><body><p>'), Buffer.from([0xca, 0xee, 0xed, 0xf2, 0xe0, 0xea, 0xf2, 0xfb]), Buffer.from('</p></body></html>')])),
};

let retryCounter = 0;
FAULTS['status-429-then-ok'] = (_req, res) => {
  retryCounter++;
  if (retryCounter % 2 === 1) res.writeHead(429, { 'retry-after': '1' }).end();
  else html(res, PAGE);
};

/**
 * A site whose home page (/s/<fault>/) links, as its contact page, to /fault/<fault>; and whose
 * /fault/<fault> misbehaves. robots.txt and sitemap.xml can be made hostile too.
 */
export async function startFaultServer(options: { robots?: string; sitemap?: (origin: string) => string; home?: (fault: string) => string } = {}): Promise<FaultServer> {
  gzipBomb(); // built before the first request, so building it never counts against a timeout
  const requests: FaultServer['requests'] = [];
  const sockets = new Set<Socket>();
  let self: FaultServer;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    res.on('error', () => {});
    if (path === '/robots.txt') return options.robots === undefined ? html(res, 'nope', 404) : res.writeHead(200, { 'content-type': 'text/plain' }).end(options.robots);
    if (path === '/sitemap.xml') return options.sitemap ? res.writeHead(200, { 'content-type': 'application/xml' }).end(options.sitemap(self.origin)) : html(res, 'nope', 404);
    const home = /^\/s\/([\w-]+)\/$/.exec(path);
    if (home) {
      const fault = home[1]!;
      return html(res, options.home?.(fault) ?? `<html><body><nav><a href="/fault/${fault}">Contact us</a></nav><p>Call +48 22 123 45 67</p></body></html>`);
    }
    const fault = /^\/fault\/([\w-]+)$/.exec(path);
    const handler = fault && FAULTS[fault[1]!];
    if (handler) return handler(req, res, self);
    html(res, 'not found', 404);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  self = {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
  return self;
}
