import { Ajv } from 'ajv';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_PATH, RULES_SCHEMA_PATH } from '../../src/cli/schemas.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
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
  it('lists failures first with evidence, fix and benchmark, then passes, then not-applicable rules with the reason', async () => {
    const { stdout } = await cli(['examples/corner-shop', '--email', 'examples/corner-shop.eml']);
    const failed = stdout.search(/^Failed \(\d+\)$/m);
    const manual = stdout.search(/^Verify by hand \(\d+\)$/m);
    const passed = stdout.search(/^Passed \(\d+\)$/m);
    const na = stdout.search(/^Not applicable \(1\)$/m);
    expect(failed).toBeGreaterThan(0);
    expect(manual).toBeGreaterThan(failed);
    expect(passed).toBeGreaterThan(manual);
    expect(na).toBeGreaterThan(passed);
    expect(stdout).toMatch(/Score \d\d?\/100 \(poor\)/);
    expect(stdout).toMatch(/✖ checkout\.max-steps {2}The checkout has more than five steps: the checkout has 7 steps/);
    expect(stdout).toMatch(/fix {2}Merge steps/);
    expect(stdout).toMatch(/benchmark {2}Only 26% of the top-100 US online retailers offer an FAQ that can be searched/);
    expect(stdout).toMatch(/– returns\.unified {2}the store does not seem to have physical shops/);
    expect(stdout).toMatch(/not found: order-tracking page/);
    expect(stdout).toMatch(/\d+ passed, \d+ failed, 1 not applicable, 3 to verify by hand/);
    expect(stdout).toMatch(/\? cart\.cross-device {2}Log in on one device/);
  });

  it('is coloured on a terminal, and not with NO_COLOR or in a pipe', async () => {
    const ansi = /\u001b\[/;
    expect((await cli(['examples/corner-shop'], { tty: true })).stdout).toMatch(ansi);
    expect((await cli(['examples/corner-shop'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await cli(['examples/corner-shop'])).stdout).not.toMatch(ansi);
  });
});

describe('schemas', () => {
  it('the shipped rules schema is the one generated from the primitives', async () => {
    const { stdout } = await cli(['schema', 'rules']);
    expect(JSON.parse(await readFile(RULES_SCHEMA_PATH, 'utf8'))).toEqual(JSON.parse(stdout));
  });

  it('every built-in rule file is valid against the editor schema', async () => {
    const { parse } = await import('yaml');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(await readFile(RULES_SCHEMA_PATH, 'utf8')) as object);
    for (const file of (await readdir('rules')).filter((f) => f.endsWith('.yaml'))) {
      const data: unknown = parse(await readFile(join('rules', file), 'utf8'));
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
