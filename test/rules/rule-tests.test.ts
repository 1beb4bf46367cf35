import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { FixtureError, readFixtures } from '../../src/acquire/fixtures.js';
import { runRuleTests, type FixtureResult, type RuleTestRun } from '../../src/rules/rule-tests.js';
import { cli } from '../cli/run.js';
import { encodeLegacy as encode } from '../helpers/legacy-encode.js';

const RULES = `category:
  id: mine
  title: Mine
rules:
  - id: mine.gift-wrap
    title: Gift wrapping is offered
    failureTitle: No gift wrapping
    description: Shoppers buy gifts.
    fix: Offer gift wrapping.
    severity: info
    weight: 1
    pages: [cart]
    check:
      text:
        patterns:
          en: ['gift ?wrap']
          ru: ['подарочн(?:ая|ую) упаковк']
  - id: mine.faq
    title: An FAQ is linked
    failureTitle: No FAQ linked
    description: Answers at any hour.
    fix: Link an FAQ.
    severity: warn
    weight: 2
    pages: [home]
    check:
      page-found: { role: faq }
  - id: mine.email-phone
    title: The email has a phone number
    failureTitle: The email has no phone number
    description: Shoppers keep the email.
    fix: Add a phone number.
    severity: warn
    weight: 1
    pages: [email]
    check:
      phone: {}
  - id: mine.phone
    title: A phone number is on the home page
    failureTitle: No phone number on the home page
    description: Shoppers call.
    fix: Show a phone number.
    severity: error
    weight: 1
    pages: [home]
    check:
      phone: {}
  - id: mine.untested
    title: Hours are listed
    failureTitle: No hours listed
    description: Shoppers want to know when to call.
    fix: List your hours.
    severity: info
    weight: 1
    pages: [contact]
    check:
      text: { patterns: ['9 ?am'] }
`;


const html = (body: string, head = '') => `<!doctype html><html><head>${head}<title>Shop</title></head><body>${body}</body></html>`;

const eml = (body: string) =>
  ['From: Shop <orders@shop.example>', 'To: Ann <ann@example.com>', 'Subject: Your order 1234', 'Date: Mon, 6 May 2024 10:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

async function rulesFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-rule-tests-'));
  await writeTree(dir, { 'mine.yaml': RULES, ...files });
  return dir;
}

async function run(dir: string): Promise<RuleTestRun> {
  const ruleSet = await loadRules([dir], dir);
  return runRuleTests(ruleSet, await readFixtures(ruleSet.rules, { testsDir: join(dir, 'tests'), display: (path) => relative(dir, path) }));
}

const fixturesOf = (result: RuleTestRun, id: string): FixtureResult[] => result.rules.find((r) => r.id === id)?.fixtures ?? [];

const PASSING = {
  'tests/mine.gift-wrap/pass.en.html': html('<p>Gift wrap any order for £2.</p>'),
  'tests/mine.gift-wrap/fail.en.html': html('<p>Your cart: 2 items.</p>'),
  // windows-1251 bytes: decoded as the audit decodes pages, or the Russian pattern would not match
  'tests/mine.gift-wrap/pass.ru.windows-1251.html': encode(
    html('<p>Подарочная упаковка — бесплатно.</p>', '<meta charset="windows-1251">').replace('<html>', '<html lang="ru">'),
    'windows-1251',
  ),
  // the rule looks at the cart: a contact page alone leaves it not applicable
  'tests/mine.gift-wrap/na.any.contact-page.html': html('<p>Gift wrap</p>', '<meta name="careaudit-role" content="contact">'),
  // a home-page fixture: the link is discovered and recorded as a linked (unreadable) FAQ
  'tests/mine.faq/pass.en.html': html('<nav><a href="/help">Help</a> <a href="/about">About us</a></nav>'),
  'tests/mine.faq/pass.pl.canonical.html': html('<footer><a href="https://sklep.example/pomoc">Pomoc</a></footer>', '<link rel="canonical" href="https://sklep.example/">'),
  'tests/mine.faq/fail.en.html': html('<nav><a href="/about">About us</a> <a href="https://elsewhere.example/faq">FAQ</a></nav>'),
  'tests/mine.email-phone/pass.en.eml': eml('Thanks for your order. Questions? Call +48 22 123 45 67.'),
  'tests/mine.email-phone/fail.en.eml': eml('Thanks for your order. Order 1234, total 99.00.'),
  'tests/mine.phone/pass.en.country.html': html('<p>Call (503) 227-4455</p>', '<meta name="careaudit-country" content="US">'),
  'tests/mine.phone/README.md': 'notes are not fixtures',
};

describe('rule tests', () => {
  let dir: string;
  let result: RuleTestRun;
  beforeAll(async () => {
    dir = await rulesFolder({ ...PASSING, 'tests/mine.gift-wrap/fail.en.mismatch.html': html('<p>Free gift wrapping on all orders.</p>') });
    result = await run(dir);
  });

  it('runs every fixture of every rule, with its language and expectation from the file name', () => {
    expect(fixturesOf(result, 'mine.gift-wrap').map((f) => [f.file, f.lang, f.expect, f.got])).toEqual([
      [join('tests', 'mine.gift-wrap', 'fail.en.html'), 'en', 'fail', 'fail'],
      [join('tests', 'mine.gift-wrap', 'fail.en.mismatch.html'), 'en', 'fail', 'pass'],
      [join('tests', 'mine.gift-wrap', 'na.any.contact-page.html'), 'any', 'na', 'na'],
      [join('tests', 'mine.gift-wrap', 'pass.en.html'), 'en', 'pass', 'pass'],
      [join('tests', 'mine.gift-wrap', 'pass.ru.windows-1251.html'), 'ru', 'pass', 'pass'],
    ]);
    expect(result).toMatchObject({ passed: 10, failed: 1 });
  });

  it('reports a mismatch with what the rule said', () => {
    const mismatch = fixturesOf(result, 'mine.gift-wrap').find((f) => !f.ok);
    expect(mismatch).toMatchObject({ expect: 'fail', got: 'pass', message: 'Gift wrapping is offered', ok: false });
  });

  it('discovers the roles a home-page fixture links to, for page-found rules', () => {
    const faq = fixturesOf(result, 'mine.faq');
    expect(faq.map((f) => [f.expect, f.got])).toEqual([
      ['fail', 'fail'],
      ['pass', 'pass'],
      ['pass', 'pass'],
    ]);
    expect(faq[0]?.message).toMatch(/no FAQ \/ help centre found/);
  });

  it('reads .eml fixtures as the order email, and the country from careaudit-country', () => {
    expect(fixturesOf(result, 'mine.email-phone').map((f) => [f.expect, f.got])).toEqual([
      ['fail', 'fail'],
      ['pass', 'pass'],
    ]);
    expect(fixturesOf(result, 'mine.phone')).toMatchObject([{ lang: 'en', got: 'pass', ok: true }]);
  });

  it('lists a rule without fixtures with none', () => {
    expect(result.rules.find((r) => r.id === 'mine.untested')).toEqual({ id: 'mine.untested', fixtures: [], byLanguage: {} });
  });

  it('a page that is only linked from the home fixture is not applicable for rules that read it', async () => {
    const linked = await rulesFolder({ 'tests/mine.untested/na.en.html': html('<a href="/contact">Contact us</a>', '<meta name="careaudit-role" content="home">') });
    const fixture = fixturesOf(await run(linked), 'mine.untested')[0];
    expect(fixture).toMatchObject({ got: 'na', ok: true });
    expect(fixture?.message).toMatch(/contact page is linked \(https:\/\/store\.example\/contact\) but could not be read: not part of the fixture/);
  });

  it('exits 1 with the mismatch and a last line of counts; 0 when every fixture passes', async () => {
    const failing = await cli(['rules', 'test', dir], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✖ mine.gift-wrap  1 of 5 fixtures failed (any, en, ru)');
    expect(failing.stdout).toContain(`    ${join('tests', 'mine.gift-wrap', 'fail.en.mismatch.html')}: expected fail, got pass`);
    expect(failing.stdout).toContain('      Gift wrapping is offered');
    expect(failing.stdout).toContain('✔ mine.faq  3 fixtures passed (en, pl)');
    expect(failing.stdout).toContain('– mine.untested  no fixtures');
    expect(failing.stdout.trimEnd().split('\n').at(-1)).toBe('10 passed, 1 failed');

    const passing = await cli(['rules', 'test', await rulesFolder(PASSING)]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/\n10 passed, 0 failed\n$/);
  });

  it('prints JSON with --format json', async () => {
    const out = await cli(['rules', 'test', dir, '--format', 'json']);
    const parsed = JSON.parse(out.stdout) as RuleTestRun;
    expect(Object.keys(parsed)).toEqual(['rules', 'passed', 'failed', 'languages']);
    expect(parsed.rules.find((r) => r.id === 'mine.gift-wrap')?.fixtures[1]).toEqual({
      file: expect.stringContaining('fail.en.mismatch.html') as unknown,
      lang: 'en',
      expect: 'fail',
      got: 'pass',
      message: 'Gift wrapping is offered',
      ok: false,
    });
  });

  it.each([
    ['a folder for an unknown rule id', { 'tests/mine.gift-rap/pass.en.html': html('gift wrap') }, /tests\/mine\.gift-rap: no rule "mine\.gift-rap" in these rules \(did you mean "mine\.gift-wrap"\?\)/],
    ['a badly named fixture', { 'tests/mine.gift-wrap/good.en.html': html('gift wrap') }, /good\.en\.html: not a fixture name \(expected <pass\|fail\|na\|manual>\.<lang>/],
    ['an unknown role', { 'tests/mine.gift-wrap/pass.en.html': html('gift wrap', '<meta name="careaudit-role" content="basket">') }, /unknown careaudit-role "basket"/],
    ['a fixture outside a rule folder', { 'tests/pass.en.html': html('gift wrap') }, /a fixture must be in the folder of its rule/],
  ])('is an error (exit 2): %s', async (_name, files, message) => {
    const broken = await rulesFolder(files);
    await expect(run(broken)).rejects.toThrow(FixtureError);
    const out = await cli(['rules', 'test', broken], { cwd: broken });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('exit 2 for a broken rule file, as for an audit', async () => {
    const broken = await rulesFolder({ 'mine.yaml': RULES.replace('      text:\n        patterns:', '      txt:\n        patterns:') });
    const out = await cli(['rules', 'test', broken], { cwd: broken });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/mine\.yaml:\d+:\d+: unknown check "txt" \(did you mean "text"\?\)/);
  });
});
