/** Text as one line: every run of whitespace (line breaks included) one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * At most `max` UTF-16 units (a string's length), ending in `mark` (an ellipsis unless told otherwise) when
 * something was cut; the cut never splits a surrogate pair, so an emoji at the cut goes whole, never half.
 */
export function cutText(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - mark.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end--;
  return `${text.slice(0, end)}${mark}`;
}
