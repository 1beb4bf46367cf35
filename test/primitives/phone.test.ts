import { describe, expect, it } from 'vitest';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string, country?: string) => runCheck(spec, html, 'home', country);

describe('phone', () => {
  it('takes a tel: link as evidence, in E.164', () => {
    const result = run({ phone: {} }, '<header><a href="tel:+48221234567">Zadzwoń</a></header>');
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ value: '+48221234567', kind: 'phone (tel-link)' });
  });

  it('finds a number in the visible text with the page language as default region', () => {
    const result = run({ phone: {} }, '<html lang="ru"><body><footer>Звоните: 8 (495) 123-45-67</footer></body></html>');
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.value).toBe('+74951234567');
  });

  it('uses --country for numbers written without a country code', () => {
    expect(run({ phone: {} }, '<p>Call (503) 227-4455</p>', 'US').evidence[0]?.value).toBe('+15032274455');
  });

  it('fails on a page with only prices, dates and order numbers', () => {
    const result = run({ phone: {} }, '<p>Order #100234567, placed 2024-05-01, total $1,299.99. Postcode 00-950.</p>', 'PL');
    expect(result.status).toBe('fail');
    expect(result.note).toBe('no phone number found');
  });

  it('can be limited to tel: links', () => {
    expect(run({ phone: { sources: ['tel-link'] } }, '<p>+48 22 123 45 67</p>').status).toBe('fail');
  });
});
