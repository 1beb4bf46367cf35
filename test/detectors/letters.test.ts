import { describe, expect, it } from 'vitest';
import { letterRegExp, withLetterRanges } from '../../src/detectors/letters.js';

describe('letters spelled out instead of \\p{L}', () => {
  it('rewrites \\p{L} inside and outside character classes, and leaves other escapes alone', () => {
    expect(withLetterRanges('(?<![\\p{L}\\d])a\\p{L}*\\.b')).toMatch(/^\(\?<!\[a-zA-Z.*\\d\]\)a\[a-zA-Z.*\]\*\\\.b$/);
    expect(withLetterRanges('\\\\p{L}')).toBe('\\\\p{L}'); // an escaped backslash followed by p{L} is text
  });

  it('matches the letters of the seven languages as \\p{L} does', () => {
    const word = letterRegExp('^\\p{L}+$', 'iu');
    for (const w of ['Zwroty', 'źdźbło', 'Grąžinimas', 'Rücksendung', 'Straße', 'réponse', 'devolución', 'Возврат', 'Ёлка', 'Ελλάδα', 'Ǆ']) expect(word.test(w), w).toBe(true);
    for (const w of ['12', 'a b', '—', '€']) expect(word.test(w), w).toBe(false);
  });
});
