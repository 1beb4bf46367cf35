/**
 * The spinner never holds up an audit and is drawn only where someone watches it: a pseudo-terminal that
 * reports zero columns once made ora clear an infinite number of lines (18 MB of cursor codes in 25 s, the
 * event loop blocked, SIGTERM ignored).
 */
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { startProgress } from '../../src/cli/progress.js';

/** A terminal on stderr that counts what is written to it, and can be resized. */
function terminal(columns: number) {
  const stream = Object.assign(new EventEmitter(), {
    isTTY: true,
    columns,
    written: 0,
    write(chunk: string) {
      stream.written += chunk.length;
      return true;
    },
    cursorTo: () => stream.write('\u001b[G'),
    moveCursor: () => stream.write('\u001b[1A'),
    clearLine: () => stream.write('\u001b[2K'),
  });
  return stream;
}

function ioWith(stderr: ReturnType<typeof terminal>, { stdoutTTY = true, env = {} }: { stdoutTTY?: boolean; env?: Record<string, string> } = {}): CliIO {
  return { stdout: { write: () => true, isTTY: stdoutTTY }, stderr, env, cwd: process.cwd() };
}

/** Run a spinner for a few frames, updating it as an audit does; what it wrote to stderr. */
async function spin(io: CliIO, stderr: ReturnType<typeof terminal>, during?: () => void): Promise<number> {
  const progress = await startProgress(io, false);
  for (let i = 0; i < 4; i++) {
    progress.update(`reading page ${i}`);
    if (i === 1) during?.();
    await sleep(100);
  }
  progress.stop();
  return stderr.written;
}

describe('progress spinner', () => {
  it('draws on a terminal of ordinary width (the sanity case), secrets in URLs left out', async () => {
    const stderr = terminal(80);
    const chunks: string[] = [];
    const write = stderr.write;
    stderr.write = (chunk: string) => (chunks.push(chunk), write(chunk));
    const progress = await startProgress(ioWith(stderr), false);
    progress.update('reading https://shop.example/?token=s3cr3t');
    // the spinner redraws on its own timer: wait for a frame with the new text (a loaded machine is slow to draw)
    for (let waited = 0; waited < 3000 && !chunks.join('').includes('REDACTED'); waited += 50) await sleep(50);
    progress.stop();
    expect(stderr.written).toBeGreaterThan(0);
    expect(chunks.join('')).toContain('token=REDACTED');
    expect(chunks.join('')).not.toContain('s3cr3t');
  });

  it.each([
    ['a terminal that reports zero columns', terminal(0), {}],
    ['a terminal that reports no width', terminal(Number.NaN), {}],
    ['NO_COLOR', terminal(80), { env: { NO_COLOR: '1' } }],
    ['stdout piped to a pager', terminal(80), { stdoutTTY: false }],
  ])('stays quiet with %s', async (_name, stderr, options) => {
    expect(await spin(ioWith(stderr, options), stderr)).toBe(0);
  });

  it('stops when the terminal is resized to zero columns, writing a bounded amount', async () => {
    const stderr = terminal(80);
    const written = await spin(ioWith(stderr), stderr, () => {
      stderr.columns = 0;
      stderr.emit('resize');
    });
    expect(written).toBeLessThan(10_000);
  });
});
