import { closestName } from './suggest.js';
import type { RuleSet } from './types.js';
import { UsageError } from '../errors.js';

/** --only / --skip: rule ids or category ids; an unknown one is a usage error, not a silent no-op. */
export function selectRules(ruleSet: RuleSet, only: string[], skip: string[]): RuleSet {
  const known = [...ruleSet.rules.map((r) => r.id), ...ruleSet.categories.map((c) => c.id)];
  for (const [flag, ids] of [['--only', only], ['--skip', skip]] as const) {
    for (const id of ids) {
      if (!known.includes(id)) {
        const suggestion = closestName(id, known);
        throw new UsageError(`${flag}: no rule or category "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, 'careaudit rules list shows every rule id');
      }
    }
  }
  const matches = (ids: string[], rule: { id: string; category: string }) => ids.includes(rule.id) || ids.includes(rule.category);
  return {
    categories: ruleSet.categories,
    rules: ruleSet.rules.filter((r) => (only.length === 0 || matches(only, r)) && !matches(skip, r)),
  };
}

