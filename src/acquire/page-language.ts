/**
 * The language a page is written in. `<html lang>` and Content-Language are what the page declares, but
 * themes ship with lang="en" whatever the shop writes, and a missing attribute says nothing: the text
 * itself decides when it is clear. A script in which careaudit reads no language (Georgian, Hebrew,
 * Arabic, Thai, CJK…) is recognised by its letters; a language careaudit reads, by its common words.
 */
import type { PageLanguage } from '../snapshot.js';
import { memoise } from '../view/memoise.js';

/** Scripts of languages careaudit does not read, and the language a shop in that script most likely writes. */
const UNREAD_SCRIPTS: readonly (readonly [string, string])[] = [
  ['\\p{Script=Georgian}', 'ka'],
  ['\\p{Script=Armenian}', 'hy'],
  ['\\p{Script=Hebrew}', 'he'],
  ['\\p{Script=Arabic}', 'ar'],
  ['\\p{Script=Thai}', 'th'],
  ['\\p{Script=Devanagari}', 'hi'],
  ['\\p{Script=Bengali}', 'bn'],
  ['\\p{Script=Tamil}', 'ta'],
  ['\\p{Script=Hangul}', 'ko'],
  ['[\\p{Script=Hiragana}\\p{Script=Katakana}]', 'ja'],
  ['\\p{Script=Han}', 'zh'],
  ['\\p{Script=Ethiopic}', 'am'],
  ['\\p{Script=Khmer}', 'km'],
  ['\\p{Script=Sinhala}', 'si'],
];

/** One pass over the letters: group n + 1 is the n-th unread script; a letter of any other script matches none. */
const LETTER = new RegExp(`${UNREAD_SCRIPTS.map(([script]) => `(${script})`).join('|')}|\\p{L}`, 'gu');

/** Letters and words read from a page's text: enough to tell its language, bounded for huge pages. */
const SAMPLE_CHARS = 20_000;
/** Fewer letters than this say nothing reliable about a page's script. */
const MIN_LETTERS = 40;
/** Common words needed, and how far the best language must lead the next, before the text overrules the page. */
const MIN_WORD_HITS = 8;
const LEAD = 2;

interface Told {
  code: string;
  reason: string;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's English name ("Georgian"), or its code when Intl does not know it. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language a script of its own gives away: Georgian letters are Georgian, Hangul is Korean. */
function languageOfScript(sample: string): Told | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const match of sample.matchAll(LETTER)) {
    letters++;
    const group = match.findIndex((captured, i) => i > 0 && captured !== undefined);
    const code = group > 0 ? UNREAD_SCRIPTS[group - 1]![1] : undefined;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return undefined;
  // Japanese mixes kana with Han characters: any real share of kana makes Han text Japanese
  const kana = counts.get('ja') ?? 0;
  if (kana > 0 && kana >= letters * 0.1) {
    counts.set('ja', kana + (counts.get('zh') ?? 0));
    counts.delete('zh');
  }
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return code && count !== undefined && count > letters / 2 ? { code, reason: 'told from the script of its text' } : undefined;
}

/** Each common word with the languages it belongs to ("de" is Spanish, Portuguese and Dutch), built once per word list. */
const wordIndex = memoise((commonWords: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyMap<string, readonly string[]> => {
  const index = new Map<string, string[]>();
  for (const [code, words] of commonWords) for (const word of words) index.set(word, [...(index.get(word) ?? []), code]);
  return index;
});

/** The read language whose common words the text uses most, when it clearly leads. */
function languageOfWords(sample: string, commonWords: ReadonlyMap<string, ReadonlySet<string>>): Told | undefined {
  const index = wordIndex(commonWords);
  const hits = new Map<string, number>();
  for (const match of sample.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    for (const code of index.get(match[0]) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_WORD_HITS || (second && best[1] < second[1] * LEAD)) return undefined;
  return { code: best[0], reason: 'told from the common words of its text' };
}

/**
 * A page's language. Its letters overrule anything (Georgian text under lang="en" is Georgian); its common
 * words overrule a declaration of another language careaudit reads (a theme's lang="en" over Polish text)
 * or stand in for a missing one, but not a declared language careaudit has no words for (Catalan shares
 * too many with Spanish). An overruled declaration is kept to be reported.
 */
export function pageLanguage(
  declared: Told | undefined,
  text: string,
  commonWords: ReadonlyMap<string, ReadonlySet<string>>,
): PageLanguage | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const fromText = languageOfScript(sample) ?? (!declared || commonWords.has(declared.code) ? languageOfWords(sample, commonWords) : undefined);
  const told = fromText ?? declared;
  if (!told) return undefined;
  const language = { code: told.code, name: languageName(told.code), reason: told.reason, read: commonWords.has(told.code) };
  return declared && told.code !== declared.code ? { ...language, declared: declared.code } : language;
}
