// Benchmark-only: deterministic, realistic store pages (Shopify / WooCommerce / Magento / Bitrix style) for the
// engine benchmark, and tiny stores for the batch benchmark. Everything comes from a seeded PRNG, so every run
// and every machine measures the same bytes.

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

export const ROLES = ['home', 'contact', 'faq', 'returns', 'shipping', 'cart', 'checkout'];

const LANGS = {
  en: {
    lang: 'en', country: 'US', currency: 'USD', price: (n) => `$${n.toFixed(2)}`,
    phone: ['+1 (415) 555-0132', '1-800-435-7264', '(212) 736-5000'],
    nav: { contact: 'Contact us', faq: 'Help & FAQ', returns: 'Returns & exchanges', shipping: 'Shipping & delivery', cart: 'Cart', checkout: 'Checkout', tracking: 'Track your order' },
    hours: 'Customer service: Monday–Friday 9am–6pm, Saturday 10am–4pm',
    reply: 'We reply to every email within 24 hours.',
    returns: 'You can return any item within 30 days of delivery for a full refund. Returns are free: print a prepaid return label from your account. Refunds are issued within 5 business days to the original payment method.',
    shipping: 'Standard shipping (3–5 business days) is $4.95, free on orders over $50. Express shipping (1–2 business days) is $14.95. Every order ships with a tracking number.',
    faqQ: ['How do I track my order?', 'Can I change my order?', 'Which payment methods do you accept?', 'Do you ship internationally?', 'How do I return an item?', 'When will I get my refund?'],
    words: 'soft organic cotton everyday fit relaxed classic merino wool waterproof lightweight breathable recycled premium tailored slim vintage washed linen stretch jersey hooded quilted'.split(' '),
    add: 'Add to cart', search: 'Search our help centre', subtotal: 'Subtotal', shipEst: 'Shipping calculated at checkout', guest: 'Continue as guest',
    steps: ['Information', 'Shipping', 'Payment'],
  },
  de: {
    lang: 'de', country: 'DE', currency: 'EUR', price: (n) => `${n.toFixed(2).replace('.', ',')} €`,
    phone: ['+49 30 12345678', '030 901820', '+49 89 2180 3000'],
    nav: { contact: 'Kontakt', faq: 'Hilfe & FAQ', returns: 'Rücksendung', shipping: 'Versand & Lieferung', cart: 'Warenkorb', checkout: 'Kasse', tracking: 'Sendungsverfolgung' },
    hours: 'Kundenservice: Montag–Freitag 9:00–18:00 Uhr',
    reply: 'Wir antworten auf jede E-Mail innerhalb von 24 Stunden.',
    returns: 'Sie können jeden Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Die Rücksendung ist kostenlos: Drucken Sie das Retourenetikett aus. Die Erstattung erfolgt innerhalb von 5 Werktagen.',
    shipping: 'Standardversand (2–4 Werktage) kostet 4,95 €, ab 50 € versandkostenfrei. Expressversand (1 Werktag) kostet 9,95 €. Jede Sendung erhält eine Sendungsnummer.',
    faqQ: ['Wie verfolge ich meine Bestellung?', 'Kann ich meine Bestellung ändern?', 'Welche Zahlungsarten gibt es?', 'Liefern Sie ins Ausland?', 'Wie sende ich einen Artikel zurück?', 'Wann erhalte ich meine Erstattung?'],
    words: 'weiche Baumwolle bequeme Passform klassisch Merinowolle wasserdicht leicht atmungsaktiv recycelt hochwertig schmal Leinen Jersey Kapuze gesteppt'.split(' '),
    add: 'In den Warenkorb', search: 'Hilfe durchsuchen', subtotal: 'Zwischensumme', shipEst: 'Versandkosten werden an der Kasse berechnet', guest: 'Als Gast bestellen',
    steps: ['Adresse', 'Versand', 'Zahlung'],
  },
  pl: {
    lang: 'pl', country: 'PL', currency: 'PLN', price: (n) => `${(n * 4).toFixed(2).replace('.', ',')} zł`,
    phone: ['+48 22 123 45 67', '22 599 00 00', '+48 58 555 12 34'],
    nav: { contact: 'Kontakt', faq: 'Pomoc', returns: 'Zwroty i reklamacje', shipping: 'Dostawa', cart: 'Koszyk', checkout: 'Kasa', tracking: 'Śledzenie zamówienia' },
    hours: 'Biuro obsługi klienta: poniedziałek–piątek 8:00–18:00',
    reply: 'Odpowiadamy na każdą wiadomość w ciągu 24 godzin.',
    returns: 'Masz 30 dni na zwrot towaru bez podania przyczyny. Zwrot jest darmowy: wydrukuj etykietę zwrotną. Zwrot pieniędzy w ciągu 5 dni roboczych.',
    shipping: 'Dostawa kurierem (1–2 dni robocze) kosztuje 14,99 zł, darmowa od 200 zł. Paczkomat 9,99 zł. Każda przesyłka ma numer do śledzenia.',
    faqQ: ['Jak śledzić zamówienie?', 'Czy mogę zmienić zamówienie?', 'Jakie są formy płatności?', 'Czy wysyłacie za granicę?', 'Jak zwrócić towar?', 'Kiedy otrzymam zwrot pieniędzy?'],
    words: 'miękka bawełna wygodny krój klasyczny wełna wodoodporny lekki oddychający recykling wysokiej jakości dopasowany len dzianina kaptur pikowany'.split(' '),
    add: 'Dodaj do koszyka', search: 'Szukaj w pomocy', subtotal: 'Suma częściowa', shipEst: 'Koszt dostawy obliczony w kasie', guest: 'Kup bez rejestracji',
    steps: ['Dane', 'Dostawa', 'Płatność'],
  },
  ru: {
    lang: 'ru', country: 'RU', currency: 'RUB', price: (n) => `${Math.round(n * 90)} ₽`,
    phone: ['+7 (495) 123-45-67', '8 800 555-35-35', '+7 812 600-00-00'],
    nav: { contact: 'Контакты', faq: 'Помощь', returns: 'Возврат и обмен', shipping: 'Доставка', cart: 'Корзина', checkout: 'Оформление заказа', tracking: 'Отследить заказ' },
    hours: 'Служба поддержки: пн–пт с 9:00 до 21:00, сб–вс с 10:00 до 18:00',
    reply: 'Мы отвечаем на письма в течение 24 часов.',
    returns: 'Вы можете вернуть товар в течение 30 дней с момента получения. Возврат бесплатный. Деньги возвращаются в течение 5 рабочих дней.',
    shipping: 'Курьерская доставка (1–3 дня) — 390 ₽, бесплатно от 5000 ₽. Самовывоз из пункта выдачи — 199 ₽. Каждому заказу присваивается трек-номер.',
    faqQ: ['Как отследить заказ?', 'Можно ли изменить заказ?', 'Какие способы оплаты?', 'Доставляете ли вы за границу?', 'Как вернуть товар?', 'Когда вернут деньги?'],
    words: 'мягкий хлопок удобный классический шерсть водонепроницаемый лёгкий дышащий переработанный премиальный приталенный лён трикотаж капюшон стёганый'.split(' '),
    add: 'В корзину', search: 'Поиск по справке', subtotal: 'Итого', shipEst: 'Стоимость доставки рассчитывается при оформлении', guest: 'Оформить без регистрации',
    steps: ['Контакты', 'Доставка', 'Оплата'],
  },
};

const PLATFORMS = ['shopify', 'woocommerce', 'magento', 'bitrix'];
const PATHS = {
  shopify: { home: '/', contact: '/pages/contact', faq: '/pages/faq', returns: '/policies/refund-policy', shipping: '/policies/shipping-policy', cart: '/cart', checkout: '/checkouts/cn/c1', tracking: '/pages/track-order' },
  woocommerce: { home: '/', contact: '/contact/', faq: '/faq/', returns: '/returns-policy/', shipping: '/shipping/', cart: '/cart/', checkout: '/checkout/', tracking: '/order-tracking/' },
  magento: { home: '/', contact: '/contact/', faq: '/faq', returns: '/returns', shipping: '/shipping-information', cart: '/checkout/cart/', checkout: '/checkout/', tracking: '/sales/guest/form/' },
  bitrix: { home: '/', contact: '/contacts/', faq: '/help/', returns: '/help/return/', shipping: '/help/delivery/', cart: '/personal/cart/', checkout: '/personal/order/make/', tracking: '/personal/order/' },
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function ident(r) {
  const a = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  let s = a[r.int(0, a.length - 1)];
  const n = r.int(0, 2);
  for (let i = 0; i < n; i++) s += a[r.int(0, 25)];
  return s;
}

/** Minified-looking JavaScript, about `bytes` long (webpack / jQuery style). */
function minifiedJs(r, bytes) {
  const parts = [`!function(){"use strict";var ${ident(r)}={};`];
  let size = parts[0].length;
  const snippets = [
    () => `function ${ident(r)}(${ident(r)},${ident(r)}){return ${ident(r)}&&${ident(r)}.call(this,${r.int(0, 999)})||void 0}`,
    () => `var ${ident(r)}=${ident(r)}.prototype.hasOwnProperty,${ident(r)}=Object.defineProperty;`,
    () => `${ident(r)}.exports=function(${ident(r)}){for(var ${ident(r)}=0;${ident(r)}<${ident(r)}.length;${ident(r)}++)if("${ident(r)}"===typeof ${ident(r)}[${ident(r)}])return!0;return!1};`,
    () => `${ident(r)}(".${ident(r)}-${ident(r)}").on("click",function(e){e.preventDefault();${ident(r)}(this).toggleClass("is-${ident(r)}")});`,
    () => `if(${ident(r)}<${r.int(2, 4096)}&&${ident(r)}>=${r.int(0, 99)}){${ident(r)}[${r.int(0, 64)}]=${ident(r)}>>>${r.int(1, 24)}&${r.int(1, 255)}}`,
    () => `try{${ident(r)}=JSON.parse(${ident(r)}.getItem("${ident(r)}_${r.int(0, 9999)}"))}catch(${ident(r)}){}`,
    () => `${ident(r)}.push([${r.int(100, 999)},{${ident(r)}:function(${ident(r)},${ident(r)},${ident(r)}){${ident(r)}.d(${ident(r)},{a:function(){return ${ident(r)}}})}}]);`,
    () => `"<div class=\\"${ident(r)}\\">"+${ident(r)}+"</div>"`,
    () => `;`,
  ];
  while (size < bytes) {
    const s = r.pick(snippets)();
    parts.push(s);
    size += s.length;
  }
  parts.push('}();');
  return parts.join('');
}

/** A big JSON blob of product data (Shopify's product JSON, WooCommerce variations, Magento's x-magento-init). */
function jsonBlob(r, L, bytes) {
  const items = [];
  let size = 0;
  let id = r.int(1e9, 9e9);
  while (size < bytes) {
    const title = `${r.pick(L.words)} ${r.pick(L.words)} ${r.pick(['T-Shirt', 'Jacket', 'Hoodie', 'Sneaker', 'Backpack', 'Cap'])}`;
    const item = {
      id: id++,
      title,
      handle: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      vendor: 'Brand',
      price: r.int(500, 25000),
      compare_at_price: r.next() < 0.3 ? r.int(500, 30000) : null,
      available: r.next() < 0.9,
      tags: [r.pick(L.words), r.pick(L.words), r.pick(L.words)],
      variants: Array.from({ length: r.int(1, 6) }, (_, i) => ({ id: id * 10 + i, sku: `SKU-${r.int(10000, 99999)}`, option1: r.pick(['XS', 'S', 'M', 'L', 'XL']), option2: r.pick(['Black', 'White', 'Navy', 'Olive']), price: r.int(500, 25000), inventory_quantity: r.int(0, 300), barcode: String(r.int(1e11, 9e11)) })),
      images: Array.from({ length: r.int(1, 4) }, () => `//cdn.example.com/s/files/1/0${r.int(100, 999)}/${r.int(1000, 9999)}/products/${ident(r)}_${r.int(100, 999)}x.jpg?v=${r.int(1e9, 2e9)}`),
      description: `<p>${Array.from({ length: r.int(8, 30) }, () => r.pick(L.words)).join(' ')}</p>`,
    };
    const s = JSON.stringify(item);
    items.push(s);
    size += s.length + 1;
  }
  return `[${items.join(',')}]`;
}

function inlineScripts(r, L, platform, budget) {
  const out = [];
  let left = budget;
  const take = (share) => {
    const n = Math.max(2000, Math.floor(budget * share));
    left -= n;
    return n;
  };
  switch (platform) {
    case 'shopify':
      out.push(`<script>window.Shopify = window.Shopify || {};Shopify.shop = "store-${r.int(1, 9999)}.myshopify.com";Shopify.locale = "${L.lang}";Shopify.currency = {"active":"${L.currency}","rate":"1.0"};Shopify.theme = {"name":"Dawn","id":${r.int(1e11, 9e11)},"role":"main"};</script>`);
      out.push(`<script>var meta = {"products":${jsonBlob(r, L, take(0.35))},"page":{"pageType":"collection"}};</script>`);
      out.push(`<script id="web-pixels-manager-setup">${minifiedJs(r, take(0.25))}</script>`);
      out.push(`<script type="application/json" id="shopify-features">{"accessToken":"${ident(r)}${r.int(1e9, 9e9)}","betas":["rich-media-storefront-analytics"],"domain":"store.example","predictiveSearch":true,"shopId":${r.int(1e7, 9e7)},"locale":"${L.lang}"}</script>`);
      out.push(`<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = ${jsonBlob(r, L, take(0.1))};</script>`);
      break;
    case 'woocommerce':
      out.push(`<script id="jquery-core-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"${L.nav.cart}","cart_url":"\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"};</script>`);
      out.push(`<script id="jquery-core-js">${minifiedJs(r, take(0.3))}</script>`);
      out.push(`<script id="wc-product-variations">var product_variations = ${jsonBlob(r, L, take(0.35))};</script>`);
      out.push(`<script id="elementor-frontend-js-before">var elementorFrontendConfig = ${jsonBlob(r, L, take(0.1))};</script>`);
      break;
    case 'magento':
      out.push(`<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{"components":{"customerData":{"component":"Magento_Customer/js/customer-data"}}}}}</script>`);
      out.push(`<script type="text/x-magento-init">{"[data-role=priceBox]":{"priceBox":{"priceConfig":${jsonBlob(r, L, take(0.4))}}}}</script>`);
      out.push(`<script>require.config(${JSON.stringify({ map: { '*': { [ident(r)]: ident(r) } }, paths: { jquery: 'jquery/jquery.min' } })});${minifiedJs(r, take(0.3))}</script>`);
      break;
    default:
      out.push(`<script>BX.message(${JSON.stringify(Object.fromEntries(Array.from({ length: 200 }, () => [`${ident(r)}_${r.int(0, 9999)}`.toUpperCase(), r.pick(L.words)])))});</script>`);
      out.push(`<script>${minifiedJs(r, take(0.35))}</script>`);
      out.push(`<script>var arCatalogItems = ${jsonBlob(r, L, take(0.35))};</script>`);
      break;
  }
  // analytics and tag managers: every real store has several
  out.push(`<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r.int(1e6, 9e6)}"></script>`);
  out.push(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date);gtag("config","G-${r.int(1e6, 9e6)}");</script>`);
  if (left > 0) out.push(`<script>${minifiedJs(r, left)}</script>`);
  return out.join('\n');
}

function svgIcon(r) {
  const d = Array.from({ length: r.int(8, 40) }, () => `${r.pick(['M', 'L', 'C', 'Q'])}${r.int(0, 24)}.${r.int(0, 99)} ${r.int(0, 24)}.${r.int(0, 99)}`).join('');
  return `<svg aria-hidden="true" focusable="false" class="icon icon-${ident(r)}" viewBox="0 0 24 24"><path d="${d}z" fill="currentColor"/></svg>`;
}

function productCard(r, L, platform, i) {
  const title = `${r.pick(L.words)} ${r.pick(L.words)} ${r.pick(L.words)}`;
  const price = L.price(r.int(900, 19900) / 100);
  const cls = { shopify: 'card-wrapper product-card-wrapper', woocommerce: 'product type-product status-publish instock', magento: 'item product product-item', bitrix: 'catalog-section-item bx_catalog_item' }[platform];
  return `<li class="${cls}" data-product-id="${r.int(1e5, 9e5)}"><div class="card card--media"><div class="card__inner"><a href="/products/${ident(r)}-${i}" class="full-unstyled-link"><img src="//cdn.example.com/files/${ident(r)}_${i}.jpg?v=${r.int(1e9, 2e9)}&amp;width=533" srcset="//cdn.example.com/files/${ident(r)}.jpg?width=165 165w, //cdn.example.com/files/${ident(r)}.jpg?width=360 360w, //cdn.example.com/files/${ident(r)}.jpg?width=533 533w" alt="${esc(title)}" loading="lazy" width="533" height="711"></a></div><div class="card__content"><h3 class="card__heading h5"><a href="/products/${ident(r)}-${i}">${esc(title)}</a></h3><div class="price"><span class="price-item price-item--regular">${price}</span></div><div class="rating" role="img" aria-label="${r.int(1, 5)}.${r.int(0, 9)} / 5"><span class="rating-count">(${r.int(0, 900)})</span></div><form method="post" action="/cart/add"><input type="hidden" name="id" value="${r.int(1e9, 9e9)}"><button type="submit" class="button button--full-width">${L.add}</button></form></div></div></li>`;
}

function header(r, L, platform) {
  const P = PATHS[platform];
  const cats = Array.from({ length: 8 }, () => `<li class="menu-item"><a href="/collections/${ident(r)}">${r.pick(L.words)}</a><ul class="submenu">${Array.from({ length: r.int(4, 10) }, () => `<li><a href="/collections/${ident(r)}">${r.pick(L.words)} ${r.pick(L.words)}</a></li>`).join('')}</ul></li>`).join('');
  return `<div class="announcement-bar" role="region"><p>${L.shipping.split('.')[0]}.</p></div>
<header class="header header--${platform}"><a href="/" class="header__heading-link"><span class="h2">Store</span></a>
<nav class="header__inline-menu"><ul class="list-menu">${cats}<li><a href="${P.faq}">${L.nav.faq}</a></li><li><a href="${P.contact}">${L.nav.contact}</a></li></ul></nav>
<div class="header__icons"><a href="/search" class="header__icon">${svgIcon(r)}</a><a href="/account/login" class="header__icon">${svgIcon(r)}</a><a href="${P.cart}" class="header__icon header__icon--cart" id="cart-icon-bubble">${svgIcon(r)}<span class="visually-hidden">${L.nav.cart}</span></a></div></header>`;
}

function footer(r, L, platform) {
  const P = PATHS[platform];
  const phone = r.pick(L.phone);
  return `<footer class="footer"><div class="footer__blocks-wrapper">
<div class="footer-block"><h2 class="footer-block__heading">${L.nav.faq}</h2><ul class="footer-block__details-content list-unstyled">
<li><a href="${P.contact}">${L.nav.contact}</a></li><li><a href="${P.faq}">${L.nav.faq}</a></li><li><a href="${P.returns}">${L.nav.returns}</a></li><li><a href="${P.shipping}">${L.nav.shipping}</a></li><li><a href="${P.tracking}">${L.nav.tracking}</a></li></ul></div>
<div class="footer-block"><p>${L.hours}</p><p><a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a> · <a href="mailto:help@store.example">help@store.example</a></p></div>
<div class="footer-block"><ul class="list-social"><li><a href="https://www.facebook.com/store">Facebook</a></li><li><a href="https://www.instagram.com/store">Instagram</a></li><li><a href="https://x.com/store">X</a></li></ul></div>
<div class="footer__payment"><ul class="list-payment">${Array.from({ length: 8 }, () => `<li class="list-payment__item">${svgIcon(r)}</li>`).join('')}</ul></div>
</div><p class="copyright">© ${2020 + r.int(0, 5)} Store. Powered by ${platform}</p></footer>`;
}

function roleContent(r, L, role) {
  const phone = r.pick(L.phone);
  switch (role) {
    case 'contact':
      return `<h1>${L.nav.contact}</h1><p>${L.hours}</p><p>${L.reply}</p><p>Tel. <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a></p>
<form method="post" action="/contact#contact_form" id="ContactForm" class="contact-form"><input type="hidden" name="form_type" value="contact"><label for="n">Name</label><input id="n" name="contact[name]" autocomplete="name"><label for="e">Email</label><input id="e" type="email" name="contact[email]" required><label for="m">Message</label><textarea id="m" name="contact[body]" rows="10"></textarea><button type="submit">Send</button></form>`;
    case 'faq':
      return `<h1>${L.nav.faq}</h1><form action="/search" role="search"><input type="search" name="q" placeholder="${L.search}" aria-label="${L.search}"><button>${svgIcon(r)}</button></form>
<div class="faq">${Array.from({ length: 24 }, (_, i) => `<details class="faq__item"><summary>${L.faqQ[i % L.faqQ.length]}</summary><div class="rte"><p>${i % 3 === 0 ? L.returns : i % 3 === 1 ? L.shipping : L.reply} ${Array.from({ length: r.int(10, 40) }, () => r.pick(L.words)).join(' ')}.</p></div></details>`).join('\n')}</div>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: L.faqQ.map((q) => ({ '@type': 'Question', name: q, acceptedAnswer: { '@type': 'Answer', text: L.reply } })) })}</script>`;
    case 'returns':
      return `<h1>${L.nav.returns}</h1><div class="rte">${Array.from({ length: 6 }, () => `<p>${L.returns}</p>`).join('')}<ol><li>${L.nav.contact}: ${phone}</li><li>${L.nav.tracking}</li></ol></div>`;
    case 'shipping':
      return `<h1>${L.nav.shipping}</h1><div class="rte"><p>${L.shipping}</p><table><tr><th>Method</th><th>Time</th><th>Cost</th></tr>${Array.from({ length: 5 }, () => `<tr><td>${r.pick(['DHL', 'UPS', 'DPD', 'InPost', 'USPS'])}</td><td>${r.int(1, 5)}–${r.int(5, 9)}</td><td>${L.price(r.int(0, 2000) / 100)}</td></tr>`).join('')}</table><p>${L.shipping}</p></div>`;
    case 'cart':
      return `<h1>${L.nav.cart}</h1><form action="/cart" method="post" id="cart"><table class="cart-items">${Array.from({ length: r.int(1, 4) }, (_, i) => `<tr class="cart-item"><td><img src="//cdn.example.com/p${i}.jpg" alt=""></td><td>${r.pick(L.words)} ${r.pick(L.words)}</td><td><input type="number" name="updates[]" value="1" min="0"></td><td>${L.price(r.int(900, 9900) / 100)}</td><td><a href="/cart/change?line=${i + 1}&amp;quantity=0">×</a></td></tr>`).join('')}</table>
<div class="totals"><h2>${L.subtotal}</h2><p>${L.price(r.int(2000, 30000) / 100)}</p></div><p>${L.shipEst}</p><button type="submit" name="checkout">${L.nav.checkout}</button><div class="additional-checkout-buttons"><shopify-accelerated-checkout-cart></shopify-accelerated-checkout-cart></div></form>`;
    case 'checkout':
      return `<nav aria-label="Breadcrumb"><ol class="breadcrumb">${L.steps.map((s, i) => `<li class="breadcrumb__item${i === 0 ? ' breadcrumb__item--current' : ''}"><span>${s}</span></li>`).join('')}</ol></nav>
<form method="post" action="/checkout"><p><a href="/account/login">Log in</a> · ${L.guest}</p><input name="checkout[email]" type="email" autocomplete="email"><input name="checkout[shipping_address][first_name]"><input name="checkout[shipping_address][last_name]"><input name="checkout[shipping_address][address1]"><input name="checkout[shipping_address][zip]"><input name="checkout[shipping_address][city]"><button type="submit">${L.steps[1]}</button></form>`;
    default:
      return `<section class="hero"><h1>${r.pick(L.words)} ${r.pick(L.words)}</h1><p>${L.shipping.split('.')[0]}. ${L.returns.split('.')[0]}.</p><p>${L.nav.contact}: ${phone}</p></section>`;
  }
}

/**
 * One realistic store page of `bytes` (roughly: within a few percent) for a role, platform and language.
 * Inline scripts take `scriptShare` of it (bounded to 30–400 KB); the rest is markup and text.
 */
export function storePage({ seed, role, platform, lang, bytes }) {
  const r = prng(seed);
  const L = LANGS[lang];
  const scriptBudget = Math.max(30_000, Math.min(400_000, Math.floor(bytes * (0.5 + r.next() * 0.3))));
  const org = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Store', url: 'https://store.example/', logo: 'https://store.example/logo.png', contactPoint: { '@type': 'ContactPoint', telephone: L.phone[0], contactType: 'customer service' }, sameAs: ['https://www.facebook.com/store', 'https://www.instagram.com/store'] };
  const head = `<!doctype html><html lang="${L.lang}" class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${L.nav[role] ?? 'Store'} – Store</title><link rel="canonical" href="https://store.example${PATHS[platform][role]}"><meta property="og:url" content="https://store.example${PATHS[platform][role]}"><link rel="preconnect" href="https://cdn.example.com" crossorigin>${Array.from({ length: 6 }, () => `<link rel="stylesheet" href="//cdn.example.com/t/${r.int(1, 99)}/assets/${ident(r)}.css?v=${r.int(1e9, 2e9)}" media="all">`).join('')}<style>${Array.from({ length: 60 }, () => `.${ident(r)}-${ident(r)}{margin:${r.int(0, 40)}px;color:#${r.int(0, 0xffffff).toString(16).padStart(6, '0')}}`).join('')}</style>
<script type="application/ld+json">${JSON.stringify(org)}</script>
${inlineScripts(r, L, platform, scriptBudget)}</head>`;
  const top = `<body class="template-${role} ${platform}"><a class="skip-to-content-link" href="#MainContent">Skip</a>${header(r, L, platform)}<main id="MainContent" class="content-for-layout" role="main">${roleContent(r, L, role)}`;
  const bottom = `</main>${footer(r, L, platform)}<div id="cookie-banner" hidden><p>We use cookies.</p><button>OK</button></div></body></html>`;
  // product grids (and, on text pages, "you may also like" rows) fill the page up to its size
  const cards = [];
  let size = head.length + top.length + bottom.length;
  let i = 0;
  while (size < bytes) {
    if (i % 12 === 0) {
      const open = `${i ? '</ul></div>' : ''}<div class="collection"><h2 class="title">${r.pick(L.words)} ${r.pick(L.words)}</h2><ul class="grid product-grid grid--4-col-desktop">`;
      cards.push(open);
      size += open.length;
    }
    const card = productCard(r, L, platform, i++);
    cards.push(card);
    size += card.length;
  }
  if (i) cards.push('</ul></div>');
  return `${head}\n${top}${cards.join('\n')}${bottom}`;
}

/**
 * The engine benchmark's corpus: 4 stores (one per platform, each in its own language) × 7 roles = 28 pages,
 * 50–500 KB each. Returns sites as { platform, lang, pages: [{ role, url, html }] }.
 */
export function engineCorpus(seed = 20240917) {
  const r = prng(seed);
  const langs = ['en', 'de', 'pl', 'ru'];
  return PLATFORMS.map((platform, s) => {
    const lang = langs[s];
    const origin = `https://${platform}-store.example`;
    const pages = ROLES.map((role) => {
      // home and collection-heavy pages are the big ones; checkout is lean (but still script-heavy)
      const bytes = role === 'home' ? r.int(300_000, 500_000) : role === 'checkout' ? r.int(50_000, 120_000) : r.int(50_000, 450_000);
      const html = storePage({ seed: r.int(1, 2 ** 31), role, platform, lang, bytes });
      return { role, url: new URL(PATHS[platform][role], origin).href, html };
    });
    return { platform, lang, pages };
  });
}

/** A tiny store (home, contact, returns, faq, cart; a few KB each) under `base` (e.g. "/s17/"). */
export function tinyStore(index, base) {
  const r = prng(index * 7919 + 13);
  const lang = ['en', 'de', 'pl', 'ru'][index % 4];
  const L = LANGS[lang];
  const phone = r.pick(L.phone);
  const nav = `<nav><a href="${base}">Home</a> <a href="${base}contact">${L.nav.contact}</a> <a href="${base}faq">${L.nav.faq}</a> <a href="${base}returns">${L.nav.returns}</a> <a href="${base}cart">${L.nav.cart}</a></nav>`;
  const products = Array.from({ length: 40 }, (_, i) => `<li><a href="${base}p/${i}">${r.pick(L.words)} ${r.pick(L.words)}</a> <span class="price">${L.price(r.int(900, 9900) / 100)}</span></li>`).join('');
  const page = (role, body) => `<!doctype html><html lang="${L.lang}"><head><meta charset="utf-8"><title>Shop ${index} – ${role}</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: `Shop ${index}`, telephone: phone })}</script><script>window.shop={id:${index},currency:"${L.currency}"};</script></head><body><header>${nav}</header><main>${body}</main><footer><p>${L.hours}</p><p><a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a> · <a href="mailto:help@shop${index}.example">help@shop${index}.example</a></p><p><a href="${base}contact">${L.nav.contact}</a> · <a href="${base}returns">${L.nav.returns}</a></p></footer></body></html>`;
  return {
    '': page('home', `<h1>Shop ${index}</h1><ul class="products">${products}</ul><p>${L.shipping}</p>`),
    contact: page('contact', roleContent(r, L, 'contact')),
    faq: page('faq', `<h1>${L.nav.faq}</h1><form role="search" action="${base}search"><input type="search" name="q" placeholder="${L.search}"></form>${L.faqQ.map((q) => `<h3>${q}</h3><p>${L.reply}</p>`).join('')}`),
    returns: page('returns', `<h1>${L.nav.returns}</h1><p>${L.returns}</p>`),
    cart: page('cart', roleContent(r, L, 'cart')),
  };
}
