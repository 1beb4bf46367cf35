import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonlAppender, readDone, type BatchRecord } from '../../src/batch/jsonl.js';
import { UsageError } from '../../src/errors.js';

const record = (id: string, extra: Partial<BatchRecord> = {}): BatchRecord => ({
  id,
  target: `https://${id}/`,
  status: 'audited',
  exitCode: 0,
  score: 90,
  band: 'good',
  gate: { passed: true, reasons: [] },
  finishedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'careaudit-jsonl-')), 'out.jsonl');
}

async function written(...records: BatchRecord[]): Promise<string> {
  const path = await tempFile();
  const appender = await JsonlAppender.open(path);
  await Promise.all(records.map((r) => appender.append(r))); // concurrent appends: each stays one whole line
  await appender.close();
  return path;
}

describe('JSONL output', () => {
  it('one complete line per record, in append mode, ids read back', async () => {
    const path = await written(record('a.example'), record('b.example', { status: 'failed', score: null, band: null, error: 'unreachable\nreally', gate: { passed: false, reasons: ['x'] } }));
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((l) => (JSON.parse(l) as BatchRecord).id)).toEqual(['a.example', 'b.example']);
    const again = await JsonlAppender.open(path); // a second run appends, it does not truncate
    await again.append(record('c.example'));
    await again.close();
    const done = await readDone(path);
    expect([...done.rows.keys()]).toEqual(['a.example', 'b.example', 'c.example']);
    expect(done.rows.get('b.example')).toEqual({ id: 'b.example', target: 'https://b.example/', status: 'failed', score: null, band: null, gatePassed: false, error: 'unreachable\nreally' });
    expect(done.dropped).toBe(0);
  });

  it('a missing file has no sites done', async () => {
    expect((await readDone(join(tmpdir(), 'careaudit-no-such-dir', 'out.jsonl'))).rows.size).toBe(0);
  });

  it('a torn last line (no newline) is cut off the file, so appending after it gives clean lines', async () => {
    const path = await written(record('a.example'), record('b.example'));
    const clean = await readFile(path, 'utf8');
    const torn = JSON.stringify(record('c.example')).slice(0, 40);
    await appendFile(path, torn);
    const done = await readDone(path);
    expect([...done.rows.keys()]).toEqual(['a.example', 'b.example']);
    expect(done.dropped).toBe(Buffer.byteLength(torn));
    expect(await readFile(path, 'utf8')).toBe(clean);
    const appender = await JsonlAppender.open(path);
    await appender.append(record('c.example'));
    await appender.close();
    expect((await readFile(path, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as BatchRecord).id)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it.each([
    ['a whole record without its newline', JSON.stringify(record('c.example'))],
    ['a last line that ends but does not parse', `${JSON.stringify(record('c.example')).slice(0, 60)}\n`],
    ['the first bytes of a record', '{"i'],
    ['zeros left by a power loss', '\u0000\u0000\u0000\u0000'],
  ])('%s is dropped', async (_, tail) => {
    const path = await written(record('a.example'));
    await appendFile(path, tail);
    const done = await readDone(path);
    expect([...done.rows.keys()]).toEqual(['a.example']);
    expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify(record('a.example'))}\n`);
  });

  it('a record larger than the read chunk, and blank lines between joined files, are read', async () => {
    const big = record('big.example', { error: 'x'.repeat(2_500_000) });
    const path = await written(record('a.example'), big);
    await appendFile(path, `\n${JSON.stringify(record('z.example'))}\n`);
    expect([...(await readDone(path)).rows.keys()]).toEqual(['a.example', 'big.example', 'z.example']);
  });

  it.each([
    ['a line in the middle is not a record', (a: string) => `${a}\nnot json at all\n${a.replace('a.example', 'b.example')}\n`, /out\.jsonl:2: this line is not a batch record/],
    ['the last line is someone else\'s text', (a: string) => `${a}\n# my notes`, /out\.jsonl:2: the last line is not a batch record/],
    ['a report file, not batch output', () => '{\n  "schemaVersion": 1\n}\n', /out\.jsonl:1: this line is not a batch record/],
  ])('%s: a usage error, the file untouched', async (_, content, message) => {
    const path = await tempFile();
    const text = content(JSON.stringify(record('a.example')));
    await writeFile(path, text);
    const error: unknown = await readDone(path, 'out.jsonl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    expect(await readFile(path, 'utf8')).toBe(text);
  });
});
