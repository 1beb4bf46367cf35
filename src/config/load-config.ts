import type { RenderMode } from '../acquire/render/rendering-source.js';
import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isNode, type Document } from 'yaml';
import type { FailOn } from '../gate.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { JsonSchema } from '../primitives/primitive.js';
import type { InstancePath } from '../rules/compile-check.js';
import { isUrl } from '../acquire/site.js';
import { isCountryCode } from '../country.js';
import { errorAt, errorAtOffset, offsetAt, readYaml } from '../rules/load.js';
import { closestName } from '../rules/suggest.js';
import type { Severity } from '../rules/types.js';
import { validatorFor } from '../rules/validate.js';
import type { PageRole } from '../snapshot.js';
import { headerValueProblem, HTTP_TOKEN } from './header-values.js';
import { FileProblem, readSmallFile } from '../small-file.js';
import { SourceFileError } from '../errors.js';

/** Looked for in the working directory, in this order. */
export const CONFIG_FILE_NAMES = ['careaudit.config.yaml', 'careaudit.config.yml'] as const;

export const CONFIG_SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'schemas', 'config.schema.json');

/** What the config says about one rule. */
export interface RuleOverride {
  off: boolean;
  severity?: Severity;
  weight?: number;
  /** Merged key by key into the options of the rule's single check. */
  options?: Record<string, unknown>;
}

export interface RequestSettings {
  headers: Record<string, string>;
  cookies: Record<string, string>;
  userAgent?: string;
  concurrency?: number;
  /** Seconds, as written. */
  timeout?: number;
  maxPages?: number;
  ignoreRobots?: boolean;
  render?: RenderMode;
}

/** Points at a key or value of the config file, for mistakes found after loading (unknown rule ids, options). */
export interface ConfigLocator {
  errorAt(path: InstancePath, reason: string, expected?: string, at?: 'key' | 'value'): SourceFileError;
  offsetOf(path: InstancePath, at?: 'key' | 'value'): number;
}

/** A loaded config: validated, `${VAR}`s replaced, relative paths made absolute. */
export interface Config {
  /** The config file, absolute. */
  path: string;
  /** The config file as shown in messages. */
  file: string;
  /** The built-in pack to start from; without it only ruleFolders run. */
  extends?: 'recommended' | 'none';
  /** Per rule id, in file order; ids are checked against the rule set by checkRuleIds. */
  rules: Record<string, RuleOverride>;
  /** Absolute folders. */
  ruleFolders: string[];
  /** Per role: an http(s) URL as written, or an absolute path. */
  pages: Partial<Record<PageRole, string>>;
  /** The checkout's steps, declared (URLs as written, or absolute paths). */
  checkoutFlow?: string[];
  /** Upper case. */
  country?: string;
  languages?: string[];
  thresholds: { score?: number; coverage?: number; categories: Record<string, number> };
  failOn?: FailOn;
  maxWarnings?: number;
  request: RequestSettings;
  locate: ConfigLocator;
}

/** The config file as written, once the schema has accepted it. */
interface ConfigSpec {
  extends?: 'recommended' | 'none';
  rules?: Record<string, 'off' | Severity | Omit<RuleOverride, 'off'>>;
  ruleFolders?: string[];
  pages?: Partial<Record<PageRole, string>>;
  checkoutFlow?: string[];
  country?: string;
  languages?: string[];
  thresholds?: { score?: number; coverage?: number; categories?: Record<string, number> };
  failOn?: FailOn;
  maxWarnings?: number;
  request?: Partial<RequestSettings>;
}

/** The config file of a folder, if it has one. */
export function findConfig(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

let schema: JsonSchema | undefined;
/** The shipped schema; read on first use, so commands that need no config never touch it. */
export function configSchema(): JsonSchema {
  schema ??= JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')) as JsonSchema;
  return schema;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The description of the schema at a path: the `expected` of messages ajv leaves without one ("must be >= 0"). */
function describeAt(root: JsonSchema, path: InstancePath): string | undefined {
  let node: unknown = root;
  for (const [i, segment] of path.entries()) {
    if (!isRecord(node)) return undefined;
    const properties = isRecord(node.properties) ? node.properties : {};
    node = typeof segment === 'number' ? node.items : (properties[segment] ?? node.additionalProperties);
    // a rule override is anyOf [shorthand, mapping]: its keys live in the mapping branch
    if (isRecord(node) && Array.isArray(node.anyOf) && typeof path[i + 1] === 'string') {
      node = (node.anyOf as unknown[]).find((b) => isRecord(b) && b.type === 'object') ?? node;
    }
  }
  return isRecord(node) && typeof node.description === 'string' ? node.description : undefined;
}

const VARIABLE = /\$\$\{|\$\{([^}]*)\}|\$\{/g;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface InterpolationProblem {
  reason: string;
  expected: string;
  /** The text to point at inside the value. */
  needle: string;
}

/** Replace `${NAME}` with the environment variable; `$${` is a literal `${`. */
export function interpolate(value: string, env: Record<string, string | undefined>): string | InterpolationProblem {
  let problem: InterpolationProblem | undefined;
  const result = value.replace(VARIABLE, (match, name: string | undefined) => {
    if (match === '$${') return '${';
    if (problem) return match;
    if (name === undefined || !VARIABLE_NAME.test(name)) {
      problem = {
        reason: name === undefined ? '"${" is not closed with "}"' : `"${match}" is not a variable name`,
        expected: '${NAME} with letters, digits and _ (write $${ for a literal ${)',
        needle: match,
      };
      return match;
    }
    const found = env[name];
    // CI systems hand an unset secret over as an empty string: sending "Bearer " would fail confusingly later
    if (found === undefined || found === '') {
      problem = {
        reason: `environment variable ${name} is ${found === undefined ? 'not set' : 'empty'}`,
        expected: `${name} set in the environment (write $\${ for a literal \${)`,
        needle: match,
      };
      return match;
    }
    return found;
  });
  return problem ?? result;
}

const PATTERN_HINTS: Record<string, string> = {
  country: 'must be a two-letter country code such as US, GB, PL',
  languages: 'must be a language code such as en, pl, ru',
};


const MAX_CONFIG_BYTES = 1024 * 1024;

/** Read, validate and resolve a config file. Every mistake is a SourceFileError located in the file. */
export async function loadConfig(path: string, env: Record<string, string | undefined>, displayRoot = process.cwd()): Promise<Config> {
  const absolute = resolve(displayRoot, path);
  const file = relative(displayRoot, absolute) || absolute;
  let source: string;
  try {
    source = await readSmallFile(absolute, MAX_CONFIG_BYTES);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    if (error.missing) throw new SourceFileError(file, 1, 1, 'config file not found', `a careaudit.config.yaml (careaudit init writes one)`);
    throw new SourceFileError(file, 1, 1, `not a config file: ${error.message}`, 'the path of a careaudit.config.yaml');
  }
  const { doc, data: raw } = readYaml(file, source, { kind: 'a YAML config file', empty: 'settings such as "extends: recommended"' });
  const locate: ConfigLocator = {
    errorAt: (at, reason, expected, which = 'value') => errorAt(file, source, doc, at, reason, expected, which),
    offsetOf: (at, which = 'value') => offsetAt(doc, at, which),
  };

  // interpolated before validation, so values read from the environment are validated too
  const data = substitute(raw, [], env, (at, problem) => {
    throw errorAtOffset(file, source, offsetOfText(doc, source, at, problem.needle), problem.reason, problem.expected);
  });
  const problem = validatorFor('config-file', configSchema())(data);
  if (problem) {
    const unknownKey = problem.message.startsWith('unknown key');
    // ajv would show the regular expression; say what it stands for
    const hint = problem.message.startsWith('must match pattern') ? PATTERN_HINTS[String(problem.path.at(-2) === 'languages' ? 'languages' : problem.path.at(-1))] : undefined;
    throw locate.errorAt(problem.path, hint ?? problem.message, problem.expected ?? describeAt(configSchema(), problem.path), unknownKey ? 'key' : 'value');
  }
  const spec = data as ConfigSpec;
  const dir = dirname(absolute);

  const request = spec.request ?? {};
  for (const kind of ['headers', 'cookies'] as const) {
    for (const [name, value] of Object.entries(request[kind] ?? {})) {
      const noun = kind === 'headers' ? 'header' : 'cookie';
      if (!HTTP_TOKEN.test(name)) throw locate.errorAt(['request', kind, name], `"${name}" is not a valid ${noun} name`, 'letters, digits and - (no spaces or colons)', 'key');
      // often from an environment variable: a line break would split the request, a ";" add a cookie
      const problem = headerValueProblem(value) ?? (kind === 'cookies' && value.includes(';') ? 'a ";"' : undefined);
      if (problem) {
        throw locate.errorAt(['request', kind, name], `the ${noun} ${name} contains ${problem}`, `a ${noun} value on one line${kind === 'cookies' ? ', without ";"' : ''}`);
      }
    }
  }

  if (spec.country && !isCountryCode(spec.country)) throw locate.errorAt(['country'], `unknown country code "${spec.country}"`, 'an ISO 3166 code such as US, GB, PL, LT, RU');

  const pages: Partial<Record<PageRole, string>> = {};
  for (const [role, location] of Object.entries(spec.pages ?? {}) as [PageRole, string][]) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !isUrl(location)) throw locate.errorAt(['pages', role], `only http(s) URLs can be read (got "${location}")`, 'an http(s) URL or a path');
    if (isUrl(location) && !URL.canParse(location)) throw locate.errorAt(['pages', role], `not a valid URL: "${location}"`, 'an http(s) URL or a path');
    if (role === 'email' && isUrl(location)) throw locate.errorAt(['pages', role], 'the email is read from a file, not a URL', 'a path to an .eml or .html file');
    pages[role] = isUrl(location) ? location : resolve(dir, location);
  }

  const ruleFolders: string[] = [];
  for (const [index, folder] of (spec.ruleFolders ?? []).entries()) {
    const full = resolve(dir, folder);
    // found here, the mistake is pointed at in the config rather than reported without a line by the rule loader
    if (!(await stat(full).catch(() => undefined))) throw locate.errorAt(['ruleFolders', index], `rule folder not found: ${folder}`, `a folder of .yaml rule files, relative to ${file}`);
    ruleFolders.push(full);
  }

  const rules: Record<string, RuleOverride> = {};
  for (const [id, value] of Object.entries(spec.rules ?? {})) {
    rules[id] = value === 'off' ? { off: true } : typeof value === 'string' ? { off: false, severity: value } : { off: false, ...value };
  }

  return {
    path: absolute,
    file,
    ...(spec.extends ? { extends: spec.extends } : {}),
    rules,
    ruleFolders,
    pages,
    ...(spec.checkoutFlow ? { checkoutFlow: spec.checkoutFlow.map((step) => (isUrl(step) ? step : resolve(dir, step))) } : {}),
    ...(spec.country ? { country: spec.country.toUpperCase() } : {}),
    ...(spec.languages ? { languages: spec.languages } : {}),
    thresholds: {
      ...(spec.thresholds?.score === undefined ? {} : { score: spec.thresholds.score }),
      ...(spec.thresholds?.coverage === undefined ? {} : { coverage: spec.thresholds.coverage }),
      categories: spec.thresholds?.categories ?? {},
    },
    ...(spec.failOn ? { failOn: spec.failOn } : {}),
    ...(spec.maxWarnings === undefined ? {} : { maxWarnings: spec.maxWarnings }),
    request: { ...request, headers: request.headers ?? {}, cookies: request.cookies ?? {} },
    locate,
  };
}

/** A copy of the data with every string value interpolated; keys stay as written. */
function substitute(value: unknown, path: InstancePath, env: Record<string, string | undefined>, fail: (path: InstancePath, problem: InterpolationProblem) => never): unknown {
  if (typeof value === 'string') {
    const result = interpolate(value, env);
    return typeof result === 'string' ? result : fail(path, result);
  }
  if (Array.isArray(value)) return value.map((item, i) => substitute(item, [...path, i], env, fail));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, [...path, k], env, fail)]));
  return value;
}

/** The offset of a piece of text inside the scalar at a path (the `${VAR}` at fault), else the scalar's start. */
function offsetOfText(doc: Document, source: string, path: InstancePath, text: string): number {
  const start = offsetAt(doc, path);
  const node = doc.getIn(path, true);
  const end = isNode(node) && node.range ? node.range[1] : source.length;
  const found = source.slice(start, end).indexOf(text);
  return found < 0 ? start : start + found;
}

/**
 * The first id of the config (in file order) that the rule set does not know, as a located error:
 * a rule id under `rules:` or a category id under `thresholds.categories`. Undefined when all are known.
 */
export function checkRuleIds(config: Config, knownIds: Iterable<string>, categoryIds: Iterable<string>): SourceFileError | undefined {
  const rules = [...knownIds];
  const categories = [...categoryIds];
  const problems: { path: InstancePath; reason: string; expected: string }[] = [];
  for (const id of Object.keys(config.rules)) {
    if (rules.includes(id)) continue;
    const path = ['rules', id];
    if (categories.includes(id)) {
      const example = rules.find((r) => r.startsWith(`${id}.`));
      problems.push({ path, reason: `"${id}" is a category, not a rule`, expected: `a rule id${example ? ` such as ${example}` : ''}; to skip a whole category use --skip ${id}` });
      continue;
    }
    const suggestion = closestName(id, rules);
    problems.push({ path, reason: `unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, expected: 'a rule id of the built-in pack or of ruleFolders (careaudit rules list shows them)' });
  }
  for (const id of Object.keys(config.thresholds.categories)) {
    if (categories.includes(id)) continue;
    const suggestion = closestName(id, categories);
    problems.push({ path: ['thresholds', 'categories', id], reason: `unknown category "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, expected: `one of: ${categories.join(', ')}` });
  }
  const first = problems.sort((a, b) => config.locate.offsetOf(a.path, 'key') - config.locate.offsetOf(b.path, 'key'))[0];
  return first && config.locate.errorAt(first.path, first.reason, first.expected, 'key');
}
