/**
 * A secret in a URL's query string (?token=…, a signed link's sig=…) is used to fetch the page but never
 * printed: not in any report format, not in an error message, not in a batch's results. Before, only the
 * user and password were removed.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/redact.js';
import { batch } from '../batch/run.js';
import { cli } from '../cli/run.js';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.js';

const SECRET = 's3cr3t-V4LUE';
let server: FaultServer;
let dir: string;
beforeAll(async () => {
  server = await startFaultServer();
  dir = await mkdtemp(join(tmpdir(), 'careaudit-secrets-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('secrets in URLs', () => {
  it.each([
    ['https://shop.example/?token=abc&page=2', 'https://shop.example/?token=REDACTED&page=2'],
    ['see https://u:p@shop.example/a?api_key=1&X-Amz-Signature=2&q=shoes#top.', 'see https://shop.example/a?api_key=REDACTED&X-Amz-Signature=REDACTED&q=shoes#top.'],
    ['https://shop.example/p?sig=x&session_id=y&keyword=z&access%5Ftoken=w', 'https://shop.example/p?sig=REDACTED&session_id=REDACTED&keyword=z&access%5Ftoken=REDACTED'],
    ['no url here, token=abc', 'no url here, token=abc'],
  ])('%s', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('are not in any report format', async () => {
    const target = `${server.url}s/ok/?token=${SECRET}&sig=${SECRET}&lang=pl`;
    const result = await cli([target, '--format', 'text,json,junit,sarif,markdown,html', '--output-dir', dir, '--fail-on', 'none']);
    expect(result.code).toBe(0);
    const files = (await readdir(dir)).filter((f) => !f.startsWith('.'));
    expect(files.length).toBe(6);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, file).not.toContain(SECRET);
    }
    expect(await readFile(join(dir, files.find((f) => f.endsWith('.json'))!), 'utf8')).toContain('token=REDACTED&sig=REDACTED&lang=pl');
    expect(result.stderr).not.toContain(SECRET);
  });

  it('are not in the message when the site cannot be audited', async () => {
    const result = await cli([`${server.url}fault/status-500?access_token=${SECRET}`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/access_token=REDACTED/);
    expect(result.stderr).not.toContain(SECRET);
  });

  it('are not in a batch output or its summary', async () => {
    await writeFile(join(dir, 'sites.txt'), `${server.url}s/ok/?token=${SECRET}\n`);
    const run = await batch(dir, 'sites.txt', { out: 'out.jsonl' });
    expect(run.code).toBe(1); // audited; this small store fails the default gate
    expect(await readFile(join(dir, 'out.jsonl'), 'utf8')).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});
