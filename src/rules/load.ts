import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { CompileContext } from '../primitives/primitive.js';
import { SourceFileError } from '../errors.js';
import type { PageRole, SectionRole } from '../snapshot.js';
import { codeFrame } from './code-frame.js';
import { CheckSpecError, compileCheck, type InstancePath } from './compile-check.js';
import { categoryFileSchema, runtimeOneRuleFileSchema, runtimeRuleFileSchema } from './schema.js';
import type { CategoryDefinition, Rule, RuleSet } from './types.js';
import { validatorFor, type ValidationProblem } from './validate.js';
import { FileProblem, readSmallFile } from '../small-file.js';

/** A rule as written, before its checks are compiled and its category and source are filled in. */
type RuleSpec = Omit<Rule, 'category' | 'source' | 'whenPageMissing' | 'appliesWhen' | 'notApplicableWhen' | 'check' | 'alsoReads'> & {
  alsoReads?: (PageRole | 'any')[];
  subject?: SectionRole;
  whenPageMissing?: Rule['whenPageMissing'];
  appliesWhen?: unknown;
  notApplicableWhen?: unknown;
  check?: unknown;
};

interface RuleFileSpec {
  category: CategoryDefinition;
  rules: RuleSpec[];
}

interface CategoryFileSpec extends CategoryDefinition {
  order: number;
  rules: string[];
}

/** The file of a category folder: the category, its order and its rules' ids; each rule is in <rule-id>.yaml beside it. */
export const CATEGORY_FILE = 'category.yaml';
/** The folder of a rules folder that holds one word list per language for the detectors, not rules. */
export const LANGUAGES_FOLDER = 'languages';

const MAX_ALIASES = 100;
const validateRuleFile = validatorFor('rule-file', runtimeRuleFileSchema);
const validateOneRuleFile = validatorFor('one-rule-file', runtimeOneRuleFileSchema);
const validateCategoryFile = validatorFor('category-file', categoryFileSchema);

/**
 * The source offset of the node at a path: the value, or for an unknown key (`at: 'key'`) the key itself.
 * Stops at the deepest node found, so a partly wrong path still points near the mistake.
 */
export function offsetAt(doc: Document, path: InstancePath, at: 'key' | 'value' = 'value'): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  path.forEach((segment, i) => {
    if (node === undefined) return;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      const last = i === path.length - 1;
      node = pair?.value ?? undefined;
      const target = pair && (last && at === 'key' ? pair.key : (pair.value ?? pair.key));
      offset = (target as Node | undefined)?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      node = undefined;
    }
  });
  return offset;
}

/** The 1-based line and column of a source offset (columns count UTF-16 units, as the YAML parser does). */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** A SourceFileError at a source offset, with its code frame. */
export function errorAtOffset(file: string, source: string, offset: number, reason: string, expected?: string): SourceFileError {
  const { line, column } = positionAt(source, offset);
  return new SourceFileError(file, line, column, reason, expected, codeFrame(source, line, column));
}

/** A SourceFileError at a path of a parsed file: the value there, or the key itself with `at: 'key'`. */
export function errorAt(file: string, source: string, doc: Document, path: InstancePath, reason: string, expected?: string, at: 'key' | 'value' = 'value'): SourceFileError {
  return errorAtOffset(file, source, offsetAt(doc, path, at), reason, expected);
}

/** Deeper than any real rule or config file; the yaml parser runs out of memory on thousands of '['. */
const MAX_FLOW_NESTING = 64;

/**
 * Refuse a file whose [ and { nest deeper than any real one before the yaml parser sees it. Brackets in
 * strings count too, which only matters for a string holding dozens of unclosed brackets.
 */
export function assertShallowYaml(file: string, source: string): void {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_NESTING) throw errorAtOffset(file, source, i, `[ and { nest more than ${MAX_FLOW_NESTING} levels deep`, 'a flatter structure');
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
}

/**
 * Parse a careaudit YAML file (rules or config) with the checks every such file gets: text, not binary;
 * valid YAML without duplicate keys; bounded alias expansion; not empty. Mistakes throw a located SourceFileError.
 */
export function readYaml(
  file: string,
  source: string,
  what: { kind: string; empty: string },
): { doc: Document; data: unknown; lineCounter: LineCounter } {
  if (source.includes('\u0000')) throw new SourceFileError(file, 1, 1, 'not a text file (it contains NUL bytes)', what.kind);
  assertShallowYaml(file, source);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) throw errorAtOffset(file, source, syntax.pos[0], `YAML syntax error: ${syntax.message.split('\n')[0]}`, 'valid YAML (indent with spaces, not tabs)');
  // YAML 1.2 has no merge keys: "<<" would be read as a key of its own (a rule id "<<"), so say so where it is
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.range) {
        throw errorAtOffset(file, source, pair.key.range[0], 'YAML merge keys (<<) are not supported', 'the keys written out in this mapping');
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw errorAtOffset(file, source, 0, `cannot read the YAML: ${(error as Error).message}`, `at most ${MAX_ALIASES} alias expansions`);
  }
  if (data === null || data === undefined) throw errorAtOffset(file, source, 0, 'the file is empty', what.empty);
  return { doc, data, lineCounter };
}

/** A parsed YAML file and where it came from, for located errors. */
interface ParsedYaml {
  file: string;
  path: string;
  source: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** One rule as written at `base` of a parsed file, compiled; every mistake is found here, at load. */
function compileRule(yaml: ParsedYaml, rule: RuleSpec, base: InstancePath, category: string, context: CompileContext): Rule {
  const at = (...path: InstancePath) => offsetAt(yaml.doc, [...base, ...path]);
  const fail = (offset: number, reason: string, expected?: string): never => {
    throw errorAtOffset(yaml.file, yaml.source, offset, reason, expected);
  };
  if (rule.check === undefined && rule.manual === undefined) fail(at('id'), `rule ${rule.id} has neither a check nor manual instructions`, 'a "check" or a "manual" key');
  const compile = (key: 'check' | 'appliesWhen' | 'notApplicableWhen') => {
    try {
      return compileCheck(rule[key], [key], context);
    } catch (error) {
      if (error instanceof CheckSpecError) return fail(offsetAt(yaml.doc, [...base, ...error.path], error.pointsAtKey ? 'key' : 'value'), error.message, error.expected);
      throw error;
    }
  };
  const { line, col } = yaml.lineCounter.linePos(at());
  return {
    id: rule.id,
    category,
    title: rule.title,
    failureTitle: rule.failureTitle,
    description: rule.description,
    fix: rule.fix,
    benchmark: rule.benchmark,
    severity: rule.severity,
    weight: rule.weight,
    pages: rule.pages,
    alsoReads: rule.alsoReads ?? [],
    ...(rule.subject ? { subject: rule.subject } : {}),
    whenPageMissing: rule.whenPageMissing ?? 'na',
    manual: rule.manual,
    appliesWhen: rule.appliesWhen === undefined ? undefined : compile('appliesWhen'),
    notApplicableWhen: rule.notApplicableWhen === undefined ? undefined : compile('notApplicableWhen'),
    notApplicableMessage: rule.notApplicableMessage,
    check: rule.check === undefined ? undefined : compile('check'),
    spec: { check: rule.check, appliesWhen: rule.appliesWhen, notApplicableWhen: rule.notApplicableWhen },
    source: { file: yaml.file, path: yaml.path, line, column: col },
  };
}

/** Read and validate a YAML file against a schema; the first problem throws, located. */
function readValidated(file: string, path: string, source: string, what: { kind: string; empty: string }, validate: (data: unknown) => ValidationProblem | undefined): { yaml: ParsedYaml; data: unknown } {
  const { doc, data, lineCounter } = readYaml(file, source, what);
  const problem = validate(data);
  if (problem) throw errorAt(file, source, doc, problem.path, problem.message, problem.expected, problem.message.startsWith('unknown key') ? 'key' : 'value');
  return { yaml: { file, path, source, doc, lineCounter }, data };
}

/**
 * Parse and validate a file of several rules (`category:` and `rules:`); checks are compiled here, so every
 * mistake is found at load. `path` is the file on disk when `file` is only how it is shown.
 */
export function parseRuleFile(file: string, source: string, context: CompileContext = {}, path = file): { category: CategoryDefinition; rules: Rule[] } {
  const { yaml, data } = readValidated(file, path, source, { kind: 'a YAML rule file', empty: 'a category and a list of rules' }, (value) => {
    const oneRule = typeof value === 'object' && value !== null && 'id' in value && !('rules' in value);
    return oneRule
      ? { path: ['id'], message: 'this file holds one rule, which is read from its folder', expected: `the folder, with a ${CATEGORY_FILE} beside the rule (or category: and rules: in this file)` }
      : validateRuleFile(value);
  });
  const spec = data as RuleFileSpec;
  return { category: spec.category, rules: spec.rules.map((rule, index) => compileRule(yaml, rule, ['rules', index], spec.category.id, context)) };
}

/** Parse and validate a file holding one rule of the given category, named after the rule: `<rule-id>.yaml`. */
export function parseOneRuleFile(file: string, source: string, category: string, context: CompileContext = {}, path = file): Rule {
  const { yaml, data } = readValidated(file, path, source, { kind: 'a YAML file of one rule', empty: 'one rule: id, title, failureTitle, …' }, validateOneRuleFile);
  const rule = compileRule(yaml, data as RuleSpec, [], category, context);
  const named = basename(path).replace(/\.ya?ml$/i, '');
  if (named !== rule.id) throw errorAt(file, source, yaml.doc, ['id'], `the rule "${rule.id}" is in a file named ${basename(path)}`, `the file named ${rule.id}.yaml, so the rule is found by its id`);
  return rule;
}

/** A category folder's category.yaml, validated. */
function parseCategoryFile(file: string, path: string, source: string): { yaml: ParsedYaml; spec: CategoryFileSpec } {
  const { yaml, data } = readValidated(file, path, source, { kind: `a ${CATEGORY_FILE}`, empty: 'the category id, title, order and its rule ids' }, validateCategoryFile);
  return { yaml, spec: data as CategoryFileSpec };
}

/** The .yaml files under dir, sorted; the languages folder at its top holds word lists, not rules. */
async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const languages = join(dir, LANGUAGES_FOLDER);
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(languages + sep))
    .sort();
}

const MAX_RULE_FILE_BYTES = 8 * 1024 * 1024;

/** What loading a folder or file yields before ids are checked across all of them. */
interface LoadedCategory {
  category: CategoryDefinition;
  rules: { rule: Rule; source: string }[];
}

/** Reads rule files, showing their paths relative to displayRoot. */
class RuleFileReader {
  constructor(
    private readonly displayRoot: string,
    private readonly context: CompileContext,
  ) {}

  shown(path: string): string {
    return relative(this.displayRoot, path) || path;
  }

  async read(path: string): Promise<string> {
    return readSmallFile(path, MAX_RULE_FILE_BYTES).catch((error: unknown) => {
      throw error instanceof FileProblem ? new SourceFileError(this.shown(path), 1, 1, `not a rule file: ${error.message}`, 'a .yaml rule file') : error;
    });
  }

  async ruleFile(path: string): Promise<LoadedCategory> {
    const source = await this.read(path);
    const parsed = parseRuleFile(this.shown(path), source, this.context, path);
    return { category: parsed.category, rules: parsed.rules.map((rule) => ({ rule, source })) };
  }

  /** A category folder: its category.yaml and one file per rule, in the order category.yaml lists them. */
  async categoryFolder(folder: string, ruleFiles: string[]): Promise<LoadedCategory & { order: number }> {
    const categoryPath = join(folder, CATEGORY_FILE);
    const { yaml, spec } = parseCategoryFile(this.shown(categoryPath), categoryPath, await this.read(categoryPath));
    const loaded: { rule: Rule; source: string }[] = [];
    for (const path of ruleFiles) {
      const source = await this.read(path);
      const rule = parseOneRuleFile(this.shown(path), source, spec.id, this.context, path);
      if (!spec.rules.includes(rule.id)) {
        throw new SourceFileError(rule.source.file, rule.source.line, rule.source.column, `rule "${rule.id}" is not listed in ${yaml.file}`, `its id in the rules list of ${yaml.file}, where it goes in reports`, codeFrame(source, rule.source.line, rule.source.column));
      }
      loaded.push({ rule, source });
    }
    const rules = spec.rules.map((id, index) => {
      const found = loaded.find((l) => l.rule.id === id);
      if (!found) throw errorAt(yaml.file, yaml.source, yaml.doc, ['rules', index], `no file for rule "${id}"`, `the rule in ${this.shown(join(folder, `${id}.yaml`))}`);
      return found;
    });
    return { category: { id: spec.id, title: spec.title }, order: spec.order, rules };
  }

  /**
   * Every rule of a folder: category folders (a category.yaml and one file per rule) by their order, then
   * files of several rules by path.
   */
  async folder(dir: string): Promise<LoadedCategory[]> {
    const files = await yamlFilesIn(dir);
    const categoryFolders = new Set(files.filter((f) => basename(f) === CATEGORY_FILE).map((f) => dirname(f)));
    const categories: (LoadedCategory & { order: number })[] = [];
    for (const folder of categoryFolders) {
      categories.push(await this.categoryFolder(folder, files.filter((f) => dirname(f) === folder && basename(f) !== CATEGORY_FILE)));
    }
    categories.sort((a, b) => a.order - b.order);
    const ruleFiles: LoadedCategory[] = [];
    for (const file of files.filter((f) => !categoryFolders.has(dirname(f)))) ruleFiles.push(await this.ruleFile(file));
    return [...categories, ...ruleFiles];
  }
}

/**
 * Load every rule of the given folders (or single files of several rules), in order; a later id may not
 * repeat an earlier one.
 */
export async function loadRules(paths: string[], displayRoot = process.cwd(), context: CompileContext = {}): Promise<RuleSet> {
  const reader = new RuleFileReader(displayRoot, context);
  const categories: CategoryDefinition[] = [];
  const rules: Rule[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new SourceFileError(reader.shown(path), 1, 1, 'rule folder or file not found', 'an existing folder of .yaml rule files');
    const loaded = info.isDirectory() ? await reader.folder(path) : [await reader.ruleFile(path)];
    for (const { category, rules: categoryRules } of loaded) {
      if (!categories.some((c) => c.id === category.id)) categories.push(category);
      for (const { rule, source } of categoryRules) {
        const earlier = rules.find((r) => r.id === rule.id);
        if (earlier) {
          throw new SourceFileError(
            rule.source.file,
            rule.source.line,
            rule.source.column,
            `duplicate rule id "${rule.id}" (already defined at ${earlier.source.file}:${earlier.source.line})`,
            'a rule id used once; to change a built-in rule, turn it off with --skip and add your own id',
            codeFrame(source, rule.source.line, rule.source.column),
          );
        }
        rules.push(rule);
      }
    }
  }
  return { categories, rules };
}
