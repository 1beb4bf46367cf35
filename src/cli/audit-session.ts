import { resolve } from 'node:path';
import type { AcquireOptions } from '../acquire/site.js';
import { applyRuleOverrides } from '../config/apply-config.js';
import { checkRuleIds, findConfig, loadConfig, type Config } from '../config/load-config.js';
import type { Settings } from '../config/settings.js';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { loadRules } from '../rules/load.js';
import { selectRules } from '../rules/select.js';
import type { RuleSet } from '../rules/types.js';
import type { CliIO } from './io.js';
import { expandCategoryAliases } from './rule-aliases.js';

// Setting up an audit, the same for `careaudit <target>` and for every site of `careaudit batch`: the config
// file, the rule set, and what acquisition is given. Errors are thrown; failure.ts gives their exit code.

/** The size cap: at most this much of a page is read. */
const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** The config file: --config, else the one in the working directory, if any. */
export async function openConfig(configFlag: string | undefined, io: CliIO): Promise<{ path?: string; config?: Config }> {
  const path = configFlag ? resolve(io.cwd, configFlag) : findConfig(io.cwd);
  return { path, config: path ? await loadConfig(path, io.env, io.cwd) : undefined };
}

/**
 * The rules a run evaluates: the built-in pack (unless the config says extends: none) and the extra folders,
 * the config's `rules:` overrides applied, then --only and --skip. Loaded once; a batch shares them between sites.
 */
export async function loadRuleSet(settings: Settings, config: Config | undefined, cwd: string): Promise<RuleSet> {
  const folders = [...(settings.builtinRules ? [BUILTIN_RULES_DIR] : []), ...settings.rules.map((dir) => resolve(cwd, dir))];
  // the store's languages (config) narrow per-language patterns to those that can match its pages
  let ruleSet = await loadRules(folders, cwd, { languages: settings.languages });
  if (config) {
    const unknown = checkRuleIds(config, ruleSet.rules.map((r) => r.id), ruleSet.categories.map((c) => c.id));
    if (unknown) throw unknown;
    ruleSet = applyRuleOverrides(ruleSet, config);
  }
  return selectRules(ruleSet, expandCategoryAliases(ruleSet, settings.only), expandCategoryAliases(ruleSet, settings.skip));
}

/** How a site is read under these settings; `site` sets what is the site's own (target, pages, a shared agent). */
export function acquireOptions(settings: Settings, site: Pick<AcquireOptions, 'target'> & Partial<AcquireOptions>, cwd: string): AcquireOptions {
  return {
    role: settings.role,
    pages: settings.pages,
    email: settings.email,
    country: settings.country,
    maxPages: settings.maxPages,
    concurrency: settings.concurrency,
    timeoutMs: settings.timeoutMs,
    maxBytes: MAX_PAGE_BYTES,
    ignoreRobots: settings.ignoreRobots,
    userAgent: settings.userAgent,
    insecure: settings.insecure,
    headers: settings.headers,
    checkoutFlow: settings.checkoutFlow,
    cwd,
    ...site,
  };
}
