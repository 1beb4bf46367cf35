/** What a shopper meets on one screen of a checkout walk, read from the DOM the browser drew. */
import { detectCheckoutSteps } from '../../detectors/checkout-steps.js';
import { collapse } from '../../detectors/sentence.js';
import { parsePage, visibleTextOf } from '../../view/page-data.js';
import type { Page, WalkScreen } from '../../snapshot.js';

// The controls a shopper clicks, in the languages careaudit reads most (en, de, fr, pl, ru, lt, es, it, nl, pt).
export const ADD_TO_CART =
  /add to (?:cart|bag|basket)|in den warenkorb|ajouter au panier|dodaj do koszyka|в корзину|į krepšelį|añadir al carrito|aggiungi al carrello|in (?:de )?winkelwagen|adicionar ao carrinho/i;
export const CART_LINK =
  /^(?:view |go to |my |your |open )?(?:cart|basket|bag|shopping (?:cart|bag)|warenkorb|panier|koszyk|корзина|krepšelis|carrito|carrello|winkelwagen|carrinho)(?:\s*\(?\d+\)?)?$/i;
export const CHECKOUT =
  /(?<!\p{L})check ?out(?!\p{L})|proceed to (?:checkout|payment)|zur kasse|passer (?:la|à la) commande|do kasy|przejdź do (?:kasy|zamówienia)|оформить заказ|pereiti prie apmokėjimo|tramitar pedido|finalizar (?:compra|pedido)|procedi all.acquisto|afrekenen/iu;
export const GUEST =
  /(?:continue|proceed|check ?out|order|buy|shop) as (?:a )?guest|guest checkout|als gast|en tant qu.invité|jako gość|как гость|kaip svečias|como invitado|come ospite/i;
export const CONTINUE =
  /^(?!.*(?:shopping|einkaufen|achats|zakupy|покупк|apsipirk|comprando))(?:.*(?<!\p{L})(?:continue|next|proceed|create account|register|sign in|log ?in|weiter|suivant|continuer|dalej|далее|продолжить|toliau|tęsti|siguiente|continuar|avanti|volgende|verder|save)(?!\p{L}))/iu;
/** Buttons that would pay or order: never clicked. */
export const PLACE_ORDER =
  /place (?:the |my |your )?order|(?<!\p{L})pay (?:now|securely|[$€£\d])|complete (?:the |my )?(?:order|purchase)|confirm (?:and pay|order|purchase)|zahlungspflichtig bestellen|jetzt kaufen|commander et payer|zamawiam i płacę|zapłać|оплатить|подтвердить заказ|pagar ahora|realizar pedido|betalen|submit payment/iu;
const WALLETS = '(?<!\\p{L})(?:pay ?pal|apple ?pay|google ?pay|g ?pay|shop ?pay|amazon ?pay|click to pay)(?!\\p{L})';
export const EXPRESS_PAY = new RegExp(WALLETS, 'iu');
const EXPRESS_PAY_ALL = new RegExp(WALLETS, 'giu');

const PAYMENT_FIELD = 'input[autocomplete^="cc-"], input[name*="card" i], input[id*="card" i], input[name*="cvc" i], input[name*="cvv" i], iframe[src*="stripe" i], iframe[src*="adyen" i], iframe[src*="braintree" i]';
const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]):not([type=search]), select, textarea';
const SHIPPING_COST = /(?<!\p{L})(?:shipping|delivery|postage|versand\p{L}*|livraison|dostawa|wysyłka|доставка|pristatymas|envío|spedizione|verzending)(?!\p{L})[^\n]{0,40}?(?:[$€£]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|\$|£|zł|₽|eur|usd|gbp)|free|gratis|kostenlos|gratuit|darmow|бесплатн|nemokam)/iu;

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
