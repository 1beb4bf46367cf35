import { CheckSpecError, COMBINATORS, compileCheck, type InstancePath } from '../rules/compile-check.js';
import type { Rule, RuleSet } from '../rules/types.js';
import type { Config, RuleOverride } from './load-config.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where the one primitive of a check is (e.g. ['checkout-steps'], or ['any', 0, 'phone'] for a combinator
 * around a single check); undefined when the check combines several.
 */
export function singlePrimitivePath(spec: unknown, path: InstancePath = []): InstancePath | undefined {
  if (!isRecord(spec)) return undefined;
  const keys = Object.keys(spec);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const value = spec[key];
  if (key === 'not') return singlePrimitivePath(value, [...path, key]);
  if ((COMBINATORS as readonly string[]).includes(key)) {
    return Array.isArray(value) && value.length === 1 ? singlePrimitivePath(value[0], [...path, key, 0]) : undefined;
  }
  return [...path, key];
}

/** A copy of a check spec with the value at a path replaced. */
function replaceAt(spec: unknown, path: InstancePath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(spec) && typeof head === 'number') return spec.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (isRecord(spec) && typeof head === 'string') return { ...spec, [head]: replaceAt(spec[head], rest, replacement) };
  return spec;
}

function valueAt(spec: unknown, path: InstancePath): unknown {
  let node = spec;
  for (const segment of path) node = Array.isArray(node) || isRecord(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

/** The rule with its single check recompiled with the config's options merged over those of its YAML. */
function retune(rule: Rule, options: Record<string, unknown>, config: Config): Rule {
  const at = ['rules', rule.id, 'options'];
  const spec = rule.spec?.check;
  const primitive = spec === undefined ? undefined : singlePrimitivePath(spec);
  if (!primitive) {
    const why = spec === undefined ? `${rule.id} has no check to tune (it is verified by hand)` : `${rule.id} combines several checks`;
    throw config.locate.errorAt(at, `options can only tune rules made of one check: ${why}`, 'severity or weight only; to change what it checks, turn it off and add your own rule', 'key');
  }
  const written = valueAt(spec, primitive) ?? {};
  if (!isRecord(written)) throw config.locate.errorAt(at, `options cannot be merged into the ${String(primitive.at(-1))} check of ${rule.id}`, undefined, 'key');
  const tuned = replaceAt(spec, primitive, { ...written, ...options });
  try {
    return { ...rule, check: compileCheck(tuned, ['check'], { languages: config.languages }), spec: { ...rule.spec, check: tuned } };
  } catch (error) {
    if (!(error instanceof CheckSpecError)) throw error;
    // the error's path runs through the rule's check to the primitive; what follows is inside the options
    const inside = error.path.slice(primitive.length + 1);
    throw config.locate.errorAt([...at, ...inside], `${rule.id}: ${error.message}`, error.expected, error.pointsAtKey ? 'key' : 'value');
  }
}

/**
 * The rule set with the config's `rules:` applied: off removes a rule, severity and weight replace, options
 * retune its single check. Ids the set does not hold are skipped: check them first with checkRuleIds.
 */
export function applyRuleOverrides(ruleSet: RuleSet, config: Config): RuleSet {
  const rules: Rule[] = [];
  for (const rule of ruleSet.rules) {
    const override: RuleOverride | undefined = Object.hasOwn(config.rules, rule.id) ? config.rules[rule.id] : undefined;
    if (!override) {
      rules.push(rule);
      continue;
    }
    if (override.off) continue;
    let changed: Rule = {
      ...rule,
      ...(override.severity ? { severity: override.severity } : {}),
      ...(override.weight === undefined ? {} : { weight: override.weight }),
    };
    if (override.options) changed = retune(changed, override.options, config);
    rules.push(changed);
  }
  return { categories: ruleSet.categories, rules };
}
