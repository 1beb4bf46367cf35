import { Ajv } from 'ajv';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_LINE_SCHEMA_PATH, CATEGORY_SCHEMA_PATH, REPORT_SCHEMA_PATH, RULE_SCHEMA_PATH, RULES_SCHEMA_PATH } from '../../src/cli/schemas.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import { formatText } from '../../src/format/text.js';
import type { Report } from '../../src/report/report.js';
import { cli } from './run.js';

const reportSchema = JSON.parse(await readFile(REPORT_SCHEMA_PATH, 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
const validateReport = ajv.compile(reportSchema);

const builtin = await loadRules([BUILTIN_RULES_DIR]);

describe('JSON report', () => {
  it.each([
    ['northwind-outfitters', (score: number) => score >= 90],
    ['corner-shop', (score: number) => score < 50],
  ])('of %s is valid against the shipped schema', async (store, scoreIsRight) => {
    const run = await cli([`examples/${store}`, '--email', `examples/${store}.eml`, '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(scoreIsRight(report.score!), `score ${report.score}`).toBe(true);
    expect(report.tool.name).toBe('careaudit');
    expect(new Date(report.startedAt).toISOString()).toBe(report.startedAt);
    expect(report.rules.map((r) => r.id)).toEqual(builtin.rules.map((r) => r.id));
  });

  it('carries evidence: E.164 phone numbers, step counts, how each page was found', async () => {
    const run = await cli(['examples/corner-shop', '--email', 'examples/corner-shop.eml', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;
    expect(rule('checkout.max-steps')).toMatchObject({ status: 'fail', severity: 'warn', evidence: [expect.objectContaining({ value: 7 })] });
    expect(rule('returns.unified').status).toBe('na');
    expect(report.missingRoles).toEqual(['order-tracking']);
    expect(report.gate).toEqual({ passed: false, reasons: [expect.stringContaining('contact.phone-visible')] });
    const strong = JSON.parse((await cli(['examples/northwind-outfitters', '--format', 'json'])).stdout) as Report;
    expect(strong.rules.find((r) => r.id === 'contact.phone-visible')?.evidence[0]).toMatchObject({ value: '+15035550142' });
    expect(strong.rules.find((r) => r.id === 'email.phone')).toMatchObject({ status: 'na', message: expect.stringMatching(/--email/) });
  });

  it('--only and --skip take rule and category ids', async () => {
    const only = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--only', 'contact,faq.present'])).stdout) as Report;
    const contact = builtin.rules.filter((r) => r.category === 'contact').map((r) => r.id);
    expect(only.rules.map((r) => r.id).sort()).toEqual([...contact, 'faq.present'].sort());
    const skip = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--skip', 'returns'])).stdout) as Report;
    expect(skip.rules.some((r) => r.category === 'returns')).toBe(false);
  });

  it('--output writes the report whole, with no temporary file left behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-out-'));
    const file = join(dir, 'report.json');
    const run = await cli(['examples/northwind-outfitters', '--format', 'json', '--output', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(validateReport(JSON.parse(await readFile(file, 'utf8')))).toBe(true);
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});

describe('text report', () => {
  const weak = ['examples/corner-shop', '--email', 'examples/corner-shop.eml'];

  it('opens with the score, the gate verdict and what to fix first, heaviest first; details below', async () => {
    const { stdout } = await cli(weak);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Corner Shop — careaudit 0.1.0 (examples/corner-shop)');
    expect(lines[1]).toMatch(/^Score \d\d?\/100 \(poor\)$/);
    expect(lines[2]).toMatch(/^Gate failed: 4 rule\(s\) of severity error failed/);
    const fixFirst = lines.findIndex((l) => /^Fix first \(26\)$/.test(l));
    expect(fixFirst).toBeGreaterThan(3);
    // after the coverage and country lines
    expect(fixFirst).toBeLessThan(10);
    // one line a failure, by severity × weight: errors, then warnings, then info-level ones
    const todo = lines.slice(fixFirst + 1, fixFirst + 27);
    expect(todo[0]).toMatch(/^ {2}error {2}contact\.phone-visible +Show your customer-service number/);
    const at = (id: string) => todo.findIndex((l) => l.includes(` ${id} `));
    expect(at('checkout.guest')).toBeLessThan(at('contact.hours'));
    expect(at('returns.window')).toBeLessThan(at('contact.live-chat'));
    expect(at('contact.hours')).toBeLessThan(at('contact.live-chat'));
    expect(todo.every((l) => /^ {2}(error|warn |info ) {2}\S/.test(l))).toBe(true);
    // the details follow, in the same order, with evidence and the whole fix
    const failed = stdout.search(/^Failed \(26\)$/m);
    expect(failed).toBeGreaterThan(stdout.indexOf('Categories'));
    expect(stdout.indexOf('✖ checkout.guest', failed)).toBeLessThan(stdout.indexOf('✖ contact.live-chat', failed));
    expect(stdout).toMatch(/✖ checkout\.max-steps {2}The checkout has more than five steps: the checkout has 7 steps/);
    expect(stdout).toMatch(/fix {2}Merge steps/);
    expect(stdout).toMatch(/– returns\.unified {2}the store does not seem to have physical shops/);
    expect(stdout).toMatch(/not found: order-tracking page/);
    expect(stdout).toMatch(/\? cart\.cross-device {2}Log in on one device/);
    expect(lines.at(-2)).toMatch(/^6 passed, 26 failed, 1 not applicable, 3 to verify by hand — \d+\.\d s$/);
  });

  it('lists passes compactly, and each with its evidence with --verbose', async () => {
    const compact = (await cli(weak)).stdout;
    expect(compact).toMatch(/^Passed \(6\)\n {2}contact\.page, contact\.email-or-form,/m);
    expect(compact).not.toMatch(/benchmark {2}/);
    const verbose = (await cli([...weak, '--verbose'])).stdout;
    expect(verbose).toMatch(/^ {2}✔ contact\.page {2}/m);
    expect(verbose).toMatch(/benchmark {2}Only 26% of the top-100 US online retailers offer an FAQ that can be searched/);
    expect(verbose).toMatch(/why {2}Shoppers with a problem look for a number to call/);
  });

  it('shows coverage and locale on the first screen when the report has them', async () => {
    const report = JSON.parse((await cli([...weak, '--format', 'json'])).stdout) as Report;
    report.coverage = { rolesLookedFor: 8, rolesRead: 6, notScored: [{ id: 'returns.unified', status: 'na', reason: 'no shops' }], warnings: ['The home page is built by scripts'] };
    report.locale = { country: 'GB', countryReason: 'from the phone numbers', language: 'en', languageReason: 'the pages\' lang attribute' };
    const lines = formatText(report, { color: false }).split('\n');
    const fixFirst = lines.findIndex((l) => l.startsWith('Fix first'));
    const coverage = lines.indexOf('Coverage: 6 of 8 page roles read; 1 check not scored');
    expect(coverage).toBeGreaterThan(1);
    expect(coverage).toBeLessThan(fixFirst);
    expect(lines[coverage + 1]).toBe('  ! The home page is built by scripts');
    expect(lines[coverage + 2]).toBe("Country: GB (from the phone numbers) · language: en (the pages' lang attribute)");
  });

  it('fits every line in the terminal width: the report, rules list and explain', async () => {
    // (explain shows a rule's patterns as written: a manual rule has none)
    for (const args of [weak, ['rules', 'list'], ['explain', 'cart.cross-device'], ['explain', 'contact.hours']]) {
      const { stdout } = await cli(args, { env: { COLUMNS: '60' } });
      const long = stdout.split('\n').filter((l) => Array.from(l).length > 60);
      expect(long, args.join(' ')).toEqual([]);
    }
    const wide = (await cli(weak, { env: { COLUMNS: '160' } })).stdout;
    expect(Math.max(...wide.split('\n').map((l) => Array.from(l).length))).toBeGreaterThan(100);
  });

  it('is coloured on a terminal, and not with NO_COLOR or in a pipe', async () => {
    const ansi = /\u001b\[/;
    expect((await cli(['examples/corner-shop'], { tty: true })).stdout).toMatch(ansi);
    expect((await cli(['examples/corner-shop'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await cli(['examples/corner-shop'])).stdout).not.toMatch(ansi);
  });
});

describe('schemas', () => {
  it('every line of a batch output is valid against the batch-line schema (careaudit schema batch-line)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-lines-'));
    const out = join(dir, 'out.jsonl');
    await cli(['batch', 'examples/batch/sites.yaml', '--out', out, '-q']);
    const printed = JSON.parse((await cli(['schema', 'batch-line'])).stdout) as object;
    expect(printed).toEqual(JSON.parse(await readFile(BATCH_LINE_SCHEMA_PATH, 'utf8')));
    const lines = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).addSchema(reportSchema).compile(printed);
    const records = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(records).toHaveLength(3);
    for (const record of records) expect(lines(record), JSON.stringify(lines.errors)).toBe(true);
    expect(lines({ id: 'x', target: 'x', status: 'failed', exitCode: 3, score: null, band: null, gate: { passed: false, reasons: [] }, error: 'down', finishedAt: '2026-01-01T00:00:00Z' })).toBe(true);
    expect(lines({ id: 'x', status: 'done' })).toBe(false);
  });

  it('careaudit schema lists the schemas; an unknown one is a usage error', async () => {
    const list = await cli(['schema']);
    expect(list.code).toBe(0);
    for (const name of ['report', 'batch-line', 'rules', 'config']) expect(list.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
    expect(JSON.parse((await cli(['schema', 'config'])).stdout)).toHaveProperty('$schema');
    const unknown = await cli(['schema', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown schema "nope"\nhint: careaudit schema report \| batch-line \| rules \| rule \| category \| config/);
  });

  it('says a band the same way in every human-readable output: "needs improvement"', async () => {
    const report = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--fail-on', 'none'])).stdout) as Report;
    report.band = 'needs-improvement';
    report.categories[0]!.band = 'needs-improvement';
    const { FORMATTERS } = await import('../../src/format/index.js');
    for (const format of ['text', 'markdown', 'junit', 'html'] as const) {
      const out = FORMATTERS[format](report, { color: false });
      expect(out, format).toMatch(/needs improvement/i);
      expect(out, format).not.toMatch(/(?<!band-)needs-improvement/); // a CSS class name is no word shown
    }
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-band-'));
    await writeFile(join(dir, 'sites.txt'), `${join(process.cwd(), 'examples/sklep-rowerowy')}\n`);
    const batch = await cli(['batch', join(dir, 'sites.txt'), '--out', join(dir, 'out.jsonl'), '-q']);
    expect(batch.stdout).not.toMatch(/needs-improvement/);
  });

  it.each([
    ['rules', RULES_SCHEMA_PATH],
    ['rule', RULE_SCHEMA_PATH],
    ['category', CATEGORY_SCHEMA_PATH],
  ])('the shipped %s schema is the one generated from the code', async (name, path) => {
    const { stdout } = await cli(['schema', name]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(stdout));
  });

  it('every built-in rule file and category.yaml is valid against its editor schema', async () => {
    const { parse } = await import('yaml');
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validateRule = ajv.compile(JSON.parse(await readFile(RULE_SCHEMA_PATH, 'utf8')) as object);
    const validateCategory = ajv.compile(JSON.parse(await readFile(CATEGORY_SCHEMA_PATH, 'utf8')) as object);
    const files = (await readdir('rules', { recursive: true })).filter((f) => f.endsWith('.yaml') && !f.startsWith('languages'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const validate = file.endsWith('category.yaml') ? validateCategory : validateRule;
      const data: unknown = parse(await readFile(join('rules', file), 'utf8'));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
