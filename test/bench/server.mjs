// Benchmark-only: loopback HTTP servers, run as a child process so their work does not count against the CLI's CPU.
//   node server.mjs folder DIR          serve a folder like a static host (/pages/contact → pages/contact.html, /dir/ → dir/index.html)
//   node server.mjs stores N PORTS      serve N tiny stores under /s1/ … /sN/ on PORTS ports (each port serves every store)
// Prints one JSON line {"ports":[…]} on stdout when listening; ends when stdin closes or on SIGTERM.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { tinyStore } from './pages.mjs';

const [mode, arg1, arg2] = process.argv.slice(2);

function folderHandler(folder) {
  const root = resolve(folder);
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const local = normalize(join(root, path));
    if (local !== root && !local.startsWith(root + sep)) return res.writeHead(403).end();
    const candidates = path.endsWith('/') ? [join(local, 'index.html')] : [local, `${local}.html`, join(local, 'index.html')];
    for (const file of candidates) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) {
        const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.xml') ? 'application/xml' : 'text/plain';
        return res.writeHead(200, { 'content-type': type }).end(await readFile(file));
      }
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  };
}

function storesHandler(count) {
  const cache = new Map();
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    const m = /^\/s(\d+)\/([a-z]*)$/.exec(path);
    const index = m ? Number(m[1]) : 0;
    if (!m || index < 1 || index > count) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    let store = cache.get(index);
    if (!store) cache.set(index, (store = tinyStore(index, `/s${index}/`)));
    const html = store[m[2]];
    if (html === undefined) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
}

const handler = mode === 'folder' ? folderHandler(arg1) : mode === 'stores' ? storesHandler(Number(arg1)) : undefined;
if (!handler) {
  process.stderr.write('usage: server.mjs folder DIR | stores N PORTS\n');
  process.exit(2);
}
const portCount = mode === 'stores' ? Math.max(1, Number(arg2 ?? 1)) : 1;
const servers = [];
const ports = [];
for (let i = 0; i < portCount; i++) {
  const server = createServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  ports.push(server.address().port);
}
process.stdout.write(`${JSON.stringify({ ports })}\n`);
const stop = () => {
  for (const s of servers) s.closeAllConnections?.(), s.close();
  process.exit(0);
};
process.stdin.on('end', stop).on('close', stop).resume();
process.on('SIGTERM', stop);
