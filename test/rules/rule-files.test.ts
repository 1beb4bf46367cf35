import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtures } from '../../src/acquire/fixtures.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import { SourceFileError } from '../../src/errors.js';
import { runRuleTests, type RuleTestRun } from '../../src/rules/rule-tests.js';
import type { RuleSet } from '../../src/rules/types.js';
import { cli } from '../cli/run.js';

const rule = (id: string, pattern = 'gift ?wrap') => `id: ${id}
title: Gift wrapping is offered
failureTitle: No gift wrapping
description: Shoppers buy gifts.
fix: Offer gift wrapping.
severity: info
weight: 1
pages: [cart]
check:
  text: { patterns: ['${pattern}'] }
`;

const category = (id: string, order: number, rules: string[]) => `id: ${id}\ntitle: ${id[0]!.toUpperCase()}${id.slice(1)}\norder: ${order}\nrules:\n${rules.map((r) => `  - ${r}\n`).join('')}`;

const MULTI = `category:
  id: extra
  title: Extra
rules:
  - id: extra.note
    title: A note field
    failureTitle: No note field
    description: Shoppers add notes.
    fix: Add a note field.
    severity: info
    weight: 1
    pages: [cart]
    check:
      text: { patterns: ['note'] }
`;

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-rule-files-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Two category folders (the second listed first by order), a file of several rules, and a languages folder. */
const USER_PACK = {
  'gifts/category.yaml': category('gifts', 2, ['gifts.wrap', 'gifts.card']),
  'gifts/gifts.card.yaml': rule('gifts.card', 'gift card'),
  'gifts/gifts.wrap.yaml': rule('gifts.wrap'),
  'gifts/gifts.wrap/pass.en.html': '<p>Gift wrap for £2</p>',
  'gifts/gifts.wrap/fail.de.html': '<p>Warenkorb</p>',
  'gifts/gifts.wrap/fail.en.html': '<p>Free gift wrap!</p>',
  'care/category.yaml': category('care', 1, ['care.wash']),
  'care/care.wash.yaml': rule('care.wash', 'wash'),
  'extra.yaml': MULTI,
  'tests/extra.note/pass.en.html': '<p>Add a note</p>',
  'languages/xx.yaml': 'not: [a rule',
};

async function errorOf(files: Record<string, string>): Promise<SourceFileError> {
  const dir = await tree(files);
  const error: unknown = await loadRules([dir], dir).catch((e: unknown) => e);
  if (!(error instanceof SourceFileError)) throw new Error(`expected a SourceFileError, got ${String(error)}`);
  return error;
}

describe('the built-in pack, one file per rule', () => {
  let pack: RuleSet;
  beforeAll(async () => {
    pack = await loadRules([BUILTIN_RULES_DIR], PACKAGE_ROOT);
  });

  it('keeps its categories and rules in report order', () => {
    expect(pack.categories.map((c) => c.id)).toEqual(['contact', 'self-service', 'checkout', 'shipping', 'order-email', 'returns']);
    expect(pack.rules.slice(0, 3).map((r) => r.id)).toEqual(['contact.phone-visible', 'contact.page', 'contact.email-or-form']);
    expect(pack.rules.at(-1)?.id).toBe('returns.refund-time');
  });

  it('has each rule in rules/<category>/<rule-id>.yaml, its fixtures (if any) in rules/<category>/<rule-id>/', async () => {
    for (const r of pack.rules) {
      expect(r.source.file).toBe(join('rules', r.category, `${r.id}.yaml`));
      const beside = await readdir(join(BUILTIN_RULES_DIR, r.category));
      if (r.check) expect(beside, r.id).toContain(r.id);
    }
    expect(await readdir(BUILTIN_RULES_DIR)).not.toContain('tests');
  });
});

describe('users’ rule folders', () => {
  it('load category folders by their order, each in the order of its category.yaml, then files of several rules', async () => {
    const dir = await tree(USER_PACK);
    const { categories, rules } = await loadRules([dir], dir);
    expect(categories.map((c) => c.id)).toEqual(['care', 'gifts', 'extra']);
    expect(rules.map((r) => [r.id, r.category, r.source.file])).toEqual([
      ['care.wash', 'care', join('care', 'care.wash.yaml')],
      ['gifts.wrap', 'gifts', join('gifts', 'gifts.wrap.yaml')],
      ['gifts.card', 'gifts', join('gifts', 'gifts.card.yaml')],
      ['extra.note', 'extra', 'extra.yaml'],
    ]);
    expect(rules[0]?.source).toMatchObject({ line: 1, column: 1 });
  });

  it.each([
    ['a rule file named other than its id', { 'gifts/wrap.yaml': rule('gifts.wrap') }, /gifts\/wrap\.yaml:1:5: the rule "gifts\.wrap" is in a file named wrap\.yaml/],
    ['a rule its category.yaml does not list', { 'gifts/gifts.bow.yaml': rule('gifts.bow') }, /gifts\/gifts\.bow\.yaml:1:1: rule "gifts\.bow" is not listed in gifts\/category\.yaml/],
    ['a listed rule without a file', { 'gifts/category.yaml': category('gifts', 2, ['gifts.wrap', 'gifts.card', 'gifts.bow']) }, /gifts\/category\.yaml:7:5: no file for rule "gifts\.bow"/],
    ['a category.yaml without an order', { 'care/category.yaml': 'id: care\ntitle: Care\nrules: [care.wash]\n' }, /care\/category\.yaml:1:1: missing required key "order"/],
    ['a mistake inside a rule file', { 'care/care.wash.yaml': rule('care.wash').replace('severity: info', 'severity: critical') }, /care\/care\.wash\.yaml:6:11: must be one of: error, warn, info/],
  ])('%s is a located error', async (_name, files, message) => {
    const error = await errorOf({ ...USER_PACK, ...files });
    expect(error.format().split('\n')[0]).toMatch(message);
    expect(error.frame).toContain('^');
  });

  it('say that a file of one rule is read from its folder with a category.yaml', async () => {
    const dir = await tree({ 'care.wash.yaml': rule('care.wash') });
    const error = await loadRules([join(dir, 'care.wash.yaml')], dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).format()).toMatch(/^care\.wash\.yaml:1:5: this file holds one rule, which is read from its folder\n[\s\S]*expected: the folder, with a category\.yaml beside the rule/);
  });

  it('ignore the languages folder at the top of a rules folder', async () => {
    const dir = await tree({ 'languages/en.yaml': 'words: [a', 'care/category.yaml': category('care', 1, ['care.wash']), 'care/care.wash.yaml': rule('care.wash') });
    expect((await loadRules([dir], dir)).rules.map((r) => r.id)).toEqual(['care.wash']);
  });
});

describe('rules test on a folder of one-rule files', () => {
  let dir: string;
  let run: RuleTestRun;
  beforeAll(async () => {
    dir = await tree(USER_PACK);
    const ruleSet = await loadRules([dir], dir);
    run = runRuleTests(ruleSet, await readFixtures(ruleSet.rules, { testsDir: join(dir, 'tests'), display: (path) => relative(dir, path) }));
  });

  it('runs the fixtures beside each rule and in tests/<rule-id>/, counted by language', () => {
    expect(run.rules.map((r) => [r.id, r.fixtures.map((f) => f.file)])).toEqual([
      ['care.wash', []],
      ['gifts.wrap', [join('gifts', 'gifts.wrap', 'fail.de.html'), join('gifts', 'gifts.wrap', 'fail.en.html'), join('gifts', 'gifts.wrap', 'pass.en.html')]],
      ['gifts.card', []],
      ['extra.note', [join('tests', 'extra.note', 'pass.en.html')]],
    ]);
    expect(run.languages).toEqual(['de', 'en']);
    expect(run.rules[1]?.byLanguage).toEqual({ de: { fixtures: 1, failed: 0 }, en: { fixtures: 2, failed: 1 } });
  });

  it('prints a table of rules × languages, marking failures, and gives it in JSON', async () => {
    const text = await cli(['rules', 'test', dir], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('\n           de en\ngifts.wrap  1 2✖\nextra.note  ·  1\n\n3 passed, 1 failed\n');
    const json = JSON.parse((await cli(['rules', 'test', dir, '--format', 'json'])).stdout) as RuleTestRun;
    expect(json.languages).toEqual(['de', 'en']);
    expect(json.rules.find((r) => r.id === 'gifts.wrap')?.byLanguage.en).toEqual({ fixtures: 2, failed: 1 });
  });

  it('fits the built-in pack’s table in 80 columns', async () => {
    const out = await cli(['rules', 'test']);
    const table = out.stdout.slice(out.stdout.indexOf('Fixtures by rule and language'));
    expect(table.split('\n').length).toBeGreaterThan(30);
    for (const line of table.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  }, 120_000);

  it('refuses a fixture folder beside the rules that names no rule', async () => {
    const broken = await tree({ ...USER_PACK, 'gifts/gifts.wrpa/pass.en.html': '<p>gift wrap</p>' });
    const out = await cli(['rules', 'test', broken], { cwd: broken });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/gifts\/gifts\.wrpa: no rule "gifts\.wrpa" in these rules \(did you mean "gifts\.wrap"\?\)/);
  });
});

describe('careaudit explain', () => {
  it('names the files of the rule, its primitive and detector, and its fixtures folder', async () => {
    const out = (await cli(['explain', 'contact.hours'], { cwd: PACKAGE_ROOT })).stdout;
    expect(out).toContain('\n  defined at  rules/contact/contact.hours.yaml:');
    expect(out).toContain('\n  primitive   src/primitives/hours.ts\n');
    expect(out).toContain('\n  detector    src/detectors/hours.ts\n');
    expect(out).toMatch(/\n {2}fixtures {4}rules\/contact\/contact\.hours\/ \(\d+ files\)\n/);
  });

  it('says when a user’s rule has no fixtures yet', async () => {
    const dir = await tree(USER_PACK);
    const out = (await cli(['explain', 'care.wash', '--rules', dir], { cwd: dir })).stdout;
    expect(out).toContain('\n  primitive   ');
    expect(out).toContain(`\n  fixtures    ${join('care', 'care.wash')}/ (none yet)\n`);
  });
});
