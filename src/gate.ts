import type { RuleResult } from './rules/evaluate.js';
import { SEVERITIES, type Severity } from './rules/types.js';
import type { CategoryScore } from './score.js';

export type FailOn = Severity | 'none';

export interface GateOptions {
  minScore?: number;
  /** Percentage of the page roles looked for that must have been read. */
  minCoverage?: number;
  /** The lowest failing severity that fails the gate ('error' fails only on errors; 'none' never). */
  failOn: FailOn;
  /** Minimum score per category id. */
  categoryMinimums?: Record<string, number>;
  /** At most this many failing warn rules (ESLint's --max-warnings): one more fails the gate. */
  maxWarnings?: number;
}

export interface GateResult {
  passed: boolean;
  reasons: string[];
}

/** Which severities fail the gate for a --fail-on value: 'warn' means warn and error. */
function failingSeverities(failOn: FailOn): Severity[] {
  if (failOn === 'none') return [];
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
}

/** Every condition that failed, each in a sentence that names the setting behind it. */
export function applyGate(
  score: number | undefined,
  categories: CategoryScore[],
  results: RuleResult[],
  options: GateOptions,
  coverage?: { rolesRead: number; rolesLookedFor: number },
): GateResult {
  const reasons: string[] = [];
  if (options.minCoverage !== undefined && coverage) {
    const percent = Math.round((100 * coverage.rolesRead) / Math.max(1, coverage.rolesLookedFor));
    if (percent < options.minCoverage) {
      reasons.push(`careaudit could read ${coverage.rolesRead} of the ${coverage.rolesLookedFor} kinds of page it looks for (${percent}%), below the minimum coverage of ${options.minCoverage}% (--min-coverage or thresholds.coverage)`);
    }
  }
  if (options.minScore !== undefined) {
    if (score === undefined) reasons.push(`no rule could be scored, so the score cannot reach the minimum of ${options.minScore}`);
    else if (score < options.minScore) reasons.push(`score ${score} is below the minimum of ${options.minScore} (--min-score or thresholds.score)`);
  }
  for (const [id, minimum] of Object.entries(options.categoryMinimums ?? {})) {
    const category = categories.find((c) => c.id === id);
    if (category?.score !== undefined && category.score < minimum) {
      reasons.push(`${category.title} scores ${category.score}, below its minimum of ${minimum} (thresholds.categories.${id})`);
    }
  }
  const severities = failingSeverities(options.failOn);
  const failing = results.filter((r) => r.status === 'fail' && severities.includes(r.rule.severity));
  if (failing.length) {
    reasons.push(
      `${failing.length} rule(s) of severity ${severities.join(' or ')} failed (--fail-on ${options.failOn}): ${failing.map((r) => r.rule.id).join(', ')}`,
    );
  }
  if (options.maxWarnings !== undefined) {
    const warnings = results.filter((r) => r.status === 'fail' && r.rule.severity === 'warn');
    if (warnings.length > options.maxWarnings) {
      reasons.push(`${warnings.length} warning(s), more than the ${options.maxWarnings} allowed (--max-warnings): ${warnings.map((r) => r.rule.id).join(', ')}`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}
