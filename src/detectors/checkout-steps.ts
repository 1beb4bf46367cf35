/**
 * Checkout step counting: reads the step indicator a checkout shows (aria-current step lists, platform
 * progress bars, "Step 2 of 4" text), or recognises a one-page checkout form when there is none.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import { capText, collapse } from './sentence.js';
import { letterRegExp } from './letters.js';

export interface CheckoutSteps {
  count: number;
  /** 1-based index of the step the page is on, when the indicator marks it. */
  current?: number;
  labels: string[];
  /** Which indicator was read: 'aria-current step list', 'Shopify breadcrumb', 'Magento progress bar',
   * 'WooCommerce checkout steps', 'checkout step list', '"Step 2 of 4" text', 'one-page checkout'. */
  source: string;
  /** Where the indicator is, as a CSS selector (for evidence). */
  selector?: string;
  /** The indicator's text, collapsed and capped. */
  text?: string;
}

/** More items than this is a menu or a product list, not a checkout's progress indicator. */
const MAX_STEPS = 12;
const MAX_LABEL = 60;
const MAX_TEXT = 200;



// Names of checkout stages in en/ru/pl/lt/de/fr/es (+ uk/it/nl/pt), used to tell a checkout's
// breadcrumb or step list from a category breadcrumb or a "how it works" list.
const STEP_WORD_LIST = [
  'cart', 'basket', 'bag', 'informations?', 'details', 'customer', 'contact', 'shipping', 'delivery', 'address', 'billing',
  'payment', 'pay', 'review', 'confirm\\p{L}*', 'summary', 'order', 'sign\\s*in', 'login', 'account',
  'корзин\\p{L}*', 'доставк\\p{L}*', 'оплат\\p{L}*', 'адрес', 'данные', 'покупател\\p{L}*', 'подтвержд\\p{L}*', 'оформлени\\p{L}*', 'заказ\\p{L}*', 'контакт\\p{L}*', 'получател\\p{L}*',
  'koszyk\\p{L}*', 'wysyłk\\p{L}*', 'rozliczeni\\p{L}*', 'dostaw\\p{L}*', 'płatnoś\\p{L}*', 'platnosc\\p{L}*', 'adres\\p{L}*', 'dane', 'podsumowanie', 'potwierdzenie', 'zamówieni\\p{L}*',
  'krepšel\\p{L}*', 'pristatym\\p{L}*', 'apmokėjim\\p{L}*', 'mokėjim\\p{L}*', 'duomen\\p{L}*', 'patvirtinim\\p{L}*', 'užsakym\\p{L}*',
  'warenkorb', 'adresse\\p{L}*', 'versand\\p{L}*', 'liefer\\p{L}*', 'zahlung\\p{L}*', 'zahlungsart', 'prüfen', 'überprüfen', 'bestätig\\p{L}*', 'bestellung', 'kasse', 'anmeld\\p{L}*',
  'panier', 'livraison', 'paiement', 'coordonnées', 'récapitulatif', 'validation', 'commande', 'identification',
  'carrito', 'cesta', 'envío', 'envio', 'entrega', 'pago', 'dirección', 'revisión', 'resumen', 'confirmación', 'pedido', 'datos',
  'кошик\\p{L}*', 'оплата', 'carrello', 'spedizione', 'pagamento', 'winkelwagen', 'bezorging', 'betaling', 'verzending', 'carrinho',
];
const STEP_WORD = letterRegExp(`(?<![\\p{L}])(?:${STEP_WORD_LIST.join('|')})(?![\\p{L}])`, 'iu');

// class/id tokens of checkout containers ("woocommerce-checkout", "checkoutSteps", "bx-soa-order", "opc-wrapper")
const CHECKOUT_TOKENS = new Set(['cart', 'basket', 'order', 'kasse', 'warenkorb', 'koszyk', 'zamowienie', 'oformlenie', 'soa', 'opc', 'commande', 'panier', 'pedido', 'carrito', 'krepselis']);

function isCheckoutToken(token: string): boolean {
  const t = token.toLowerCase();
  return t.startsWith('checkout') || CHECKOUT_TOKENS.has(t);
}

/**
 * Elements inside <template>, <script> or <noscript> are markup waiting to be rendered, not the page.
 * A <template>'s content hangs off its own fragment root, which .closest() does not climb out of.
 */
function inTemplate(el: Element): boolean {
  for (let n: ParentNode | null = el.parent; n; n = n.parent) {
    if (n.type === 'root' && n.parent) return true;
    if (n.type === 'tag' || n.type === 'script') {
      const name = (n as Element).name;
      if (name === 'template' || name === 'script' || name === 'noscript') return true;
    }
  }
  return false;
}

function live(selection: Cheerio<Element>): Element[] {
  return selection.toArray().filter((el) => !inTemplate(el));
}

/** A selector naming the element well enough to find it again in the page. */
function selectorOf(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 3; depth++) {
    const id = cur.attribs.id?.trim();
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      parts.unshift(`${cur.name}#${id}`);
      break;
    }
    const classes = (cur.attribs.class ?? '')
      .split(/\s+/)
      .filter((c) => /^[A-Za-z_][\w-]*$/.test(c))
      .slice(0, 2);
    parts.unshift(cur.name + classes.map((c) => `.${c}`).join(''));
    if (classes.length > 0) break;
    const parent: Element | null = cur.parent && cur.parent.type === 'tag' ? (cur.parent as Element) : null;
    cur = parent;
  }
  return parts.join(' > ');
}

/** A step's name: a heading or title inside the item if there is one (Magento 1 items hold whole forms), numbering dropped. */
function labelOf($: CheerioAPI, li: Element): string {
  const $li = $(li);
  const titled = $li.find('h1, h2, h3, h4, h5, h6, .step-title, .step-name, .step-label, [class*="title"], [class*="label"]').first();
  let text = collapse((titled.length ? titled : $li).text());
  if (!titled.length && text.length > MAX_LABEL) {
    const first = $li.find('a, span, strong, b').filter((_, e) => collapse($(e).text()).length > 0).first();
    if (first.length) text = collapse(first.text());
  }
  // "1. Cart", "01 Cart", "Step 1: Cart" → "Cart" (only when a name remains)
  const stripped = text
    .replace(/^(?:step|шаг|krok|žingsnis|schritt|étape|etape|paso)?\s*\d{1,2}\s*[.:)\-–]?\s*/iu, '')
    .trim();
  return capText(stripped || text, MAX_LABEL);
}

const CURRENT_CLASS = /(?:^|[\s_-])(?:active|current|is-active|is-current|selected|_active)(?:$|[\s_-])/i;

function isCurrent(el: Element): boolean {
  const a = el.attribs;
  return a['aria-current'] === 'step' || a['aria-current'] === 'page' || a['aria-current'] === 'true' || CURRENT_CLASS.test(a.class ?? '');
}

function fromItems($: CheerioAPI, list: Element, items: Element[], source: string): CheckoutSteps {
  const labels = items.map((li) => labelOf($, li)).filter((l) => l.length > 0);
  const currentIndex = items.findIndex((li) => isCurrent(li) || $(li).find('[aria-current="step"]').length > 0);
  const result: CheckoutSteps = {
    count: items.length,
    labels,
    source,
    selector: selectorOf(list),
    text: capText(collapse(labels.join(' › ')), MAX_TEXT),
  };
  if (currentIndex >= 0) result.current = currentIndex + 1;
  return result;
}

function stepWordCount($: CheerioAPI, items: Element[]): number {
  return items.filter((li) => STEP_WORD.test(labelOf($, li))).length;
}

function inCheckoutContext($: CheerioAPI, el: Element): boolean {
  const chain: Element[] = [el, ...$(el).parents().toArray()];
  return chain.some((p) => `${p.attribs.id ?? ''} ${p.attribs.class ?? ''}`.split(/[\s_-]+/).some(isCheckoutToken));
}

/** The items of the list an element belongs to: its own <li> siblings, or the children of its parent. */
function stepItems($: CheerioAPI, el: Element): { list: Element; items: Element[] } | undefined {
  const li = $(el).closest('li')[0];
  if (li && li.parent && li.parent.type === 'tag') {
    const list = li.parent as Element;
    return { list, items: $(list).children('li').toArray() };
  }
  // a step list made of <a>/<div>/<span> siblings
  const parent = el.parent && el.parent.type === 'tag' ? (el.parent as Element) : undefined;
  if (!parent) return undefined;
  return { list: parent, items: $(parent).children(el.name).toArray() };
}

function isShopifyBreadcrumb($: CheerioAPI, list: Element): boolean {
  return $(list).is('.breadcrumb, [class*="breadcrumb"]') || $(list).closest('nav[aria-label="Breadcrumb" i], [class*="breadcrumb"]').length > 0;
}

function fromAriaCurrent($: CheerioAPI): CheckoutSteps | undefined {
  for (const el of live($('[aria-current="step"]'))) {
    const found = stepItems($, el);
    if (!found || found.items.length < 2 || found.items.length > MAX_STEPS) continue;
    const source = isShopifyBreadcrumb($, found.list) ? 'Shopify breadcrumb' : 'aria-current step list';
    return fromItems($, found.list, found.items, source);
  }
  return undefined;
}

function fromBreadcrumb($: CheerioAPI): CheckoutSteps | undefined {
  const lists = live($('nav[aria-label="Breadcrumb" i] ol, nav[aria-label="Breadcrumb" i] ul, ol.breadcrumb, ul.breadcrumb, .breadcrumb ol, .breadcrumb ul'));
  for (const list of lists) {
    const items = $(list).children('li').toArray();
    if (items.length < 2 || items.length > MAX_STEPS) continue;
    // a category breadcrumb (Home › Women › Dresses) is not a checkout: most items must name checkout stages
    const words = stepWordCount($, items);
    if (words >= 2 && words * 2 >= items.length) return fromItems($, list, items, 'Shopify breadcrumb');
  }
  return undefined;
}

function fromMagento($: CheerioAPI): CheckoutSteps | undefined {
  for (const bar of live($('.opc-progress-bar'))) {
    const items = $(bar).find('.opc-progress-bar-item').toArray();
    if (items.length >= 1 && items.length <= MAX_STEPS) return fromItems($, bar, items, 'Magento progress bar');
  }
  return undefined;
}

const STEP_LIST_CLASS = /step|progress|wizard|multistep|wpmc|etap|шаг/i;

function fromStepList($: CheerioAPI): CheckoutSteps | undefined {
  for (const list of live($('ol, ul'))) {
    const marker = `${list.attribs.class ?? ''} ${list.attribs.id ?? ''}`;
    if (!STEP_LIST_CLASS.test(marker)) continue;
    const items = $(list).children('li').toArray();
    if (items.length < 2 || items.length > MAX_STEPS) continue;
    // "How it works: 1 Choose 2 Order 3 Enjoy" lists are styled as steps too: require checkout words or a checkout container
    if (stepWordCount($, items) < 2 && !inCheckoutContext($, list)) continue;
    const woo = /wpmc|woocommerce/i.test(marker) || $(list).closest('.woocommerce, [class*="woocommerce"]').length > 0;
    return fromItems($, list, items, woo ? 'WooCommerce checkout steps' : 'checkout step list');
  }
  return undefined;
}

// "Step 2 of 4" in en/ru/pl/lt/de/fr/es (+ uk/it/nl/pt); Lithuanian also puts the number first.
const STEP_OF = [
  letterRegExp(/(?<![\p{L}])(?:step|шаг|krok|žingsnis|schritt|étape|etape|paso|крок|passo|stap)\s*(\d{1,2})\s*(?:of|из|z|iš|von|aus|sur|de|з|di|van|\/)\s*(\d{1,2})(?!\d)/iu),
  /(?<!\d)(\d{1,2})\s*(?:-?as\s+)?žingsnis\s+iš\s+(\d{1,2})(?!\d)/iu,
];

function fromText(visibleText: string): CheckoutSteps | undefined {
  for (const re of STEP_OF) {
    const m = re.exec(visibleText);
    if (!m) continue;
    const current = Number(m[1]);
    const count = Number(m[2]);
    if (current < 1 || count < 2 || current > count || count > MAX_STEPS) continue;
    return { count, current, labels: [], source: '"Step 2 of 4" text', text: collapse(m[0]) };
  }
  return undefined;
}

/** Label text by the id it is for, built once per page (a label[for=…] query per field is quadratic). */
function labelsById($: CheerioAPI): Map<string, string> {
  const map = new Map<string, string>();
  for (const label of $('label[for]').toArray()) {
    const id = label.attribs.for;
    if (id && !map.has(id)) map.set(id, collapse($(label).text()));
  }
  return map;
}

/** What an input is about: its name, id, autocomplete, placeholder, aria-label and label text. */
function fieldSignature($: CheerioAPI, el: Element, labels: Map<string, string>): string {
  const a = el.attribs;
  const label = (a.id ? labels.get(a.id) : undefined) || collapse($(el).closest('label').text());
  return [a.name, a.id, a.autocomplete, a.placeholder, a['aria-label'], a['data-autocompletetype'], label].filter(Boolean).join(' ');
}

// Fields that look like address or payment fields but are not: "E-Mail-Adresse", "gift card", "Gutschein".
const NOT_CHECKOUT_FIELD =
  /e-?mail|newsletter|gift\s*card|giftcard|coupon|voucher|promo|discount|gutschein|rabatt|kupon|karta podarunkowa|подароч|промокод|купон|dovanų|nuolaid|bon de r[ée]duction|carte cadeau|tarjeta regalo|cup[óo]n|search|suche|szukaj|поиск|paieška|recherche|buscar/i;
const ADDRESS_FIELD =
  /street|address|addr|city|town|zip|postcode|postal|postleitzahl|\bplz\b|stra(?:ß|ss)e|\bort\b|adres|ulica|miasto|kod pocztowy|адрес|улиц|город|индекс|почтов|adresas|gatv|miest|pašto kodas|direcci|ciudad|poblaci|c[óo]digo postal|\brue\b|ville|code postal/i;
const PAYMENT_FIELD =
  /cc-?(?:number|num|exp|csc|name)|card|cvv|cvc|security code|kartennummer|karteninhaber|numer karty|номер карты|карт[аы]|kortel|tarjeta|carte bancaire|num[ée]ro de carte|payment[_-]?method|pay_system|paysystem|zahlungsart|płatnoś|оплат|apmokėjim|mokėjimo b|paiement|m[ée]todo de pago|forma de pago/i;

interface FieldKinds {
  address: boolean;
  payment: boolean;
}

function kindsOf(fields: Element[], $: CheerioAPI, labels: Map<string, string>): FieldKinds {
  const kinds: FieldKinds = { address: false, payment: false };
  for (const el of fields) {
    const type = (el.attribs.type ?? 'text').toLowerCase();
    if (['hidden', 'submit', 'button', 'image', 'reset', 'search', 'email', 'password'].includes(type)) continue;
    const sig = fieldSignature($, el, labels);
    if (NOT_CHECKOUT_FIELD.test(sig)) continue;
    if (ADDRESS_FIELD.test(sig)) kinds.address = true;
    if (PAYMENT_FIELD.test(sig)) kinds.payment = true;
    if (kinds.address && kinds.payment) break;
  }
  return kinds;
}

const PAYMENT_WIDGETS =
  '#payment, .payment_methods, .wc_payment_methods, #bx-soa-paysystem, .bx-soa-pp, [data-payment-method], #checkout-payment-method-load, .checkout-payment-method';

function fromOnePage($: CheerioAPI): CheckoutSteps | undefined {
  // Bitrix sale.order.ajax and WooCommerce render their checkout as one page by design; their address
  // fields are often named ORDER_PROP_7 / billing_address_1, so they are recognised by their containers.
  const platform = live($('#bx-soa-order, #bx-soa-order-form, form[name="ORDER_FORM"], form.woocommerce-checkout'))[0];
  const labels = labelsById($);
  const fields = live($('input, select, textarea'));
  const page = kindsOf(fields, $, labels);
  // a payment choice made with a widget rather than a named field (Woo/Bitrix/Magento/Shopify markup)
  const payment = page.payment || live($(PAYMENT_WIDGETS)).length > 0;
  // Address and payment fields on one page: usually one form, but mobile checkouts (Amazon) split them
  // into sibling forms on the same screen, which is still one step for the shopper.
  if (!platform && !(page.address && payment)) return undefined;
  const form =
    platform ??
    live($('form')).find((f) => {
      const k = kindsOf($(f).find('input, select, textarea').toArray(), $, labels);
      return k.address && k.payment;
    }) ??
    live($('form')).find((f) => kindsOf($(f).find('input, select, textarea').toArray(), $, labels).address);
  const result: CheckoutSteps = { count: 1, current: 1, labels: [], source: 'one-page checkout' };
  if (form) result.selector = selectorOf(form);
  return result;
}

/**
 * The checkout's steps, from the first indicator found in this order: aria-current="step", a Shopify
 * breadcrumb, Magento's progress bar, a step/progress list, "Step 2 of 4" text, then a one-page form
 * with address and payment fields. Undefined when the page shows no recognisable checkout.
 */
export function detectCheckoutSteps($: CheerioAPI, visibleText: string): CheckoutSteps | undefined {
  return fromAriaCurrent($) ?? fromBreadcrumb($) ?? fromMagento($) ?? fromStepList($) ?? fromText(visibleText) ?? fromOnePage($);
}
