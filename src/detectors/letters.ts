/**
 * `\p{L}` (any letter) makes V8 build a table of every letter of every script, with its case variants
 * under /iu, each time it appears in a pattern: our detectors and rules use it hundreds of times, and
 * compiling them took about a third of a single audit. The stores careaudit reads write in Latin, Greek
 * and Cyrillic scripts, so patterns spell out those letters instead.
 */
export const LETTER_RANGES = 'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';

/** A regex source with `\p{L}` (and `\P{L}` outside classes) written as those ranges. */
export function withLetterRanges(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === '\\p{L}') {
        out += inClass ? LETTER_RANGES : `[${LETTER_RANGES}]`;
        i += 4;
      } else if (escape === '\\P{L}' && !inClass) {
        out += `[^${LETTER_RANGES}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * One pattern for a list of words or phrases, each matched whole: no letter right before or after (`\b` only
 * knows ASCII letters). The edges are inside the pattern, so a failed edge falls back to the next alternative.
 */
export function wholeWords(words: readonly string[], flags: string): RegExp {
  return letterRegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, flags);
}

/** new RegExp, with letters spelled out: see LETTER_RANGES. */
export function letterRegExp(source: string | RegExp, flags?: string): RegExp {
  const text = typeof source === 'string' ? source : source.source;
  return new RegExp(withLetterRanges(text), flags ?? (typeof source === 'string' ? '' : source.flags));
}
