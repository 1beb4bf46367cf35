/** The words the checkout walk clicks by, and the order-placing words it never clicks, in every language careaudit reads. */
import { describe, expect, it } from 'vitest';
import { ADD_TO_CART, CART_LINK, CHECKOUT, CONTINUE, GUEST, PLACE_ORDER, screenFacts } from '../../src/acquire/checkout-walk/screen.js';

interface Words {
  add: string[];
  cart: string[];
  checkout: string[];
  next: string[];
  /** "Continue shopping": leaves the checkout, never the way on. */
  shopping: string[];
  guest: string[];
  placeOrder: string[];
}

// Labels as stores write them on their buttons (Shopify, WooCommerce, PrestaShop, Shoptet, Magento translations).
const LANGUAGES: Record<string, Words> = {
  it: { add: ['Aggiungi al carrello'], cart: ['Carrello', 'Il mio carrello (2)'], checkout: ['Procedi al checkout', "Procedi all'acquisto", 'Vai alla cassa'], next: ['Continua', 'Continua alla spedizione', 'Avanti'], shopping: ['Continua gli acquisti', 'Continua lo shopping'], guest: ['Continua come ospite'], placeOrder: ['Effettua ordine', "Effettua l'ordine", 'Paga ora', "Completa l'ordine", 'Conferma ordine'] },
  nl: { add: ['In winkelwagen', 'Toevoegen aan winkelwagen', 'In winkelmand'], cart: ['Winkelwagen', 'Bekijk winkelwagen', 'Winkelmandje (1)'], checkout: ['Afrekenen', 'Doorgaan naar afrekenen', 'Naar de kassa'], next: ['Doorgaan', 'Ga verder', 'Volgende stap'], shopping: ['Verder winkelen', 'Doorgaan met winkelen'], guest: ['Bestellen als gast', 'Afrekenen als gast'], placeOrder: ['Bestelling plaatsen', 'Plaats bestelling', 'Nu betalen', 'Bestellen', 'Bestelling afronden'] },
  cs: { add: ['Do košíku', 'Vložit do košíku', 'Přidat do košíku'], cart: ['Košík', 'Košík (1)'], checkout: ['K pokladně', 'Přejít k pokladně', 'Pokladna'], next: ['Pokračovat', 'Pokračovat k dopravě', 'Další krok'], shopping: ['Pokračovat v nákupu', 'Pokračovat v nakupování'], guest: ['Pokračovat bez registrace', 'Nakoupit jako host'], placeOrder: ['Závazně objednat', 'Objednat s povinností platby', 'Odeslat objednávku', 'Dokončit objednávku', 'Zaplatit nyní', 'Objednat'] },
  sk: { add: ['Vložiť do košíka', 'Do košíka', 'Pridať do košíka'], cart: ['Košík'], checkout: ['Pokladňa', 'K pokladni', 'Prejsť do pokladne'], next: ['Pokračovať', 'Ďalej'], shopping: ['Pokračovať v nákupe', 'Pokračovať v nakupovaní'], guest: ['Nakúpiť bez registrácie', 'Pokračovať ako hosť'], placeOrder: ['Objednať s povinnosťou platby', 'Záväzne objednať', 'Odoslať objednávku', 'Dokončiť objednávku', 'Zaplatiť'] },
  sv: { add: ['Lägg i varukorgen', 'Lägg till i varukorgen', 'Lägg i kundvagnen'], cart: ['Varukorg', 'Visa varukorg', 'Kundvagn (3)'], checkout: ['Till kassan', 'Gå till kassan', 'Kassa'], next: ['Fortsätt', 'Fortsätt till leverans', 'Nästa'], shopping: ['Fortsätt handla'], guest: ['Fortsätt som gäst', 'Handla som gäst'], placeOrder: ['Slutför köp', 'Slutför beställning', 'Lägg order', 'Betala nu', 'Bekräfta köp'] },
  da: { add: ['Læg i kurv', 'Læg i kurven', 'Tilføj til kurv'], cart: ['Kurv', 'Se kurv', 'Indkøbskurv'], checkout: ['Gå til kassen', 'Til kassen', 'Gå til betaling'], next: ['Fortsæt', 'Næste', 'Gå videre til levering'], shopping: ['Fortsæt med at handle', 'Fortsæt med at handle her'], guest: ['Fortsæt som gæst'], placeOrder: ['Gennemfør køb', 'Afgiv ordre', 'Betal nu', 'Bestil nu', 'Godkend ordre'] },
  nb: { add: ['Legg i handlekurv', 'Legg i handlekurven', 'Legg til i handlekurv'], cart: ['Handlekurv', 'Vis handlekurv'], checkout: ['Gå til kassen', 'Til kassen'], next: ['Fortsett', 'Neste', 'Gå videre'], shopping: ['Fortsett å handle'], guest: ['Fortsett som gjest'], placeOrder: ['Fullfør kjøp', 'Fullfør bestilling', 'Betal nå', 'Send bestilling', 'Bekreft ordre'] },
  fi: { add: ['Lisää ostoskoriin', 'Ostoskoriin'], cart: ['Ostoskori', 'Näytä ostoskori'], checkout: ['Kassalle', 'Siirry kassalle', 'Siirry tilaamaan'], next: ['Jatka', 'Jatka toimitukseen', 'Seuraava'], shopping: ['Jatka ostoksia', 'Jatka ostoksille'], guest: ['Jatka vieraana', 'Tilaa kirjautumatta'], placeOrder: ['Tilaa', 'Tilaa ja maksa', 'Vahvista tilaus', 'Lähetä tilaus', 'Maksa'] },
  et: { add: ['Lisa ostukorvi', 'Lisa korvi'], cart: ['Ostukorv', 'Vaata ostukorvi'], checkout: ['Vormista tellimus', 'Mine kassasse'], next: ['Jätka', 'Edasi', 'Järgmine'], shopping: ['Jätka ostlemist', 'Jätka ostmist'], guest: ['Jätka külalisena'], placeOrder: ['Kinnita tellimus', 'Esita tellimus', 'Telli', 'Maksa', 'Saada tellimus'] },
  lv: { add: ['Pievienot grozam', 'Ielikt grozā'], cart: ['Grozs', 'Skatīt grozu'], checkout: ['Noformēt pasūtījumu', 'Doties uz kasi'], next: ['Turpināt', 'Tālāk'], shopping: ['Turpināt iepirkties'], guest: ['Turpināt kā viesis', 'Pirkt bez reģistrācijas'], placeOrder: ['Pasūtīt', 'Apstiprināt pasūtījumu', 'Veikt pasūtījumu', 'Apmaksāt'] },
  hu: { add: ['Kosárba', 'Kosárba teszem', 'Hozzáadás a kosárhoz'], cart: ['Kosár', 'Kosaram', 'Kosár megtekintése'], checkout: ['Tovább a pénztárhoz', 'Pénztár', 'Tovább a fizetéshez'], next: ['Tovább', 'Folytatás', 'Következő'], shopping: ['Vásárlás folytatása', 'Tovább vásárolok'], guest: ['Folytatás vendégként', 'Vásárlás regisztráció nélkül'], placeOrder: ['Rendelés elküldése', 'Megrendelés elküldése', 'Megrendelés', 'Rendelés leadása', 'Fizetési kötelezettséggel járó megrendelés'] },
  ro: { add: ['Adaugă în coș', 'Adauga in cos', 'Adaugă în coşul'], cart: ['Coș', 'Coșul meu', 'Cos (2)'], checkout: ['Finalizează comanda', 'Finalizeaza comanda'], next: ['Continuă', 'Continua', 'Înainte'], shopping: ['Continuă cumpărăturile', 'Continua cumparaturile'], guest: ['Continuă ca vizitator', 'Comandă fără cont'], placeOrder: ['Plasează comanda', 'Plaseaza comanda', 'Trimite comanda', 'Comandă acum', 'Plătește'] },
  pt: { add: ['Adicionar ao carrinho', 'Adicionar ao cesto'], cart: ['Carrinho', 'Ver carrinho', 'Meu carrinho (0)', 'Cesto'], checkout: ['Finalizar compra', 'Ir para o pagamento'], next: ['Continuar', 'Continuar para o envio', 'Seguinte', 'Próximo'], shopping: ['Continuar a comprar', 'Continuar comprando'], guest: ['Continuar como convidado', 'Comprar como visitante'], placeOrder: ['Finalizar encomenda', 'Fazer encomenda', 'Pagar agora', 'Confirmar encomenda', 'Concluir pedido'] },
  sl: { add: ['Dodaj v košarico', 'V košarico'], cart: ['Košarica', 'Moja košarica'], checkout: ['Na blagajno', 'Nadaljuj na blagajno', 'Blagajna'], next: ['Nadaljuj', 'Naprej'], shopping: ['Nadaljuj z nakupovanjem'], guest: ['Nadaljuj kot gost', 'Nakup brez registracije'], placeOrder: ['Oddaj naročilo', 'Potrdi naročilo', 'Naroči', 'Naroči z obveznostjo plačila', 'Plačaj zdaj'] },
  hr: { add: ['Dodaj u košaricu', 'U košaricu'], cart: ['Košarica', 'Košara'], checkout: ['Na naplatu', 'Naplata', 'Na blagajnu'], next: ['Nastavi', 'Dalje'], shopping: ['Nastavi kupovati', 'Nastavi s kupovinom'], guest: ['Nastavi kao gost', 'Kupnja bez registracije'], placeOrder: ['Potvrdi narudžbu', 'Naruči', 'Pošalji narudžbu', 'Završi narudžbu', 'Plati'] },
  bg: { add: ['Добави в количката', 'Добави в кошницата'], cart: ['Количка', 'Количката', 'Кошница'], checkout: ['Към плащане', 'Към касата', 'Каса'], next: ['Продължи', 'Продължете', 'Напред'], shopping: ['Продължи пазаруването', 'Продължете с пазаруването'], guest: ['Продължи като гост'], placeOrder: ['Поръчай', 'Поръчване', 'Потвърди поръчката', 'Направи поръчка', 'Плати'] },
  uk: { add: ['Додати в кошик', 'Додати до кошика', 'В кошик'], cart: ['Кошик', 'Кошик (1)'], checkout: ['Оформити замовлення', 'Перейти до оформлення'], next: ['Продовжити', 'Далі'], shopping: ['Продовжити покупки', 'Продовжити шопінг'], guest: ['Продовжити як гість'], placeOrder: ['Замовити', 'Підтвердити замовлення', 'Оплатити', 'Сплатити'] },
  el: { add: ['Προσθήκη στο καλάθι', 'ΠΡΟΣΘΗΚΗ ΣΤΟ ΚΑΛΑΘΙ'], cart: ['Καλάθι', 'Το καλάθι μου'], checkout: ['Ολοκλήρωση αγοράς', 'ΟΛΟΚΛΗΡΩΣΗ ΑΓΟΡΑΣ', 'Ταμείο'], next: ['Συνέχεια', 'ΣΥΝΕΧΕΙΑ', 'Επόμενο'], shopping: ['Συνέχεια αγορών', 'ΣΥΝΕΧΕΙΑ ΑΓΟΡΩΝ'], guest: ['Συνέχεια ως επισκέπτης'], placeOrder: ['Ολοκλήρωση παραγγελίας', 'ΟΛΟΚΛΗΡΩΣΗ ΠΑΡΑΓΓΕΛΙΑΣ', 'Υποβολή παραγγελίας', 'Πληρωμή τώρα'] },
  tr: { add: ['Sepete ekle', 'SEPETE EKLE'], cart: ['Sepet', 'Sepetim'], checkout: ['Ödemeye geç', 'Sepeti onayla', 'Alışverişi tamamla', 'ALIŞVERİŞİ TAMAMLA'], next: ['Devam et', 'DEVAM ET', 'İleri'], shopping: ['Alışverişe devam et', 'ALIŞVERİŞE DEVAM ET'], guest: ['Misafir olarak devam et', 'MİSAFİR OLARAK DEVAM ET', 'Üye olmadan devam et'], placeOrder: ['Siparişi tamamla', 'SİPARİŞİ TAMAMLA', 'Siparişi onayla', 'Sipariş ver', 'Ödeme yap', 'Satın al'] },
  ga: { add: ['Cuir sa chiseán', 'Cuir sa chairt'], cart: ['Ciseán', 'Cairt'], checkout: ['Seiceáil amach'], next: ['Lean ar aghaidh', 'Ar aghaidh'], shopping: ['Lean ar aghaidh ag siopadóireacht'], guest: ['Lean ar aghaidh mar aoi'], placeOrder: ['Íoc anois', 'Cuir an t-ordú', 'Déan ordú'] },
  mt: { add: ['Żid mal-karrettun', 'Żid fil-karrettun'], cart: ['Karrettun'], checkout: ['Għall-ħlas'], next: ['Kompli', 'Li jmiss'], shopping: ['Kompli x-xiri'], guest: ['Kompli bħala mistieden'], placeOrder: ['Ħallas issa', 'Agħmel l-ordni', 'Ikkonferma l-ordni'] },
};

describe.each(Object.entries(LANGUAGES))('checkout-walk words in %s', (_, words) => {
  it('recognises add-to-cart and cart links', () => {
    for (const label of words.add) expect(label, label).toMatch(ADD_TO_CART);
    for (const label of words.cart) expect(label, label).toMatch(CART_LINK);
  });
  it('goes to checkout, and a checkout button is no order', () => {
    for (const label of words.checkout) {
      expect(label, label).toMatch(CHECKOUT);
      expect(label, label).not.toMatch(PLACE_ORDER);
    }
  });
  it('continues, but not back to shopping, and continuing is no order', () => {
    for (const label of words.next) {
      expect(label, label).toMatch(CONTINUE);
      expect(label, label).not.toMatch(PLACE_ORDER);
    }
    for (const label of words.shopping) expect(label, label).not.toMatch(CONTINUE);
  });
  it('checks out as a guest, and the guest button is no order', () => {
    for (const label of words.guest) {
      expect(label, label).toMatch(GUEST);
      expect(label, label).not.toMatch(PLACE_ORDER);
    }
  });
  it('never clicks a button that places the order', () => {
    for (const label of words.placeOrder) {
      expect(label, label).toMatch(PLACE_ORDER);
      expect(label, label).not.toMatch(CHECKOUT);
    }
  });
});

describe('checkout-walk words, the languages read before', () => {
  it('keeps recognising what it did', () => {
    for (const label of ['Add to cart', 'In den Warenkorb', 'Ajouter au panier', 'Dodaj do koszyka', 'В корзину']) expect(label).toMatch(ADD_TO_CART);
    for (const label of ['Cart', 'View cart', 'Warenkorb (2)', 'Panier']) expect(label).toMatch(CART_LINK);
    for (const label of ['Continue', 'Weiter', 'Continuer', 'Dalej', 'Siguiente']) expect(label).toMatch(CONTINUE);
    for (const label of ['Continue shopping', 'Weiter einkaufen', 'Continuer mes achats', 'Seguir comprando']) expect(label).not.toMatch(CONTINUE);
  });
  it('recognises more order-placing buttons in them', () => {
    for (const label of ['Place order', 'Pay now', 'Complete order', 'Jetzt bezahlen', 'Zahlungspflichtig bestellen', 'Bestellung absenden', 'Payer maintenant', 'Commander', 'Zamawiam i płacę', 'Złóż zamówienie', 'Оплатить', 'Pateikti užsakymą', 'Realizar el pedido', 'Pagar ahora']) {
      expect(label, label).toMatch(PLACE_ORDER);
    }
    for (const label of ['Zur Kasse', 'Proceed to checkout', 'Przejdź do kasy', 'Pereiti prie apmokėjimo', 'Tramitar pedido', "Commander en tant qu'invité"]) {
      expect(label, label).not.toMatch(PLACE_ORDER);
    }
  });
});

describe('checkout-walk words stay apart from neighbours', () => {
  it('a word inside another word is no control', () => {
    expect('Join cosmetics club').not.toMatch(ADD_TO_CART);
    expect('Tilaa uutiskirje').not.toMatch(PLACE_ORDER);
    expect('Заказать звонок').not.toMatch(PLACE_ORDER);
    expect('Siirry maksamaan').not.toMatch(PLACE_ORDER);
  });
  it('stays linear on long labels', () => {
    const long = `${'Continue '.repeat(2000)}x`;
    const started = performance.now();
    for (const pattern of [ADD_TO_CART, CART_LINK, CHECKOUT, CONTINUE, GUEST, PLACE_ORDER]) pattern.test(long);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('shipping cost shown, in more languages', () => {
  const shown = (text: string) => screenFacts({ url: 'https://shop.example/checkout', roles: [], status: 'ok', headers: {}, html: `<html><body><p>${text}</p></body></html>`, requests: [] }).shippingCostShown;
  it.each(['Doprava: 99 Kč', 'Frakt 49 kr', 'Verzendkosten € 4,95', 'Szállítási díj: 1490 Ft', 'Livrare: 15 lei', 'Доставка: 5 лв', 'Kargo ücretsiz', 'Toimitus ilmainen', 'Dostava besplatna', 'Μεταφορικά δωρεάν'])('%s', (text) => {
    expect(shown(text)).toBe(true);
  });
});

describe('guest words are whole words', () => {
  it('does not read a guest option into other words', () => {
    for (const text of ['Africa invitations', 'Web jako hosting', 'Omar aoife']) expect(text, text).not.toMatch(GUEST);
  });
});
