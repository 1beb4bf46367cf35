import type { GateResult } from '../gate.js';
import type { RuleResult } from '../rules/evaluate.js';
import type { CategoryDefinition, Outcome, RulePageSelector, Severity } from '../rules/types.js';
import { bandOf, categoryScores, weightedScore, type Band } from '../score.js';
import { DISCOVERABLE_ROLES, ROLE_LABELS, type CheckoutWalk, type PageLanguage, type PageRole, type PageStatus, type RoleAssignment, type Snapshot, type StoreLocale } from '../snapshot.js';
import { redactDeep } from '../redact.js';
import { siteName } from './site-name.js';
import type { Evidence } from '../primitives/contract.js';

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
  /** The page roles the rule looks at ('any': every page read). */
  pages?: RulePageSelector[];
}

export interface ReportPage {
  url: string;
  path?: string;
  roles: PageRole[];
  status: PageStatus;
  httpStatus?: number;
  charset?: string;
  error?: string;
  /** Read in the browser (--render): why, and why the page as served stood in when drawing it failed. */
  /** The language the page is written in, how it was told, and whether careaudit reads it. */
  language?: PageLanguage;
  rendered?: { reason: string; error?: string };
  /** What the browser showed, as a JPEG data URL. */
  screenshot?: string;
}

/** How a page got its role, as acquisition recorded it. */
export type ReportRole = RoleAssignment;

export interface ReportCoverage {
  /** Roles looked for (contact, faq, returns, shipping, cart, checkout, order-tracking, terms …). */
  rolesLookedFor: number;
  /** Of those, roles whose page (or section) was found and read. */
  rolesRead: number;
  /** Rules that were not scored (na, error, manual) with the reason. */
  notScored: { id: string; status: Outcome; reason: string }[];
  /** Plain-language warnings: low coverage, a script-built home page, an unsupported language. */
  warnings: string[];
}

export type ReportLocale = StoreLocale;

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
  /** What careaudit could read, and what that means for the verdicts. */
  coverage?: ReportCoverage;
  /** The country and language the rules used, and how they were chosen. */
  locale?: ReportLocale;
  /** The store's name as shoppers see it, and where it was read. */
  site?: ReportSite;
  /** The checkout as walked in the browser (--walk-checkout), screen by screen. */
  checkoutWalk?: CheckoutWalk;
}

export interface ReportSite {
  name: string;
  /** Where the name was read: 'og:site_name', 'the home page title', 'the host', 'the folder name'. */
  nameSource: string;
}

export interface ReportInput {
  tool: { name: string; version: string };
  snapshot: Snapshot;
  results: RuleResult[];
  categories: CategoryDefinition[];
  gate: GateResult;
  startedAt: Date;
  durationMs: number;
  /** Computed once for the gate and the report. */
  coverage?: ReportCoverage;
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
      pages: rule.pages,
    })),
    pages: snapshot.pages.map((p) => ({
      url: p.url,
      ...(p.path ? { path: p.path } : {}),
      roles: p.roles,
      status: p.status,
      ...(p.httpStatus !== undefined ? { httpStatus: p.httpStatus } : {}),
      ...(p.charset ? { charset: p.charset } : {}),
      ...(p.error ? { error: p.error } : {}),
      ...(p.language ? { language: p.language } : {}),
      ...(p.rendered ? { rendered: p.rendered } : {}),
      ...(p.screenshot ? { screenshot: p.screenshot } : {}),
    })),
    roles: snapshot.roles.map((r) => ({ ...r })),
    missingRoles: snapshot.missingRoles,
    summary,
    gate: input.gate,
    site: siteName(snapshot),
    coverage: input.coverage ?? coverageOf(snapshot, results),
    ...(snapshot.locale ? { locale: snapshot.locale } : {}),
    ...(snapshot.checkoutWalk ? { checkoutWalk: snapshot.checkoutWalk } : {}),
  };
}

/** Below this share of the roles read, the report says the verdicts rest on too little. */
const LOW_COVERAGE = 0.5;

/** How much of the store careaudit could read, the rules it could not score, and what to be wary of. */
export function coverageOf(snapshot: Snapshot, results: RuleResult[]): ReportCoverage {
  const read = DISCOVERABLE_ROLES.filter((role) => snapshot.roles.some((r) => r.role === role && r.available));
  const warnings = [...(snapshot.warnings ?? [])];
  if (read.length < DISCOVERABLE_ROLES.length * LOW_COVERAGE) {
    const unread = DISCOVERABLE_ROLES.filter((role) => !read.includes(role)).map((role) => ROLE_LABELS[role]);
    warnings.push(`careaudit could read only ${read.length} of the ${DISCOVERABLE_ROLES.length} kinds of page it looks for (not read: ${unread.join(', ')}): many rules are not scored, and the score rests on little`);
  }
  return {
    rolesLookedFor: DISCOVERABLE_ROLES.length,
    rolesRead: read.length,
    notScored: results.filter((r) => r.status === 'na' || r.status === 'error' || r.status === 'manual').map((r) => ({ id: r.rule.id, status: r.status, reason: r.message })),
    warnings,
  };
}
