import { describe, expect, it } from 'vitest';
import { legalMinimumReturnDays } from '../../src/detectors/legal-minimums.js';
import { returnPoliciesFromStructuredData, returnWindowsInText } from '../../src/detectors/return-window.js';
import { viewOf } from '../helpers/snapshot.js';

const textOf = (html: string): string => viewOf(html).page.visibleText;
const days = (text: string): number[] => returnWindowsInText(text).map((w) => w.days);

describe('returnWindowsInText: windows in each language', () => {
  it.each([
    ['en', 'We accept returns within 30 days of delivery.', [30]],
    ['en', 'Free 30-day returns on all orders', [30]],
    ['en', 'You can return unworn items within 2 weeks.', [14]],
    ['en', 'Returns are accepted within one month of purchase.', [30]],
    ['en', 'You have a year to return anything you bought.', [365]],
    ['en', 'Exchanges within fourteen days.', [14]],
    ['en', 'You have 30 days from delivery to return your item.', [30]],
    ['en', 'Our 6 months no quibble returns policy', [180]],
    ['en', 'Try it for 365 days: our money-back guarantee.', [365]],
    ['pl', 'Masz trzydzieści dni na zwrot towaru.', [30]],
    ['pl', 'Zwrot towaru w ciągu 14 dni od otrzymania przesyłki.', [14]],
    ['pl', 'Masz czternaście dni na odstąpienie od umowy.', [14]],
    ['ru', 'Вернуть товар можно в течение 14 дней.', [14]],
    ['ru', 'Обмен и возврат в течение тридцати дней.', [30]],
    ['ru', 'Возврат товара надлежащего качества — в течение 7 календарных дней.', [7]],
    ['lt', 'Prekes galite grąžinti per 30 dienų.', [30]],
    ['lt', 'Grąžinti prekes galima per trisdešimt dienų.', [30]],
    ['lt', 'Prekę galite grąžinti per keturiolika dienų nuo pristatymo.', [14]],
    ['de', 'Wir akzeptieren Rücksendungen innerhalb von 30 Tagen nach Lieferung.', [30]],
    ['de', '100 TAGE RÜCKGABERECHT', [100]],
    ['de', 'Dreißig Tage Rückgaberecht auf alle Artikel.', [30]],
    ['de', 'Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.', [14]],
    ['fr', 'Vous disposez de 14 jours pour retourner votre article.', [14]],
    ['fr', 'Satisfait ou remboursé, 14 jours pour changer', [14]],
    ['fr', 'Droit de rétractation de quatorze jours.', [14]],
    ['fr', 'Retours gratuits sous trente jours.', [30]],
    ['es', 'Tienes 30 días para devolver tu pedido.', [30]],
    ['es', 'Derecho de desistimiento de 14 días naturales.', [14]],
    ['es', 'Devoluciones gratuitas en un plazo de treinta días.', [30]],
    ['pt', 'Pode devolver os artigos no prazo de 14 dias a contar da data de entrega.', [14]],
    ['pt', 'Você tem até 30 dias corridos após o recebimento para solicitar a troca ou devolução.', [30]],
    ['pt', 'Direito de arrependimento: sete dias a partir do recebimento.', [7]],
    ['sk', 'Tovar môžete vrátiť do 14 dní od prevzatia bez udania dôvodu.', [14]],
    ['sk', 'Na vrátenie tovaru máte tridsať dní.', [30]],
    ['hu', 'A termék kézhezvételétől számított 14 napon belül indoklás nélkül elállhat a vásárlástól.', [14]],
    ['hu', 'A szállítástól számított 30 napon belül visszaküldheti a terméket.', [30]],
    ['hu', 'A terméket két héten belül küldheti vissza.', [14]],
    ['hu', '30 napos visszaküldési garancia', [30]],
    ['ro', 'Ai la dispoziție 30 de zile de la primirea coletului pentru a returna produsele.', [30]],
    ['ro', 'Poți returna produsele în termen de 14 zile calendaristice de la livrare.', [14]],
    ['bg', 'Можете да върнете закупената стока в срок от 14 дни от получаването ѝ.', [14]],
    ['bg', 'Имате право да се откажете от договора в срок от четиринадесет дни.', [14]],
    ['sv', 'Du har 30 dagars öppet köp från det att du mottagit varan.', [30]],
    ['sv', 'Du kan returnera varan inom 14 dagar efter leverans.', [14]],
    ['da', 'Du har 30 dages returret fra modtagelsen af varen.', [30]],
    ['da', 'Du kan returnere varen inden for 14 dage efter levering.', [14]],
    ['nb', 'Angreretten gjelder i 14 dager etter at du har mottatt varen.', [14]],
    ['fi', 'Voit palauttaa tuotteen 14 päivän kuluessa toimituksesta.', [14]],
    ['fi', 'Toimituksesta 30 päivää aikaa palauttaa tuote.', [30]],
    ['et', 'Kauba saab tagastada 14 päeva jooksul alates kättesaamisest.', [14]],
    ['et', 'Pakume 30-päevast tagastusõigust.', [30]],
    ['lv', 'Preci var atgriezt 14 dienu laikā no saņemšanas brīža.', [14]],
    ['lv', 'Jums ir 30 dienas preču atgriešanai.', [30]],
    ['el', 'Μπορείτε να επιστρέψετε οποιοδήποτε προϊόν εντός 30 ημερών από την παραλαβή.', [30]],
    ['el', 'Έχετε δικαίωμα υπαναχώρησης εντός δεκατεσσάρων ημερών.', [14]],
    ['hr', 'Proizvod možete vratiti u roku od 30 dana od primitka.', [30]],
    ['hr', 'Imate pravo na jednostrani raskid ugovora u roku od 14 dana.', [14]],
    ['sl', 'Izdelek lahko vrnete v 30 dneh od prejema.', [30]],
    ['sl', 'Od pogodbe lahko odstopite v roku 14 dni.', [14]],
    ['uk', 'Товар можна повернути протягом 14 днів з моменту отримання.', [14]],
    ['tr', 'Ürünü teslim aldığınız tarihten itibaren 14 gün içinde iade edebilirsiniz.', [14]],
    ['tr', '30 gün içinde ücretsiz iade.', [30]],
  ])('%s: %s', (_lang, text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it('reads a Shopify returns page, with the policy and the legal right', () => {
    const html = `<div class="shopify-policy__container"><div class="shopify-policy__title"><h1>Refund policy</h1></div>
      <div class="shopify-policy__body"><div class="rte">
      <p>We have a 30-day return policy, which means you have 30 days after receiving your item to request a return.</p>
      <p><strong>European Union 14 day cooling off period</strong><br>Notwithstanding the above, if the merchandise is being shipped into the European Union, you have the right to cancel or return your order within 14 days, for any reason and without a justification.</p>
      <p><strong>Refunds</strong><br>We will notify you once we've received and inspected your return. If you are approved, you'll be automatically refunded within 10 business days.</p>
      </div></div></div>`;
    expect(days(textOf(html))).toEqual([30, 14, 14]); // one sentence with "30-day" and "30 days" is one finding
  });

  it('reports the sentence, and business days', () => {
    expect(returnWindowsInText('Zwrot w ciągu 14 dni roboczych. Wysyłka 2 dni.')).toEqual([{ days: 14, text: 'Zwrot w ciągu 14 dni roboczych', businessDays: true }]);
  });
});

describe('returnWindowsInText: durations that are not return windows', () => {
  it.each([
    'Refunds are typically processed within 10 business days after approval.',
    "If you are approved, you'll be automatically refunded within 10 business days.",
    'Most items ship within 2-4 business days.',
    'Free returns. Delivered in 3-5 days.',
    '3-5 days delivery, free returns',
    'Zwrot pieniędzy nastąpi w ciągu 14 dni.',
    'Возврат денежных средств осуществляется в течение 10 дней.',
    'Pinigai grąžinami per 14 dienų.',
    'Rückerstattungen werden in der Regel innerhalb von 10 Werktagen nach Genehmigung bearbeitet.',
    'Remboursement sous 14 jours.',
    'Reembolso en un plazo de 14 días.',
    '2 year warranty on all returns',
    'Gwarancja 24 miesiące. Zwroty przyjmujemy.',
    'Доставка 2-4 дня',
    'Lieferzeit: 2-3 Werktage',
    'Livraison en 48h, retours gratuits',
    'Return to top',
    'Price: 30.00 days',
    'O reembolso é feito em até 10 dias úteis.',
    'A entrega demora 3 a 5 dias úteis; devoluções grátis.',
    'Peniaze vám vrátime do 14 dní od odstúpenia od zmluvy.',
    'A vételárat legkésőbb 14 napon belül visszatérítjük.',
    'Két hét alatt kiszállítjuk.',
    'Rambursarea banilor se face în maxim 14 zile de la primirea produsului returnat.',
    'Сумата ще бъде възстановена в срок до 14 дни.',
    'Vi återbetalar pengarna inom 14 dagar.',
    'Leveranstid 2–4 arbetsdagar.',
    'Vi tilbagebetaler pengene inden for 14 dage.',
    'Pengene tilbakebetales innen 14 dager.',
    'Palautamme rahat 14 päivän kuluessa.',
    'Toimitusaika on 2–4 arkipäivää.',
    'Tagastame raha 14 päeva jooksul.',
    'Naudu atgriezīsim 14 dienu laikā.',
    'Piegāde 1-2 darba dienu laikā.',
    'Η επιστροφή των χρημάτων γίνεται εντός 14 ημερών.',
    'Η παράδοση γίνεται σε 1-3 εργάσιμες ημέρες.',
    'Novac ćemo vam vratiti u roku od 14 dana.',
    'Kupnino vam bomo vrnili v 14 dneh.',
    'Повернення коштів здійснюється протягом 14 днів.',
    'Ücret iadesi 14 gün içinde yapılır.',
  ])('%s', (text) => {
    expect(returnWindowsInText(text)).toEqual([]);
  });

  it('stays fast on hostile input', () => {
    const start = performance.now();
    returnWindowsInText(`9${' '.repeat(150_000)}9 ${'30 returns '.repeat(10_000)}`);
    expect(performance.now() - start).toBeLessThan(8000); // catastrophic backtracking would take minutes
  });
});

describe('returnPoliciesFromStructuredData', () => {
  const sd = (json: string) => returnPoliciesFromStructuredData(viewOf(`<script type="application/ld+json">${json}</script>`).page.structuredData);

  it('reads an Organization-level MerchantReturnPolicy', () => {
    expect(
      sd(`{"@context":"https://schema.org","@type":"OnlineStore","name":"Shop","hasMerchantReturnPolicy":{"@type":"MerchantReturnPolicy",
        "applicableCountry":"PL","returnPolicyCategory":"https://schema.org/MerchantReturnFiniteReturnWindow","merchantReturnDays":30,"returnFees":"https://schema.org/FreeReturn"}}`),
    ).toEqual([{ category: 'finite', days: 30, text: 'MerchantReturnPolicy: returnPolicyCategory MerchantReturnFiniteReturnWindow, merchantReturnDays 30' }]);
  });

  it('reads an untyped policy on an Offer, and days given as text', () => {
    expect(sd(`{"@type":"Product","offers":{"@type":"Offer","price":"10","hasMerchantReturnPolicy":{"merchantReturnDays":"14"}}}`)).toEqual([
      { category: 'finite', days: 14, text: 'Offer.hasMerchantReturnPolicy: merchantReturnDays 14' },
    ]);
  });

  it('reads unlimited and not-permitted categories', () => {
    expect(sd(`{"@type":"MerchantReturnPolicy","returnPolicyCategory":"MerchantReturnUnlimitedWindow"}`)).toMatchObject([{ category: 'unlimited' }]);
    expect(sd(`{"@type":"MerchantReturnPolicy","returnPolicyCategory":"https://schema.org/MerchantReturnNotPermitted"}`)).toMatchObject([{ category: 'not-permitted' }]);
  });

  it('reads microdata', () => {
    const html = `<div itemscope itemtype="https://schema.org/MerchantReturnPolicy"><link itemprop="returnPolicyCategory" href="https://schema.org/MerchantReturnFiniteReturnWindow"><meta itemprop="merchantReturnDays" content="60"></div>`;
    expect(returnPoliciesFromStructuredData(viewOf(html).page.structuredData)).toMatchObject([{ category: 'finite', days: 60 }]);
  });
});

describe('legalMinimumReturnDays', () => {
  it.each([
    ['PL', 14],
    ['LT', 14],
    ['DE', 14],
    ['FR', 14],
    ['ES', 14],
    ['IT', 14],
    ['GB', 14],
    ['uk', 14],
    ['RU', 7],
    ['US', 0],
  ])('%s: %i days', (country, expected) => {
    expect(legalMinimumReturnDays(country)?.days).toBe(expected);
    expect(legalMinimumReturnDays(country)?.source).toBeTruthy();
  });

  it('is unknown for other countries', () => {
    expect(legalMinimumReturnDays('BR')).toBeUndefined();
    expect(legalMinimumReturnDays(undefined)).toBeUndefined();
  });
});

describe('the Shopify / WooCommerce refund-policy template', () => {
  it('reads "Our policy lasts N days" as the return window', () => {
    expect(returnWindowsInText('Our policy lasts 30 days. If 30 days have gone by since your purchase, unfortunately we can’t offer you a refund or exchange.').map((w) => w.days)).toContain(30);
    expect(returnWindowsInText('Our refund policy lasts 7 days.').map((w) => w.days)).toEqual([7]);
  });
});

describe('a fortnight', () => {
  it('is fourteen days', () => {
    expect(returnWindowsInText('You can return any item within a fortnight of delivery.').map((w) => w.days)).toEqual([14]);
  });
});

describe('windows for some customers only', () => {
  it('marks a window that applies only to deliveries into the EU', () => {
    expect(returnWindowsInText('Für Lieferungen in die EU gilt ein Rückgaberecht von 14 Tagen.')).toEqual([expect.objectContaining({ days: 14, euOnly: true })]);
    expect(returnWindowsInText('For EU customers, you have 14 days to return your item.')).toEqual([expect.objectContaining({ days: 14, euOnly: true })]);
    expect(returnWindowsInText('You have 30 days to return an item.')[0]?.euOnly).toBeUndefined();
  });
});
