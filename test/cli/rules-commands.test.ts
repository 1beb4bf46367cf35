import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleList } from '../../src/cli/rules-commands.js';
import { cli } from './run.js';

const MINE = `category:
  id: gifts
  title: Gifts
rules:
  - id: gifts.wrapping
    title: Gift wrapping is offered
    failureTitle: No gift wrapping offered
    description: Shoppers buying presents look for gift wrapping before they pay.
    fix: Offer gift wrapping in the cart.
    benchmark: Most department stores offer it.
    severity: info
    weight: 1
    pages: [cart, shipping]
    whenPageMissing: fail
    appliesWhen:
      link: { text: ['^gifts$'] }
    notApplicableMessage: the store does not sell gifts
    check:
      any:
        - text:
            patterns:
              en: ['gift ?wrap']
              de: ['geschenkverpackung']
        - not:
            selector: { css: 'input[name*=gift i]' }
  - id: gifts.cards
    title: Gift cards work across devices
    failureTitle: Gift cards do not work across devices
    description: A gift card bought on a phone should be usable on a laptop.
    fix: Store gift cards in the account.
    severity: warn
    weight: 2
    pages: [any]
    manual: Buy a gift card on one device and redeem it on another.
`;

let mine: string;
beforeAll(async () => {
  mine = await mkdtemp(join(tmpdir(), 'careaudit-rules-cmd-'));
  await writeFile(join(mine, 'gifts.yaml'), MINE);
});

describe('careaudit rules list', () => {
  it('--format json: every rule with its category, severity, weight, pages, manual flag and docs', async () => {
    const run = await cli(['rules', 'list', '--format', 'json', '--rules', mine]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as RuleList;
    expect(list.schemaVersion).toBe(1);
    expect(list.categories).toContainEqual({ id: 'contact', title: 'Contact' });
    expect(list.categories.at(-1)).toEqual({ id: 'gifts', title: 'Gifts' });
    const phone = list.rules.find((r) => r.id === 'contact.phone-visible');
    expect(Object.keys(phone ?? {})).toEqual(['id', 'category', 'title', 'failureTitle', 'description', 'fix', 'benchmark', 'severity', 'weight', 'pages', 'manual']);
    expect(phone).toMatchObject({ category: 'contact', pages: ['home'], manual: false });
    expect(list.rules.find((r) => r.id === 'gifts.cards')).toEqual({
      id: 'gifts.cards',
      category: 'gifts',
      title: 'Gift cards work across devices',
      failureTitle: 'Gift cards do not work across devices',
      description: 'A gift card bought on a phone should be usable on a laptop.',
      fix: 'Store gift cards in the account.',
      severity: 'warn',
      weight: 2,
      pages: ['any'],
      manual: true,
    });
  });

  it('text: grouped by category, one line per rule with id, severity, weight and title, within 100 columns', async () => {
    const [text, json] = await Promise.all([cli(['rules', 'list', '--rules', mine]), cli(['rules', 'list', '--format', 'json', '--rules', mine])]);
    expect(text.code).toBe(0);
    const list = JSON.parse(json.stdout) as RuleList;
    const lines = text.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
    for (const category of list.categories) expect(lines).toContain(`${category.title} (${category.id})`);
    for (const rule of list.rules) {
      const line = lines.find((l) => l.startsWith(`  ${rule.id} `));
      expect(line, rule.id).toMatch(new RegExp(`^  ${rule.id.replace(/\./g, '\\.')} +${rule.severity} +${rule.weight}  ${rule.manual ? '\\[manual\\] ' : ''}\\S`));
      // a rule's line comes after its category's heading and before the next one
      const heading = list.categories.find((c) => c.id === rule.category)!;
      const headingAt = lines.indexOf(`${heading.title} (${heading.id})`);
      const nextHeading = lines.findIndex((l, i) => i > headingAt && /^\S/.test(l));
      expect(lines.indexOf(line!)).toBeGreaterThan(headingAt);
      expect(nextHeading === -1 || lines.indexOf(line!) < nextHeading).toBe(true);
    }
    expect(text.stdout).toContain('  gifts.wrapping ');
    expect(text.stdout).toMatch(/\n\d+ rules in \d+ categories \(\d+ verified by hand\)/);
  });

  it('2 for an unknown format or a broken rule folder', async () => {
    expect(await cli(['rules', 'list', '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of text, json \(got "xml"\)/) as unknown });
    expect(await cli(['rules', 'list', '--rules', 'no-such-rules'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no-such-rules:1:1: rule folder or file not found/) as unknown });
  });
});

describe('careaudit explain', () => {
  it('shows the docs of a built-in rule and where it is defined', async () => {
    const run = await cli(['explain', 'contact.phone-visible']);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^contact\.phone-visible — \S/);
    expect(out).toMatch(/\n {2}category {4}Contact \(contact\)\n/);
    expect(out).toMatch(/\n {2}severity {4}(error|warn|info), weight \d+\n/);
    expect(out).toMatch(/\n {2}pages {7}home page\n/);
    expect(out).toMatch(/\n {2}defined at {2}rules\/contact\/contact\.phone-visible\.yaml:\d+:\d+\n/);
    for (const heading of ['Why it matters', 'How to fix', 'Benchmark', 'How it is checked']) expect(out).toContain(`\n\n${heading}\n`);
    for (const line of out.trimEnd().split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('renders the check as written: combinators in words, primitives with what they do and their options', async () => {
    const run = await cli(['explain', 'gifts.wrapping', '--rules', mine], { cwd: mine });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  defined at  gifts.yaml:5:5\n');
    expect(run.stdout).toContain('  pages       cart, shipping / delivery page\n');
    expect(run.stdout).toContain(`How it is checked
  Looks at the cart or the shipping / delivery page; when no such page was found, the rule fails.
  Applies only when this holds on some page of the site:
    link — Links whose text and/or href match the patterns exist.
        text: [^gifts$]
    otherwise not applicable: the store does not sell gifts
  Passes when this holds on one of those pages:
    any of:
      text — The visible text of the page matches one of the patterns.
          patterns:
            en: [gift ?wrap]
            de: [geschenkverpackung]
      not:
        selector — Elements matching a CSS selector exist (min, optionally max, times).
            css: input[name*=gift i]
`);
  });

  it('says when its own pages show nothing to judge: an empty cart that says nothing about shipping', async () => {
    const run = await cli(['explain', 'checkout.costs-upfront']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Not applicable when this holds on each of its own pages (and the check below does not pass):\n    all of:\n      cart-empty — The page is an empty cart');
    expect(run.stdout).toMatch(/then: the cart careaudit could read is empty and says nothing about shipping/u);
  });

  it('says how a manual rule is verified', async () => {
    const run = await cli(['explain', 'gifts.cards', '--rules', mine]);
    expect(run.stdout).toContain('  checked     by hand');
    expect(run.stdout).toContain('  pages       every page read\n');
    expect(run.stdout).toMatch(/How it is checked\n {2}By hand: Buy a gift card on one device and redeem it on another\.\n$/);
  });

  it('2 for an unknown rule id, with a suggestion', async () => {
    const run = await cli(['explain', 'contact.phone-visibel']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('careaudit: no rule "contact.phone-visibel" (did you mean "contact.phone-visible"?)');
    expect(run.stderr).toContain('hint: careaudit rules list shows every rule id');
    expect(run.stdout).toBe('');
    expect((await cli(['explain'])).code).toBe(2);
  });
});

describe('careaudit rules test', () => {
  it('runs the fixtures of a rules folder and ends with the counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-rules-test-'));
    await writeFile(join(dir, 'gifts.yaml'), MINE.replace(/ {4}appliesWhen:[\s\S]*?notApplicableMessage: .*\n/, ''));
    await mkdir(join(dir, 'tests', 'gifts.wrapping'), { recursive: true });
    await writeFile(join(dir, 'tests', 'gifts.wrapping', 'pass.de.html'), '<p>Geschenkverpackung für 2 €</p>');
    await writeFile(join(dir, 'tests', 'gifts.wrapping', 'fail.en.html'), '<form><input name="gift_note"></form>');
    const run = await cli(['rules', 'test', dir]);
    expect(run.stdout).toBe(
      [
        '✔ gifts.wrapping  2 fixtures passed (de, en)',
        '– gifts.cards  no fixtures',
        '',
        'Fixtures by rule and language (✖: some failed)',
        '',
        '               de en',
        'gifts.wrapping  1  1',
        '',
        '2 passed, 0 failed',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);

    await writeFile(join(dir, 'tests', 'gifts.wrapping', 'na.en.html'), '<p>Gift wrap</p>');
    const failing = await cli(['rules', 'test', dir, '--format', 'json']);
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout)).toMatchObject({ passed: 2, failed: 1, rules: [{ id: 'gifts.wrapping' }, { id: 'gifts.cards', fixtures: [] }] });
  });

  it('2 when the folder is a file, or has no rules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-rules-test-'));
    await writeFile(join(dir, 'gifts.yaml'), MINE);
    expect((await cli(['rules', 'test', join(dir, 'gifts.yaml')])).stderr).toMatch(/rules test takes a folder of rule files/);
    expect((await cli(['rules', 'test', join(dir, 'none')])).code).toBe(2);
  });

  it('`careaudit rules` alone shows its commands and is a usage error', async () => {
    const run = await cli(['rules']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/list[\s\S]*test/);
  });
});

describe('subcommand options', () => {
  it('belong to the subcommand: audit --format json prints JSON', async () => {
    const run = await cli(['audit', 'examples/corner-shop', '--format', 'json', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: 1 });
  });
});
