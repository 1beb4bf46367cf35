import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { initConfig } from '../config/init.js';
import { FORMATTERS } from '../format/index.js';
import { compareReports, differentStores, regressionReasons } from '../report/compare.js';
import { formatComparisonText } from '../format/compare-text.js';
import type { Report } from '../report/report.js';
import { colorOn, EXIT, terminalWidth, type CliIO } from './io.js';
import { reportFailure } from './failure.js';
import { UsageError } from '../errors.js';

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

/** Two saved reports compared: what changed, rule by rule; with --fail-on-regression, a gate on it. */
export async function runCompare(before: string, after: string, raw: { format: string; failOnRegression?: boolean; quiet?: boolean }, io: CliIO): Promise<number> {
  try {
    if (!(COMPARE_FORMATS as readonly string[]).includes(raw.format)) throw new UsageError(`--format must be one of ${COMPARE_FORMATS.join(', ')} (got "${raw.format}")`);
    const format = raw.format as (typeof COMPARE_FORMATS)[number];
    const previous = await readReport(before, io);
    const current = await readReport(after, io);
    const comparison = compareReports(previous, current);
    const elsewhere = differentStores(previous, current);
    if (elsewhere && !raw.quiet) io.stderr.write(`careaudit: warning: ${elsewhere}\n`);
    const reasons = regressionReasons(comparison);
    const gate = raw.failOnRegression ? reasons : undefined;
    if (format === 'json') io.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
    else if (format === 'text') {
      io.stdout.write(formatComparisonText(previous, current, comparison, { color: colorOn(io), width: terminalWidth(io), gate, ...(elsewhere ? { differentStores: elsewhere } : {}) }));
    } else io.stdout.write(FORMATTERS[format](current, { comparison, color: false }));
    // the exit codes of a gate: 0 passed, 1 failed (a regression), 2 usage
    return gate && gate.length > 0 ? EXIT.gateFailed : EXIT.passed;
  } catch (error) {
    return reportFailure(error, io);
  }
}
