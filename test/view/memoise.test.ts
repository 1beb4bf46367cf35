import { describe, expect, it } from 'vitest';
import { memoise } from '../../src/view/memoise.js';
import type { Page } from '../../src/snapshot.js';

const page = (html: string): Page => ({ url: 'https://shop.example/', roles: ['home'], status: 'ok', headers: {}, html });

describe('memoise', () => {
  it('computes once per key, an undefined result included', () => {
    let calls = 0;
    const countryOf = memoise((_page: Page): string | undefined => {
      calls++;
      return undefined;
    });
    const home = page('<p>hi</p>');
    expect(countryOf(home)).toBeUndefined();
    expect(countryOf(home)).toBeUndefined();
    expect(calls).toBe(1);
    countryOf(page('<p>hi</p>'));
    expect(calls).toBe(2);
  });
});
