import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import { fixtureFolderOf, readFixtures } from '../../src/acquire/fixtures.js';
import { runRuleTests, type RuleTestRun } from '../../src/rules/rule-tests.js';
import type { RuleSet } from '../../src/rules/types.js';

// The same run as `careaudit rules test`, so `npm test` proves every built-in rule on its fixtures.
describe('the built-in rule pack on its fixtures (rules/<category>/<rule-id>/)', () => {
  let ruleSet: RuleSet;
  let run: RuleTestRun;
  beforeAll(async () => {
    ruleSet = await loadRules([BUILTIN_RULES_DIR], PACKAGE_ROOT);
    // a FixtureError (unknown rule folder, bad fixture name) fails here with every problem listed
    run = runRuleTests(ruleSet, await readFixtures(ruleSet.rules, { testsDir: join(BUILTIN_RULES_DIR, 'tests'), display: (path) => relative(PACKAGE_ROOT, path) }));
    // hundreds of fixtures: longer than a hook's default 10 s on a busy machine
  }, 120_000);

  it('every fixture gets the outcome its name expects', () => {
    const mismatches = run.rules.flatMap((r) => r.fixtures.filter((f) => !f.ok).map((f) => `${f.file}: expected ${f.expect}, got ${f.got} (${f.message})`));
    expect(mismatches, `${mismatches.length} fixture(s) failed; run: careaudit rules test`).toEqual([]);
  });

  it('every automatic rule has at least one pass and one fail fixture', () => {
    const missing = ruleSet.rules
      .filter((rule) => rule.check !== undefined)
      .flatMap((rule) => {
        const fixtures = run.rules.find((r) => r.id === rule.id)?.fixtures ?? [];
        const lacks = (['pass', 'fail'] as const).filter((expect) => !fixtures.some((f) => f.expect === expect));
        return lacks.length ? [`${rule.id}: no ${lacks.join(' and no ')} fixture in ${relative(PACKAGE_ROOT, fixtureFolderOf(rule))}/`] : [];
      });
    expect(missing, `${missing.length} rule(s) without both a pass and a fail fixture`).toEqual([]);
  });
});
