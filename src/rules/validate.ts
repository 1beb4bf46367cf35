import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '../primitives/primitive.js';
import { closestName } from './suggest.js';

export interface ValidationProblem {
  message: string;
  /** Where in the validated value, as keys and indexes. */
  path: (string | number)[];
  expected?: string;
}

// schemas are compiled once per run and validate a few small documents: skip ajv's code optimiser
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { optimize: false } });
const compiled = new Map<string, ValidateFunction>();

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const TYPE_ARTICLES: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
const describeType = (t: unknown) => (Array.isArray(t) ? t : [t]).map((x) => TYPE_ARTICLES[String(x)] ?? String(x)).join(' or ');

/** Turn ajv's errors into the one a person should fix first, in words. */
export function explainErrors(errors: ErrorObject[]): ValidationProblem {
  const depth = (e: ErrorObject) => pointerToPath(e.instancePath).length + (e.keyword === 'additionalProperties' ? 1 : 0);
  const deepest = Math.max(...errors.map(depth));
  const here = errors.filter((e) => depth(e) === deepest);
  const types = here.filter((e) => e.keyword === 'type');
  if (types.length && types.length === here.filter((e) => !['oneOf', 'anyOf'].includes(e.keyword)).length) {
    const expected = [...new Set(types.map((e) => describeType(e.params.type)))].join(' or ');
    return { message: `must be ${expected}`, path: pointerToPath(types[0]!.instancePath), expected };
  }
  const error = here.find((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword)) ?? here[0]!;
  const path = pointerToPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const suggestion = closestName(key, allowed);
      return {
        message: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        path: [...path, key],
        expected: allowed.length ? `one of: ${allowed.join(', ')}` : undefined,
      };
    }
    case 'required':
      return { message: `missing required key "${String(error.params.missingProperty)}"`, path, expected: `a "${String(error.params.missingProperty)}" key` };
    case 'enum': {
      const values = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closestName(error.data, values) : undefined;
      return { message: `must be one of: ${values.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, path, expected: values.join(', ') };
    }
    case 'type':
      return { message: `must be ${describeType(error.params.type)}`, path, expected: describeType(error.params.type) };
    case 'anyOf':
    case 'oneOf': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { message: description ? `must be ${description.charAt(0).toLowerCase()}${description.slice(1)}` : `does not fit the expected shape`, path };
    }
    default:
      return { message: error.message ?? 'is not valid', path };
  }
}

/** A cached validator returning the first problem, or undefined when the value is valid. */
export function validatorFor(name: string, schema: JsonSchema): (value: unknown) => ValidationProblem | undefined {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  const v = validate;
  return (value) => (v(value) ? undefined : explainErrors(v.errors ?? []));
}
