/**
 * Two batches writing one output: before, both appended and every site was there twice (and --resume took
 * the duplicates in silence). Now the output is locked while a batch writes it: a second run exits 2 and says
 * why, a lock left by a process that is gone is taken over, and --resume reports duplicate records.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, records } from './run.js';
import { serveStores, type StoreServer } from './stores.js';

const N = 6;
let server: StoreServer;
let dir: string;

beforeAll(async () => {
  // answers slowly enough that the two runs overlap
  server = await serveStores({ delayMs: 100 });
  dir = await mkdtemp(join(tmpdir(), 'careaudit-lock-'));
  await writeFile(join(dir, 'sites.txt'), `${Array.from({ length: N }, (_, i) => server.store(i + 1)).join('\n')}\n`);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('one batch at a time per output', () => {
  it('a second run on the same --out exits 2 with a clear message; each site is written once', async () => {
    const [a, b] = await Promise.all([batch(dir, 'sites.txt', { out: 'both.jsonl' }), batch(dir, 'sites.txt', { out: 'both.jsonl', resume: true })]);
    const refused = [a, b].filter((r) => r.code === 2);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.stderr).toMatch(/^careaudit: both\.jsonl is being written by another careaudit batch \(process \d+\)\nhint: wait for it to end or give another --out/);
    const ids = (await records(join(dir, 'both.jsonl'))).map((r) => r.id);
    expect(ids.sort()).toEqual([...new Set(ids)].sort());
    expect(ids).toHaveLength(N);
    await expect(stat(join(dir, 'both.jsonl.lock'))).rejects.toThrow(); // released at the end
  });

  it('takes over a lock whose process is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dir, 'stale.jsonl.lock'), JSON.stringify({ pid: dead, host: hostname() }));
    const run = await batch(dir, 'sites.txt', { out: 'stale.jsonl' });
    expect(run.code).toBe(1); // audited; some of these stores fail the default gate
    expect(await records(join(dir, 'stale.jsonl'))).toHaveLength(N);
    await expect(stat(join(dir, 'stale.jsonl.lock'))).rejects.toThrow();
  });

  it('--resume reports records of one site written more than once', async () => {
    const lines = (await readFile(join(dir, 'stale.jsonl'), 'utf8')).split('\n').filter(Boolean);
    await writeFile(join(dir, 'twice.jsonl'), `${[...lines, lines[0], lines[1]].join('\n')}\n`);
    const run = await batch(dir, 'sites.txt', { out: 'twice.jsonl', resume: true });
    expect(run.code).toBe(1); // audited; some of these stores fail the default gate
    expect(run.stderr).toMatch(/twice\.jsonl has more than one record of 2 site\(s\) \(.+, .+\); the last record of each counts/);
    expect(run.stdout).toMatch(new RegExp(`^${N} site\\(s\\)`, 'm'));
  });
});
