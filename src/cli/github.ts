import { locationOf } from '../format/sarif.js';
import type { Report } from '../report/report.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** Workflow-command escaping: %, CR and LF in messages; also : and , in properties. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations for the failing rules (and the gate), one workflow command per line. */
export function githubAnnotations(report: Report, sources?: ReadonlyMap<string, string>): string {
  const lines = report.rules
    .filter((r) => r.status === 'fail')
    .map((r) => {
      // the page it is about (the home page for a site-level finding), as SARIF locates it; files only: GitHub annotates files
      const { page, line } = locationOf(r, report, sources);
      const file = page?.path ? `,file=${escapeProperty(page.path)}${line ? `,line=${line}` : ''}` : '';
      return `::${LEVEL[r.severity]} title=${escapeProperty(`careaudit ${r.id}`)}${file}::${escapeData(`${r.message}. Fix: ${r.fix}`)}`;
    });
  if (!report.gate.passed) lines.push(`::error title=careaudit gate::${escapeData(`Gate failed: ${report.gate.reasons.join('; ')}`)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
