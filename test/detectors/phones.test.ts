import { describe, expect, it } from 'vitest';
import { guessCountry, phonesFromStructuredData, phonesFromTelLinks, phonesInText, type CountryCode } from '../../src/detectors/phones.js';

const e164 = (text: string, country?: Parameters<typeof phonesInText>[1]): string[] => phonesInText(text, country).map((m) => m.e164);

describe('phonesInText: numbers as shops write them', () => {
  it.each([
    ['en (US)', 'Questions? Call us 1-877-833-2633, Mon–Fri 6am–5pm PT. Or (503) 555-0142.', 'US', ['+18778332633', '+15035550142']],
    ['en (GB)', 'Customer services\n0344 482 4000\nHead Office: 02089536627', 'GB', ['+443444824000', '+442089536627']],
    ['ru', 'Интернет-магазин «Рыболов»\nЗвоните: +7 (495) 123-45-67\nБесплатно по России 8 800 555-35-35', 'RU', ['+74951234567', '+78005553535']],
    ['ru, glued header cells', 'Телефоны:+7(963)755-97-22+7(978)100-77-06', 'RU', ['+79637559722', '+79781007706']],
    ['pl', 'Infolinia: +48 22 123 45 67 (pn.–pt. 8:00–16:00)', 'PL', ['+48221234567']],
    ['lt', 'Klientų aptarnavimas: +370 5 212 3456, 8 5 222 2222', 'LT', ['+37052123456', '+37052222222']],
    ['de', 'Kostenlose Hotline 0800 240 10 20\nTelefon: (0)30 1234567\nTelefon 0209 - 7097 333', 'DE', ['+498002401020', '+49301234567', '+492097097333']],
    ['fr', 'Service client : 01 23 45 67 89 — Tél. +33 (0)3 86 67 05 95', 'FR', ['+33123456789', '+33386670595']],
    ['es', 'Atención al cliente: +34 912 345 678 (L-V de 9:00 a 18:00)', 'ES', ['+34912345678']],
  ] as const)('%s', (_lang, text, country, expected) => {
    expect(e164(text, country)).toEqual(expected);
  });

  it('reports raw text and national format', () => {
    const [m] = phonesInText('Telefon: +48 22 123 45 67', 'PL');
    expect(m).toEqual({ e164: '+48221234567', raw: '+48 22 123 45 67', source: 'text', national: '22 123 45 67', country: 'PL' });
  });

  it('reads the country code written before the plus ("1+800-555-0199") and a trunk zero in brackets', () => {
    expect(e164('Call us: 1+800-555-0199 (toll free)')).toEqual(['+18005550199']);
    expect(e164('Phone +353 (0)1 555 0100')).toEqual(['+35315550100']);
    expect(e164('Order no. 41+800-555-0199')).toEqual([]);
  });

  it('finds international numbers without a default country, and deduplicates', () => {
    expect(e164('Tel +49 30 1234567 · Tel. +49 (0)30 1234567')).toEqual(['+49301234567']);
    expect(e164('8 800 555-35-35')).toEqual([]); // national numbers need a region
  });

  it('reads "1-888-…" as a NANP number even without a region', () => {
    expect(e164('Contact Us\n1-888-626-7576\nCustomer Service at 1-866-450-4739.')).toEqual(['+18886267576', '+18664504739']);
    expect(e164('Order 888-626-7576')).toEqual([]);
  });

  it('separates numbers listed with "/" and text run together from table cells', () => {
    expect(e164('à votre écoute 03 86 67 05 95 / 09 75 75 94 40', 'FR')).toEqual(['+33386670595', '+33975759440']);
    expect(e164('NG17 5FBOffice: +44 1623 750870Fax: +44 1623 723880', 'GB')).toEqual(['+441623750870']);
  });

  it('keeps a phone whose label contains "nr"/"Nummer"', () => {
    expect(e164('Tel. nr. 8 5 222 2222', 'LT')).toEqual(['+37052222222']);
    expect(e164('Telefonnummer: 030 12345678', 'DE')).toEqual(['+493012345678']);
    expect(e164('nr tel. 22 123 45 67', 'PL')).toEqual(['+48221234567']);
  });

  it('reads the phone words of the other languages careaudit reads, "numero" and "-nummer" included', () => {
    expect(e164('Chiamaci al numero 02 8734 1290', 'IT')).toEqual(['+390287341290']);
    expect(e164('Numero verde 800 123 456', 'IT')).toEqual(['+39800123456']);
    expect(e164('Telefoonnummer 020 794 5560', 'NL')).toEqual(['+31207945560']);
    expect(e164('Bel ons: 020 794 5560', 'NL')).toEqual(['+31207945560']);
    expect(e164('Telefonszám: +36 1 234 5678', 'HU')).toEqual(['+3612345678']);
    expect(e164('Puh. 09 1234 567', 'FI')).toEqual(['+35891234567']);
    expect(e164('Τηλέφωνο: 210 123 4567', 'GR')).toEqual(['+302101234567']);
    expect(e164('Telefonní číslo: 212 345 678', 'CZ')).toEqual(['+420212345678']);
  });

  it('only scans the first 200 KB', () => {
    const filler = 'x'.repeat(210_000);
    expect(e164(`${filler} +48 22 123 45 67`)).toEqual([]);
  });
});

describe('phonesInText: digits that are not phones', () => {
  const notPhones: Array<[string, CountryCode]> = [
    ['Lieferung am 2024-05-01, bestellt am 01.05.2024 um 12:30', 'DE'],
    ['Angebot gültig 06.05.2024 - 12.05.2024', 'DE'],
    ['в 2015-2016 годах', 'DE'],
    ['Cena: 1 299,00 zł, wcześniej 2 399,00 zł', 'PL'],
    ['Now $1,299.99 (was $1,499.99)', 'US'],
    ['Order #100234567 has shipped', 'FR'],
    ['Заказ № 123456789 оформлен', 'PL'],
    ['Art.-Nr. 4012345678', 'DE'],
    ['Artikelnummer: 4012345678', 'US'],
    ['Bestellnummer 030123456', 'DE'],
    ['SKU: 2233445566', 'DE'],
    ['EAN 5901234123457', 'DE'],
    ['4006381333931', 'DE'],
    ['ul. Marszałkowska 1, 00-950 Warszawa', 'PL'],
    ['Friedrichstraße 1, 10117 Berlin', 'DE'],
    ['Gedimino pr. 1, LT-01103 Vilnius', 'LT'],
    ['NIP 123-456-32-18, REGON 012345678, KRS 0000123456', 'GB'],
    ['ИНН 7707083893 КПП 773601001 ОГРН 1027700132195', 'DE'],
    ['IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX', 'DE'],
    ['USt-IdNr. DE123456789', 'DE'],
    ['SIRET 732 829 320 00074', 'DE'],
    ['PVM kodas LT100001234567, įmonės kodas 123456789', 'LT'],
    ['Р/с 40702810900000012345', 'RU'],
    ['CIF B12345678 · NIF 12345678Z', 'ES'],
    ['Fax: +44 1623 723880', 'GB'],
    ['P. IVA 03912870374', 'IT'],
    ['Partita IVA 03912870374 · Codice fiscale 03912870374', 'IT'],
    ['C.F. 03912870374 - REA MI-1234567', 'IT'],
    ['Y-tunnus 3123456-7', 'FI'],
    ['KvK 12345678 · BTW NL123456789B01', 'NL'],
    ['IČO: 27082440, DIČ: CZ27082440', 'CZ'],
    ['Adószám: 12345678-2-42', 'HU'],
    ['CUI RO12345678, Nr. Reg. Com. J40/1234/2020', 'RO'],
    ['Org.nr 556012-5790', 'SE'],
    ['CVR 12345678', 'DK'],
    ['ΑΦΜ 094012345', 'GR'],
    ['OIB 12345678901', 'HR'],
    ['Vergi No 1234567890', 'TR'],
    ['ЄДРПОУ 12345678', 'UA'],
    ['NIPC 501234567', 'PT'],
  ];
  it.each(notPhones)('%s', (text, country) => {
    expect(e164(text, country)).toEqual([]);
  });

  it('a VAT id right after a phone is still a VAT id', () => {
    expect(e164('Tel: +48 22 123 45 67; NIP 123-456-32-18', 'PL')).toEqual(['+48221234567']);
  });
});

describe('phonesFromTelLinks', () => {
  it('parses tel: hrefs, with a default country for national ones', () => {
    const found = phonesFromTelLinks(
      ['tel:+492097097333', 'tel:8778332633', 'TEL:+7%20(495)%20123-45-67', 'tel://+380443920111;ext=12', 'tel:+49 209 7097333', 'mailto:a@b.c', 'tel:', 'tel:123'],
      'US',
    );
    expect(found.map((m) => m.e164)).toEqual(['+492097097333', '+18778332633', '+74951234567', '+380443920111']);
    expect(found[2]).toMatchObject({ raw: '+7 (495) 123-45-67', source: 'tel-link' });
  });

  it('needs a region for national numbers', () => {
    expect(phonesFromTelLinks(['tel:8778332633'])).toEqual([]);
  });
});

describe('phonesFromStructuredData', () => {
  it('parses schema.org telephone values', () => {
    expect(phonesFromStructuredData(['+1-503-555-0142', 'n/a'])).toEqual([
      { e164: '+15035550142', raw: '+1-503-555-0142', source: 'structured-data', national: '(503) 555-0142', country: 'US' },
    ]);
  });
});

describe('guessCountry', () => {
  it.each([
    [{ country: 'pl', lang: 'ru', url: 'https://shop.de/' }, 'PL'],
    [{ country: 'uk' }, 'GB'],
    [{ lang: 'en-GB', url: 'https://shop.com/' }, 'GB'],
    [{ lang: 'de-AT' }, 'AT'],
    [{ lang: 'ru' }, 'RU'],
    [{ lang: 'pl' }, 'PL'],
    [{ lang: 'lt' }, 'LT'],
    [{ lang: 'fr', url: 'https://boutique.example/' }, 'FR'],
    [{ lang: 'es' }, 'ES'],
    [{ lang: 'ru', url: 'https://fozzy.com.ua/contact' }, 'UA'],
    [{ lang: 'en', url: 'http://www.michelson.pl/' }, 'PL'],
    [{ lang: 'en-US', url: 'https://www.ctshirts.co.uk/' }, 'GB'],
    [{ lang: 'en' }, 'US'],
    [{ lang: 'en-US', url: 'https://shop.example.com/' }, 'US'],
    [{ url: 'https://www.pirk.lt/' }, 'LT'],
    [{ url: 'https://shop.by/' }, 'BY'],
    [{ url: 'https://kaspi.kz/' }, 'KZ'],
  ] as const)('%o → %s', (opts, expected) => {
    expect(guessCountry(opts)).toBe(expected);
  });

  it('returns undefined when nothing says', () => {
    expect(guessCountry({})).toBeUndefined();
    expect(guessCountry({ url: 'https://shop.io/' })).toBeUndefined();
    expect(guessCountry({ url: 'file:///tmp/site/index.html', lang: 'xx' })).toBeUndefined();
    expect(guessCountry({ country: 'ZZ' })).toBeUndefined();
  });
});
