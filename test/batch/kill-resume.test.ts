import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawBatchOptions } from '../../src/cli/batch-options.js';
import { batch, records, scores } from './run.js';
import { serveStores, type StoreServer } from './stores.js';

// A real process, so that it can really be killed; it runs the TypeScript sources (no dist/ build needed).
const CHILD = fileURLToPath(new URL('./batch-child.mjs', import.meta.url));
const N = 40;
let server: StoreServer;
let dir: string;
let reference: Map<string, number | null>;

function start(raw: RawBatchOptions): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [CHILD, 'sites.txt', JSON.stringify(raw)], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
  return { child, exit };
}

/** Resolves once the output has at least `n` complete lines (polled: the child only appends). */
async function linesAtLeast(path: string, n: number, exit: Promise<unknown>): Promise<void> {
  let ended = false;
  void exit.then(() => (ended = true));
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.split('\n').length - 1 >= n) return;
    if (ended) throw new Error(`the batch ended with fewer than ${n} lines written`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

function expectEverySiteOnce(list: { id: string }[]): void {
  expect(list).toHaveLength(N);
  expect(new Set(list.map((r) => r.id)).size).toBe(N);
}

beforeAll(async () => {
  // each page answers after 40 ms: a site takes a few round trips, so the batch is still running when it is killed
  server = await serveStores({ delayMs: 40, broken: (i) => i % 13 === 0 });
  dir = await mkdtemp(join(tmpdir(), 'careaudit-kill-'));
  await writeFile(join(dir, 'sites.txt'), Array.from({ length: N }, (_, i) => server.store(i + 1)).join('\n'));
  const uninterrupted = await batch(dir, 'sites.txt', { out: 'reference.jsonl', concurrency: '16', perHost: '16' });
  expect(uninterrupted.code).toBe(1);
  reference = scores(await records(join(dir, 'reference.jsonl')));
  expect(reference.size).toBe(N);
});
afterAll(() => server.close());

describe('interrupted batches', () => {
  it('SIGKILL mid-run, a torn last line, then --resume: every site exactly once, the same scores as an uninterrupted run', async () => {
    const out = join(dir, 'killed.jsonl');
    const { child, exit } = start({ out: 'killed.jsonl', concurrency: '4', perHost: '4' });
    await linesAtLeast(out, 5, exit);
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    const survived = await records(out); // only whole lines, even though the process died mid-run
    expect(survived.length).toBeGreaterThanOrEqual(5);
    expect(survived.length).toBeLessThan(N);
    // what a crash inside a write could leave: the start of a record with no end
    await appendFile(out, JSON.stringify({ id: 'torn', target: 'x', status: 'audited' }).slice(0, 30));

    const resumed = await batch(dir, 'sites.txt', { out: 'killed.jsonl', resume: true, concurrency: '16', perHost: '16' });
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toBe('careaudit: removed an incomplete last line (30 bytes) from killed.jsonl; that site will be audited again\n');
    const all = await records(out);
    expectEverySiteOnce(all);
    expect(all.slice(0, survived.length)).toEqual(survived); // what was written before the kill is kept as it was
    expect(scores(all)).toEqual(reference);
  });

  it('SIGINT: in-flight audits finish, only whole lines, exit 130 with how to resume; the resumed run completes the list', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const { child, exit } = start({ out: 'interrupted.jsonl', concurrency: '4', perHost: '4' });
    await linesAtLeast(out, 3, exit);
    child.kill('SIGINT');
    const ended = await exit;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toMatch(/careaudit: stopped with \d+ of 40 site\(s\) not audited yet; resume with: careaudit batch sites\.txt --out interrupted\.jsonl --resume/);
    const stopped = await records(out);
    expect(stopped.length).toBeLessThan(N);

    const resumed = await batch(dir, 'sites.txt', { out: 'interrupted.jsonl', resume: true, concurrency: '16', perHost: '16' });
    expect(resumed.code).toBe(1);
    const all = await records(out);
    expectEverySiteOnce(all);
    expect(scores(all)).toEqual(reference);
  });
});
