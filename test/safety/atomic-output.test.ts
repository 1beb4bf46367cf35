/**
 * A crash never leaves a truncated report: `--output FILE` is written through a temporary file and a rename,
 * so a process killed at any moment leaves FILE absent, whole, or as it was before. Runs the built CLI
 * (dist/, built by `pretest`) in a real process so that it can really be SIGKILLed.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'careaudit.js');
const PAGE_DELAY_MS = 300;

interface Site {
  url: string;
  /** Page requests seen (robots.txt and sitemap.xml not counted). */
  pages: number;
  close(): Promise<void>;
}

/** A small store whose every page answers after `delayMs`. */
async function startSite(delayMs: number): Promise<Site> {
  const sockets = new Set<Socket>();
  const site: Site = { url: '', pages: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/robots.txt' || path === '/sitemap.xml') return res.writeHead(404).end();
    site.pages++;
    const body =
      path === '/'
        ? '<nav><a href="/contact">Contact us</a> <a href="/faq">FAQ</a> <a href="/returns">Returns</a> <a href="/shipping">Shipping</a> <a href="/cart">Cart</a></nav><p>Call +48 22 123 45 67</p>'
        : `<h1>${path}</h1><p>Mon–Fri 9:00–17:00. Returns within 30 days.</p>`;
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html lang="en"><body>${body}</body></html>`), delayMs);
    res.on('close', () => clearTimeout(timer));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  site.close = () =>
    new Promise((done) => {
      for (const s of sockets) s.destroy();
      server.close(() => done());
    });
  return site;
}

interface Child {
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(): void;
}

function audit(url: string, output: string): Child {
  const child = spawn(process.execPath, [BIN, url, '--format', 'json', '--output', output, '--fail-on', 'none', '--quiet', '--timeout', '10'], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    exit: new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, stderr }))),
    kill: () => child.kill('SIGKILL'),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `check` holds (polled), or fails after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/**
 * The folder after a kill: the report is absent or complete JSON, and the only other file allowed is the
 * writer's own temporary (left when the kill fell between write and rename), never named like the report.
 */
async function expectNoTornReport(dir: string, name = 'report.json'): Promise<string | undefined> {
  const files = await readdir(dir);
  for (const file of files.filter((f) => f !== name)) expect(file).toMatch(new RegExp(`^\\.${name.replace('.', '\\.')}\\.[0-9a-f]+\\.tmp$`));
  if (!files.includes(name)) return undefined;
  const text = await readFile(join(dir, name), 'utf8');
  const report = JSON.parse(text) as { schemaVersion?: unknown; rules?: unknown };
  expect(report.schemaVersion).toBe(1);
  expect(Array.isArray(report.rules)).toBe(true);
  return text;
}

let slow: Site;
let fast: Site;
let work: string;
beforeAll(async () => {
  expect(existsSync(join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')), 'dist/ is built by `npm test` (pretest) or `npx tsc -p .`').toBe(true);
  slow = await startSite(PAGE_DELAY_MS);
  fast = await startSite(0);
  work = await mkdtemp(join(tmpdir(), 'careaudit-atomic-'));
});
afterAll(async () => {
  await slow.close();
  await fast.close();
  await rm(work, { recursive: true, force: true });
});

describe('--output under SIGKILL', () => {
  it('killed mid-audit (~400 ms in, pages answering slowly): no report, no partial file', async () => {
    const dir = await mkdtemp(join(work, 'mid-'));
    const before = slow.pages;
    const child = audit(slow.url, join(dir, 'report.json'));
    // the audit is surely under way once the home page has been asked for; then give it ~400 ms in all
    await until(() => slow.pages > before, 10_000, 'the first page request');
    await sleep(Math.max(0, 400 - PAGE_DELAY_MS));
    child.kill();
    const { signal } = await child.exit;
    expect(signal).toBe('SIGKILL');
    expect(await expectNoTornReport(dir)).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  }, 20_000);

  it('a complete report survives a second run killed mid-way', async () => {
    const dir = await mkdtemp(join(work, 'overwrite-'));
    const output = join(dir, 'report.json');
    const first = await audit(fast.url, output).exit;
    expect(first).toMatchObject({ code: 0, signal: null });
    const complete = await readFile(output, 'utf8');
    JSON.parse(complete);

    const before = slow.pages;
    const child = audit(slow.url, output);
    await until(() => slow.pages > before, 10_000, 'the first page request');
    child.kill();
    expect((await child.exit).signal).toBe('SIGKILL');
    expect(await expectNoTornReport(dir)).toBe(complete);
  }, 20_000);

  it('killed the moment its temporary file appears (between write and rename): the old report or a whole new one', async () => {
    const dir = await mkdtemp(join(work, 'rename-'));
    const output = join(dir, 'report.json');
    await audit(fast.url, output).exit;
    const complete = await readFile(output, 'utf8');

    for (let attempt = 0; attempt < 2; attempt++) {
      await writeFile(output, complete);
      const child = audit(fast.url, output);
      let seen = false;
      // fs.watch reports the temporary's creation as it happens: kill right then, inside the write/rename window
      const watcher = watch(dir, (_event, name) => {
        if (!seen && name !== null && name.endsWith('.tmp')) {
          seen = true;
          child.kill();
        }
      });
      const { code, signal } = await child.exit;
      watcher.close();
      // killed in the window, or the run beat the kill: either way the report is whole
      expect(signal === 'SIGKILL' || code === 0).toBe(true);
      const left = await expectNoTornReport(dir);
      expect(left).toBeDefined();
      if (left !== complete) expect(JSON.parse(left!)).toMatchObject({ schemaVersion: 1 });
      await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.tmp')).map((f) => rm(join(dir, f))));
    }
  }, 30_000);

  it('a run that fails (exit 3) leaves an existing report as it was', async () => {
    const dir = await mkdtemp(join(work, 'fail-'));
    const output = join(dir, 'report.json');
    await writeFile(output, '{"kept": true}');
    const gone = await startSite(0);
    const url = gone.url;
    await gone.close();
    const run = await audit(url, output).exit;
    expect(run.code).toBe(3);
    expect(await readFile(output, 'utf8')).toBe('{"kept": true}');
    expect(await readdir(dir)).toEqual(['report.json']);
  }, 20_000);
});
