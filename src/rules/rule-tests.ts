/**
 * Rule tests in the spirit of Semgrep's --test: each fixture (a snapshot of one page or email, with the
 * outcome its name expects) is evaluated by its rule alone, and the outcome is compared with the
 * expectation. Reading fixtures is acquisition (acquire/fixtures.ts); no terminal output here: the CLI formats.
 */
import { SiteContext } from '../view/site-context.js';
import type { Snapshot } from '../snapshot.js';
import { evaluateRule } from './evaluate.js';
import type { Outcome, RuleSet } from './types.js';

export const FIXTURE_EXPECTATIONS = ['pass', 'fail', 'na', 'manual'] as const;
export type FixtureExpectation = (typeof FIXTURE_EXPECTATIONS)[number];

/** One fixture, ready to run: the rule it tests, its language and expectation, and its page as a snapshot. */
export interface RuleFixture {
  ruleId: string;
  /** The fixture file, as shown to the user. */
  file: string;
  /** From the file name: a language code, or `any`. */
  lang: string;
  expect: FixtureExpectation;
  snapshot: Snapshot;
}

export interface FixtureResult {
  /** The fixture file, as shown to the user. */
  file: string;
  lang: string;
  expect: FixtureExpectation;
  got: Outcome;
  /** The rule's message for this fixture (why it passed, failed or did not apply). */
  message: string;
  ok: boolean;
}

/** How many fixtures of a rule are in one language, and how many of them failed. */
export interface LanguageCount {
  fixtures: number;
  failed: number;
}

export interface RuleTestResult {
  id: string;
  /** Empty when the rule has no fixtures. */
  fixtures: FixtureResult[];
  /** The fixtures counted by language, for the table of languages × rules. */
  byLanguage: Record<string, LanguageCount>;
}

export interface RuleTestRun {
  rules: RuleTestResult[];
  /** Counts of fixtures, not of rules. */
  passed: number;
  failed: number;
  /** Every language that has a fixture, sorted, with `any` last. */
  languages: string[];
}

function countByLanguage(fixtures: FixtureResult[]): Record<string, LanguageCount> {
  const counts: Record<string, LanguageCount> = {};
  for (const f of fixtures) {
    const count = (counts[f.lang] ??= { fixtures: 0, failed: 0 });
    count.fixtures++;
    if (!f.ok) count.failed++;
  }
  return counts;
}

const languageOrder = (a: string, b: string) => Number(a === 'any') - Number(b === 'any') || a.localeCompare(b);

/** Evaluate every fixture by its rule alone; a rule without fixtures is listed with none. */
export function runRuleTests(ruleSet: RuleSet, fixtures: readonly RuleFixture[]): RuleTestRun {
  const rules = ruleSet.rules.map((rule): RuleTestResult => {
    const results = fixtures
      .filter((f) => f.ruleId === rule.id)
      .map((f): FixtureResult => {
        const result = evaluateRule(rule, new SiteContext(f.snapshot));
        return { file: f.file, lang: f.lang, expect: f.expect, got: result.status, message: result.message, ok: result.status === f.expect };
      });
    return { id: rule.id, fixtures: results, byLanguage: countByLanguage(results) };
  });
  const all = rules.flatMap((r) => r.fixtures);
  const passed = all.filter((f) => f.ok).length;
  return { rules, passed, failed: all.length - passed, languages: [...new Set(all.map((f) => f.lang))].sort(languageOrder) };
}
