import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoreServer {
  url: string;
  /** The home page URL of store i (1-based): `/s{i}/`. */
  store(i: number): string;
  /** The most stores that had a request in flight at the same moment (a lower bound of sites audited at once). */
  maxStoresAtOnce: number;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Milliseconds before each page is answered, to keep audits in flight long enough to interrupt. */
  delayMs?: number;
  /** Stores whose home page answers 500: they cannot be audited. */
  broken?: (i: number) => boolean;
}

/** Four kinds of store, so scores differ: all channels, a contact page only, nothing, a phone and returns. */
function homePage(i: number): string {
  const kind = i % 4;
  const links = [
    kind !== 2 ? `<a href="/s${i}/contact">Contact us</a>` : '',
    kind === 0 || kind === 3 ? `<a href="/s${i}/returns">Returns &amp; refunds</a>` : '',
    kind === 0 ? `<a href="/s${i}/help">Help &amp; FAQ</a>` : '',
  ].join(' ');
  const phone = kind === 0 || kind === 3 ? '<p>Customer service: <a href="tel:+14155550123">+1 415 555 0123</a></p>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Store ${i}</title></head><body><header><a href="/s${i}/">Store ${i}</a> ${links}</header><main><h1>Store ${i}</h1>${phone}</main></body></html>`;
}

const PAGES: Record<string, string> = {
  contact: '<h1>Contact us</h1><p>Write to <a href="mailto:help@store.example">help@store.example</a>.</p>',
  returns: '<h1>Returns</h1><p>Return any item within 30 days for a full refund.</p>',
  help: '<h1>Help centre</h1><form role="search"><input type="search" name="q" placeholder="Search help"></form>',
};

/** One loopback server that serves many tiny stores, one per path prefix (`/s1/`, `/s2/` …). */
export async function serveStores(options: StoreOptions = {}): Promise<StoreServer> {
  const inFlight = new Map<number, number>();
  const state = { max: 0 };
  const server: Server = createServer((req, res) => {
    const match = /^\/s(\d+)\/([a-z]*)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const i = match ? Number(match[1]) : 0;
    if (i) {
      inFlight.set(i, (inFlight.get(i) ?? 0) + 1);
      state.max = Math.max(state.max, inFlight.size);
    }
    const answer = () => {
      if (i) {
        const n = (inFlight.get(i) ?? 1) - 1;
        if (n) inFlight.set(i, n);
        else inFlight.delete(i);
      }
      const page = match?.[2] ?? '';
      if (!i || (page && !PAGES[page])) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      if (!page && options.broken?.(i)) return res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Server error</h1>');
      const html = page ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title></head><body>${PAGES[page]}</body></html>` : homePage(i);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    store: (i) => `${url}s${i}/`,
    get maxStoresAtOnce() {
      return state.max;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
