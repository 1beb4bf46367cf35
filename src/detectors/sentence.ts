/** Small text helpers shared by the detectors that judge a number by the words around it. */

// the detectors' short names for the project's text helpers
export { collapseWhitespace as collapse, cutText as capText } from '../text.js';

const STOPS = ['. ', '! ', '? ', '; '];

/**
 * The stretch of the sentence around text[start, end): at most `before` characters back and `after`
 * characters on, cut at a line break or a sentence stop, so a topic word from the next sentence never counts.
 */
export function sentenceAround(text: string, start: number, end: number, before: number, after: number): [number, number] {
  let from = Math.max(0, start - before);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf('\n'), ...STOPS.map((p) => head.lastIndexOf(p)));
  if (cut >= 0) from += cut + 1;
  let to = Math.min(text.length, end + after);
  const tail = text.slice(end, to);
  const stops = ['\n', ...STOPS].map((p) => tail.indexOf(p)).filter((i) => i >= 0);
  if (stops.length) to = end + Math.min(...stops);
  return [from, to];
}
