import type { PageOverride } from '../acquire/site.js';
import type { ReportFormat } from '../format/format-names.js';
import type { FailOn, GateOptions } from '../gate.js';
import { USER_AGENT } from '../paths.js';
import type { PageRole } from '../snapshot.js';
import type { Config } from './load-config.js';
import type { WalkMode } from '../acquire/checkout-walk/walk.js';
import type { RenderMode } from '../acquire/render/rendering-source.js';

export const FAIL_ON: readonly FailOn[] = ['error', 'warn', 'info', 'none'];

/** The effective settings of a run: the flags typed, then the config file, then DEFAULT_SETTINGS. */
export interface Settings {
  formats: ReportFormat[];
  output?: string;
  outputDir?: string;
  /** When the gate fails: minimum score, coverage and per-category scores, failing severities, warnings allowed. */
  gate: GateOptions & { categoryMinimums: Record<string, number> };
  baseline?: string;
  failOnRegression: boolean;
  /** Rule and category ids to run, or to leave out (category aliases are expanded when the rules are known). */
  only: string[];
  skip: string[];
  /** Whether the built-in pack runs: unless the config says extends: none (a config of a few settings keeps every rule). */
  builtinRules: boolean;
  /** Extra rule folders: the config's, then those of --rules. */
  rules: string[];
  languages?: string[];
  email?: string;
  pages: PageOverride[];
  /** The role of a single .html file target. */
  role?: PageRole;
  /** The checkout's steps as the config declares them. */
  checkoutFlow?: string[];
  /** Upper case. */
  country?: string;
  maxPages: number;
  /** Requests in flight per host. */
  concurrency: number;
  timeoutMs: number;
  ignoreRobots: boolean;
  /** Extra request headers for the audited origin: the config's headers and cookies, then --header. Secrets: never print them. */
  headers: Record<string, string>;
  insecure: boolean;
  userAgent: string;
  quiet: boolean;
  /** Read pages in the system's Chromium: every page, only those served as script shells, or none. */
  render: RenderMode;
  /** Walk the checkout in the browser: 'fill' fills fields to reach the payment step, 'dry' stops before filling any. */
  walkCheckout?: WalkMode;
}

/** What flags set: each only when the user typed it, validated. */
export type FlagSettings = Partial<Omit<Settings, 'gate' | 'builtinRules' | 'languages' | 'checkoutFlow' | 'userAgent'>> & {
  gate?: Partial<Omit<GateOptions, 'categoryMinimums'>>;
};

export const DEFAULT_SETTINGS: Settings = {
  formats: ['text'],
  gate: { failOn: 'error', categoryMinimums: {} },
  failOnRegression: false,
  only: [],
  skip: [],
  builtinRules: true,
  rules: [],
  pages: [],
  maxPages: 20,
  concurrency: 4,
  timeoutMs: 15_000,
  ignoreRobots: false,
  headers: {},
  insecure: false,
  userAgent: USER_AGENT,
  quiet: false,
  render: 'off',
};

/** The object without its undefined values: what is not given sets nothing when merged. */
export function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The config's settings as typed values (it was validated when loaded). */
function configSettings(config: Config): Partial<Settings> {
  const { request, thresholds } = config;
  const declaredFlow = config.checkoutFlow;
  // a declared flow starts at the checkout page, unless the config names that page itself
  const pages = Object.entries({ ...(declaredFlow ? { checkout: declaredFlow[0] } : {}), ...config.pages }) as [PageRole, string][];
  return defined({
    builtinRules: config.extends !== 'none',
    rules: config.ruleFolders,
    languages: config.languages,
    pages: pages.filter(([role]) => role !== 'email').map(([role, location]) => ({ role, location })),
    email: config.pages.email,
    checkoutFlow: declaredFlow,
    country: config.country,
    maxPages: request.maxPages,
    concurrency: request.concurrency,
    timeoutMs: request.timeout === undefined ? undefined : Math.round(request.timeout * 1000),
    ignoreRobots: request.ignoreRobots,
    render: request.render,
    headers: requestHeaders(request.headers, request.cookies),
    userAgent: request.userAgent,
    gate: {
      ...DEFAULT_SETTINGS.gate,
      ...defined({ minScore: thresholds.score, minCoverage: thresholds.coverage, failOn: config.failOn, maxWarnings: config.maxWarnings }),
      categoryMinimums: thresholds.categories,
    },
  });
}

/**
 * The settings of a run: flags win over the config, the config over the defaults. Lists add up where that is
 * what one means: rule folders are the config's then the flags'; pages are the config's, except roles a --page
 * flag sets; headers are the config's, except those a --header flag sets.
 */
export function mergeSettings(config: Config | undefined, flags: FlagSettings): Settings {
  const file = config ? configSettings(config) : {};
  const base = { ...DEFAULT_SETTINGS, ...file };
  const flagPages = flags.pages ?? [];
  return {
    ...base,
    ...flags,
    gate: { ...base.gate, ...flags.gate },
    rules: [...base.rules, ...(flags.rules ?? [])],
    pages: [...base.pages.filter((page) => !flagPages.some((p) => p.role === page.role)), ...flagPages],
    headers: { ...base.headers, ...flags.headers },
  };
}

/** Headers with the cookies added as one Cookie header (after a Cookie header the config may already set). */
export function requestHeaders(headers: Record<string, string>, cookies: Record<string, string>): Record<string, string> {
  const pairs = Object.entries(cookies).map(([name, value]) => `${name}=${value}`);
  if (pairs.length === 0) return { ...headers };
  const existing = Object.keys(headers).find((h) => h.toLowerCase() === 'cookie');
  const result = { ...headers };
  if (existing) delete result[existing];
  result.Cookie = [...(existing ? [headers[existing]!] : []), ...pairs].join('; ');
  return result;
}
