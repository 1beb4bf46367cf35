import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { initConfig } from '../config/init.js';
import { FORMATTERS } from '../format/index.js';
import { compareReports } from '../report/compare.js';
import type { Report } from '../report/report.js';
import { colorOn, EXIT, UsageError, type CliIO } from './io.js';
import { reportFailure } from './failure.js';

export async function runInit(io: CliIO, quiet = false): Promise<number> {
  const { written, path } = await initConfig(io.cwd);
  if (!quiet) io.stderr.write(written ? `careaudit: wrote ${path}; edit it, then run careaudit <target>\n` : `careaudit: ${path} already exists; left as it is\n`);
  return EXIT.passed;
}

async function readReport(path: string, io: CliIO): Promise<Report> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const report = JSON.parse(text) as Report;
    if (!Array.isArray(report.rules) || !Array.isArray(report.categories)) throw new Error('no rules or categories');
    return report;
  } catch (error) {
    throw new UsageError(`${path} is not a careaudit JSON report (${(error as Error).message})`, 'save reports with --format json --output FILE');
  }
}

const COMPARE_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

/** Two saved reports compared: the later one, annotated with what changed since the earlier. */
export async function runCompare(before: string, after: string, raw: { format: string; failOnRegression?: boolean }, io: CliIO): Promise<number> {
  try {
    if (!(COMPARE_FORMATS as readonly string[]).includes(raw.format)) throw new UsageError(`--format must be one of ${COMPARE_FORMATS.join(', ')} (got "${raw.format}")`);
    const format = raw.format as (typeof COMPARE_FORMATS)[number];
    const previous = await readReport(before, io);
    const current = await readReport(after, io);
    const comparison = compareReports(previous, current);
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(comparison, null, 2)}\n`
        : FORMATTERS[format].render(current, { comparison, color: colorOn(io) }),
    );
    return raw.failOnRegression && (comparison.regressions.length > 0 || comparison.scoreDropped) ? EXIT.gateFailed : EXIT.passed;
  } catch (error) {
    return reportFailure(error, io);
  }
}
