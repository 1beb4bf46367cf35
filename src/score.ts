import type { RuleResult } from './rules/evaluate.js';
import type { CategoryDefinition } from './rules/types.js';

export type Band = 'good' | 'needs-improvement' | 'poor';

/** Lighthouse's bands: 90–100, 50–89, 0–49. */
export function bandOf(score: number): Band {
  return score >= 90 ? 'good' : score >= 50 ? 'needs-improvement' : 'poor';
}

/**
 * Weighted mean of the applicable rules, 0–100, as Lighthouse scores a category: a pass scores 1, a fail 0,
 * and rules that are not applicable, manual or in error weigh nothing. Undefined when nothing applied.
 */
export function weightedScore(results: RuleResult[]): number | undefined {
  let total = 0;
  let earned = 0;
  for (const { rule, status } of results) {
    if (status !== 'pass' && status !== 'fail') continue;
    total += rule.weight;
    if (status === 'pass') earned += rule.weight;
  }
  return total > 0 ? Math.round((earned / total) * 100) : undefined;
}

export interface CategoryScore {
  id: string;
  title: string;
  score: number | undefined;
}

export function categoryScores(results: RuleResult[], categories: CategoryDefinition[]): CategoryScore[] {
  return categories
    .filter((c) => results.some((r) => r.rule.category === c.id))
    .map((c) => ({ id: c.id, title: c.title, score: weightedScore(results.filter((r) => r.rule.category === c.id)) }));
}
