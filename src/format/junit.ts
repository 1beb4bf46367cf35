import type { Comparison, RuleComparison } from '../report/compare.js';
import type { Report, ReportRule } from '../report/report.js';
import { gateFailingRules } from '../report/priorities.js';
import type { Evidence } from '../primitives/contract.js';
import { BAND_LABEL, xmlAttr, xmlText } from './helpers.js';

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function evidenceLine(e: Evidence): string {
  const value = e.value === undefined ? undefined : String(e.value);
  const shown = e.text && value && value !== e.text ? `${e.text} → ${value}` : (e.text ?? value);
  return `- ${e.kind}${shown ? `: ${shown}` : ''}${e.selector ? ` (${e.selector})` : ''}${e.page ? ` [${e.page}]` : ''}`;
}

function changeLine(change: RuleComparison | undefined): string[] {
  if (!change || change.change === 'unchanged') return [];
  if (change.change === 'new') return ['Change: new rule since the baseline'];
  return [`Change: ${change.change} since the baseline (was ${change.before})`];
}

/** The body of a failure or error: what was found, then why it matters and how to fix it. */
function details(rule: ReportRule, change: RuleComparison | undefined): string {
  const lines = [rule.message, ...changeLine(change), `Severity: ${rule.severity}, weight ${rule.weight}`];
  if (rule.evidence.length) lines.push('', 'Evidence:', ...rule.evidence.map(evidenceLine));
  lines.push('', `Why it matters: ${rule.description}`, '', `How to fix: ${rule.fix}`);
  if (rule.benchmark) lines.push('', `Benchmark: ${rule.benchmark}`);
  return lines.join('\n');
}

function testcase(rule: ReportRule, change: RuleComparison | undefined, failsGate: boolean): string {
  const open = `    <testcase${attrs({ classname: `careaudit.${rule.category}`, name: rule.id, time: 0 })}`;
  const prefix = change?.change === 'regressed' ? 'regressed: ' : '';
  const body = (element: string) => `${open}>\n      ${element}\n    </testcase>`;
  switch (rule.status) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
      if (failsGate) return body(`<failure${attrs({ type: rule.severity, message: prefix + rule.message })}>${xmlText(details(rule, change))}</failure>`);
      // failed, but the gate lets it through: said as the gate sees it, without turning the build red
      return body(
        [
          '<properties>',
          `        <property${attrs({ name: 'verdict', value: 'fail' })}/>`,
          `        <property${attrs({ name: 'gate', value: 'does not fail the gate' })}/>`,
          `        <property${attrs({ name: 'severity', value: rule.severity })}/>`,
          '      </properties>',
          `      <system-out>${xmlText(`${prefix}failed (${rule.severity}; does not fail the gate): ${details(rule, change)}`)}</system-out>`,
        ].join('\n'),
      );
    case 'error':
      // the tool's trouble, not the store's, and not the gate's: shown, never a red build
      return body(`<skipped${attrs({ message: `could not run: ${rule.message}` })}/>`);
    case 'na':
      return body(`<skipped${attrs({ message: `not applicable: ${rule.message}` })}/>`);
    case 'manual':
      return body(`<skipped${attrs({ message: `verify by hand: ${rule.message}` })}/>`);
  }
}

/** The gate as a test of its own: it fails with the gate's reasons, the score minimum included. */
function gateSuite(report: Report, timestamp: string): string {
  const open = `    <testcase${attrs({ classname: 'careaudit.gate', name: 'gate', time: 0 })}`;
  const testcase = report.gate.passed
    ? `${open}/>`
    : `${open}>\n      <failure${attrs({ type: 'gate', message: `Gate failed: ${report.gate.reasons.join('; ')}` })}>${xmlText(report.gate.reasons.join('\n'))}</failure>\n    </testcase>`;
  const suite = attrs({ name: 'careaudit.gate', tests: 1, failures: report.gate.passed ? 0 : 1, errors: 0, skipped: 0, time: 0, timestamp });
  // what makes the verdicts unreliable (a language careaudit does not read, a page built by script) goes with the gate
  const warnings = report.coverage?.warnings ?? [];
  const properties = warnings.length ? `    <properties>\n${warnings.map((w) => `      <property${attrs({ name: 'warning', value: w })}/>`).join('\n')}\n    </properties>\n` : '';
  return `  <testsuite${suite}>\n${properties}${testcase}\n  </testsuite>`;
}

/**
 * JUnit XML for CI test views: one suite per category, one test case per rule, and the gate as a suite of its
 * own. Only what fails the gate is a <failure>: a failing info rule under --fail-on error is reported in
 * properties and system-out, so CI shows green exactly when the gate passed.
 */
export function formatJunit(report: Report, options: { comparison?: Comparison } = {}): string {
  const changes = new Map(options.comparison?.rules.map((r) => [r.id, r]));
  // the categories in report order, then any category a rule names that the list lacks
  const ids = [...report.categories.map((c) => c.id), ...report.rules.map((r) => r.category)].filter((id, i, all) => all.indexOf(id) === i);
  const titles = new Map(report.categories.map((c) => [c.id, c]));
  const count = (rules: ReportRule[], ...statuses: ReportRule['status'][]) => rules.filter((r) => statuses.includes(r.status)).length;
  const failsGate = gateFailingRules(report);
  const failures = (rules: ReportRule[]) => rules.filter((r) => failsGate.has(r.id)).length;
  const timestamp = report.startedAt.replace(/\.\d+Z$/, 'Z');

  const suites = ids
    .map((id) => ({ id, rules: report.rules.filter((r) => r.category === id) }))
    .filter((s) => s.rules.length)
    .map(({ id, rules }) => {
      const category = titles.get(id);
      const props = [
        ['category', id],
        ['title', category?.title ?? id],
        ['score', category?.score === null || category === undefined ? 'n/a' : String(category.score)],
        ['band', category?.band ? BAND_LABEL.en[category.band] : 'not scored'],
      ];
      return [
        `  <testsuite${attrs({
          name: `careaudit.${id}`,
          tests: rules.length,
          failures: failures(rules),
          errors: 0,
          skipped: count(rules, 'na', 'manual', 'error'),
          time: 0,
          timestamp,
        })}>`,
        '    <properties>',
        ...props.map(([name, value]) => `      <property${attrs({ name, value })}/>`),
        '    </properties>',
        ...rules.map((rule) => testcase(rule, changes.get(rule.id), failsGate.has(rule.id))),
        '  </testsuite>',
      ].join('\n');
    });

  const s = report.summary;
  const root = attrs({
    name: `careaudit ${report.target}`,
    tests: report.rules.length + 1,
    failures: failsGate.size + (report.gate.passed ? 0 : 1),
    errors: 0,
    skipped: s.na + s.manual + s.error,
    time: (report.durationMs / 1000).toFixed(3),
    timestamp,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${root}>\n${[...suites, gateSuite(report, timestamp)].join('\n')}\n</testsuites>\n`;
}
