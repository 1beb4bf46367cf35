/**
 * A page's language from what it declares and what its text says: letters of a script careaudit reads no
 * language in overrule anything; common words overrule a theme's lang="en"; short text keeps the declaration.
 */
import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../src/acquire/page-language.js';
import { commonWords } from '../../src/languages/load.js';

const en = { code: 'en', reason: 'its <html lang="en">' };
const words = commonWords();

describe('the language of a page', () => {
  it('is Georgian when its text is in Georgian letters, whatever the theme declares', () => {
    const text = 'ნივთის დაბრუნება შესაძლებელია მიღებიდან 14 დღის განმავლობაში, თუ ის გამოუყენებელია და შენახულია ორიგინალ შეფუთვაში. Free shipping';
    expect(pageLanguage(en, text, words)).toMatchObject({ code: 'ka', name: 'Georgian', read: false, declared: 'en' });
  });

  it('is Japanese when kana run through Han characters, and Chinese without them', () => {
    expect(pageLanguage(undefined, 'ご注文から7日以内であれば返品を承ります。返品送料は当店が負担いたします。お問い合わせはメールでお願いいたします。'.repeat(3), words)?.code).toBe('ja');
    expect(pageLanguage(undefined, '收到商品后七天内可以无理由退货，退货运费由我们承担。如有问题请通过电子邮件联系客服团队。'.repeat(3), words)?.code).toBe('zh');
  });

  it('is Polish when a theme declares English over Polish text, and the declaration is kept to be reported', () => {
    const text = 'Zwrot towaru jest możliwy w ciągu 30 dni od dnia dostawy. Koszt wysyłki zwrotu pokrywa sklep, a pieniądze oddajemy w ciągu 5 dni roboczych na konto klienta, z którego opłacono zamówienie.';
    expect(pageLanguage(en, text, words)).toMatchObject({ code: 'pl', read: true, declared: 'en' });
  });

  it('keeps what the page declares when its text is too short to tell', () => {
    expect(pageLanguage(en, 'Kontakt: +48 22 123 45 67', words)).toEqual({ code: 'en', name: 'English', reason: 'its <html lang="en">', read: true });
    expect(pageLanguage(undefined, 'OK', words)).toBeUndefined();
  });

  it('does not take a declared language careaudit has no words for to be a neighbour it reads', () => {
    const catalan = { code: 'ca', reason: 'its <html lang="ca">' };
    const text = 'Les devolucions són gratuïtes durant els primers 30 dies. El reemborsament es fa en un termini de 10 dies laborables des de la recepció del paquet a la nostra botiga de la ciutat.';
    expect(pageLanguage(catalan, text, words)).toMatchObject({ code: 'ca', name: 'Catalan', read: false });
  });
});
