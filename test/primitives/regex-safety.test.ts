import { describe, expect, it } from 'vitest';
import { catastrophicBacktracking } from '../../src/primitives/regex-safety.js';
import { compileCheck } from '../../src/rules/compile-check.js';

describe('patterns that backtrack catastrophically', () => {
  it.each(['(a+)+$', '(\\w+\\s?)+$', '(.*a){12}', '^(([a-z])+.)+[A-Z]([a-z])+$', '(?:x*y?)*z', '(\\d+|\\w+)*!', '([^,]+,?)+;'])('rejects %s', (source) => {
    expect(catastrophicBacktracking(source)).toMatch(/repeats something that itself repeats/);
  });

  it.each([
    '(\\d+)[- ]days?',
    '[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+',
    '(?<!\\p{L})возврат(?!\\p{L})',
    'return[^.]{0,60}\\bin (a|any) store\\b',
    '(mon|tue|wed)(day)?s?',
    '\\d{1,2}[:.]\\d{2}',
    '(?:ab)+c',
    '(\\(\\d+\\))?\\s*\\d+',
  ])('accepts %s', (source) => {
    expect(catastrophicBacktracking(source)).toBeUndefined();
  });

  it('is refused when a rule loads', () => {
    expect(() => compileCheck({ text: { patterns: ['(\\w+\\s?)+$'] } }, [])).toThrow(/text: unsafe regular expression/);
  });
});
