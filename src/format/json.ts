import type { Comparison } from '../report/compare.js';
import type { Report } from '../report/report.js';
import { jsonDocument } from './helpers.js';

/** The versioned JSON report (src/schemas/report.schema.json); with a baseline, its comparison too. */
export function formatJson(report: Report, options: { comparison?: Comparison } = {}): string {
  return jsonDocument(options.comparison ? { ...report, comparison: options.comparison } : report);
}
