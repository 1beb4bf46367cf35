import { describe, expect, it } from 'vitest';
import { valueFor } from '../../src/acquire/checkout-walk/fill.js';
import { testShopper } from '../../src/acquire/checkout-walk/test-address.js';

describe("the checkout walk's test shopper", () => {
  it("types a postcode, city and phone of the store's country, so its forms accept them", () => {
    const pl = testShopper('PL');
    expect(valueFor('text billing_postcode Kod pocztowy', 'text', pl)).toBe('00-950');
    expect(valueFor('text billing_city Miasto', 'text', pl)).toBe('Warszawa');
    expect(valueFor('tel billing_phone Telefon', 'tel', pl)).toMatch(/^\+48 /u);
    expect(valueFor('text postcode', 'text', testShopper('nl'))).toBe('1012 AB');
    expect(valueFor('text zip', 'text', testShopper('GB'))).toBe('EC1A 1BB');
    // a country without an entry gets the US shopper
    expect(testShopper('ZZ')).toEqual(testShopper(undefined));
    expect(testShopper(undefined).postcode).toBe('12345');
  });

  it('reads fields in the languages of the stores, family names before given names', () => {
    const it = testShopper('IT');
    expect(valueFor('text cognome Cognome', 'text', it)).toBe('Shopper');
    expect(valueFor('text nome Nome', 'text', it)).toBe('Test');
    expect(valueFor('text cap CAP', 'text', it)).toBe('00118');
    expect(valueFor('text indirizzo Indirizzo', 'text', it)).toBe('Via Esempio 1');
    expect(valueFor('text prenume Prenume', 'text', testShopper('RO'))).toBe('Test');
    expect(valueFor('text nume Nume', 'text', testShopper('RO'))).toBe('Shopper');
    expect(valueFor('text nom Nom', 'text', testShopper('FR'))).toBe('Shopper');
    expect(valueFor('text prijmeni Příjmení', 'text', testShopper('CZ'))).toBe('Shopper');
    expect(valueFor('text woonplaats Woonplaats', 'text', testShopper('NL'))).toBe('Amsterdam');
    // a delivery-time note is nobody's name
    expect(valueFor('text delivery_time Preferred time', 'text', it)).toBeUndefined();
  });
});
