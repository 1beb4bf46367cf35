/** Text as one line: every run of whitespace (line breaks included) one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters, counted as code points so that a cut never splits a surrogate pair (an emoji);
 * when something was cut, its last character is `mark` (an ellipsis unless told otherwise).
 */
export function cutText(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text; // code points never outnumber UTF-16 units
  const keep = Math.max(0, max - Array.from(mark).length);
  let end = 0;
  let kept = 0;
  for (let count = 0; count < max; count++) {
    if (end >= text.length) return text;
    if (count === keep) kept = end;
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  if (end >= text.length) return text;
  return `${text.slice(0, keep === max ? end : kept)}${mark}`;
}
