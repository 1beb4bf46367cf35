/**
 * The rule engine on random sites: for the built-in pack (and random user rules on top), `evaluate` returns
 * one result per rule with a known status and never throws; scoring, the gate, the report and every
 * formatter hold up on whatever it returns, and the JSON report fits its shipped schema.
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_PATH } from '../../src/cli/schemas.js';
import { FORMATTERS } from '../../src/format/index.js';
import { applyGate } from '../../src/gate.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { buildReport } from '../../src/report/report.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { loadRules, parseRuleFile } from '../../src/rules/load.js';
import { OUTCOMES, type Rule, type RuleSet } from '../../src/rules/types.js';
import { categoryScores, weightedScore } from '../../src/score.js';
import { PAGE_ROLES, type Page, type PageRole, type RoleAssignment, type Snapshot } from '../../src/snapshot.js';
import { anyHtml, countryHint, plausibleRule, yamlOf } from './arbitraries.js';

let builtin: RuleSet;
let validateReport: (data: unknown) => boolean;
beforeAll(async () => {
  builtin = await loadRules([BUILTIN_RULES_DIR]);
  const schema = JSON.parse(await readFile(REPORT_SCHEMA_PATH, 'utf8')) as object;
  validateReport = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);
});

const pageArb: fc.Arbitrary<Page> = fc
  .record({
    html: anyHtml,
    roles: fc.subarray([...PAGE_ROLES], { maxLength: 3 }),
    status: fc.constantFrom<Page['status']>('ok', 'ok', 'ok', 'failed', 'skipped'),
    n: fc.nat({ max: 1000 }),
  })
  .map(({ html, roles, status, n }) => ({
    url: `https://shop.example/p${n}`,
    roles,
    status,
    headers: {},
    html: status === 'ok' ? html : '',
    ...(status === 'ok' ? {} : { error: 'HTTP 404' }),
  }));

/** A snapshot as acquisition could hand it over: pages with roles, assignments (some unavailable), a country. */
const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .record({ pages: fc.array(pageArb, { minLength: 1, maxLength: 4 }), country: countryHint, extraRoles: fc.subarray([...PAGE_ROLES], { maxLength: 2 }) })
  .map(({ pages, country, extraRoles }) => {
    const roles: RoleAssignment[] = [];
    for (const page of pages) {
      for (const role of page.roles) {
        if (!roles.some((r) => r.role === role)) roles.push({ role, url: page.url, source: 'link', reason: 'test', available: page.status === 'ok', ...(page.status === 'ok' ? {} : { error: page.error }) });
      }
    }
    // a role whose link exists but whose page was never read
    for (const role of extraRoles) if (!roles.some((r) => r.role === role)) roles.push({ role, url: 'https://shop.example/gone', source: 'link', reason: 'test', available: false, error: 'HTTP 500' });
    const missingRoles = PAGE_ROLES.filter((r): r is PageRole => r !== 'home' && r !== 'email' && !roles.some((a) => a.role === r));
    return { target: 'https://shop.example/', kind: 'url' as const, pages, roles, missingRoles, ...(country === undefined ? {} : { country }) };
  });

/** evaluate, then everything the CLI does with the results; returns the statuses for further checks. */
function auditAndRender(rules: Rule[], categories: RuleSet['categories'], snapshot: Snapshot): void {
  const results = evaluate(rules, snapshot);
  expect(results).toHaveLength(rules.length);
  results.forEach((result, i) => {
    expect(result.rule).toBe(rules[i]);
    expect(OUTCOMES).toContain(result.status);
    expect(typeof result.message).toBe('string');
    expect(result.evidence.length).toBeLessThanOrEqual(8);
  });
  const score = weightedScore(results);
  if (score !== undefined) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
  const report = buildReport({
    tool: { name: 'careaudit', version: '0.0.0-test' },
    snapshot,
    results,
    categories,
    gate: applyGate(score, categoryScores(results, categories), results, { failOn: 'warn', minScore: 50 }),
    startedAt: new Date(0),
    durationMs: 1,
  });
  for (const [name, formatter] of Object.entries(FORMATTERS)) {
    const out = formatter(report, { color: name === 'text' });
    expect(typeof out).toBe('string');
    if (name === 'json') expect(validateReport(JSON.parse(out))).toBe(true);
  }
}

describe('evaluate on random sites', () => {
  it('the built-in pack: one result per rule, each pass|fail|na|manual|error, never a throw', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        auditAndRender(builtin.rules, builtin.categories, snapshot);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('built-in rules never end as "error" on any page (an error is a bug in a rule or a primitive)', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const errors = evaluate(builtin.rules, snapshot).filter((r) => r.status === 'error');
        expect(errors.map((r) => `${r.rule.id}: ${r.message}`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('random user rules on top of the pack: still one known status per rule', () => {
    const header = 'category:\n  id: gifts\n  title: Gifts\nrules:\n';
    // only rule files that load: the load errors themselves are covered in yaml-files.test.ts
    const userRules = yamlOf(fc.uniqueArray(plausibleRule, { minLength: 1, maxLength: 3, selector: (r) => r.id }))
      .map((body) => {
        try {
          return parseRuleFile('mine.yaml', header + body.replace(/^/gm, '  '));
        } catch {
          return undefined;
        }
      })
      .filter((parsed): parsed is ReturnType<typeof parseRuleFile> => parsed !== undefined);
    fc.assert(
      fc.property(userRules, snapshotArb, (mine, snapshot) => {
        auditAndRender([...builtin.rules, ...mine.rules], [...builtin.categories, mine.category], snapshot);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
