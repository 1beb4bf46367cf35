import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import type { Report } from './report.js';

export type RuleStatusChange = 'regressed' | 'improved' | 'unchanged' | 'new' | 'removed';

export interface RuleComparison {
  id: string;
  /** From the current report, or the previous one for a removed rule. */
  category: string;
  title: string;
  before: Outcome | 'absent';
  after: Outcome | 'absent';
  change: RuleStatusChange;
}

export interface ScoreDelta {
  before: number | null;
  after: number | null;
  /** after − before; null when either side could not be scored. */
  delta: number | null;
}

export interface CategoryComparison extends ScoreDelta {
  id: string;
  title: string;
  bandBefore: Band | null;
  bandAfter: Band | null;
}

/** What changed between a baseline audit and this one, for gates and for the report formats. */
export interface Comparison {
  previous: { target: string; startedAt: string; version: string };
  score: ScoreDelta & { bandBefore: Band | null; bandAfter: Band | null };
  categories: CategoryComparison[];
  /** Every rule of either report: the current report's order, then rules only the baseline had. */
  rules: RuleComparison[];
  /** Ids of the rules that passed in the baseline and fail now. */
  regressions: string[];
  /** Ids of the rules that failed in the baseline and pass now. */
  improvements: string[];
  /** True when both reports have a score and the current one is lower. */
  scoreDropped: boolean;
}

/**
 * How a status counts towards the score: a pass earns, a fail costs, the rest weigh nothing. A move up is
 * an improvement and a move down a regression, so pass→na (a page that vanished) is a regression too,
 * while na→manual changes nothing that is scored.
 */
const RANK: Record<Outcome, number> = { fail: 0, na: 1, manual: 1, error: 1, pass: 2 };

function statusChange(before: Outcome | 'absent', after: Outcome | 'absent'): RuleStatusChange {
  if (before === 'absent') return 'new';
  if (after === 'absent') return 'removed';
  const diff = RANK[after] - RANK[before];
  return diff < 0 ? 'regressed' : diff > 0 ? 'improved' : 'unchanged';
}

function delta(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

export function compareReports(previous: Report, current: Report): Comparison {
  const before = new Map(previous.rules.map((r) => [r.id, r]));
  const after = new Map(current.rules.map((r) => [r.id, r]));
  const rules: RuleComparison[] = [];
  for (const rule of current.rules) {
    const old = before.get(rule.id);
    const was = old?.status ?? 'absent';
    rules.push({ id: rule.id, category: rule.category, title: rule.title, before: was, after: rule.status, change: statusChange(was, rule.status) });
  }
  for (const old of previous.rules) {
    if (after.has(old.id)) continue;
    rules.push({ id: old.id, category: old.category, title: old.title, before: old.status, after: 'absent', change: 'removed' });
  }

  const previousCategories = new Map(previous.categories.map((c) => [c.id, c]));
  const currentIds = new Set(current.categories.map((c) => c.id));
  const categories: CategoryComparison[] = [
    ...current.categories.map((c) => {
      const old = previousCategories.get(c.id);
      const was = old?.score ?? null;
      return { id: c.id, title: c.title, before: was, after: c.score, delta: delta(was, c.score), bandBefore: old?.band ?? null, bandAfter: c.band };
    }),
    ...previous.categories
      .filter((c) => !currentIds.has(c.id))
      .map((c) => ({ id: c.id, title: c.title, before: c.score, after: null, delta: null, bandBefore: c.band, bandAfter: null })),
  ];

  const scoreDelta = delta(previous.score, current.score);
  return {
    previous: { target: previous.target, startedAt: previous.startedAt, version: previous.tool.version },
    score: { before: previous.score, after: current.score, delta: scoreDelta, bandBefore: previous.band, bandAfter: current.band },
    categories,
    rules,
    regressions: rules.filter((r) => r.before === 'pass' && r.after === 'fail').map((r) => r.id),
    improvements: rules.filter((r) => r.before === 'fail' && r.after === 'pass').map((r) => r.id),
    scoreDropped: scoreDelta !== null && scoreDelta < 0,
  };
}

/** Plain sentences for a gate that fails on regressions: one per regressed rule, and one for a lower score. */
export function regressionReasons(comparison: Comparison): string[] {
  const reasons = comparison.regressions.map((id) => `${id} passed in the baseline and now fails`);
  const { before, after } = comparison.score;
  if (comparison.scoreDropped && before !== null && after !== null) reasons.push(`the score dropped from ${before} to ${after}`);
  return reasons;
}

/** A store's identity across audits: its host without www (for a URL), else its name, else its folder's name. */
function storeIdentity(report: Pick<Report, 'target' | 'site'>): string {
  try {
    const url = new URL(report.target);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    // a folder or a file: named below
  }
  return (report.site?.name ?? report.target.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? report.target).toLowerCase();
}

/** A sentence when two reports seem to be of different stores (comparing them says little), else undefined. */
export function differentStores(previous: Pick<Report, 'target' | 'site'>, current: Pick<Report, 'target' | 'site'>): string | undefined {
  const [before, after] = [storeIdentity(previous), storeIdentity(current)];
  // the same store audited once from its folder and once online keeps its name
  if (before === after || (previous.site && current.site && previous.site.name.toLowerCase() === current.site.name.toLowerCase())) return undefined;
  return `the two reports seem to be of different stores: ${previous.site?.name ?? previous.target} (${previous.target}) and ${current.site?.name ?? current.target} (${current.target})`;
}
