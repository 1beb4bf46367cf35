import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cli } from '../cli/run.js';
import { batch, records, scores } from './run.js';
import { serveStores, type StoreServer } from './stores.js';

/** Resolves when the file holds a whole line, or after 20 seconds. */
async function firstLine(path: string): Promise<void> {
  for (let tries = 0; tries < 2000; tries++) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.includes('\n')) return;
    await new Promise((wake) => setTimeout(wake, 10));
  }
}

const N = 12;
const broken = (i: number) => i === 7;
let server: StoreServer;
let dir: string;

beforeAll(async () => {
  server = await serveStores({ broken });
  dir = await mkdtemp(join(tmpdir(), 'careaudit-batch-'));
  await writeFile(join(dir, 'sites.txt'), `# ${N} loopback stores\n${Array.from({ length: N }, (_, i) => server.store(i + 1)).join('\n')}\n`);
});
afterAll(() => server.close());

describe('careaudit batch', () => {
  it('audits every site, one self-contained JSON line each, and prints a table sorted by score', async () => {
    const run = await batch(dir, 'sites.txt', { out: 'out.jsonl' });
    expect(run.code).toBe(1); // some stores fail the default gate
    const list = await records(join(dir, 'out.jsonl'));
    expect(list.map((r) => r.id).sort()).toEqual(Array.from({ length: N }, (_, i) => server.store(i + 1)).sort());
    const failed = list.find((r) => r.id === server.store(7))!;
    expect(failed).toMatchObject({ status: 'failed', exitCode: 3, score: null, band: null, gate: { passed: false } });
    expect(failed.error).toMatch(/could not audit .*HTTP 500/);
    expect(failed.report).toBeUndefined();
    for (const r of list.filter((x) => x.status === 'audited')) {
      expect(r.report?.target).toBe(r.target);
      expect(r.report?.score).toBe(r.score);
      expect(r.gate).toEqual(r.report?.gate);
      expect(r.exitCode).toBe(r.gate.passed ? 0 : 1);
      expect(Date.parse(r.finishedAt)).not.toBeNaN();
    }
    // the table: scores descending, the site that could not be audited last with its reason
    const rows = run.stdout.split('\n').slice(1, N + 1);
    const tableScores = rows.slice(0, N - 1).map((row) => Number(row.trim().split(/\s+/)[0]));
    expect(tableScores).toEqual([...tableScores].sort((a, b) => b - a));
    expect(rows[N - 1]).toMatch(new RegExp(`–\\s+–\\s+error\\s+${server.store(7).replace(/[./]/g, '\\$&')}\\s+could not audit`));
    expect(run.stdout).toMatch(/12 site\(s\): 11 audited \(\d+ passed the gate, \d+ failed it\), 1 could not be audited; results in out\.jsonl/);
    expect(run.stderr).toBe(''); // no progress off a terminal
  });

  it('progress lines on a terminal, never with --quiet', async () => {
    const one = join(dir, 'one.txt');
    await writeFile(one, `${server.store(4)}\n`);
    const tty = await batch(dir, one, { out: 'tty.jsonl' }, { tty: true });
    expect(tty.stderr).toMatch(/\[1\/1\] 127\.0\.0\.1:\d+\/s4 \d+/);
    const quiet = await batch(dir, one, { out: 'quiet.jsonl', quiet: true }, { tty: true });
    expect(quiet.stderr).toBe('');
  });

  it('never overwrites an output; --resume audits only the sites not in it yet', async () => {
    const out = join(dir, 'resume.jsonl');
    const first = await records(join(dir, 'out.jsonl'));
    await writeFile(out, first.slice(0, 5).map((r) => `${JSON.stringify(r)}\n`).join(''));
    const refused = await batch(dir, 'sites.txt', { out: 'resume.jsonl' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/resume\.jsonl exists; use --resume to continue it or remove it/);
    const seen = new Set(first.slice(0, 5).map((r) => r.id));
    const resumed = await batch(dir, 'sites.txt', { out: 'resume.jsonl', resume: true });
    expect(resumed.code).toBe(1);
    const all = await records(out);
    expect(all.map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort()); // each once
    expect(all.slice(0, 5)).toEqual(first.slice(0, 5)); // earlier lines kept as they were
    expect(all.slice(5).some((r) => seen.has(r.id))).toBe(false);
    expect(scores(all)).toEqual(scores(first));
    expect(resumed.stdout).toMatch(/^12 site\(s\)/m); // the summary covers the earlier records too
    const again = await batch(dir, 'sites.txt', { out: 'resume.jsonl', resume: true });
    expect(again.code).toBe(1);
    expect((await records(out)).length).toBe(N); // nothing left to do, nothing written
  });

  it('shards are disjoint and their outputs concatenate into the full result', async () => {
    const parts = [];
    for (const i of [1, 2, 3]) {
      const run = await batch(dir, 'sites.txt', { out: `shard-${i}.jsonl`, shard: `${i}/3` });
      expect(run.stdout).toContain(`(shard ${i}/3)`);
      parts.push(...(await records(join(dir, `shard-${i}.jsonl`))));
    }
    expect(parts.map((r) => r.id).sort()).toEqual((await records(join(dir, 'out.jsonl'))).map((r) => r.id).sort());
    expect(scores(parts)).toEqual(scores(await records(join(dir, 'out.jsonl'))));
  });

  it('bounds sites at once per host (--per-host), while other hosts proceed', async () => {
    const [a, b] = [await serveStores({ delayMs: 15 }), await serveStores({ delayMs: 15 })];
    try {
      const sites = join(dir, 'two-hosts.txt');
      await writeFile(sites, Array.from({ length: 6 }, (_, i) => `${a.store(i + 1)}\n${b.store(i + 1)}`).join('\n'));
      const run = await batch(dir, sites, { out: 'two-hosts.jsonl', concurrency: '8', perHost: '2', failOn: 'none' });
      expect(run.code).toBe(0);
      expect((await records(join(dir, 'two-hosts.jsonl'))).length).toBe(12);
      expect(a.maxStoresAtOnce).toBeLessThanOrEqual(2);
      expect(b.maxStoresAtOnce).toBeLessThanOrEqual(2);
      expect(a.maxStoresAtOnce + b.maxStoresAtOnce).toBeGreaterThan(2);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('YAML entries: per-site options override the defaults; local paths are relative to the sites file', async () => {
    const sites = join(dir, 'local.yaml');
    const examples = resolve(PACKAGE_ROOT, 'examples');
    await writeFile(
      sites,
      `- target: ${examples}/corner-shop\n  id: corner\n  email: ${examples}/corner-shop.eml\n  country: gb\n- target: ${examples}/northwind-outfitters\n  id: northwind\n`,
    );
    const run = await batch(dir, sites, { out: 'local.jsonl', email: join(examples, 'northwind-outfitters.eml'), failOn: 'none' });
    expect(run.code).toBe(0);
    const byId = new Map((await records(join(dir, 'local.jsonl'))).map((r) => [r.id, r]));
    const emailOf = (id: string) => byId.get(id)?.report?.roles.find((r) => r.role === 'email')?.path;
    expect(emailOf('corner')).toMatch(/corner-shop\.eml$/);
    expect(emailOf('northwind')).toMatch(/northwind-outfitters\.eml$/); // the batch default
    expect(byId.get('corner')?.report?.rules.length).toBeGreaterThan(0);

    await writeFile(join(dir, 'relative.txt'), 'missing-store\n');
    const relative = await batch(dir, 'relative.txt', { out: 'relative.jsonl' });
    expect(relative.code).toBe(3); // every site failed
    expect((await records(join(dir, 'relative.jsonl')))[0]).toMatchObject({ status: 'failed', exitCode: 2, target: 'missing-store' });
  });

  it('exit 0 when every gate passes, 3 when no site could be audited', async () => {
    const healthy = join(dir, 'healthy.txt');
    await writeFile(healthy, [1, 2, 3, 4].map((i) => server.store(i)).join('\n'));
    expect((await batch(dir, healthy, { out: 'healthy.jsonl', failOn: 'none' })).code).toBe(0);
    const dead = join(dir, 'dead.txt');
    await writeFile(dead, `${server.store(7)}\n`);
    expect((await batch(dir, dead, { out: 'dead.jsonl' })).code).toBe(3);
  });

  it.each([
    [{ shard: '3/2' }, /--shard 3\/2: shard 3 does not exist, there are 2\nhint: /],
    [{ concurrency: '0' }, /--concurrency must be a whole number from 1 to 256/],
    [{ perHost: 'x' }, /--per-host must be a whole number from 1 to 64/],
    [{ minScore: '101' }, /--min-score must be a whole number from 0 to 100/],
    [{ only: 'contact.phone' }, /--only: no rule or category "contact.phone" \(did you mean "contact.phone-visible"\?\)/],
    [{ out: undefined }, /--out FILE is required/],
    [{ out: 'sites.txt' }, /--out sites\.txt is the sites file itself/],
  ])('2 for a usage error: %j', async (raw, message) => {
    const run = await batch(dir, 'sites.txt', { out: 'usage.jsonl', ...raw });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    await expect(readFile(join(dir, 'usage.jsonl'))).rejects.toThrow(/ENOENT/); // nothing created
  });

  it('2 for a broken sites file, located with a code frame', async () => {
    await writeFile(join(dir, 'bad.yaml'), '- https://a.example/\n- target: https://b.example/\n  cuntry: PL\n');
    const run = await batch(dir, 'bad.yaml', { out: 'bad.jsonl' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'careaudit: bad.yaml:3:3: unknown key "cuntry" (did you mean "country"?)\n  1 | - https://a.example/\n  2 | - target: https://b.example/\n> 3 |   cuntry: PL\n    |   ^\n  4 | \nexpected: one of target, id, email, country, pages\n',
    );
  });

  it('stopped (as by Ctrl-C): finishes what is in flight, writes only whole lines, says how to resume, exits 130', async () => {
    const slow = await serveStores({ delayMs: 30 });
    try {
      const sites = join(dir, 'slow.txt');
      await writeFile(sites, Array.from({ length: 10 }, (_, i) => slow.store(i + 1)).join('\n'));
      const controller = new AbortController();
      const stopping = batch(dir, sites, { out: 'slow.jsonl', concurrency: '2', perHost: '2' }, { control: { signal: controller.signal } });
      // stop once the first site is recorded, as a user presses Ctrl-C mid-run (a fixed delay races a slow machine)
      void firstLine(join(dir, 'slow.jsonl')).then(() => controller.abort());
      const run = await stopping;
      expect(run.code).toBe(130);
      expect(run.stderr).toMatch(/resume with: careaudit batch \S*slow\.txt --out slow\.jsonl --resume/);
      const done = await records(join(dir, 'slow.jsonl'));
      expect(done.length).toBeGreaterThan(0);
      expect(done.length).toBeLessThan(10);
      const resumed = await batch(dir, sites, { out: 'slow.jsonl', resume: true, concurrency: '8', perHost: '8' });
      expect(resumed.code).toBe(1);
      expect(new Set((await records(join(dir, 'slow.jsonl'))).map((r) => r.id)).size).toBe(10);
      expect((await records(join(dir, 'slow.jsonl'))).length).toBe(10);
    } finally {
      await slow.close();
    }
  });
});

describe('batch and the config file', () => {
  it('applies the config to every site, but never its pages, headers or cookies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-batch-config-'));
    await writeFile(join(dir, 'careaudit.config.yaml'), 'extends: recommended\nfailOn: none\nrules:\n  contact.live-chat: off\nrequest:\n  headers: { Authorization: "Bearer s3cret" }\n');
    await writeFile(join(dir, 'sites.txt'), `${join(PACKAGE_ROOT, 'examples/corner-shop')}\n`);
    const run = await cli(['batch', 'sites.txt', '--out', 'out.jsonl'], { cwd: dir });
    expect(run.code).toBe(0); // failOn: none from the config
    expect(run.stderr).toMatch(/pages, headers and cookies belong to one store and are not used by batch/);
    const record = JSON.parse((await readFile(join(dir, 'out.jsonl'), 'utf8')).trim()) as { report: { rules: { id: string }[] } };
    expect(record.report.rules.some((r) => r.id === 'contact.live-chat')).toBe(false);
    expect((await cli(['batch', 'sites.txt', '--out', 'out2.jsonl', '--fail-on', 'error'], { cwd: dir })).code).toBe(1); // the flag wins
  });
});
