import type { Report } from '../report/report.js';
import { workflowData, workflowProperty } from './helpers.js';
import { locationOf } from './sarif.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations for the failing rules (and the gate), one workflow command per line. */
export function formatGithub(report: Report, options: { sources?: ReadonlyMap<string, string> } = {}): string {
  const lines = report.rules
    .filter((r) => r.status === 'fail')
    .map((r) => {
      // the page it is about (the home page for a site-level finding), as SARIF locates it; files only: GitHub annotates files
      const { page, line } = locationOf(r, report, options.sources);
      const file = page?.path ? `,file=${workflowProperty(page.path)}${line ? `,line=${line}` : ''}` : '';
      return `::${LEVEL[r.severity]} title=${workflowProperty(`careaudit ${r.id}`)}${file}::${workflowData(`${r.message}. Fix: ${r.fix}`)}`;
    });
  if (!report.gate.passed) lines.push(`::error title=careaudit gate::${workflowData(`Gate failed: ${report.gate.reasons.join('; ')}`)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
