/** What a shopper meets on one screen of a checkout walk, read from the DOM the browser drew. */
import { detectCheckoutSteps } from '../../detectors/checkout-steps.js';
import { collapse } from '../../detectors/sentence.js';
import { parsePage, visibleTextOf } from '../../view/page-data.js';
import type { Page, WalkScreen } from '../../snapshot.js';

/** One case-insensitive pattern of its alternatives (a language or a form a line each). */
const anyOf = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'iu');
/** A whole word or phrase: no letter just before it or just after it. */
const word = (alternatives: string) => String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`;

// The controls a shopper clicks, in every language careaudit reads. Turkish i and ı are written [iİ] and [ıi] (İ and I
// do not fold to i), Greek vowels with and without their accent (capitals drop it), Romanian ș/ş, ț/ţ and bare letters.
export const ADD_TO_CART = anyOf(
  'add to (?:cart|bag|basket)',
  'in den warenkorb', 'ajouter au panier', 'dodaj do koszyka', 'в корзину', 'į krepšelį', 'añadir al carrito',
  'aggiungi al carrello', 'in (?:de |het )?(?:winkelwagen|winkelmand)', 'toevoegen aan (?:de |het |mijn )?(?:winkelwagen|winkelmand)', 'adicionar ao (?:carrinho|cesto)',
  'do košíku', 'do košíka', // cs, sk
  'lägg (?:till )?i (?:varukorg|kundvagn)', // sv
  'læg i (?:indkøbs)?kurv', 'tilføj til (?:indkøbs)?kurv', // da
  'legg (?:til )?i handlekurv', // nb
  'lisää ostoskori', 'ostoskoriin', // fi
  'lisa (?:ostu)?korvi', 'ostukorvi', // et
  'pievienot grozam', 'ielikt grozā', // lv
  'kosárba', 'hozzáadás a kosárhoz', // hu
  String.raw`(?<!\p{L})[îi]n co[șşs]`, // ro
  'dodaj v košarico', 'v košarico', // sl
  'dodaj u košar', 'u košaricu', // hr
  'добави в (?:количката|кошницата)', // bg
  'додати (?:в|до) кошик', 'у кошик', 'в кошик', // uk
  'προσθ[ήη]κη στο καλ[άα]θι', 'στο καλ[άα]θι', // el
  'sepete ekle', // tr
  'cuir (?:sa|sa chairt|le|leis an) (?:chiseán|gcairt|cairt|chairt)', // ga
  'żid (?:mal|fil)-(?:karrettun|basket)', // mt
);
const CART_WORDS = [
  'cart', 'basket', 'bag', 'shopping (?:cart|bag)', 'warenkorb', 'panier', 'koszyk', 'корзина', 'krepšelis', 'carrito', 'carrello',
  'winkelwagen', 'winkelmand(?:je)?', 'carrinho', 'cesto', 'košík', 'varukorg(?:en)?', 'kundvagn(?:en)?', '(?:indkøbs)?kurv(?:en)?',
  'handlekurv(?:en)?', 'ostoskori', 'ostukorvi?', 'grozs', 'grozu', 'kosár', 'kosaram', 'co[șşs](?:ul)?', 'košarica', 'košara', 'количка(?:та)?',
  'кошница(?:та)?', 'кошик', 'καλ[άα]θι', 'sepet(?:im)?', 'ciseán', 'cairt', 'karrettun',
].join('|');
export const CART_LINK = new RegExp(
  String.raw`^(?:(?:view|go to|my|your|open|bekijk|naar|mijn|zobrazit|přejít do|můj|visa|till|min|vis|se|gå til|näytä|vaata|skatīt|mans|vezi|ver|meu|o meu|mostra|vai al|il mio|pojdi v|moja|idi u|преглед на|виж|моята|перейти (?:в|до)|мій|προβολ[ήη]|το) )?(?:${CART_WORDS})(?: (?:meu|mea|mou|megtekintése|μου))?(?:\s*\(?\d+\)?)?$`,
  'iu',
);
export const CHECKOUT = anyOf(
  String.raw`(?<!\p{L})check ?out(?!\p{L})`, 'proceed to (?:checkout|payment)',
  'zur kasse', 'passer (?:la|à la) commande', 'do kasy', 'przejdź do (?:kasy|zamówienia)', 'оформить заказ', 'pereiti prie apmokėjimo',
  'tramitar pedido', 'finalizar (?:compra|pedido)', 'procedi all.acquisto',
  'procedi (?:al pagamento|con l.ordine|all.ordine)', 'vai alla cassa', word('cassa'), // it
  'afrekenen', 'naar (?:de )?kassa', // nl
  word('poklad(?:na|ně|ny|nu|ňa|ni|ne)'), 'pokračovat v objednávce', 'pokračovať v objednávke', // cs, sk
  word('kass(?:a|an|e|en|alle|asse)'), 'siirry (?:kassalle|tilaamaan|maksamaan)', 'gå til betaling', // sv, da, nb, fi, et
  'vormista tellimus', // et
  'noformēt (?:pasūtījumu|pirkumu)', 'uz kasi', // lv
  'tovább a (?:pénztárhoz|fizetéshez|kasszához|(?:meg)?rendeléshez)', word('pénztár'), // hu
  'finaliz(?:ează|eaza|ați|ati) comanda', // ro
  'ir para (?:o pagamento|a caixa|o checkout)', 'prosseguir para (?:o )?(?:pagamento|checkout)', // pt
  'na blagajn[ou]', word('blagajna'), 'na naplatu', word('naplata'), // sl, hr
  'към (?:плащане|касата)', word('каса'), // bg
  'оформити замовлення', 'перейти (?:к|до) оформлен', // uk, ru
  'ολοκλ[ήη]ρωση αγορ[άα]ς', 'ταμε[ίι]ο', // el
  '[öo]demeye ge[çc]', 'sepeti onayla', 'al[ıi]şver[iİ]ş[iİ] tamamla', // tr
  'seiceáil amach', // ga
  'għall-ħlas', // mt
);
export const GUEST = anyOf(
  '(?:continue|proceed|check ?out|order|buy|shop) as (?:a )?guest', 'guest checkout',
  'als gast', 'en tant qu.invité', 'jako gość', 'как гость', 'kaip svečias', 'como invitado', 'come ospite', 'senza registrazione',
  'bez registrace', word('jako host'), 'bez registrácie', word('ako hosť'), // cs, sk
  word('som (?:gäst|gæst|gjest)'), // sv, da, nb
  'vieraana', 'kirjautumatta', // fi
  'külalisena', 'ilma registreerimata', // et
  'kā viesis', 'bez reģistrācijas', // lv
  'vendégként', 'regisztráció nélkül', // hu
  word('ca (?:vizitator|oaspete|invitat)'), 'f[ăa]r[ăa] (?:cont|[îi]nregistrare)', // ro
  'como (?:convidado|visitante)', word('sem (?:registo|registro|conta)'), // pt
  word('kot gost|kao gost'), 'brez registracije', 'bez registracije', // sl, hr
  'като гост', 'без регистрация', 'як гість', 'без реєстрації', // bg, uk
  'ως επισκ[έε]πτης', // el
  'm[iİ]saf[iİ]r olarak', '[üu]ye olmadan', // tr
  word('mar aoi'), 'bħala mistieden', // ga, mt
);
/** "Continue shopping" in every language: it leaves the checkout, so it is never the way on. */
const SHOPPING = [
  'shopping', 'einkaufen', 'achats', 'zakupy', 'покупк', 'apsipirk', 'comprando', 'acquisti', 'winkelen', 'v nákup', 'kupov', 'handla',
  'handle', 'ostoks', 'ostle', 'ostmis', 'iepirk', 'vásárl', 'vásárol', 'cump[ăa]r[ăa]tur', 'a comprar', 'пазаруван', 'шопінг',
  'αγορ[ώω]ν', 'ψ[ώω]νια', 'al[ıi]şver[iİ]ş', 'siopadóireacht', 'x-xiri',
].join('|');
const CONTINUE_WORDS = [
  'continue', 'next', 'proceed', 'create account', 'register', 'sign in', 'log ?in', 'save',
  'weiter', 'suivant', 'continuer', 'dalej', 'далее', 'продолжить', 'toliau', 'tęsti', 'siguiente', 'continuar', 'avanti', 'volgende', 'verder',
  'continua', 'continu[ăa]', // it, ro
  'doorgaan', // nl
  'pokračovat', 'pokračovať', 'další', 'dále', 'ďalej', // cs, sk
  'fortsätt', 'nästa', 'gå vidare', 'fortsæt', 'næste', 'gå videre', 'fortsett', 'neste', // sv, da, nb
  'jatka', 'seuraava', 'jätka', 'edasi', 'järgmine', // fi, et
  'turpināt', 'tālāk', // lv
  'tovább', 'folytatás', 'következő', // hu
  '[îi]nainte', 'următorul', 'urmatorul', // ro
  'seguinte', 'próximo', 'avançar', // pt
  'nadaljuj', 'naprej', 'nastavi', 'dalje', 'sljedeći', // sl, hr
  'продължи', 'продължете', 'напред', 'следваща', 'продовжити', 'далі', 'наступний', // bg, uk
  'συν[έε]χεια', 'συν[έε]χισε', '[έε]π[όο]μενο', // el
  'devam', '[iİ]ler[iİ]', 'sonraki', // tr
  'lean ar aghaidh', 'ar aghaidh', 'kompli', 'li jmiss', // ga, mt
].join('|');
export const CONTINUE = new RegExp(String.raw`^(?!.*(?:${SHOPPING}))(?:.*(?<!\p{L})(?:${CONTINUE_WORDS})(?!\p{L}))`, 'iu');
/** Buttons that would pay or order: never clicked. Broad on purpose: a false stop costs a walk, a false click places an order. */
export const PLACE_ORDER = anyOf(
  'place (?:the |my |your |an )?order', String.raw`(?<!\p{L})pay (?:now|securely|[$€£\d])`, 'complete (?:the |my )?(?:order|purchase|payment)',
  'confirm (?:and pay|order|purchase)', 'submit (?:payment|order)', 'buy now', 'order now',
  'zahlungspflichtig bestellen', 'kostenpflichtig bestellen', 'jetzt kaufen', 'jetzt bezahlen', 'bestellung (?:absenden|abschicken|bestätigen)', word('kaufen'), // de
  'commander et payer', 'payer maintenant', String.raw`(?<!\p{L})commander(?!\p{L})(?! en tant)`, 'obligation de paiement', // fr
  'zamawiam', 'zapłać', 'złóż zamówienie', 'kupuję', String.raw`(?<!\p{L})zamów(?!\p{L})(?! (?:jako|bez))`, // pl
  'оплатить', 'подтвердить заказ', String.raw`(?<!\p{L})заказать(?!\p{L})(?! (?:звонок|как))`, // ru
  'pateikti užsakymą', 'patvirtinti užsakymą', word('apmokėti'), String.raw`(?<!\p{L})užsakyti(?!\p{L})(?! kaip)`, // lt
  'pagar ahora', 'realizar (?:el )?pedido', 'confirmar (?:el )?(?:pedido|compra)', 'obligación de pago', 'comprar ahora', // es
  'effettua (?:l.)?ordine', 'conferma (?:l.)?ordine', 'invia (?:l.)?ordine', 'completa (?:l.)?ordine', 'ordina (?:ora|adesso)', 'paga (?:ora|adesso)', 'conferma e paga', 'obbligo di pagamento', // it
  'betalen', 'bestelling (?:plaatsen|afronden|bevestigen)', 'plaats (?:de )?bestelling', String.raw`(?<!\p{L})(?:nu )?bestellen(?!\p{L})(?! als)`, 'bestel nu', // nl
  'závazně objednat', 'záväzne objednať', String.raw`(?<!\p{L})objedna[tť](?!\p{L})(?! bez)`, 'povinnost(?:í|ou) platby', 'povinnosťou platby', // cs, sk
  String.raw`(?:odesl|odosl|dokonč|potvrd)\p{L}* objednávk`, 'dokonč(?:it|iť) nákup', word('zaplatit|zaplatiť'), // cs, sk
  'slutför (?:köp|beställning|order)', 'genomför (?:köp|beställning)', 'lägg (?:order|beställning)', 'bekräfta (?:köp|beställning|order)', word('betala|betal'), 'köp nu', // sv, da, nb
  'gennemfør (?:køb|ordre|bestilling)', 'afgiv (?:ordre|bestilling)', 'bestil (?:nu|og betal)', 'bekræft (?:køb|ordre|bestilling)', 'godkend ordre', // da
  'fullfør (?:kjøp|bestilling|ordre)', 'bekreft (?:kjøp|bestilling|ordre)', 'send bestilling', 'legg inn bestilling', 'kjøp nå', // nb
  String.raw`(?<!\p{L})tilaa(?!\p{L})(?! (?:uutiskirje|kirjautumatta))`, '(?:vahvista|lähetä|tee|hyväksy) tilaus', word('maksa'), // fi, et
  String.raw`(?<!\p{L})telli(?!\p{L})(?! (?:uudiskiri|ilma))`, '(?:kinnita|esita|saada) tellimus', // et
  word('pasūtīt|apmaksāt|samaksāt|maksāt'), '(?:veikt|apstiprināt) pasūtījumu', // lv
  '(?:meg)?rendelés (?:elküldése|leadása|véglegesítése|befejezése|megerősítése|jóváhagyása)', word('(?:meg)?rendelés|megrendelem|fizetek|kifizetem'), 'fizetési kötelezettség', 'fizetés most', // hu
  'plaseaz[ăa] comanda', 'trimite comanda', 'comand[ăa] acum', 'confirm[ăa] comanda', 'pl[ăa]te[șşs]te', // ro
  'finalizar (?:a )?encomenda', 'fazer (?:a )?(?:encomenda|pedido)', 'confirmar (?:a )?encomenda', 'pagar agora', 'concluir (?:a )?(?:encomenda|pedido|compra)', 'obrigação de pagamento', // pt
  'oddaj naročilo', 'potrdi naročilo', 'zaključi naročilo', 'obveznostjo plačila', word('plačaj'), // sl
  'potvrdi narudžb', 'pošalji narudžb', 'završi (?:narudžb|kupnju)', 'obvezom plaćanja', word('plati'), String.raw`(?<!\p{L})nar[ou][čc]i(?!\p{L})(?! (?:kot|kao) gost)`, // hr, sl
  word('поръчай|поръчвам|поръчване|плати|платете'), '(?:потвърди|потвърждаване на|направи|изпрати|завърши) поръчка', // bg
  word('замовити|сплатити|оплатити'), '(?:підтвердити|зробити|надіслати) замовлення', // uk
  '(?:ολοκλ[ήη]ρωση|υποβολ[ήη]|αποστολ[ήη]|επιβεβα[ίι]ωση|καταχ[ώω]ρηση) παραγγελ[ίι]ας', 'πληρωμ[ήη] τ[ώω]ρα', 'πλ[ήη]ρωσε', 'πληρ[ώω]στε', // el
  's[iİ]par[iİ]ş[iİ]? (?:tamamla|onayla|ver|g[öo]nder)', '[öo]deme yap', '[öo]demey[iİ] tamamla', 'şimdi [öo]de', word('[öo]de'), 'sat[ıi]n al(?!\\p{L})', // tr
  word('íoc(?: anois)?'), "(?:cuir|déan|seol|deimhnigh) (?:an |isteach )?(?:t-)?ordú", // ga
  'ħallas', "(?:agħmel|ibgħat|ikkonferma) l-ordni", // mt
);
const WALLETS = '(?<!\\p{L})(?:pay ?pal|apple ?pay|google ?pay|g ?pay|shop ?pay|amazon ?pay|click to pay)(?!\\p{L})';
export const EXPRESS_PAY = new RegExp(WALLETS, 'iu');
const EXPRESS_PAY_ALL = new RegExp(WALLETS, 'giu');

const PAYMENT_FIELD = 'input[autocomplete^="cc-"], input[name*="card" i], input[id*="card" i], input[name*="cvc" i], input[name*="cvv" i], iframe[src*="stripe" i], iframe[src*="adyen" i], iframe[src*="braintree" i]';
const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]):not([type=search]), select, textarea';
const SHIPPING_COST = /(?<!\p{L})(?:shipping|delivery|postage|versand\p{L}*|livraison|dostawa|wysyłka|доставка|pristatymas|envío|spedizione|verzend\p{L}*|bezorg\p{L}*|doprav\p{L}*|poštovné|doručen\p{L}*|frakt\p{L}*|fragt\p{L}*|leverans\p{L}*|levering\p{L}*|toimitus\p{L}*|postikulut|tarne\p{L}*|transport\p{L}*|piegāde\p{L}*|szállítás\p{L}*|livrare\p{L}*|envio|portes|frete|entrega|dostava|poštnina|poštarina|μεταφορικ\p{L}*|αποστολ\p{L}*|kargo|teslimat|seachadadh|postas|kunsinna|tbagħit)(?!\p{L})[^\n]{0,40}?(?:[$€£]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|\$|£|zł|₽|₴|₺|eur|usd|gbp|kč|czk|sek|dkk|nok|huf|ron|bgn|uah|лв|грн|(?:kr|ft|lei|tl|try)(?!\p{L}))|free|gratis|grátis|kostenlos|gratuit|darmow|бесплатн|nemokam|zdarma|zadarmo|ilmai\p{L}*|maksuton|tasuta|bezmaksas|ingyenes|brezplačn|besplatn|безплатн|безкоштовн|δωρεάν|ücretsiz|bedava|saor in aisce|b'xejn)/iu;

/** Facts of a screen: where, its heading, step indicator, fields, account wall, guest option, wallets, shipping cost, payment. */
export function screenFacts(page: Page): Omit<WalkScreen, 'kind' | 'screenshot'> {
  const $ = parsePage(page);
  const text = visibleTextOf(page);
  const visible = (selector: string) => $(selector).filter((_, el) => $(el).closest('[hidden], [aria-hidden=true], template, [style*="display:none"], [style*="display: none"]').length === 0);
  const heading = collapse($('h1').first().text() || $('h2').first().text()) || undefined;
  const steps = detectCheckoutSteps($, text);
  const labels = $('button, a, [aria-label], img[alt]').toArray().map((el) => `${$(el).text()} ${el.attribs['aria-label'] ?? ''} ${el.attribs.alt ?? ''}`).join(' ');
  const wallets = new Set([...`${text} ${labels}`.matchAll(EXPRESS_PAY_ALL)].map((m) => m[0].replace(/\s+/g, ' ').toLowerCase()));
  const guestOption = GUEST.test(text) || GUEST.test(labels);
  const passwordWall = visible('input[type=password]').length > 0;
  return {
    url: page.url,
    ...(heading ? { heading } : {}),
    ...(steps ? { stepIndicator: steps.labels.length ? steps.labels.join(' › ') : (steps.text ?? `${steps.count} steps`) } : {}),
    fields: visible(FIELDS).length,
    accountDemanded: passwordWall && !guestOption,
    guestOption,
    expressPay: [...wallets],
    shippingCostShown: SHIPPING_COST.test(text),
    payment: visible(PAYMENT_FIELD).length > 0,
  };
}
