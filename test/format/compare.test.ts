import { Ajv } from 'ajv';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_PATH } from '../../src/cli/schemas.js';
import { compareReports, regressionReasons } from '../../src/report/compare.js';
import type { Report } from '../../src/report/report.js';
import { exampleReport } from './hostile.js';

const baseline = await exampleReport('corner-shop');

const score = baseline.score!;
const contactScore = baseline.categories.find((c) => c.id === 'contact')!.score!;

/** A later audit of the same store: contact.page broke, and the score fell with it. */
function worse(): Report {
  const next = structuredClone(baseline);
  const rule = next.rules.find((r) => r.id === 'contact.page')!;
  rule.status = 'fail';
  next.score = score - 5;
  next.categories.find((c) => c.id === 'contact')!.score = contactScore - 10;
  return next;
}

describe('compareReports', () => {
  it('finds a pass that turned into a fail, and the lower score', () => {
    const comparison = compareReports(baseline, worse());
    expect(comparison.rules.find((r) => r.id === 'contact.page')).toMatchObject({ before: 'pass', after: 'fail', change: 'regressed' });
    expect(comparison.rules.filter((r) => r.change !== 'unchanged').map((r) => r.id)).toEqual(['contact.page']);
    expect(comparison.regressions).toEqual(['contact.page']);
    expect(comparison.improvements).toEqual([]);
    expect(baseline.rules.find((r) => r.id === 'contact.page')?.status).toBe('pass');
    expect(comparison.score).toMatchObject({ before: score, after: score - 5, delta: -5 });
    expect(comparison.scoreDropped).toBe(true);
    expect(comparison.categories.find((c) => c.id === 'contact')).toMatchObject({ before: contactScore, after: contactScore - 10, delta: -10 });
    const returns = baseline.categories.find((c) => c.id === 'returns')!.score;
    expect(comparison.categories.find((c) => c.id === 'returns')).toMatchObject({ before: returns, after: returns, delta: 0 });
    expect(regressionReasons(comparison)).toEqual(['contact.page passed in the baseline and now fails', `the score dropped from ${score} to ${score - 5}`]);
  });

  it('sees the way back as an improvement, and nothing to report', () => {
    const comparison = compareReports(worse(), baseline);
    expect(comparison.rules.find((r) => r.id === 'contact.page')).toMatchObject({ before: 'fail', after: 'pass', change: 'improved' });
    expect(comparison.improvements).toEqual(['contact.page']);
    expect(comparison.regressions).toEqual([]);
    expect(comparison.scoreDropped).toBe(false);
    expect(regressionReasons(comparison)).toEqual([]);
    expect(regressionReasons(compareReports(baseline, baseline))).toEqual([]);
  });

  it('marks rules only one side has as new or removed, and is null-safe on unscored reports and categories', () => {
    const previous = structuredClone(baseline);
    previous.rules = previous.rules.filter((r) => r.id !== 'faq.searchable');
    previous.score = null;
    previous.band = null;
    previous.categories = previous.categories.filter((c) => c.id !== 'checkout');
    const current = structuredClone(baseline);
    current.rules = current.rules.filter((r) => r.id !== 'email.phone');
    current.categories = current.categories.filter((c) => c.id !== 'order-email');

    const comparison = compareReports(previous, current);
    expect(comparison.rules.find((r) => r.id === 'faq.searchable')).toMatchObject({ before: 'absent', after: 'fail', change: 'new' });
    expect(comparison.rules.find((r) => r.id === 'email.phone')).toMatchObject({ before: 'fail', after: 'absent', change: 'removed' });
    expect(comparison.score).toMatchObject({ before: null, after: score, delta: null });
    expect(comparison.scoreDropped).toBe(false);
    const cat = (id: string) => baseline.categories.find((c) => c.id === id)!.score;
    expect(comparison.categories.find((c) => c.id === 'checkout')).toMatchObject({ before: null, after: cat('checkout'), delta: null });
    expect(comparison.categories.find((c) => c.id === 'order-email')).toMatchObject({ before: cat('order-email'), after: null, delta: null });
    expect(comparison.regressions).toEqual([]);
  });

  it('ranks the other moves by what they do to the score: losing a pass is worse, losing a fail is better', () => {
    const next = structuredClone(baseline);
    next.rules.find((r) => r.id === 'returns.policy')!.status = 'na';
    next.rules.find((r) => r.id === 'checkout.max-steps')!.status = 'manual';
    next.rules.find((r) => r.id === 'returns.unified')!.status = 'error';
    const changes = new Map(compareReports(baseline, next).rules.map((r) => [r.id, r.change]));
    expect(changes.get('returns.policy')).toBe('regressed');
    expect(changes.get('checkout.max-steps')).toBe('improved');
    expect(changes.get('returns.unified')).toBe('unchanged');
    // only pass → fail is a regression a gate names
    expect(compareReports(baseline, next).regressions).toEqual([]);
  });

  it('fits the shipped report schema as the optional `comparison` property', async () => {
    const schema = JSON.parse(await readFile(REPORT_SCHEMA_PATH, 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);
    const current = worse();
    const withComparison = { ...current, comparison: compareReports(baseline, current) };
    expect(validate(withComparison), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(current)).toBe(true);
    expect(validate({ ...current, comparison: { ...withComparison.comparison, extra: 1 } })).toBe(false);
  });
});
