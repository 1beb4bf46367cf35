/**
 * Every pattern the built-in pack runs over page text is linear: a page made of one long run of digits,
 * letters, spaces or punctuation is audited in about a second. The email patterns once backtracked
 * quadratically (`[\w.+-]+@` retried from every character of a run): 200 KB of digits took a minute and
 * a run past the 500,000-character text cap never finished; so did `https?://\S+/…` on "http://http://…".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { MAX_VISIBLE_TEXT } from '../../src/page/visible-text.js';
import type { PageRole } from '../../src/snapshot.js';
import { snapshotOf } from '../helpers/snapshot.js';

const ROLES: PageRole[] = ['home', 'contact', 'faq', 'returns', 'shipping', 'cart', 'checkout', 'email'];
const runs: [string, string][] = [
  ['digits', '7'],
  ['letters', 'a'],
  ['spaces', ' '],
  ['dotted numbers', '1.'],
  ['dashes', '- '],
  ['punctuation', '-.,:;/'],
  ['addresses glued together', 'a@'],
  ['spelled-out addresses', 'a (at) '],
  ['addresses of web pages glued together', 'http://'],
];

describe('patterns over page text on hostile runs (past the text cap)', () => {
  let ruleSet: RuleSet;
  beforeAll(async () => {
    ruleSet = await loadRules([BUILTIN_RULES_DIR], PACKAGE_ROOT);
  });

  it.each(runs)('a page of %s is audited by every rule in seconds', (_name, unit) => {
    const body = unit.repeat(Math.ceil((MAX_VISIBLE_TEXT + 10_000) / unit.length));
    const html = `<html><body><p>x${body}x</p></body></html>`;
    const started = performance.now();
    // one page in every role: each rule reads it, and its derived views (text, phones) are computed once
    const snapshot = snapshotOf({ home: html });
    snapshot.pages[0]!.roles = ROLES;
    const results = evaluate(ruleSet.rules, snapshot);
    // a few seconds at most today (phone parsing is linear but not cheap); the quadratic email patterns
    // alone took minutes on such a page
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
  }, 60_000);
});
