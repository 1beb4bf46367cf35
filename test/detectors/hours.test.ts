import { describe, expect, it } from 'vitest';
import { hoursFromStructuredData, hoursInText } from '../../src/detectors/hours.js';
import { viewOf } from '../helpers/snapshot.js';

/** The page's visible text, as rules see it. */
const textOf = (html: string): string => viewOf(html).page.visibleText;
const values = (html: string): string[] => hoursInText(textOf(html)).map((m) => m.value);

describe('hoursInText: days with times, as shops write them', () => {
  it.each([
    [
      'en, Shopify footer block',
      `<footer class="footer"><div class="footer-block__details-content rte"><p><strong>Customer care</strong><br>Mon–Fri 9:00–18:00<br>Sat 10:00–16:00</p></div></footer>`,
      ['Mon–Fri 09:00–18:00', 'Sat 10:00–16:00'],
    ],
    ['en, am/pm', `<div class="contact-info"><p>Call us Monday to Friday, 8am–8pm EST</p></div>`, ['Mon–Fri 08:00–20:00']],
    ['en, US-style afternoon without pm', `<p class="help">Hours: M-F 7:00-5:00 PT | Sat 8:30 - 4:30 PT</p>`, ['Mon–Fri 07:00–17:00', 'Sat 08:30–16:30']],
    ['en, between … and', `<p>Our team is available Monday to Friday between 9am and 5pm.</p>`, ['Mon–Fri 09:00–17:00']],
    ['en, day and time in separate blocks', `<address><span>Monday–Friday</span><br><span>9am–5pm EST</span></address>`, ['Mon–Fri 09:00–17:00']],
    [
      'ru, Bitrix header',
      `<div class="header-contacts"><a class="phone" href="tel:+74951234567">+7 (495) 123-45-67</a><div class="header-worktime">Пн-Пт 09:00 - 18:00</div></div>`,
      ['Mon–Fri 09:00–18:00'],
    ],
    ['ru, "с … до" without minutes', `<div class="bx-worktime-prop">пн–пт с 9 до 18, сб с 10 до 16</div>`, ['Mon–Fri 09:00–18:00', 'Sat 10:00–16:00']],
    ['ru, daily', `<p>График работы: Ежедневно, без выходных 9:00 - 18:00</p>`, ['daily 09:00–18:00']],
    ['pl, WooCommerce widget', `<section class="widget widget_text"><div class="textwidget"><p>Biuro obsługi klienta: pon.–pt. 8–16</p></div></section>`, ['Mon–Fri 08:00–16:00']],
    ['pl, od … do', `<p>Infolinia czynna od poniedziałku do piątku w godz. 8:00-16:00</p>`, ['Mon–Fri 08:00–16:00']],
    ['lt, roman numerals', `<div class="footer-hours">Darbo laikas: I–V 9:00–18:00, VI 10–15</div>`, ['Mon–Fri 09:00–18:00', 'Sat 10:00–15:00']],
    ['lt, day names', `<p>Pirmadienis–Penktadienis 8–17</p>`, ['Mon–Fri 08:00–17:00']],
    ['lt, abbreviations', `<p>Klientų aptarnavimas: Pr–Pn 8–17</p>`, ['Mon–Fri 08:00–17:00']],
    ['de, Magento contact block', `<div class="block block-contact"><p>Servicezeiten: Mo–Fr 8–20 Uhr, Sa 9–14 Uhr</p></div>`, ['Mon–Fri 08:00–20:00', 'Sat 09:00–14:00']],
    ['de, "von … bis"', `<p title="">Wir sind Mo. bis So. von 8 bis 22 Uhr für Sie erreichbar.</p>`, ['Mon–Sun 08:00–22:00']],
    ['fr', `<p>Service client joignable du lundi au vendredi de 9h à 18h</p>`, ['Mon–Fri 09:00–18:00']],
    ['fr, split day', `<p>Du mardi au vendredi : 9h00 à 12h00 - 13h00 à 19h00</p>`, ['Tue–Fri 09:00–12:00, 13:00–19:00']],
    ['es', `<p>Atención al cliente: de lunes a viernes de 9:00 a 18:00</p>`, ['Mon–Fri 09:00–18:00']],
    ['es, L-V', `<p>Teléfono 912 345 678 (L-V de 9:00 a 18:00)</p>`, ['Mon–Fri 09:00–18:00']],
    ['days after the times', `<p>Infolinia 22 123 45 67, 8:00–16:00 (pn–pt)</p>`, ['Mon–Fri 08:00–16:00']],
  ])('%s', (_name, html, expected) => {
    expect(values(html)).toEqual(expected);
  });

  it('reports the text as found, with the normalised value', () => {
    expect(hoursInText('Kontakt\nPn-Pt 09:00 - 18:00\ninfo@sklep.pl')).toEqual([
      { text: 'Pn-Pt 09:00 - 18:00', value: 'Mon–Fri 09:00–18:00', source: 'text', kind: 'days and times' },
    ]);
  });
});

describe('hoursInText: a time range under an hours label', () => {
  it.each([
    ['en', 'Opening hours: 9:00–17:30', '09:00–17:30'],
    ['ru', 'Режим работы: с 8:30 до 17:00', '08:30–17:00'],
    ['ru', 'Часы работы: 10:00–19:00', '10:00–19:00'],
    ['pl', 'Godziny pracy: 8:00-16:00', '08:00–16:00'],
    ['lt', 'Darbo laikas: 8:00–17:00', '08:00–17:00'],
    ['de', 'Öffnungszeiten: 9:00–18:00', '09:00–18:00'],
    ['fr', 'Horaires : 9h - 18h', '09:00–18:00'],
    ['es', 'Horario de atención: 9:00 - 14:00', '09:00–14:00'],
  ])('%s: %s', (_lang, text, value) => {
    expect(hoursInText(text)).toEqual([expect.objectContaining({ value, kind: 'labelled times' })]);
  });
});

describe('hoursInText: round the clock', () => {
  it.each([
    'Support 24/7',
    'We are here 24 hours a day',
    'Служба поддержки работает круглосуточно',
    'Infolinia czynna całodobowo',
    'Klientų aptarnavimas visą parą',
    'Unsere Hotline ist rund um die Uhr erreichbar',
    'Service client 24h/24, 7j/7',
    'Atención al cliente 24 horas',
  ])('%s', (text) => {
    expect(hoursInText(text)).toEqual([expect.objectContaining({ value: '24/7', kind: 'round the clock' })]);
  });
});

describe('hoursInText: no false positives', () => {
  it.each([
    'Delivered in 3–5 business days',
    'Wysyłka w ciągu 1-3 dni roboczych',
    'Доставка 2-4 дня',
    'Lieferzeit 2–4 Werktage',
    'Sizes 36-42',
    'Waga (gram): 2.10 - 2.30',
    '£29.99 – £39.99',
    'Cena: 19.90 - 24.50 zł',
    '2014-12-09 17:02 Naujienos',
    '(12-08 21:01) F1 žaidimų turnyrų tema',
    'Seit dem 20.11.2013 im Sortiment',
    'Mar 3-5, 2016',
    'Black Friday 10-20% off',
    'Saturday 10-12 cm',
    'Доставим сегодня с 18:00 до 23:00 или завтра днём при заказе до 12:00',
    'Lieferung Mo–Sa 8–20 Uhr',
    'Заказ на сайте можно оформить круглосуточно',
    'Im Online Shop von Zalando kann ich rund um die Uhr einkaufen',
    'Envío en 24 horas',
    'Livraison en 24h/24',
    'Phone +7 (963) 755-97-22, 8 800 555-35-35',
    'Express delivery, order by Tuesday, 22nd December 6pm GMT',
    'Film: Sat 20:00 and Sun 18:00',
  ])('%s', (text) => {
    expect(hoursInText(text)).toEqual([]);
  });

  // catastrophic backtracking would take minutes here: the suite's test timeout is the guard, not a stopwatch
  it('finishes on hostile input without finding hours in it', () => {
    const hostile = `${'Mo-Fr 1-1-1-1-1-1 '.repeat(20_000)}${'9'.repeat(50_000)}`;
    expect(hoursInText(hostile)).toEqual([]);
  });
});

describe('hoursFromStructuredData', () => {
  const sd = (html: string) => hoursFromStructuredData(viewOf(html).page.structuredData);

  it('reads a ContactPoint with hoursAvailable (JSON-LD, untyped specification)', () => {
    const html = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Shop",
      "contactPoint":{"@type":"ContactPoint","telephone":"+48 22 123 45 67","contactType":"customer service",
      "hoursAvailable":{"dayOfWeek":["Monday","Tuesday","Wednesday","Thursday","Friday"],"opens":"09:00:00","closes":"17:00:00"}}}</script>`;
    expect(sd(html)).toEqual([
      { text: 'ContactPoint.hoursAvailable Mon–Fri 09:00–17:00', value: 'Mon–Fri 09:00–17:00', source: 'structured-data', kind: 'schema.org' },
    ]);
  });

  it('reads typed OpeningHoursSpecification items with schema.org day URLs', () => {
    const html = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Store","name":"Sklep",
      "openingHoursSpecification":[
        {"@type":"OpeningHoursSpecification","dayOfWeek":["https://schema.org/Monday","https://schema.org/Tuesday","https://schema.org/Wednesday","https://schema.org/Thursday","https://schema.org/Friday"],"opens":"08:00","closes":"16:00"},
        {"@type":"OpeningHoursSpecification","dayOfWeek":"https://schema.org/Saturday","opens":"10:00","closes":"14:00"}]}</script>`;
    expect(sd(html).map((m) => m.value).sort()).toEqual(['Mon–Fri 08:00–16:00', 'Sat 10:00–14:00']);
  });

  it('reads microdata and openingHours strings', () => {
    const html = `<div itemscope itemtype="https://schema.org/LocalBusiness"><meta itemprop="openingHours" content="Mo-Fr 09:00-18:00">
      <div itemprop="openingHoursSpecification" itemscope itemtype="https://schema.org/OpeningHoursSpecification">
      <link itemprop="dayOfWeek" href="https://schema.org/Saturday"><meta itemprop="opens" content="10:00"><meta itemprop="closes" content="15:00"></div></div>`;
    expect(sd(html).map((m) => m.value).sort()).toEqual(['Mon–Fri 09:00–18:00', 'Sat 10:00–15:00']);
  });

  it('reads round-the-clock specifications', () => {
    const html = `<script type="application/ld+json">{"@type":"ContactPoint","hoursAvailable":{"@type":"OpeningHoursSpecification","opens":"00:00","closes":"23:59"}}</script>`;
    expect(sd(html).map((m) => m.value)).toEqual(['24/7']);
  });

  it('ignores items without hours', () => {
    expect(sd(`<script type="application/ld+json">{"@type":"Organization","name":"Shop","telephone":"+1 503 555 0142"}</script>`)).toEqual([]);
  });
});
