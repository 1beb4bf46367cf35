import { cutText } from '../text.js';
import { terminalText } from './helpers.js';

/** Width of text output when the terminal's is unknown (a pipe, a file). */
export const DEFAULT_WIDTH = 100;

/** Text output never gets narrower than this, whatever the terminal says: below it nothing reads well. */
const MIN_WIDTH = 40;

/** The width text output is laid out for: $COLUMNS, else the terminal's, else DEFAULT_WIDTH. */
export function outputWidth(env: Record<string, string | undefined>, columns?: number): number {
  const fromEnv = Number(env.COLUMNS);
  const width = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : columns && columns > 0 ? columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/** Characters as a terminal counts them (code points; a cut never splits a surrogate pair). */
const length = (text: string) => Array.from(text).length;

/** A line for the terminal, cut to `width` characters, with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  return cutText(terminalText(text), width);
}

/**
 * Words wrapped to `width`; continuation lines may hang deeper than the first. A word longer than a line (a
 * URL) is broken, so no line is ever wider than `width`. The one wrapping rule of every text output; the
 * text is made safe for a terminal first.
 */
export function wrap(text: string, indent: string, hanging = indent, width = DEFAULT_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  const prefix = () => (lines.length ? hanging : indent);
  for (let word of terminalText(text).split(/\s+/).filter(Boolean)) {
    if (line && length(prefix()) + length(line) + 1 + length(word) > width) {
      lines.push(prefix() + line);
      line = '';
    }
    // a word that cannot fit on a line of its own is broken at the line's end
    for (let room = width - length(prefix()) - (line ? length(line) + 1 : 0); length(word) > room && room > 0; room = width - length(prefix())) {
      const chars = Array.from(word);
      lines.push(prefix() + (line ? `${line} ` : '') + chars.slice(0, room).join(''));
      line = '';
      word = chars.slice(room).join('');
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix() + line);
  return lines;
}

/**
 * Text wrapped after a lead (a label, a mark and an id): `lead` as laid out, `shown` as printed on the first
 * line in its place (coloured), continuation lines indented by `hanging`. Colour codes never count as width.
 */
export function wrapAfter(lead: string, shown: string, text: string, hanging: string, width = DEFAULT_WIDTH): string[] {
  const lines = wrap(text, ' '.repeat(length(lead)), hanging, width);
  lines[0] = shown + (lines[0] ?? '').slice(lead.length);
  return lines;
}
