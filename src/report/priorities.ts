import type { Severity } from '../rules/types.js';
import type { Report, ReportRule } from './report.js';
import { collapseWhitespace } from '../text.js';

/** How much a failure of each severity counts when deciding what to fix first. */
const SEVERITY_FACTOR: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** The impact of fixing a failed rule: severity × weight. */
export function impact(rule: ReportRule): number {
  return SEVERITY_FACTOR[rule.severity] * rule.weight;
}

/** The failing rules, what to fix first first: by severity × weight, then in rule order. */
export function fixFirst(report: Pick<Report, 'rules'>): ReportRule[] {
  return report.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.status === 'fail')
    .sort((a, b) => impact(b.rule) - impact(a.rule) || a.index - b.index)
    .map(({ rule }) => rule);
}

/** What to fix first, by severity: the failing rules of each severity that has any, heaviest first, each in fix-first order. */
export function fixGroups(report: Pick<Report, 'rules'>): { severity: Severity; rules: ReportRule[] }[] {
  const failing = fixFirst(report);
  return (['error', 'warn', 'info'] as const).map((severity) => ({ severity, rules: failing.filter((r) => r.severity === severity) })).filter((group) => group.rules.length);
}

/** The first sentence of a fix: what to do, short enough for a to-do line. */
export function fixSummary(fix: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(fix.trim());
  return collapseWhitespace(match ? match[1]! : fix);
}

/**
 * The rules that fail the gate, as the gate sees them: the failing rules its reasons name (a severity at or
 * above --fail-on, too many warnings, a regression). A gate that failed only on the score names no rule.
 */
export function gateFailingRules(report: Pick<Report, 'rules' | 'gate'>): Set<string> {
  const named = new Set(report.gate.reasons.flatMap((reason) => reason.split(/[\s,;:()]+/)));
  return new Set(report.rules.filter((r) => r.status === 'fail' && named.has(r.id)).map((r) => r.id));
}
