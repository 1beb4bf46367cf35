import { acquireSite, type AcquireOptions } from './acquire/site.js';
import { applyGate, type GateOptions } from './gate.js';
import { TOOL_VERSION } from './paths.js';
import { buildReport, coverageOf, type Report } from './report/report.js';
import { evaluate } from './rules/evaluate.js';
import type { RuleSet } from './rules/types.js';
import { categoryScores, weightedScore } from './score.js';

export interface AuditInput {
  acquire: AcquireOptions;
  ruleSet: RuleSet;
  gate: GateOptions;
}

/** One audit, end to end and without output: acquire → snapshot → evaluate → score → report. */
export async function auditSite({ acquire, ruleSet, gate }: AuditInput): Promise<Report> {
  const started = new Date();
  const startedAt = performance.now();
  const snapshot = await acquireSite(acquire);
  acquire.onProgress?.('evaluating rules');
  const results = evaluate(ruleSet.rules, snapshot);
  const score = weightedScore(results);
  const coverage = coverageOf(snapshot, results);
  return buildReport({
    tool: { name: 'careaudit', version: TOOL_VERSION },
    snapshot,
    results,
    categories: ruleSet.categories,
    gate: applyGate(score, categoryScores(results, ruleSet.categories), results, gate, coverage),
    coverage,
    startedAt: started,
    durationMs: performance.now() - startedAt,
  });
}
