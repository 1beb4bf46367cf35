import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

import { writeProblem } from '../write-file.js';
import { UsageError } from '../errors.js';

export interface OutputLock {
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
}

async function holderOf(lockPath: string): Promise<Holder | undefined> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? { pid: value.pid, host: value.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process holding a lock may still run: on another machine we cannot tell, so it may. */
function mayRun(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One batch at a time per output file: two runs appending to one file audit every site twice. The lock is a
 * file next to the output (OUT.lock) naming the process that holds it, created whole (written aside, then
 * hard-linked into place, which fails if a lock is there). A lock whose process is gone — killed, crashed, a
 * runner that vanished — is stale and taken over; an unreadable one cannot be ours, since ours appear whole.
 */
export async function lockOutput(path: string, shownAs: string): Promise<OutputLock> {
  const lockPath = `${path}.lock`;
  const aside = `${lockPath}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(aside, JSON.stringify({ pid: process.pid, host: hostname() } satisfies Holder));
  } catch (error) {
    throw writeProblem(error, shownAs) ?? error;
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(aside, lockPath);
        return { release: () => rm(lockPath, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeProblem(error, `${shownAs}.lock`) ?? error;
      }
      const holder = await holderOf(lockPath);
      if (attempt > 0 || (holder && mayRun(holder))) {
        const who = holder ? `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}` : 'another process';
        throw new UsageError(
          `${shownAs} is being written by another careaudit batch (${who})`,
          `wait for it to end or give another --out; if no batch is writing it, remove ${shownAs}.lock`,
        );
      }
      await rm(lockPath, { force: true }); // stale: its process is gone
    }
  } finally {
    await rm(aside, { force: true });
  }
}
