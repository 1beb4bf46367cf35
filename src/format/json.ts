import type { Comparison } from '../report/compare.js';
import type { Report } from '../report/report.js';

/** The versioned JSON report (src/schemas/report.schema.json); with a baseline, its comparison too. */
export function formatJson(report: Report, options: { comparison?: Comparison } = {}): string {
  return `${JSON.stringify(options.comparison ? { ...report, comparison: options.comparison } : report, null, 2)}\n`;
}
