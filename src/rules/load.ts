import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { CompileContext } from '../primitives/primitive.js';
import { SourceFileError } from '../errors.js';
import type { PageRole, SectionRole } from '../snapshot.js';
import { codeFrame } from './code-frame.js';
import { CheckSpecError, compileCheck, type InstancePath } from './compile-check.js';
import { runtimeRuleFileSchema } from './schema.js';
import type { CategoryDefinition, Rule, RuleSet } from './types.js';
import { validatorFor } from './validate.js';
import { FileProblem, readSmallFile } from '../small-file.js';

/** A rule as written, before its checks are compiled and its category and source are filled in. */
type RuleSpec = Omit<Rule, 'category' | 'source' | 'whenPageMissing' | 'appliesWhen' | 'check' | 'alsoReads'> & {
  alsoReads?: PageRole[];
  subject?: SectionRole;
  whenPageMissing?: Rule['whenPageMissing'];
  appliesWhen?: unknown;
  check?: unknown;
};

interface RuleFileSpec {
  category: CategoryDefinition;
  rules: RuleSpec[];
}

const MAX_ALIASES = 100;
const validateRuleFile = validatorFor('rule-file', runtimeRuleFileSchema);

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

/** Parse and validate one rule file; checks are compiled here, so every mistake is found at load. */
export function parseRuleFile(file: string, source: string, context: CompileContext = {}): { category: CategoryDefinition; rules: Rule[] } {
  const { doc, data, lineCounter } = readYaml(file, source, { kind: 'a YAML rule file', empty: 'a category and a list of rules' });
  const fail = (offset: number, reason: string, expected?: string): never => {
    throw errorAtOffset(file, source, offset, reason, expected);
  };
  const problem = validateRuleFile(data);
  if (problem) fail(offsetAt(doc, problem.path, problem.message.startsWith('unknown key') ? 'key' : 'value'), problem.message, problem.expected);
  const spec = data as RuleFileSpec;
  const rules = spec.rules.map((rule, index): Rule => {
    const at = (...path: InstancePath) => offsetAt(doc, ['rules', index, ...path]);
    if (rule.check === undefined && rule.manual === undefined) fail(at('id'), `rule ${rule.id} has neither a check nor manual instructions`, 'a "check" or a "manual" key');
    const compile = (key: 'check' | 'appliesWhen') => {
      try {
        return compileCheck(rule[key], [key], context);
      } catch (error) {
        if (error instanceof CheckSpecError) return fail(offsetAt(doc, ['rules', index, ...error.path], error.pointsAtKey ? 'key' : 'value'), error.message, error.expected);
        throw error;
      }
    };
    const { line, col } = lineCounter.linePos(at());
    return {
      id: rule.id,
      category: spec.category.id,
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
      notApplicableMessage: rule.notApplicableMessage,
      check: rule.check === undefined ? undefined : compile('check'),
      spec: { check: rule.check, appliesWhen: rule.appliesWhen },
      source: { file, line, column: col },
    };
  });
  return { category: spec.category, rules };
}

async function ruleFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const MAX_RULE_FILE_BYTES = 8 * 1024 * 1024;

/** Load every rule file of the given folders (or single files), in order; a later id may not repeat an earlier one. */
export async function loadRules(paths: string[], displayRoot = process.cwd(), context: CompileContext = {}): Promise<RuleSet> {
  const categories: CategoryDefinition[] = [];
  const rules: Rule[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new SourceFileError(relative(displayRoot, path) || path, 1, 1, 'rule folder or file not found', 'an existing folder of .yaml rule files');
    const files = info.isDirectory() ? await ruleFilesIn(path) : [path];
    for (const file of files) {
      const shown = relative(displayRoot, file) || file;
      const source = await readSmallFile(file, MAX_RULE_FILE_BYTES).catch((error: unknown) => {
        throw error instanceof FileProblem ? new SourceFileError(shown, 1, 1, `not a rule file: ${error.message}`, 'a .yaml rule file') : error;
      });
      const parsed = parseRuleFile(shown, source, context);
      if (!categories.some((c) => c.id === parsed.category.id)) categories.push(parsed.category);
      for (const rule of parsed.rules) {
        const earlier = rules.find((r) => r.id === rule.id);
        if (earlier) {
          throw new SourceFileError(
            shown,
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
