/**
 * `careaudit rules list`, `careaudit explain RULE-ID` and `careaudit rules test [DIR]`: what the rule pack
 * holds, what one rule does, and whether each rule gives the verdict its fixtures expect.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { Document, isScalar, visit } from 'yaml';
import { FixtureError, fixtureFolderOf, readFixtures } from '../acquire/fixtures.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';
import { PRIMITIVES } from '../primitives/index.js';
import { loadRules } from '../rules/load.js';
import { runRuleTests, type RuleTestRun } from '../rules/rule-tests.js';
import { closestName } from '../rules/suggest.js';
import type { CategoryDefinition, Rule, RuleSet } from '../rules/types.js';
import { ROLE_LABELS } from '../snapshot.js';
import { DEFAULT_WIDTH, truncate, wrap as wrapTo, wrapAfter } from '../format/wrap.js';
import { EXIT, type CliIO, colorOn, reportUsageError, terminalWidth } from './io.js';
import { SourceFileError, UsageError } from '../errors.js';

/** Bumped when a field of `rules list --format json` changes meaning or disappears. */
export const RULES_LIST_SCHEMA_VERSION = 1;

export interface RawRulesListOptions {
  format: string;
  rules: string[];
}

export interface RawExplainOptions {
  rules: string[];
}

export interface RawRulesTestOptions {
  format: string;
}

export type RuleListEntry = Pick<Rule, 'id' | 'category' | 'title' | 'failureTitle' | 'description' | 'fix' | 'benchmark' | 'severity' | 'weight' | 'pages'> & {
  manual: boolean;
};

export interface RuleList {
  schemaVersion: typeof RULES_LIST_SCHEMA_VERSION;
  categories: CategoryDefinition[];
  rules: RuleListEntry[];
}

const LIST_FORMATS = ['text', 'json'] as const;
type ListFormat = (typeof LIST_FORMATS)[number];

function parseFormat(value: string): ListFormat {
  if (!(LIST_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${LIST_FORMATS.join(', ')} (got "${value}")`);
  return value as ListFormat;
}

function colors(io: CliIO): ChalkInstance {
  return new Chalk({ level: colorOn(io) ? 1 : 0 });
}

const shown = (io: CliIO, path: string) => relative(io.cwd, path) || path;

/** The built-in pack plus the user's folders, as the audit loads them. */
function loadPack(io: CliIO, extra: string[]): Promise<RuleSet> {
  return loadRules([BUILTIN_RULES_DIR, ...extra.map((dir) => resolve(io.cwd, dir))], io.cwd);
}

/** Shared error handling: rule and fixture mistakes and bad flags are exit 2 with a message, never a stack. */
async function guarded(io: CliIO, action: () => Promise<number>): Promise<number> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SourceFileError) {
      io.stderr.write(`careaudit: error in a rule file\n${error.format()}\n`);
      return EXIT.usage;
    }
    if (error instanceof FixtureError) {
      io.stderr.write(`careaudit: cannot run the rule tests\n${error.problems.join('\n')}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) return reportUsageError(error, io);
    throw error;
  }
}

const pageLabel = (page: Rule['pages'][number]) => (page === 'any' ? 'every page read' : ROLE_LABELS[page]);

/* ------------------------------------------------------------ rules list */

export function ruleList(ruleSet: RuleSet): RuleList {
  return {
    schemaVersion: RULES_LIST_SCHEMA_VERSION,
    categories: ruleSet.categories.map((c) => ({ id: c.id, title: c.title })),
    rules: ruleSet.rules.map((r) => ({
      id: r.id,
      category: r.category,
      title: r.title,
      failureTitle: r.failureTitle,
      description: r.description,
      fix: r.fix,
      ...(r.benchmark ? { benchmark: r.benchmark } : {}),
      severity: r.severity,
      weight: r.weight,
      pages: r.pages,
      // a rule without a check is verified by hand and never scored
      manual: r.check === undefined,
    })),
  };
}

export function formatRuleListText(ruleSet: RuleSet, c: ChalkInstance, width = DEFAULT_WIDTH): string {
  const idWidth = Math.max(...ruleSet.rules.map((r) => r.id.length), 4);
  const weightWidth = Math.max(...ruleSet.rules.map((r) => String(r.weight).length), 1);
  const titleWidth = width - (2 + idWidth + 2 + 5 + 2 + weightWidth + 2);
  const out: string[] = [];
  for (const category of ruleSet.categories) {
    const rules = ruleSet.rules.filter((r) => r.category === category.id);
    if (!rules.length) continue;
    if (out.length) out.push('');
    out.push(`${c.bold(category.title)} ${c.gray(`(${category.id})`)}`);
    for (const r of rules) {
      const title = truncate(`${r.check ? '' : '[manual] '}${r.title}`, Math.max(10, titleWidth));
      out.push(`  ${r.id.padEnd(idWidth)}  ${r.severity.padEnd(5)}  ${String(r.weight).padStart(weightWidth)}  ${title}`);
    }
  }
  const manual = ruleSet.rules.filter((r) => !r.check).length;
  out.push(
    '',
    ...wrapTo(`${ruleSet.rules.length} rules in ${ruleSet.categories.length} categories${manual ? ` (${manual} verified by hand)` : ''}; columns: id, severity, weight, title.`, '', '', width),
    ...wrapTo('careaudit explain RULE-ID shows what a rule checks and how to fix a failure.', '', '', width),
  );
  return `${out.join('\n')}\n`;
}

export async function runRulesList(raw: RawRulesListOptions, io: CliIO): Promise<number> {
  return guarded(io, async () => {
    const format = parseFormat(raw.format);
    const ruleSet = await loadPack(io, raw.rules);
    io.stdout.write(format === 'json' ? `${JSON.stringify(ruleList(ruleSet), null, 2)}\n` : formatRuleListText(ruleSet, colors(io), terminalWidth(io)));
    return EXIT.passed;
  });
}

/* --------------------------------------------------------------- explain */

const COMBINATOR_WORDS: Record<string, string> = { all: 'all of:', any: 'any of:', none: 'none of:', not: 'not:' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A primitive's options as YAML; short lists of scalars on one line, long ones one item a line. */
function optionsYaml(options: unknown): string[] {
  if (!isRecord(options) || Object.keys(options).length === 0) return [];
  const doc = new Document(options);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar) && node.items.reduce((n, item) => n + String(isScalar(item) ? item.value : '').length + 4, 0) < 70) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false }).trimEnd().split('\n');
}

/** A check as written in YAML, as an indented tree: combinators in words, each primitive with what it does. */
export function describeCheck(spec: unknown, indent = '', width = DEFAULT_WIDTH): string[] {
  if (!isRecord(spec)) return [`${indent}${String(spec)}`];
  const [key, value] = Object.entries(spec)[0] ?? ['(empty)', undefined];
  const combinator = COMBINATOR_WORDS[key];
  if (combinator) {
    const children = Array.isArray(value) ? value : [value];
    return [`${indent}${combinator}`, ...children.flatMap((child) => describeCheck(child, `${indent}  `, width))];
  }
  const summary = PRIMITIVES.get(key)?.summary;
  return [...wrapTo(`${key}${summary ? ` — ${summary}` : ''}`, indent, `${indent}    `, width), ...optionsYaml(value).map((line) => `${indent}    ${line}`)];
}

/** The primitives a check as written uses, by name, in the order they appear. */
export function primitivesOf(spec: unknown): string[] {
  if (Array.isArray(spec)) return [...new Set(spec.flatMap(primitivesOf))];
  if (!isRecord(spec)) return [];
  return [...new Set(Object.entries(spec).flatMap(([key, value]) => (PRIMITIVES.has(key) ? [key] : primitivesOf(value))))];
}

/** A module of the package: its TypeScript source in a checkout, its compiled file in an installed package. */
function moduleFile(folder: string, name: string): string {
  const source = join(PACKAGE_ROOT, 'src', folder, `${name}.ts`);
  return existsSync(source) ? source : join(PACKAGE_ROOT, 'dist', folder, `${name}.js`);
}

/** Where a rule's parts are: its file, its primitives and the detectors they import, its fixtures folder. */
export interface RuleFiles {
  primitives: string[];
  detectors: string[];
  fixtures: string;
  /** How many fixture files are in the fixtures folder (0 when there is none). */
  fixtureCount: number;
}

export async function ruleFiles(rule: Rule): Promise<RuleFiles> {
  const primitives = primitivesOf([rule.spec?.appliesWhen, rule.spec?.notApplicableWhen, rule.spec?.check]).map((name) => moduleFile('primitives', name));
  const detectorNames = new Set<string>();
  for (const file of primitives) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const match of text.matchAll(/from '\.\.\/detectors\/([\w-]+)\.js'/g)) detectorNames.add(match[1] ?? '');
  }
  const fixtures = fixtureFolderOf(rule);
  const fixtureCount = (await readdir(fixtures).catch(() => [])).filter((name) => /\.(html?|eml)$/i.test(name)).length;
  return { primitives, detectors: [...detectorNames].map((name) => moduleFile('detectors', name)), fixtures, fixtureCount };
}

export function formatExplain(rule: Rule, ruleSet: RuleSet, c: ChalkInstance, width = DEFAULT_WIDTH, files?: RuleFiles, shownPath: (path: string) => string = (path) => path): string {
  const wrap = (text: string, indent: string) => wrapTo(text, indent, indent, width);
  const category = ruleSet.categories.find((cat) => cat.id === rule.category);
  const pages = rule.pages.map(pageLabel).join(', ');
  const led = (lead: string, shown: string, text: string) => wrapAfter(lead, shown, text, ' '.repeat(lead.length), width);
  const field = (name: string, value: string) => led(`  ${name.padEnd(12)}`, `  ${c.gray(name.padEnd(12))}`, value);
  const section = (heading: string, body: string) => ['', c.bold(heading), ...wrap(body, '  ')];
  const out = [
    ...led(`${rule.id} — `, `${c.bold(rule.id)} — `, rule.title),
    ...field('fails as', rule.failureTitle),
    ...field('category', category ? `${category.title} (${category.id})` : rule.category),
    ...field('severity', `${rule.severity}, weight ${rule.weight}`),
    ...field('pages', pages),
    ...field('checked', rule.check ? 'automatically' : 'by hand (shown as "verify by hand", never scored)'),
    ...field('defined at', `${rule.source.file}:${rule.source.line}:${rule.source.column}`),
    ...(files?.primitives.length ? field(files.primitives.length > 1 ? 'primitives' : 'primitive', files.primitives.map(shownPath).join(', ')) : []),
    ...(files?.detectors.length ? field(files.detectors.length > 1 ? 'detectors' : 'detector', files.detectors.map(shownPath).join(', ')) : []),
    ...(files ? field('fixtures', `${shownPath(files.fixtures)}/ (${files.fixtureCount ? `${files.fixtureCount} file${files.fixtureCount === 1 ? '' : 's'}` : 'none yet'})`) : []),
    ...section('Why it matters', rule.description),
    ...section('How to fix', rule.fix),
    ...(rule.benchmark ? section('Benchmark', rule.benchmark) : []),
    '',
    c.bold('How it is checked'),
  ];
  if (!rule.check) {
    out.push(...wrap(`By hand: ${rule.manual ?? 'verify by hand'}`, '  '));
    return `${out.join('\n')}\n`;
  }
  const missing = rule.whenPageMissing === 'fail' ? 'the rule fails' : 'the rule does not apply (na)';
  const where = rule.pages.map((p) => (p === 'any' ? pageLabel(p) : `the ${pageLabel(p)}`)).join(' or ');
  out.push(...wrap(`Looks at ${where}; when no such page was found, ${missing}.`, '  '));
  if (rule.alsoReads.length) {
    const related = rule.alsoReads.map((p) => (p === 'any' ? 'every other page read' : `the ${pageLabel(p)}`)).join(', ');
    const chapter = rule.subject ? ` (of a page with chapters, such as the terms, only the chapter about ${rule.subject})` : '';
    out.push(...wrap(`Also reads ${related}${chapter}: a pass there counts, also when the rule's own page is missing.`, '  '));
  }
  if (rule.spec?.appliesWhen !== undefined) {
    out.push('  Applies only when this holds on some page of the site:', ...describeCheck(rule.spec.appliesWhen, '    ', width));
    out.push(...wrap(`otherwise not applicable: ${rule.notApplicableMessage ?? 'does not apply to this store'}`, '    '));
  }
  if (rule.spec?.notApplicableWhen !== undefined) {
    out.push('  Not applicable when this holds on each of its own pages (and the check below does not pass):', ...describeCheck(rule.spec.notApplicableWhen, '    ', width));
    out.push(...wrap(`then: ${rule.notApplicableMessage ?? 'its pages show nothing to judge'}`, '    '));
  }
  out.push('  Passes when this holds on one of those pages:');
  out.push(...(rule.spec?.check !== undefined ? describeCheck(rule.spec.check, '    ', width) : ['    (the check as written is not available)']));
  return `${out.join('\n')}\n`;
}

export async function runExplain(id: string, raw: RawExplainOptions, io: CliIO): Promise<number> {
  return guarded(io, async () => {
    const ruleSet = await loadPack(io, raw.rules);
    const rule = ruleSet.rules.find((r) => r.id === id);
    if (!rule) {
      const suggestion = closestName(id, ruleSet.rules.map((r) => r.id));
      throw new UsageError(`no rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, 'careaudit rules list shows every rule id');
    }
    io.stdout.write(formatExplain(rule, ruleSet, colors(io), terminalWidth(io), await ruleFiles(rule), (path) => shown(io, path)));
    return EXIT.passed;
  });
}

/* ------------------------------------------------------------ rules test */

export function formatRuleTestsText(run: RuleTestRun, c: ChalkInstance, width = DEFAULT_WIDTH): string {
  const out: string[] = [];
  for (const rule of run.rules) {
    if (rule.fixtures.length === 0) {
      out.push(`${c.gray('–')} ${rule.id}  ${c.gray('no fixtures')}`);
      continue;
    }
    const failed = rule.fixtures.filter((f) => !f.ok);
    const langs = [...new Set(rule.fixtures.map((f) => f.lang))].sort().join(', ');
    const counts = failed.length ? `${failed.length} of ${rule.fixtures.length} fixtures failed` : `${rule.fixtures.length} fixture${rule.fixtures.length === 1 ? '' : 's'} passed`;
    out.push(`${failed.length ? c.red('✖') : c.green('✔')} ${rule.id}  ${counts} ${c.gray(`(${langs})`)}`);
    for (const f of failed) {
      out.push(`    ${f.file}: expected ${f.expect}, got ${c.bold(f.got)}`);
      out.push(...wrapTo(f.message, '      ', '      ', width).map((line) => c.gray(line)));
    }
  }
  out.push(...formatLanguageTable(run, c, Math.min(width, TABLE_WIDTH)));
  out.push(`${run.passed} passed, ${run.failed} failed`);
  return `${out.join('\n')}\n`;
}

/** The table of languages × rules fits a narrow terminal. */
const TABLE_WIDTH = 80;

/**
 * Rules as rows, languages as columns: each cell the number of fixtures, marked ✖ when some failed.
 * Languages that do not fit the width go on to a further block of the same rows.
 */
export function formatLanguageTable(run: RuleTestRun, c: ChalkInstance, width = TABLE_WIDTH): string[] {
  const rules = run.rules.filter((r) => r.fixtures.length > 0);
  if (!rules.length) return [];
  const cellText = (rule: (typeof rules)[number], lang: string) => {
    const count = rule.byLanguage[lang];
    return count ? `${count.fixtures}${count.failed ? '✖' : ''}` : '·';
  };
  // fixtures for any language head a narrow column as '*'
  const heading = (lang: string) => (lang === 'any' ? '*' : lang);
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const cellWidth = Math.max(2, ...run.languages.map((l) => heading(l).length), ...rules.flatMap((r) => run.languages.map((l) => cellText(r, l).length))) + 1;
  const perBlock = Math.max(1, Math.floor((width - idWidth) / cellWidth));
  const legend = `(✖: some failed${run.languages.includes('any') ? '; *: any language' : ''})`;
  const out = ['', `${c.bold('Fixtures by rule and language')} ${c.gray(legend)}`];
  for (let start = 0; start < run.languages.length; start += perBlock) {
    const languages = run.languages.slice(start, start + perBlock);
    out.push('', ' '.repeat(idWidth) + languages.map((l) => c.gray(heading(l).padStart(cellWidth))).join(''));
    for (const rule of rules) {
      const cells = languages.map((l) => {
        const text = cellText(rule, l).padStart(cellWidth);
        return rule.byLanguage[l]?.failed ? c.red(text) : rule.byLanguage[l] ? text : c.gray(text);
      });
      out.push(rule.id.padEnd(idWidth) + cells.join(''));
    }
  }
  out.push('');
  return out;
}

export async function runRulesTest(dir: string | undefined, raw: RawRulesTestOptions, io: CliIO): Promise<number> {
  return guarded(io, async () => {
    const format = parseFormat(raw.format);
    const rulesDir = dir === undefined ? BUILTIN_RULES_DIR : resolve(io.cwd, dir);
    if ((await stat(rulesDir).catch(() => undefined))?.isFile()) {
      throw new UsageError(`rules test takes a folder of rule files (got the file ${dir ?? rulesDir})`, "its fixtures go beside each rule's file in <rule-id>/, or in FOLDER/tests/<rule-id>/");
    }
    // a user's folder is tested on its own: its fixtures name its rules, not the built-in ones
    const ruleSet = await loadRules([rulesDir], io.cwd);
    const fixtures = await readFixtures(ruleSet.rules, { testsDir: join(rulesDir, 'tests'), display: (path) => shown(io, path) });
    const run = runRuleTests(ruleSet, fixtures);
    io.stdout.write(format === 'json' ? `${JSON.stringify(run, null, 2)}\n` : formatRuleTestsText(run, colors(io), terminalWidth(io)));
    return run.failed > 0 ? EXIT.gateFailed : EXIT.passed;
  });
}
