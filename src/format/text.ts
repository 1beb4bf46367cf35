import { Chalk, type ChalkInstance } from 'chalk';
import type { Comparison } from '../report/compare.js';
import type { Report, ReportRule } from '../report/report.js';
import type { Evidence, Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import { ROLE_LABELS } from '../snapshot.js';

export interface TextOptions {
  color: boolean;
  comparison?: Comparison;
}

function deltaText(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || delta === 0) return '';
  return delta > 0 ? ` ▲${delta}` : ` ▼${-delta}`;
}

const BAND_LABEL: Record<Band, string> = { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' };

function scoreColor(c: ChalkInstance, band: Band | null): ChalkInstance {
  return band === 'good' ? c.green : band === 'needs-improvement' ? c.yellow : band === 'poor' ? c.red : c.gray;
}

function bar(score: number | null, width = 20): string {
  if (score === null) return ' '.repeat(width);
  const filled = Math.round((score / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function evidenceLine(e: Evidence): string {
  const value = e.value === undefined ? undefined : String(e.value);
  const shown = e.text && value && value !== e.text ? `${e.text} → ${value}` : e.text || value;
  const selector = e.selector && (e.selector.length > 60 ? `${e.selector.slice(0, 59)}…` : e.selector);
  const what = [shown, selector && `(${selector})`].filter(Boolean).join(' ');
  return `${e.kind}${what ? `: ${what}` : ''}${e.page ? `  [${e.page}]` : ''}`;
}

const SECTIONS: { status: Outcome; heading: string; mark: string }[] = [
  { status: 'fail', heading: 'Failed', mark: '✖' },
  { status: 'error', heading: 'Could not run', mark: '!' },
  { status: 'manual', heading: 'Verify by hand', mark: '?' },
  { status: 'pass', heading: 'Passed', mark: '✔' },
  { status: 'na', heading: 'Not applicable', mark: '–' },
];

function ruleBlock(c: ChalkInstance, rule: ReportRule, mark: string, comparison?: Comparison): string[] {
  const colour = rule.status === 'pass' ? c.green : rule.status === 'fail' ? (rule.severity === 'error' ? c.red : c.yellow) : c.gray;
  const change = comparison?.rules.find((r) => r.id === rule.id);
  const changed = change && (change.change === 'regressed' || change.change === 'improved') ? (change.change === 'regressed' ? c.red : c.green)(` (${change.change}: was ${change.before})`) : '';
  const head = `  ${colour(mark)} ${c.bold(rule.id)}  ${rule.message}${changed}`;
  if (rule.status === 'pass') {
    const first = rule.evidence[0];
    return [head + (first ? c.gray(`  — ${evidenceLine(first)}`) : '')];
  }
  if (rule.status === 'na') return [head];
  // a manual check is never scored, so its severity and weight say nothing
  const lines = rule.status === 'manual' ? [head] : [head, c.gray(`      ${rule.severity}, weight ${rule.weight}`)];
  for (const e of rule.evidence.slice(0, 4)) lines.push(`      ${c.gray('found')} ${evidenceLine(e)}`);
  if (rule.status === 'fail') {
    lines.push(`      ${c.cyan('why')}  ${rule.description}`);
    lines.push(`      ${c.cyan('fix')}  ${rule.fix}`);
  }
  if (rule.benchmark) lines.push(`      ${c.cyan('benchmark')}  ${rule.benchmark}`);
  return lines;
}

/** What was read, for which country and language, and what makes the verdicts less certain. */
function coverageLines(c: ChalkInstance, report: Report): string[] {
  const lines: string[] = [];
  const { coverage, locale } = report;
  if (coverage) {
    const unscored = coverage.notScored.filter((r) => r.status !== 'manual').length;
    lines.push(`${c.bold('Coverage')} read ${coverage.rolesRead} of the ${coverage.rolesLookedFor} kinds of page careaudit looks for; ${unscored} rule(s) not scored`);
  }
  if (locale) {
    const country = locale.country ? `${locale.country} (${locale.countryReason})` : locale.countryReason;
    const language = locale.language ? `${locale.language} (${locale.languageReason})` : locale.languageReason;
    lines.push(c.gray(`Country ${country}; language ${language}`));
  }
  for (const warning of coverage?.warnings ?? []) lines.push(c.yellow(`⚠ ${warning}`));
  return lines;
}

/** The human report: score, categories, failures first with evidence and fixes, then pages and the gate. */
export function formatText(report: Report, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  out.push(c.bold(`careaudit ${report.tool.version} — ${report.target}`));
  const overall = report.score === null ? 'n/a' : `${report.score}/100`;
  const comparison = options.comparison;
  out.push(`${c.bold('Score')} ${scoreColor(c, report.band).bold(overall)}${report.band ? ` (${BAND_LABEL[report.band]})` : ''}${deltaText(comparison?.score.delta)}`);
  if (comparison) {
    const { regressions, improvements, previous } = comparison;
    out.push(
      c.gray(
        `Compared with the audit of ${previous.startedAt.slice(0, 10)}: score ${comparison.score.before ?? 'n/a'} → ${comparison.score.after ?? 'n/a'}, ` +
          `${regressions.length} regression(s)${regressions.length ? ` (${regressions.join(', ')})` : ''}, ${improvements.length} improvement(s)`,
      ),
    );
  }
  out.push(...coverageLines(c, report));
  out.push('');
  const width = Math.max(...report.categories.map((cat) => cat.title.length), 8);
  for (const cat of report.categories) {
    const value = cat.score === null ? '  –' : String(cat.score).padStart(3);
    const change = deltaText(comparison?.categories.find((x) => x.id === cat.id)?.delta);
    out.push(`  ${cat.title.padEnd(width)}  ${scoreColor(c, cat.band)(`${value}  ${bar(cat.score)}`)}${change}`);
  }
  for (const section of SECTIONS) {
    const rules = report.rules.filter((r) => r.status === section.status);
    if (!rules.length) continue;
    out.push('', c.bold(`${section.heading} (${rules.length})`));
    for (const rule of rules) out.push(...ruleBlock(c, rule, section.mark, comparison));
  }
  out.push('', c.bold('Pages'));
  for (const role of report.roles) {
    const state = role.available ? '' : c.yellow(role.unread === 'broken' ? `  (broken link: ${role.error ?? 'unavailable'})` : `  (not readable: ${role.error ?? 'unavailable'})`);
    out.push(`  ${ROLE_LABELS[role.role].padEnd(24)} ${role.path ?? role.url}${state}`);
    out.push(c.gray(`  ${''.padEnd(24)} ${role.reason}`));
  }
  if (report.missingRoles.length) out.push(`  ${c.yellow('not found:')} ${report.missingRoles.map((r) => ROLE_LABELS[r]).join(', ')}`);
  for (const page of report.pages.filter((p) => p.status !== 'ok')) {
    out.push(`  ${c.yellow(page.status)} ${page.path ?? page.url}: ${page.error ?? ''}`);
  }
  out.push('');
  const s = report.summary;
  const counts = [`${s.pass} passed`, `${s.fail} failed`, `${s.na} not applicable`, s.manual && `${s.manual} to verify by hand`, s.error && `${s.error} could not run`]
    .filter(Boolean)
    .join(', ');
  out.push(`${counts} — ${(report.durationMs / 1000).toFixed(1)} s`);
  out.push(report.gate.passed ? c.green('Gate passed') : c.red(`Gate failed: ${report.gate.reasons.join('; ')}`));
  return `${out.join('\n')}\n`;
}
