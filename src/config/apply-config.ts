import type { PageOverride } from '../acquire/site.js';
import { parseAuditOptions, type AuditOptions, type RawAuditOptions } from '../cli/options.js';
import { USER_AGENT } from '../paths.js';
import { CheckSpecError, COMBINATORS, compileCheck, type InstancePath } from '../rules/compile-check.js';
import type { Rule, RuleSet } from '../rules/types.js';
import type { PageRole } from '../snapshot.js';
import type { Config, RuleOverride } from './load-config.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where the one primitive of a check is (e.g. ['checkout-steps'], or ['any', 0, 'phone'] for a combinator
 * around a single check); undefined when the check combines several.
 */
export function singlePrimitivePath(spec: unknown, path: InstancePath = []): InstancePath | undefined {
  if (!isRecord(spec)) return undefined;
  const keys = Object.keys(spec);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const value = spec[key];
  if (key === 'not') return singlePrimitivePath(value, [...path, key]);
  if ((COMBINATORS as readonly string[]).includes(key)) {
    return Array.isArray(value) && value.length === 1 ? singlePrimitivePath(value[0], [...path, key, 0]) : undefined;
  }
  return [...path, key];
}

/** A copy of a check spec with the value at a path replaced. */
function replaceAt(spec: unknown, path: InstancePath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(spec) && typeof head === 'number') return spec.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (isRecord(spec) && typeof head === 'string') return { ...spec, [head]: replaceAt(spec[head], rest, replacement) };
  return spec;
}

function valueAt(spec: unknown, path: InstancePath): unknown {
  let node = spec;
  for (const segment of path) node = Array.isArray(node) || isRecord(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

/** The rule with its single check recompiled with the config's options merged over those of its YAML. */
function retune(rule: Rule, options: Record<string, unknown>, config: Config): Rule {
  const at = ['rules', rule.id, 'options'];
  const spec = rule.spec?.check;
  const primitive = spec === undefined ? undefined : singlePrimitivePath(spec);
  if (!primitive) {
    const why = spec === undefined ? `${rule.id} has no check to tune (it is verified by hand)` : `${rule.id} combines several checks`;
    throw config.locate.errorAt(at, `options can only tune rules made of one check: ${why}`, 'severity or weight only; to change what it checks, turn it off and add your own rule', 'key');
  }
  const written = valueAt(spec, primitive) ?? {};
  if (!isRecord(written)) throw config.locate.errorAt(at, `options cannot be merged into the ${String(primitive.at(-1))} check of ${rule.id}`, undefined, 'key');
  const tuned = replaceAt(spec, primitive, { ...written, ...options });
  try {
    return { ...rule, check: compileCheck(tuned, ['check'], { languages: config.languages }), spec: { ...rule.spec, check: tuned } };
  } catch (error) {
    if (!(error instanceof CheckSpecError)) throw error;
    // the error's path runs through the rule's check to the primitive; what follows is inside the options
    const inside = error.path.slice(primitive.length + 1);
    throw config.locate.errorAt([...at, ...inside], `${rule.id}: ${error.message}`, error.expected, error.pointsAtKey ? 'key' : 'value');
  }
}

/**
 * The rule set with the config's `rules:` applied: off removes a rule, severity and weight replace, options
 * retune its single check. Ids the set does not hold are skipped: check them first with checkRuleIds.
 */
export function applyRuleOverrides(ruleSet: RuleSet, config: Config): RuleSet {
  const rules: Rule[] = [];
  for (const rule of ruleSet.rules) {
    const override: RuleOverride | undefined = Object.hasOwn(config.rules, rule.id) ? config.rules[rule.id] : undefined;
    if (!override) {
      rules.push(rule);
      continue;
    }
    if (override.off) continue;
    let changed: Rule = {
      ...rule,
      ...(override.severity ? { severity: override.severity } : {}),
      ...(override.weight === undefined ? {} : { weight: override.weight }),
    };
    if (override.options) changed = retune(changed, override.options, config);
    rules.push(changed);
  }
  return { categories: ruleSet.categories, rules };
}

/** What commander's defaults were: with mergeOptions, only flags the user typed are passed in. */
export const FLAG_DEFAULTS = {
  format: 'text',
  failOn: 'error',
  maxPages: '20',
  concurrency: '4',
  timeout: '15',
  rules: [] as string[],
  page: [] as string[],
} satisfies Partial<RawAuditOptions>;

/** The effective settings of a run: flags, then the config, then the defaults. */
export interface Settings extends Omit<AuditOptions, 'target'> {
  /** Whether the built-in pack runs: unless the config says extends: none (a config of a few settings keeps every rule). */
  builtinRules: boolean;
  languages?: string[];
  /** Minimum score per category id. */
  categoryThresholds: Record<string, number>;
  /** The checkout's steps as the config declares them. */
  checkoutFlow?: string[];
  maxWarnings?: number;
  /** Extra request headers: the config's headers, and its cookies as one Cookie header. Secrets: never print them. */
  headers: Record<string, string>;
  userAgent: string;
}

/**
 * Merge the config with the flags the user typed (flags win). Lists add up where that is what one means:
 * rule folders are the config's then the flags'; pages are the config's, except roles a --page flag sets.
 * Flags are validated as by parseAuditOptions (UsageError); config values were validated by loadConfig.
 */
export function mergeOptions(config: Config | undefined, flags: Partial<RawAuditOptions>): Settings {
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as Partial<RawAuditOptions>;
  const request = config?.request;
  const fromConfig: Partial<RawAuditOptions> = {
    ...(config?.thresholds.score === undefined ? {} : { minScore: String(config.thresholds.score) }),
    ...(config?.thresholds.coverage === undefined ? {} : { minCoverage: String(config.thresholds.coverage) }),
    ...(config?.failOn ? { failOn: config.failOn } : {}),
    ...(config?.country ? { country: config.country } : {}),
    ...(request?.maxPages === undefined ? {} : { maxPages: String(request.maxPages) }),
    ...(request?.concurrency === undefined ? {} : { concurrency: String(request.concurrency) }),
    ...(request?.timeout === undefined ? {} : { timeout: String(request.timeout) }),
    ...(request?.ignoreRobots === undefined ? {} : { ignoreRobots: request.ignoreRobots }),
    ...(request?.render === undefined ? {} : { render: request.render }),
  };
  const raw: RawAuditOptions = {
    ...FLAG_DEFAULTS,
    ...fromConfig,
    ...given,
    rules: [...(config?.ruleFolders ?? []), ...(given.rules ?? [])],
    page: given.page ?? [],
  };
  const { target: _target, ...options } = parseAuditOptions('', raw);
  const declaredFlow = config?.checkoutFlow;
  // a declared flow starts at the checkout page, unless the config names that page itself
  const configPages = Object.entries({ ...(declaredFlow ? { checkout: declaredFlow[0] } : {}), ...config?.pages }) as [PageRole, string][];
  const pages: PageOverride[] = [
    ...configPages.filter(([role]) => role !== 'email' && !options.pages.some((p) => p.role === role)).map(([role, location]) => ({ role, location })),
    ...options.pages,
  ];
  const email = options.email ?? config?.pages.email;
  return {
    ...options,
    pages,
    ...(email === undefined ? {} : { email }),
    builtinRules: config?.extends !== 'none',
    ...(declaredFlow ? { checkoutFlow: declaredFlow } : {}),
    ...(config?.languages ? { languages: config.languages } : {}),
    categoryThresholds: config?.thresholds.categories ?? {},
    ...((options.maxWarnings ?? config?.maxWarnings) === undefined ? {} : { maxWarnings: options.maxWarnings ?? config?.maxWarnings }),
    // --header flags win over the config's headers of the same name
    headers: { ...requestHeaders(request?.headers ?? {}, request?.cookies ?? {}), ...options.headers },
    userAgent: request?.userAgent ?? USER_AGENT,
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
