import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Report } from '../report/report.js';

/** Pages larger than this are not read again for line numbers: a finding without a line is still a finding. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * The source of each page read from disk, by its path, so that SARIF results and GitHub annotations can point
 * at a line. Pages fetched over HTTP have no file to point into; a file that cannot be read again is skipped.
 */
export async function readSources(report: Report, cwd: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const page of report.pages) {
    if (!page.path || page.status !== 'ok') continue;
    const file = resolve(cwd, page.path);
    const size = (await stat(file).catch(() => undefined))?.size ?? Infinity;
    if (size > MAX_SOURCE_BYTES) continue;
    const text = await readFile(file, 'latin1').catch(() => undefined);
    if (text !== undefined) sources.set(page.path, text);
  }
  return sources;
}
