import { PAGE_ROLES, type PageRole } from '../snapshot.js';
import type { FailOn } from '../gate.js';
import type { PageOverride } from '../acquire/site.js';
import { headerValueProblem, HTTP_TOKEN } from '../config/header-values.js';
import { isCountryCode } from '../country.js';
import { UsageError } from './io.js';
import type { RenderMode } from '../acquire/render/rendering-source.js';
import type { WalkMode } from '../acquire/checkout-walk/walk.js';

/** Options as commander hands them over: strings, before validation. */
export interface RawAuditOptions {
  format: string;
  output?: string;
  minScore?: string;
  minCoverage?: string;
  failOn: string;
  only?: string;
  skip?: string;
  rules: string[];
  email?: string;
  page: string[];
  role?: string;
  country?: string;
  maxPages: string;
  concurrency: string;
  timeout: string;
  ignoreRobots?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  title?: string;
  client?: string;
  brandLogo?: string;
  brandColor?: string;
  reportLanguage?: string;
  outputDir?: string;
  config?: string;
  header?: string[];
  insecure?: boolean;
  maxWarnings?: string;
  baseline?: string;
  failOnRegression?: boolean;
  /** --render alone is true: every page. */
  render?: string | boolean;
  walkCheckout?: boolean;
  walkCheckoutDry?: boolean;
}

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'junit', 'sarif', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface AuditOptions {
  target: string;
  formats: ReportFormat[];
  output?: string;
  outputDir?: string;
  /** Request headers given with --header, for the audited origin only. */
  headers: Record<string, string>;
  insecure: boolean;
  maxWarnings?: number;
  baseline?: string;
  failOnRegression: boolean;
  minScore?: number;
  /** The gate fails when fewer than this percentage of the page roles looked for could be read. */
  minCoverage?: number;
  failOn: FailOn;
  render: RenderMode;
  /** Walk the checkout in the browser: 'fill' fills fields to reach the payment step, 'dry' stops before filling any. */
  walkCheckout?: WalkMode;
  only: string[];
  skip: string[];
  rules: string[];
  email?: string;
  pages: PageOverride[];
  role?: PageRole;
  country?: string;
  maxPages: number;
  concurrency: number;
  timeoutMs: number;
  ignoreRobots: boolean;
  quiet: boolean;
}

export const FAIL_ON: readonly FailOn[] = ['error', 'warn', 'info', 'none'];

/** A whole-number flag within bounds, or a usage error naming the flag. */
export function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}

function role(value: string, flag: string): PageRole {
  if (!(PAGE_ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: unknown page role "${value}"`, `roles: ${PAGE_ROLES.join(', ')}`);
  }
  return value as PageRole;
}

const list = (value?: string) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** --format: one or more report formats, comma-separated; several need --output-dir (`many`: a batch's sites). */
export function parseFormats(value: string, outputDir: string | undefined, many = false): ReportFormat[] {
  const formats = list(value);
  for (const format of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one or more of ${REPORT_FORMATS.join(', ')}, comma-separated (got "${format}")`);
    }
  }
  if (formats.length === 0) throw new UsageError('--format needs a format', `one or more of ${REPORT_FORMATS.join(', ')}`);
  if ((formats.length > 1 || many) && !outputDir) {
    throw new UsageError(`--format ${value} writes several reports: give --output-dir DIR`, 'each format is written to DIR, named after the site');
  }
  return formats as ReportFormat[];
}

const RENDER_MODES: readonly RenderMode[] = ['off', 'on', 'auto'];

function renderMode(value: string | boolean | undefined): RenderMode {
  if (value === undefined || value === false) return 'off';
  if (value === true) return 'on';
  if (!(RENDER_MODES as readonly string[]).includes(value)) throw new UsageError(`--render takes on, auto or off (got "${value}")`, '--render alone renders every page, --render auto only pages served as script shells; give the target first (careaudit URL --render) or the mode after --render');
  return value as RenderMode;
}

export function parseAuditOptions(target: string, raw: RawAuditOptions): AuditOptions {
  const formats = parseFormats(raw.format, raw.outputDir);
  if (raw.output && raw.outputDir) throw new UsageError('give --output FILE or --output-dir DIR, not both');
  if (raw.failOnRegression && !raw.baseline) throw new UsageError('--fail-on-regression needs --baseline PREVIOUS.json');
  const headers: Record<string, string> = {};
  for (const spec of raw.header ?? []) {
    const colon = spec.indexOf(':');
    const name = spec.slice(0, colon).trim();
    // the value may be a secret: the message never repeats it
    if (colon < 1 || !HTTP_TOKEN.test(name)) throw new UsageError('--header takes "Name: value", with a colon after a header name', 'e.g. --header "Authorization: Bearer $TOKEN"');
    const value = spec.slice(colon + 1).trim();
    const problem = headerValueProblem(value);
    if (problem) throw new UsageError(`--header ${name}: the value contains ${problem}`, 'a header value is one line of text; check the variable it came from');
    headers[name] = value;
  }
  if (!(FAIL_ON as readonly string[]).includes(raw.failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${raw.failOn}")`);
  }
  const timeout = Number(raw.timeout);
  if (!Number.isFinite(timeout) || timeout < 0.1 || timeout > 600) {
    throw new UsageError(`--timeout must be a number of seconds from 0.1 to 600 (got "${raw.timeout}")`);
  }
  if (raw.country !== undefined && !isCountryCode(raw.country)) {
    throw new UsageError(`--country must be a two-letter country code such as US, GB, PL, LT, RU (got "${raw.country}")`);
  }
  const pages = raw.page.map((spec): PageOverride => {
    const eq = spec.indexOf('=');
    if (eq < 1 || eq === spec.length - 1) throw new UsageError(`--page takes ROLE=URL or ROLE=PATH (got "${spec}")`, 'e.g. --page contact=https://shop.example/pages/contact');
    return { role: role(spec.slice(0, eq), '--page'), location: spec.slice(eq + 1) };
  });
  return {
    target,
    formats,
    output: raw.output,
    outputDir: raw.outputDir,
    headers,
    insecure: raw.insecure ?? false,
    maxWarnings: raw.maxWarnings === undefined ? undefined : integer('--max-warnings', raw.maxWarnings, 0, 10_000),
    baseline: raw.baseline,
    failOnRegression: raw.failOnRegression ?? false,
    minScore: raw.minScore === undefined ? undefined : integer('--min-score', raw.minScore, 0, 100),
    minCoverage: raw.minCoverage === undefined ? undefined : integer('--min-coverage', raw.minCoverage, 0, 100),
    failOn: raw.failOn as FailOn,
    render: renderMode(raw.render),
    ...(raw.walkCheckout || raw.walkCheckoutDry ? { walkCheckout: raw.walkCheckoutDry ? 'dry' : 'fill' } : {}),
    only: list(raw.only),
    skip: list(raw.skip),
    rules: raw.rules,
    email: raw.email,
    pages,
    role: raw.role === undefined ? undefined : role(raw.role, '--role'),
    country: raw.country?.toUpperCase(),
    maxPages: integer('--max-pages', raw.maxPages, 1, 1000),
    concurrency: integer('--concurrency', raw.concurrency, 1, 64),
    timeoutMs: Math.round(timeout * 1000),
    ignoreRobots: raw.ignoreRobots ?? false,
    quiet: raw.quiet ?? false,
  };
}
