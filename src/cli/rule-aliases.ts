import type { RuleSet } from '../rules/types.js';

/**
 * --only / --skip ids with the rule-id prefixes read as their category: `email` is `order-email` (every
 * `email.*` rule is in it), `self-service` and `cart` likewise. A prefix shared by rules of several categories
 * (`checkout` and `cart` rules are both in checkout) stands for its rules' only category or stays as it is.
 */
export function expandCategoryAliases(ruleSet: RuleSet, ids: string[]): string[] {
  const known = new Set([...ruleSet.rules.map((r) => r.id), ...ruleSet.categories.map((c) => c.id)]);
  return ids.map((id) => {
    if (known.has(id)) return id;
    const categories = new Set(ruleSet.rules.filter((r) => r.id.startsWith(`${id}.`)).map((r) => r.category));
    return categories.size === 1 ? [...categories][0]! : id;
  });
}
