import { PRIMITIVES } from '../primitives/index.js';
import { OptionError, type CompileContext } from '../primitives/primitive.js';
import { closestName } from './suggest.js';
import { validatorFor } from './validate.js';
import type { CheckResult, CheckStatus, CompiledCheck } from '../primitives/contract.js';

export type InstancePath = (string | number)[];

/** A mistake in a check, located by its path in the rule file. */
export class CheckSpecError extends Error {
  constructor(
    message: string,
    readonly path: InstancePath,
    readonly expected?: string,
    /** True when the key itself is wrong (an unknown check name), not its value. */
    readonly pointsAtKey = false,
  ) {
    super(message);
  }
}

export const COMBINATORS = ['all', 'any', 'none', 'not', 'decide'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function combineAll(results: CheckResult[]): CheckResult {
  const failed = results.filter((r) => r.status === 'fail');
  const status: CheckStatus = failed.length ? 'fail' : results.some((r) => r.status === 'unknown') ? 'unknown' : 'pass';
  const relevant = status === 'pass' ? results : results.filter((r) => r.status === status);
  return { status, evidence: relevant.flatMap((r) => r.evidence), note: notes(relevant) };
}

function combineAny(results: CheckResult[]): CheckResult {
  const passed = results.filter((r) => r.status === 'pass');
  if (passed.length) return { status: 'pass', evidence: passed.flatMap((r) => r.evidence) };
  const status: CheckStatus = results.some((r) => r.status === 'unknown') ? 'unknown' : 'fail';
  // "none of the alternatives was found" is what the rule's failure title already says; one alternative's note is kept
  return { status, evidence: results.flatMap((r) => r.evidence), note: results.length === 1 ? results[0]!.note : undefined };
}

/** The evidence of what was found stays: for a failed `not`, it is exactly what should not be there. */
function negate(result: CheckResult): CheckResult {
  if (result.status === 'unknown') return result;
  return { status: result.status === 'pass' ? 'fail' : 'pass', evidence: result.evidence };
}

function notes(results: CheckResult[]): string | undefined {
  const list = [...new Set(results.map((r) => r.note).filter((n): n is string => Boolean(n)))];
  return list.length ? list.join('; ') : undefined;
}

/** Turn a check as written in YAML into a function, validating primitive options on the way. */
export function compileCheck(spec: unknown, path: InstancePath, context: CompileContext = {}): CompiledCheck {
  if (!isRecord(spec)) {
    throw new CheckSpecError('a check must be a mapping with one key', path, `one of ${COMBINATORS.join(', ')} or a primitive: ${[...PRIMITIVES.keys()].join(', ')}`);
  }
  const keys = Object.keys(spec);
  if (keys.length !== 1) {
    throw new CheckSpecError(
      keys.length ? `a check has exactly one key, found ${keys.join(', ')}` : 'empty check',
      path,
      'wrap several checks in all: [...] or any: [...]',
    );
  }
  const key = keys[0]!;
  const value = spec[key];
  const here = [...path, key];
  switch (key) {
    case 'all':
    case 'any':
    case 'none': {
      if (!Array.isArray(value) || value.length === 0) throw new CheckSpecError(`${key} takes a non-empty list of checks`, here, 'a list');
      const children = value.map((child, i) => compileCheck(child, [...here, i], context));
      if (key === 'all') return (page, site) => combineAll(children.map((c) => c(page, site)));
      if (key === 'any') return (page, site) => combineAny(children.map((c) => c(page, site)));
      return (page, site) => negate(combineAny(children.map((c) => c(page, site))));
    }
    case 'not': {
      const child = compileCheck(value, here, context);
      return (page, site) => negate(child(page, site));
    }
    case 'decide': {
      // evidence either way, or an honest "cannot tell": a page that says neither is not a failure
      if (!isRecord(value) || Object.keys(value).some((k) => k !== 'pass' && k !== 'fail') || !('pass' in value) || !('fail' in value)) {
        throw new CheckSpecError('decide takes a "fail" check and a "pass" check', here, 'decide: { fail: CHECK, pass: CHECK }');
      }
      const failWhen = compileCheck(value.fail, [...here, 'fail'], context);
      const passWhen = compileCheck(value.pass, [...here, 'pass'], context);
      return (page, site) => {
        const failed = failWhen(page, site);
        if (failed.status === 'pass') return { status: 'fail', evidence: failed.evidence };
        const passed = passWhen(page, site);
        if (passed.status === 'pass') return { status: 'pass', evidence: passed.evidence };
        return { status: 'unknown', evidence: [], note: 'the page says neither' };
      };
    }
    default: {
      const primitive = PRIMITIVES.get(key);
      if (!primitive) {
        const suggestion = closestName(key, [...COMBINATORS, ...PRIMITIVES.keys()]);
        throw new CheckSpecError(
          `unknown check "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          here,
          `one of ${COMBINATORS.join(', ')}, ${[...PRIMITIVES.keys()].join(', ')}`,
          true,
        );
      }
      const options = value ?? {};
      const problem = validatorFor(primitive.name, primitive.schema)(options);
      if (problem) throw new CheckSpecError(`${key}: ${problem.message}`, [...here, ...problem.path], problem.expected, problem.message.startsWith('unknown key'));
      try {
        return primitive.compile(options, context);
      } catch (error) {
        if (error instanceof OptionError) throw new CheckSpecError(`${key}: ${error.message}`, [...here, ...error.path]);
        throw error;
      }
    }
  }
}

/** Whether a check as written in YAML rests on wording anywhere in it (see Primitive.readsWording). */
export function readsWording(spec: unknown): boolean {
  if (!isRecord(spec)) return false;
  return Object.entries(spec).some(([key, value]) => {
    if (key === 'all' || key === 'any' || key === 'none') return Array.isArray(value) && value.some(readsWording);
    if (key === 'not') return readsWording(value);
    if (key === 'decide') return isRecord(value) && (readsWording(value.fail) || readsWording(value.pass));
    const primitive = PRIMITIVES.get(key);
    return primitive !== undefined && primitive.readsWording(value ?? {});
  });
}
