import type { CompiledCheck } from './contract.js';
import { collapseWhitespace, cutText } from '../text.js';

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
  /**
   * Whether the verdict rests on what the page says in words careaudit reads per language (day names,
   * "30 days", "free returns"): on a page in a language it does not read, such a check cannot fail.
   */
  readsWording(options: Options): boolean;
}

/** Lets a registry hold primitives of different option types without `any`. */
export function definePrimitive<Options>(primitive: Primitive<Options>): Primitive<unknown> {
  return primitive as Primitive<unknown>;
}

/**
 * Whether patterns look for words ("free returns", "retour") rather than shapes (an e-mail address, a
 * number): a run of three letters outside character classes and escapes.
 */
export function patternsReadWords(spec: unknown): boolean {
  const sources = Array.isArray(spec) ? spec : typeof spec === 'object' && spec !== null ? Object.values(spec).flat() : [];
  return sources.some((source) => typeof source === 'string' && /\p{L}{3}/u.test(source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]/gu, ' ')));
}

export const MAX_EVIDENCE_TEXT = 160;

/** Trim a snippet for evidence: collapsed whitespace, bounded length. */
export function snippet(text: string, max = MAX_EVIDENCE_TEXT): string {
  return cutText(collapseWhitespace(text), max);
}
