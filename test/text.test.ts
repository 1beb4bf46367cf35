import { describe, expect, it } from 'vitest';
import { snippet } from '../src/primitives/primitive.js';
import { collapseWhitespace, cutText } from '../src/text.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('text helpers', () => {
  it('collapse whitespace, line breaks included, to single spaces', () => {
    expect(collapseWhitespace('  Call us\n\t on\u00A0 0800  ')).toBe('Call us on 0800');
  });

  it('cut text to a length, never inside an emoji, with an ellipsis only when something was cut', () => {
    expect(cutText('abc😀d', 5)).toBe('abc…'); // the emoji would be split: it goes whole
    expect(cutText('ab😀cd', 5)).toBe('ab😀…');
    expect(cutText('ab😀', 4)).toBe('ab😀');
    expect(cutText('abcdef', 4, '')).toBe('abcd');
    const text = 'a😀'.repeat(6);
    for (let max = 0; max <= text.length; max++) {
      const cut = cutText(text, max);
      expect(cut, `max ${max}`).not.toMatch(LONE_SURROGATE);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(Math.max(1, max));
    }
  });

  it('never end an evidence snippet in half an emoji', () => {
    const text = `${'a'.repeat(158)}😀😀 and more`;
    const shown = snippet(text, 160);
    expect(shown).toBe(`${'a'.repeat(158)}…`);
    expect(shown).not.toMatch(LONE_SURROGATE);
  });
});
