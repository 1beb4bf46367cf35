import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
  requests: { path: string; headers: Record<string, string | string[] | undefined> }[];
}

/** Serve a folder on 127.0.0.1 like a static host: /pages/contact → pages/contact.html, /dir/ → dir/index.html. */
export async function serveFolder(folder: string, options: { robots?: string } = {}): Promise<TestServer> {
  const root = resolve(folder);
  const requests: TestServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path, headers: req.headers });
    if (path === '/robots.txt' && options.robots !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(options.robots);
      return;
    }
    const local = normalize(join(root, path));
    if (local !== root && !local.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const candidates = path.endsWith('/') ? [join(local, 'index.html')] : [local, `${local}.html`, join(local, 'index.html')];
    for (const file of candidates) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) {
        const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.xml') ? 'application/xml' : file.endsWith('.js') ? 'text/javascript' : 'text/plain';
        res.writeHead(200, { 'content-type': type }).end(await readFile(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
