import { readFile } from 'node:fs/promises';
import type { BatchRecord } from '../../src/batch/jsonl.js';
import type { RawBatchOptions } from '../../src/cli/batch-options.js';
import { runBatch, type BatchControl } from '../../src/cli/run-batch.js';
import type { CliIO } from '../../src/cli/io.js';

export interface BatchRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a batch in-process with cwd as the working folder, capturing its output. */
export async function batch(cwd: string, sites: string, raw: RawBatchOptions, options: { tty?: boolean; control?: BatchControl } = {}): Promise<BatchRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    env: {},
    cwd,
  };
  const code = await runBatch(sites, raw, io, options.control);
  return { code, stdout, stderr };
}

/** Every line of a batch output, parsed; throws on a line that is not complete JSON. */
export async function records(path: string): Promise<BatchRecord[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  if (text && !text.endsWith('\n')) throw new Error(`${path} does not end with a newline`);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BatchRecord);
}

/** id → score, the comparable result of a batch. */
export const scores = (list: BatchRecord[]) => new Map(list.map((r) => [r.id, r.score] as const));
