import type { GateResult } from '../gate.js';
import type { RuleResult } from '../rules/evaluate.js';
import type { CategoryDefinition, Evidence, Outcome, Severity } from '../rules/types.js';
import { bandOf, categoryScores, weightedScore, type Band } from '../score.js';
import { redactDeep } from './redact.js';
import type { PageRole, PageStatus, RoleAssignment, Snapshot } from '../snapshot.js';

/** Bumped when a field changes meaning or disappears; new fields keep the version. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportRule {
  id: string;
  category: string;
  title: string;
  status: Outcome;
  severity: Severity;
  weight: number;
  message: string;
  evidence: Evidence[];
  description: string;
  fix: string;
  benchmark?: string;
}

export interface ReportPage {
  url: string;
  path?: string;
  roles: PageRole[];
  status: PageStatus;
  httpStatus?: number;
  charset?: string;
  error?: string;
}

/** How a page got its role, as acquisition recorded it. */
export type ReportRole = RoleAssignment;

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  target: string;
  startedAt: string;
  durationMs: number;
  score: number | null;
  band: Band | null;
  categories: { id: string; title: string; score: number | null; band: Band | null }[];
  rules: ReportRule[];
  pages: ReportPage[];
  roles: ReportRole[];
  missingRoles: PageRole[];
  summary: Record<Outcome, number>;
  gate: GateResult;
}

export interface ReportInput {
  tool: { name: string; version: string };
  snapshot: Snapshot;
  results: RuleResult[];
  categories: CategoryDefinition[];
  gate: GateResult;
  startedAt: Date;
  durationMs: number;
}

/** The report of an audit; secrets in URLs (user, password, ?token= and the like) never reach it. */
export function buildReport(input: ReportInput): Report {
  return redactDeep(reportOf(input));
}

function reportOf(input: ReportInput): Report {
  const { snapshot, results } = input;
  // overall: the weighted mean over every applicable rule of every category
  const score = weightedScore(results);
  const summary: Record<Outcome, number> = { pass: 0, fail: 0, na: 0, manual: 0, error: 0 };
  for (const r of results) summary[r.status]++;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: input.tool,
    target: snapshot.target,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    score: score ?? null,
    band: score === undefined ? null : bandOf(score),
    categories: categoryScores(results, input.categories).map((c) => ({
      id: c.id,
      title: c.title,
      score: c.score ?? null,
      band: c.score === undefined ? null : bandOf(c.score),
    })),
    rules: results.map(({ rule, status, message, evidence }) => ({
      id: rule.id,
      category: rule.category,
      title: rule.title,
      status,
      severity: rule.severity,
      weight: rule.weight,
      message,
      evidence,
      description: rule.description,
      fix: rule.fix,
      ...(rule.benchmark ? { benchmark: rule.benchmark } : {}),
    })),
    pages: snapshot.pages.map((p) => ({
      url: p.url,
      ...(p.path ? { path: p.path } : {}),
      roles: p.roles,
      status: p.status,
      ...(p.httpStatus !== undefined ? { httpStatus: p.httpStatus } : {}),
      ...(p.charset ? { charset: p.charset } : {}),
      ...(p.error ? { error: p.error } : {}),
    })),
    roles: snapshot.roles.map((r) => ({ ...r })),
    missingRoles: snapshot.missingRoles,
    summary,
    gate: input.gate,
  };
}
