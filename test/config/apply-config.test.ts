import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseAuditFlags, type RawAuditOptions } from '../../src/cli/options.js';
import { applyRuleOverrides, singlePrimitivePath } from '../../src/config/apply-config.js';
import { loadConfig, type Config } from '../../src/config/load-config.js';
import { DEFAULT_SETTINGS, mergeSettings, requestHeaders } from '../../src/config/settings.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import type { Rule, RuleSet } from '../../src/rules/types.js';
import { viewOf } from '../helpers/snapshot.js';
import { SourceFileError, UsageError } from '../../src/errors.js';

const FILE = 'careaudit.config.yaml';
let builtin: RuleSet;

beforeAll(async () => {
  builtin = await loadRules([BUILTIN_RULES_DIR]);
});

async function configOf(text: string, env: Record<string, string> = {}): Promise<Config> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-apply-'));
  await mkdir(join(dir, 'my-rules'));
  await writeFile(join(dir, FILE), text);
  return loadConfig(join(dir, FILE), env, dir);
}

const ruleOf = (set: RuleSet, id: string): Rule => {
  const rule = set.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

async function overrideError(text: string): Promise<SourceFileError> {
  const config = await configOf(text);
  try {
    applyRuleOverrides(builtin, config);
  } catch (error) {
    if (error instanceof SourceFileError) return error;
    throw error;
  }
  throw new Error('expected a SourceFileError');
}

const checkoutOf = (steps: number) =>
  `<ol class="checkout-steps">${Array.from({ length: steps }, (_, i) => `<li${i === 0 ? ' aria-current="step"' : ''}>Step ${i + 1}</li>`).join('')}</ol>`;

describe('applyRuleOverrides', () => {
  it('turns a rule off and leaves the others and the categories alone', async () => {
    const result = applyRuleOverrides(builtin, await configOf('rules:\n  contact.phone-visible: off\n'));
    expect(result.rules.map((r) => r.id)).toEqual(builtin.rules.map((r) => r.id).filter((id) => id !== 'contact.phone-visible'));
    expect(result.categories).toEqual(builtin.categories);
    expect(ruleOf(result, 'faq.searchable')).toBe(ruleOf(builtin, 'faq.searchable'));
  });

  it('sets a severity, in short or in a mapping, and a weight', async () => {
    const result = applyRuleOverrides(builtin, await configOf('rules:\n  faq.searchable: warn\n  contact.phone-visible: { severity: info, weight: 0.5 }\n  checkout.max-steps: { weight: 3 }\n'));
    expect(ruleOf(result, 'faq.searchable')).toMatchObject({ severity: 'warn', weight: ruleOf(builtin, 'faq.searchable').weight });
    expect(ruleOf(result, 'contact.phone-visible')).toMatchObject({ severity: 'info', weight: 0.5 });
    expect(ruleOf(result, 'checkout.max-steps')).toMatchObject({ severity: ruleOf(builtin, 'checkout.max-steps').severity, weight: 3 });
    expect(ruleOf(builtin, 'faq.searchable').severity).toBe('info'); // the loaded set is not changed
  });

  it('retunes the options of a rule made of one check', async () => {
    const original = ruleOf(builtin, 'checkout.max-steps');
    const tuned = ruleOf(applyRuleOverrides(builtin, await configOf('rules:\n  checkout.max-steps: { options: { max: 4 } }\n')), 'checkout.max-steps');
    const { page, site } = viewOf(checkoutOf(5), 'checkout');
    expect(original.check!(page, site).status).toBe('pass');
    expect(tuned.check!(page, site)).toMatchObject({ status: 'fail', note: 'the checkout has 5 steps; at most 4 expected' });
    expect(tuned.spec?.check).toEqual({ 'checkout-steps': { max: 4 } });
    expect(original.spec?.check).toEqual({ 'checkout-steps': { max: 5 } });
  });

  it('merges options into those of the YAML (a primitive written with {} too)', async () => {
    const tuned = ruleOf(applyRuleOverrides(builtin, await configOf('rules:\n  contact.phone-visible: { options: { min: 2 } }\n')), 'contact.phone-visible');
    const { page, site } = viewOf('<footer>Call us: <a href="tel:+12025550123">+1 202 555 0123</a></footer>');
    expect(ruleOf(builtin, 'contact.phone-visible').check!(page, site).status).toBe('pass');
    expect(tuned.check!(page, site).status).toBe('fail');
    expect(tuned.spec?.check).toEqual({ phone: { min: 2 } });
  });

  it('refuses options for a rule that combines several checks, at the options key', async () => {
    const error = await overrideError('extends: recommended\nrules:\n  faq.searchable:\n    options: { css: form }\n');
    expect([error.line, error.column]).toEqual([4, 5]);
    expect(error.reason).toBe('options can only tune rules made of one check: faq.searchable combines several checks');
  });

  it('reports an option the check does not accept at its key, and a bad value at the value', async () => {
    const unknown = await overrideError('rules:\n  checkout.max-steps: { options: { maxx: 4 } }\n');
    expect([unknown.line, unknown.column, unknown.reason]).toEqual([2, 36, 'checkout.max-steps: checkout-steps: unknown key "maxx" (did you mean "max"?)']);
    const bad = await overrideError('rules:\n  checkout.max-steps:\n    options:\n      max: 0\n');
    expect([bad.line, bad.column, bad.reason]).toEqual([4, 12, 'checkout.max-steps: checkout-steps: must be >= 1']);
  });

  it('skips ids the rule set does not hold (checkRuleIds reports them)', async () => {
    const result = applyRuleOverrides(builtin, await configOf('rules:\n  mine.unknown: off\n'));
    expect(result.rules).toHaveLength(builtin.rules.length);
  });
});

describe('singlePrimitivePath', () => {
  it('finds the one primitive, through combinators of one', () => {
    expect(singlePrimitivePath({ phone: {} })).toEqual(['phone']);
    expect(singlePrimitivePath({ any: [{ not: { text: { patterns: ['x'] } } }] })).toEqual(['any', 0, 'not', 'text']);
    expect(singlePrimitivePath({ any: [{ phone: {} }, { text: {} }] })).toBeUndefined();
    expect(singlePrimitivePath(undefined)).toBeUndefined();
  });
});

/** The flags as commander hands them over, parsed, merged with the config. */
const mergeOptions = (config: Config | undefined, flags: Partial<RawAuditOptions>) => mergeSettings(config, parseAuditFlags(flags));

describe('mergeSettings', () => {
  it('without a config or flags, gives what the defaults shown in --help give', () => {
    const settings = mergeOptions(undefined, {});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(mergeOptions(undefined, { format: 'text', failOn: 'error', maxPages: '20', concurrency: '4', timeout: '15' })).toEqual(settings);
  });

  it('takes the config, and the flags the user typed win', async () => {
    const config = await configOf(
      'country: pl\nthresholds: { score: 80, categories: { contact: 90 } }\nfailOn: warn\nmaxWarnings: 3\nlanguages: [pl]\nruleFolders: [./my-rules]\n' +
        'pages: { contact: ./kontakt.html, faq: https://shop.example/faq, email: ./order.eml }\n' +
        'request: { concurrency: 2, timeout: 0.5, maxPages: 7, ignoreRobots: true, userAgent: staging-bot, headers: { Authorization: "Bearer ${T}" }, cookies: { session: abc } }\n',
      { T: 'tok' },
    );
    const dir = config.path.slice(0, -FILE.length - 1);
    const fromConfig = mergeOptions(config, {});
    expect(fromConfig).toMatchObject({
      country: 'PL',
      gate: { minScore: 80, failOn: 'warn', maxWarnings: 3, categoryMinimums: { contact: 90 } },
      languages: ['pl'],
      rules: [join(dir, 'my-rules')],
      pages: [
        { role: 'contact', location: join(dir, 'kontakt.html') },
        { role: 'faq', location: 'https://shop.example/faq' },
      ],
      email: join(dir, 'order.eml'),
      concurrency: 2,
      timeoutMs: 500,
      maxPages: 7,
      ignoreRobots: true,
      userAgent: 'staging-bot',
      headers: { Authorization: 'Bearer tok', Cookie: 'session=abc' },
      builtinRules: true,
    });

    const flagged = mergeOptions(config, {
      country: 'lt',
      minScore: '50',
      failOn: 'none',
      concurrency: '8',
      rules: ['./more'],
      page: ['faq=./help.html'],
      email: 'other.eml',
      format: 'json',
    });
    expect(flagged).toMatchObject({ country: 'LT', gate: { minScore: 50, failOn: 'none', maxWarnings: 3 }, concurrency: 8, maxPages: 7, formats: ['json'], email: 'other.eml' });
    expect(flagged.rules).toEqual([join(dir, 'my-rules'), './more']);
    expect(flagged.pages).toEqual([
      { role: 'contact', location: join(dir, 'kontakt.html') },
      { role: 'faq', location: './help.html' },
    ]);
  });

  it('runs the built-in pack unless the config says extends: none', async () => {
    expect(mergeOptions(await configOf('extends: recommended\n'), {}).builtinRules).toBe(true);
    expect(mergeOptions(await configOf('country: US\n'), {}).builtinRules).toBe(true);
    expect(mergeOptions(await configOf('extends: none\n'), {}).builtinRules).toBe(false);
  });

  it('still rejects a bad flag', async () => {
    const config = await configOf('extends: recommended\n');
    expect(() => mergeOptions(config, { timeout: 'soon' })).toThrow(UsageError);
  });

  it('accepts the extremes the schema allows', async () => {
    const config = await configOf('thresholds: { score: 100 }\nrequest: { concurrency: 64, timeout: 600, maxPages: 1000 }\n');
    expect(mergeOptions(config, {})).toMatchObject({ gate: { minScore: 100 }, concurrency: 64, timeoutMs: 600_000, maxPages: 1000 });
  });
});

describe('requestHeaders', () => {
  it('adds cookies to a Cookie header, after one already set', () => {
    expect(requestHeaders({ 'X-A': '1' }, {})).toEqual({ 'X-A': '1' });
    expect(requestHeaders({ cookie: 'a=1' }, { b: '2', c: '3' })).toEqual({ Cookie: 'a=1; b=2; c=3' });
  });
});
