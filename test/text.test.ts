import { describe, expect, it } from 'vitest';
import { snippet } from '../src/primitives/primitive.js';
import { collapseWhitespace, cutText } from '../src/text.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('text helpers', () => {
  it('collapse whitespace, line breaks included, to single spaces', () => {
    expect(collapseWhitespace('  Call us\n\t on\u00A0 0800  ')).toBe('Call us on 0800');
  });

  it('cut text by characters, never inside an emoji, with an ellipsis only when something was cut', () => {
    expect(cutText('ab😀cd', 4)).toBe('ab😀…');
    expect(cutText('abc😀d', 4)).toBe('abc…');
    expect(cutText('ab😀', 3)).toBe('ab😀'); // three characters, though four UTF-16 units
    expect(cutText('abcdef', 4, '')).toBe('abcd');
    const text = '😀'.repeat(6);
    for (let max = 0; max <= 8; max++) {
      const cut = cutText(text, max);
      expect(cut, `max ${max}`).not.toMatch(LONE_SURROGATE);
      expect(Array.from(cut).length, `max ${max}`).toBeLessThanOrEqual(Math.max(1, max));
    }
  });

  it('keep a whole emoji at the end of an evidence snippet', () => {
    const text = `${'a'.repeat(158)}😀😀 and more`;
    const shown = snippet(text, 160);
    expect(shown).toBe(`${'a'.repeat(158)}😀…`);
    expect(shown).not.toMatch(LONE_SURROGATE);
  });
});
