import { PAGE_ROLES, type PageRole } from '../snapshot.js';
import type { FailOn } from '../gate.js';
import type { PageOverride } from '../acquire/site.js';
import { headerValueProblem, HTTP_TOKEN } from '../config/header-values.js';
import { defined, FAIL_ON, type FlagSettings } from '../config/settings.js';
import { isCountryCode } from '../country.js';
import { REPORT_FORMATS, type ReportFormat } from '../format/format-names.js';
import { UsageError } from '../errors.js';
import type { RenderMode } from '../acquire/render/rendering-source.js';


/** Options as commander hands them over: strings, before validation; commander's defaults are only shown in --help. */
export interface RawAuditOptions {
  format?: string;
  output?: string;
  minScore?: string;
  minCoverage?: string;
  failOn?: string;
  only?: string;
  skip?: string;
  rules?: string[];
  email?: string;
  page?: string[];
  role?: string;
  country?: string;
  maxPages?: string;
  concurrency?: string;
  timeout?: string;
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

/** Only the flags typed on the command line: the config file fills the rest, and the defaults come last. */
export function typedFlags<T extends object>(raw: T, typed: ReadonlySet<string>, except: ReadonlySet<string> = new Set()): Partial<RawAuditOptions> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => typed.has(key) && !except.has(key))) as Partial<RawAuditOptions>;
}

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

/**
 * The flags the user typed, validated into typed settings (a mistake is a UsageError naming the flag); flags not
 * typed are left out, so that the config file and then the defaults fill them in (see mergeSettings).
 */
export function parseAuditFlags(raw: Partial<RawAuditOptions>): FlagSettings {
  const formats = raw.format === undefined ? undefined : parseFormats(raw.format, raw.outputDir);
  if (raw.output && raw.outputDir) throw new UsageError('give --output FILE or --output-dir DIR, not both');
  if (raw.failOnRegression && !raw.baseline) throw new UsageError('--fail-on-regression needs --baseline PREVIOUS.json');
  const headers = raw.header === undefined ? undefined : parseHeaders(raw.header);
  if (raw.failOn !== undefined && !(FAIL_ON as readonly string[]).includes(raw.failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${raw.failOn}")`);
  }
  const timeout = Number(raw.timeout);
  if (raw.timeout !== undefined && (!Number.isFinite(timeout) || timeout < 0.1 || timeout > 600)) {
    throw new UsageError(`--timeout must be a number of seconds from 0.1 to 600 (got "${raw.timeout}")`);
  }
  if (raw.country !== undefined && !isCountryCode(raw.country)) {
    throw new UsageError(`--country must be a two-letter country code such as US, GB, PL, LT, RU (got "${raw.country}")`);
  }
  const pages = raw.page?.map((spec): PageOverride => {
    const eq = spec.indexOf('=');
    if (eq < 1 || eq === spec.length - 1) throw new UsageError(`--page takes ROLE=URL or ROLE=PATH (got "${spec}")`, 'e.g. --page contact=https://shop.example/pages/contact');
    return { role: role(spec.slice(0, eq), '--page'), location: spec.slice(eq + 1) };
  });
  const number = (flag: string, value: string | undefined, min: number, max: number) => (value === undefined ? undefined : integer(flag, value, min, max));
  const gate = defined({
    maxWarnings: number('--max-warnings', raw.maxWarnings, 0, 10_000),
    minScore: number('--min-score', raw.minScore, 0, 100),
    minCoverage: number('--min-coverage', raw.minCoverage, 0, 100),
    failOn: raw.failOn as FailOn | undefined,
  });
  return defined({
    formats,
    output: raw.output,
    outputDir: raw.outputDir,
    headers,
    insecure: raw.insecure,
    baseline: raw.baseline,
    failOnRegression: raw.failOnRegression,
    ...(Object.keys(gate).length ? { gate } : {}),
    only: raw.only === undefined ? undefined : list(raw.only),
    skip: raw.skip === undefined ? undefined : list(raw.skip),
    rules: raw.rules,
    email: raw.email,
    pages,
    role: raw.role === undefined ? undefined : role(raw.role, '--role'),
    country: raw.country?.toUpperCase(),
    maxPages: number('--max-pages', raw.maxPages, 1, 1000),
    concurrency: number('--concurrency', raw.concurrency, 1, 64),
    timeoutMs: raw.timeout === undefined ? undefined : Math.round(timeout * 1000),
    ignoreRobots: raw.ignoreRobots,
    quiet: raw.quiet,
    render: renderMode(raw.render),
    walkCheckout: raw.walkCheckoutDry ? 'dry' : raw.walkCheckout ? 'fill' : undefined,
  });
}

const RENDER_MODES: readonly RenderMode[] = ['off', 'on', 'auto'];

function renderMode(value: string | boolean | undefined): RenderMode | undefined {
  if (value === undefined) return undefined;
  if (value === true) return 'on';
  if (value === false || !(RENDER_MODES as readonly string[]).includes(value)) {
    throw new UsageError(
      `--render takes on, auto or off (got "${String(value)}")`,
      '--render alone renders every page, --render auto only pages served as script shells; give the target first (careaudit URL --render) or the mode after --render',
    );
  }
  return value as RenderMode;
}

/** --header "Name: value" flags as a map of headers. */
function parseHeaders(specs: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const name = spec.slice(0, colon).trim();
    // the value may be a secret: the message never repeats it
    if (colon < 1 || !HTTP_TOKEN.test(name)) throw new UsageError('--header takes "Name: value", with a colon after a header name', 'e.g. --header "Authorization: Bearer $TOKEN"');
    const value = spec.slice(colon + 1).trim();
    const problem = headerValueProblem(value);
    if (problem) throw new UsageError(`--header ${name}: the value contains ${problem}`, 'a header value is one line of text; check the variable it came from');
    headers[name] = value;
  }
  return headers;
}
