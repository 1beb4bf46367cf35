import { describe, expect, it } from 'vitest';
import { deliveryFact, deliveryFactSources } from '../../src/detectors/delivery-facts.js';
import { languageCodes, languages } from '../../src/languages/load.js';
import { catastrophicBacktracking } from '../../src/primitives/regex-safety.js';

describe('deliveryFact: a section that says something about delivery', () => {
  it.each([
    ['en', 'Orders are sent by Royal Mail tracked 48 and arrive in 2–4 working days.', 'carrier'],
    ['en', 'We deliver worldwide; parcels to Europe usually take a week.', 'time'],
    ['en', 'Free delivery on all orders.', 'free'],
    ['en', 'You can collect your order from our workshop.', 'method'],
    ['en', 'Orders placed before noon are dispatched for next day delivery.', 'time'],
    ['pl', 'Towar wysyłamy przesyłką kurierską lub priorytetową przesyłką pocztową. Możliwy jest również odbiór osobisty.', 'method'],
    ['pl', 'Dostawa do paczkomatu kosztuje 14,99 zł.', 'carrier'],
    ['pl', 'Zamówienia realizujemy w ciągu trzech dni roboczych.', 'time'],
    ['cs', 'Zboží doručujeme přes Zásilkovnu za 79 Kč.', 'carrier'],
    ['cs', 'Objednávky odesíláme do dvou pracovních dnů.', 'time'],
    ['cs', 'Doprava je zdarma.', 'free'],
    ['nl', 'Zijn er leveringskosten? Vanaf 1 week huren: € 55,00.', 'price'],
    ['nl', 'Alle bestellingen worden voorbereid voor levering of afhaling bij onze afhaalpunten.', 'method'],
    ['fr', 'Les produits sont livrés à l’adresse indiquée par le client lors de la commande.', 'method'],
    ['de', 'Wir liefern innerhalb Deutschlands und nach Österreich.', 'area'],
    ['it', 'La consegna avviene in 24/72 ore lavorative.', 'time'],
    ['sv', 'Vi erbjuder fri frakt.', 'free'],
    ['ru', 'Доставка курьером по Москве.', 'method'],
    ['el', 'Αποστολή σε όλη την Ελλάδα.', 'area'],
  ])('%s: "%s" states a %s', (_lang, text, kind) => {
    expect(deliveryFact(text)).toMatchObject({ kind });
  });

  it.each([
    ['en', 'Physical goods, if offered, are delivered according to the conditions stated at the product. The customer is informed by e-mail when delivery starts.'],
    ['en', 'Access to digital content is granted once the payment has been received.'],
    ['cs', 'Fyzické zboží, pokud je nabízeno, je doručováno dle podmínek uvedených u konkrétního produktu. O dodání zboží je Uživatel informován prostřednictvím e-mailu.'],
    ['cs', 'Potvrzení objednávky zasíláme elektronickou poštou.'],
    ['pl', 'O wysłaniu towaru poinformujemy pocztą elektroniczną.'],
    ['de', 'Die Lieferung erfolgt nach Maßgabe der beim Produkt angegebenen Bedingungen.'],
    ['fr', 'Les modalités de livraison sont précisées sur la fiche du produit.'],
    ['nb', 'Du får beskjed på e-posten når varen er sendt.'],
  ])('%s: "%s" states none', (_lang, text) => {
    expect(deliveryFact(text)).toBeUndefined();
  });

  it('gives the sentence that states it', () => {
    expect(deliveryFact('Delivery. Orders go out with DPD. Questions? Write to us.')).toEqual({ kind: 'carrier', match: 'DPD', text: 'Orders go out with DPD' });
  });

  it('reads carriers whose names are words only as written: "posti" is Italian for seats', () => {
    expect(deliveryFact('I posti disponibili sono limitati.')).toBeUndefined();
    expect(deliveryFact('Toimitamme Postin kautta.')).toMatchObject({ kind: 'method' });
  });
});

describe('deliveryFacts in the language files', () => {
  it.each(languageCodes())('%s names methods, areas, free delivery and times', (code) => {
    const words = languages().find((l) => l.code === code)!.deliveryFacts;
    for (const list of [words?.methods, words?.areas, words?.free, words?.times]) expect(list?.length).toBeGreaterThan(0);
  });

  it('compile to patterns that run in linear time', () => {
    for (const source of deliveryFactSources()) expect(catastrophicBacktracking(source)).toBeUndefined();
    const start = performance.now();
    deliveryFact(`${'livraison '.repeat(20_000)}${'9'.repeat(50_000)} ${'delivered to the '.repeat(5_000)}`);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
