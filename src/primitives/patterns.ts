import { letterRegExp } from '../detectors/letters.js';
import { catastrophicBacktracking } from '../rules/regex-safety.js';
import type { JsonSchema } from './primitive.js';
import { OptionError, snippet } from './primitive.js';

/**
 * Patterns are regular expressions, case-insensitive and Unicode-aware. They may be one list, or lists
 * per language (en, ru, pl, …): the language keys document and test the rule; every pattern applies to
 * every page, since stores mix languages.
 */
export type PatternSpec = string[] | Record<string, string[]>;

export const patternSpecSchema: JsonSchema = {
  description: 'Regular expressions (case-insensitive): a list, or lists keyed by language code.',
  oneOf: [
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    {
      type: 'object',
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$' },
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      minProperties: 1,
    },
  ],
};

export interface PatternMatch {
  match: string;
  context: string;
}

export interface CompiledPatterns {
  regexes: RegExp[];
  /** The first match in text, with a little context for evidence. */
  find(text: string): PatternMatch | undefined;
  /** The first match of each pattern that matches, up to `limit` patterns. */
  findEach(text: string, limit: number): PatternMatch[];
  test(text: string): boolean;
}

/**
 * The languages of a per-language spec to compile: those of the store when the config names them (a
 * language code matches its regional variants), all of them when it does not, or when none would be left.
 */
function languagesToUse(spec: Record<string, string[]>, languages: readonly string[] | undefined): string[] {
  const all = Object.keys(spec);
  if (!languages?.length) return all;
  const wanted = new Set(languages.map((l) => l.toLowerCase().split('-')[0]));
  const chosen = all.filter((lang) => lang === 'any' || wanted.has(lang.toLowerCase().split('-')[0]!));
  return chosen.length ? chosen : all;
}

export function compilePatterns(spec: PatternSpec, optionKey: string, languages?: readonly string[]): CompiledPatterns {
  const entries: [string[], (string | number)[]][] = Array.isArray(spec)
    ? spec.map((p, i) => [[p], [optionKey, i]])
    : languagesToUse(spec, languages).flatMap((lang) => spec[lang]!.map((p, i): [string[], (string | number)[]] => [[p], [optionKey, lang, i]]));
  const regexes = entries.map(([[source], path]) => {
    const danger = catastrophicBacktracking(source!);
    if (danger) throw new OptionError(`unsafe regular expression /${source}/: ${danger}`, path);
    try {
      return letterRegExp(source!, 'iu');
    } catch (error) {
      throw new OptionError(`invalid regular expression /${source}/: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`, path);
    }
  });
  const findEach = (text: string, limit: number): PatternMatch[] => {
    const found: PatternMatch[] = [];
    for (const r of regexes) {
      if (found.length >= limit) break;
      const m = r.exec(text);
      if (!m) continue;
      // a little context on each side, cut at word boundaries
      const before = text.slice(Math.max(0, m.index - 50), m.index).replace(/^\S*\s/, '');
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 70).replace(/\s\S*$/, '');
      found.push({ match: snippet(m[0]), context: snippet(before + m[0] + after) });
    }
    return found;
  };
  return {
    regexes,
    test: (text) => regexes.some((r) => r.test(text)),
    find: (text) => findEach(text, 1)[0],
    findEach,
  };
}
