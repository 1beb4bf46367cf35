import { sentenceAround } from '../detectors/sentence.js';
import { letterRegExp } from '../detectors/letters.js';
import { catastrophicBacktracking } from './regex-safety.js';
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
  /** The sentence (or line) around the match, cut at word boundaries. */
  context: string;
  /** Where the match sits in `context`: [start, end). */
  span: [number, number];
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

/** Evidence is a sentence a reader can check, not a page: at most this much text around the match. */
const SENTENCE_BEFORE = 90;
const SENTENCE_AFTER = 120;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const squeeze = (s: string): string => s.replace(/\s+/gu, ' ');

/** The sentence around text[start, end), whitespace collapsed, cut at word boundaries, with the match's place in it. */
export function sentenceOf(text: string, start: number, end: number): PatternMatch {
  const [from, to] = sentenceAround(text, start, end, SENTENCE_BEFORE, SENTENCE_AFTER);
  let before = squeeze(text.slice(from, start)).trimStart();
  let after = squeeze(text.slice(end, to)).trimEnd();
  const match = squeeze(text.slice(start, end));
  // a cut inside a word shows half a word: drop it
  if (from > 0 && before && WORD_CHAR.test(text[from - 1] ?? ' ') && WORD_CHAR.test(text[from] ?? ' ')) before = before.replace(/^\S*\s?/u, '');
  if (to < text.length && after && WORD_CHAR.test(text[to] ?? ' ') && WORD_CHAR.test(text[to - 1] ?? ' ')) after = after.replace(/\s?\S*$/u, '');
  return { match: snippet(match), context: `${before}${match}${after}`, span: [before.length, before.length + match.length] };
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
      found.push(sentenceOf(text, m.index, m.index + m[0].length));
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
