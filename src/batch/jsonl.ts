import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GateResult } from '../gate.js';
import { coverageSentence, storeName } from '../format/helpers.js';
import { fixFirst, fixSummary } from '../report/priorities.js';
import type { Report } from '../report/report.js';
import type { Band } from '../score.js';
import { UsageError } from '../errors.js';

/** One line of a batch's JSONL output: everything about one site, readable without the rest of the file. */
export interface BatchRecord {
  /** First key on purpose: readDone recognises a torn last line of ours by its `{"id":` prefix. */
  id: string;
  target: string;
  status: 'audited' | 'failed';
  /** What `careaudit <target>` would have exited with for this site alone. */
  exitCode: number;
  score: number | null;
  band: Band | null;
  gate: GateResult;
  /** The full report (as --format json prints it), when the site was audited. */
  report?: Report;
  /** Why the site could not be audited. */
  error?: string;
  /** The name (without extension) of this site's report files in --output-dir, when they were written. */
  reportName?: string;
  finishedAt: string;
}

/** What the end-of-run table needs of a site: all that is kept in memory per site. */
export interface SummaryRow {
  id: string;
  target: string;
  status: BatchRecord['status'];
  score: number | null;
  band: Band | null;
  gatePassed: boolean;
  error?: string;
  /** For the index of --output-dir: the store's name, its report files, coverage and the three fixes that count most. */
  name?: string;
  reportName?: string;
  coverage?: string;
  topFixes?: string[];
}

export function summaryOf(record: BatchRecord): SummaryRow {
  const { report } = record;
  return {
    id: record.id,
    target: record.target,
    status: record.status,
    score: record.score,
    band: record.band,
    gatePassed: record.gate.passed,
    ...(record.error !== undefined ? { error: record.error } : {}),
    ...(record.reportName !== undefined ? { reportName: record.reportName } : {}),
    ...(report
      ? {
          name: storeName(report),
          topFixes: fixFirst(report)
            .slice(0, 3)
            .map((r) => fixSummary(r.fix)),
          ...(report.coverage ? { coverage: coverageSentence(report.coverage) } : {}),
        }
      : {}),
  };
}

/**
 * Appends records to a JSONL file, each as one complete line in one write, in append mode: a crash can at worst
 * leave a torn last line, which readDone removes. Writes are serialised; after a failed write nothing more is
 * written, so a torn line can only ever be the last one.
 */
export class JsonlAppender {
  #tail: Promise<void> = Promise.resolve();
  #failure: Error | undefined;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<JsonlAppender> {
    await mkdir(dirname(path), { recursive: true });
    return new JsonlAppender(await open(path, 'a'), path);
  }

  append(record: BatchRecord): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'); // JSON.stringify escapes newlines, so it is one line
    const write = this.#tail.then(async () => {
      if (this.#failure) throw this.#failure;
      try {
        let offset = 0;
        // one write in practice; the loop only covers a short write, which the OS may do on a full disk
        while (offset < line.length) offset += (await this.handle.write(line, offset, line.length - offset)).bytesWritten;
      } catch (error) {
        this.#failure = error as Error;
        throw error;
      }
    });
    this.#tail = write.catch(() => {});
    return write;
  }

  /** Wait for pending writes, flush to disk (a later power loss keeps what was reported as written), close. */
  async close(): Promise<void> {
    await this.#tail;
    try {
      if (!this.#failure) await this.handle.datasync();
    } finally {
      await this.handle.close();
    }
  }
}

export interface DoneFile {
  /** The sites already in the file, by id (a later record of an id wins). */
  rows: Map<string, SummaryRow>;
  /** Bytes of a torn last line removed from the file (0 when it ended cleanly). */
  dropped: number;
  /** Ids recorded more than once (two runs that wrote one file before it was locked, or joined outputs). */
  duplicates: string[];
}

const RECORD_START = '{"id":';
const CHUNK = 1 << 20;

function parseRecord(text: string): BatchRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Partial<BatchRecord>;
    if (typeof record.id !== 'string' || (record.status !== 'audited' && record.status !== 'failed') || typeof record.gate?.passed !== 'boolean') return undefined;
    return record as BatchRecord;
  } catch {
    return undefined;
  }
}

/** A torn line we may drop: the start of one of our records (or the zeros a power loss can leave), never someone's data. */
function looksTorn(bytes: Buffer): boolean {
  const text = bytes.toString('utf8').trimStart();
  if (/^\u0000*$/.test(text)) return true;
  return text.startsWith(RECORD_START) || RECORD_START.startsWith(text);
}

/**
 * The sites already recorded in a batch output, read as a stream (the file can be large). A torn last line
 * — no newline at its end, or not valid JSON — is cut off the file, so resuming never keeps half a record
 * and appends after a clean line end. Anything else that is not a record is an error: the file is not ours.
 */
export async function readDone(path: string, shownAs = path): Promise<DoneFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rows: new Map(), dropped: 0, duplicates: [] };
    throw new UsageError(`cannot open ${shownAs} to resume: ${(error as Error).message}`);
  }
  try {
    const rows = new Map<string, SummaryRow>();
    const duplicates = new Set<string>();
    const notOurs = (line: number, why: string) =>
      new UsageError(`${shownAs}:${line}: ${why}, so this is not a careaudit batch output`, 'check --out; a file of careaudit batch results has one JSON record per line');
    let carry = Buffer.alloc(0);
    let carryStart = 0; // file offset of carry[0]
    let cleanEnd = 0; // file offset just after the last good line
    let lineNumber = 0;
    let bad: { line: number; bytes: Buffer } | undefined; // a complete line that is not a record: fine only if it is the last
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, carryStart + carry.length);
      if (bytesRead === 0) break;
      const data = carry.length ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : Buffer.from(buffer.subarray(0, bytesRead));
      let start = 0;
      for (let newline = data.indexOf(0x0a); newline !== -1; newline = data.indexOf(0x0a, start)) {
        lineNumber++;
        const bytes = data.subarray(start, newline);
        start = newline + 1;
        if (bad) throw notOurs(bad.line, 'this line is not a batch record');
        const text = bytes.toString('utf8');
        if (!text.trim()) {
          cleanEnd = carryStart + start; // a blank line, e.g. where two shards' outputs were joined
          continue;
        }
        const record = parseRecord(text);
        if (!record) {
          bad = { line: lineNumber, bytes: Buffer.from(bytes) };
          continue;
        }
        if (rows.has(record.id)) duplicates.add(record.id);
        rows.set(record.id, summaryOf(record));
        cleanEnd = carryStart + start;
      }
      carryStart += start;
      carry = Buffer.from(data.subarray(start));
    }
    if (bad && carry.length) throw notOurs(bad.line, 'this line is not a batch record');
    const torn = bad ? { line: bad.line, bytes: bad.bytes } : carry.length ? { line: lineNumber + 1, bytes: carry } : undefined;
    if (!torn) return { rows, dropped: 0, duplicates: [...duplicates] };
    if (!looksTorn(torn.bytes)) throw notOurs(torn.line, 'the last line is not a batch record');
    const size = (await handle.stat()).size;
    await handle.truncate(cleanEnd);
    return { rows, dropped: size - cleanEnd, duplicates: [...duplicates] };
  } finally {
    await handle.close();
  }
}
