import type { CompiledCheck } from './contract.js';

/** A JSON Schema fragment, as ajv and editors read it. */
export type JsonSchema = Record<string, unknown>;

/** A mistake in a primitive's options found while compiling it; path points into the options. */
export class OptionError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}

/** What a rule is compiled for: the store languages (config `languages`) narrow per-language patterns. */
export interface CompileContext {
  languages?: readonly string[];
}

/**
 * A check primitive: a name used as the YAML key, an options schema, and a compile step that turns
 * validated options into a pure check (patterns compiled once, at load).
 */
export interface Primitive<Options = unknown> {
  name: string;
  summary: string;
  schema: JsonSchema;
  compile(options: Options, context: CompileContext): CompiledCheck;
}

/** Lets a registry hold primitives of different option types without `any`. */
export function definePrimitive<Options>(primitive: Primitive<Options>): Primitive<unknown> {
  return primitive as Primitive<unknown>;
}

export const MAX_EVIDENCE_TEXT = 160;

/** Trim a snippet for evidence: collapsed whitespace, bounded length. */
export function snippet(text: string, max = MAX_EVIDENCE_TEXT): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
