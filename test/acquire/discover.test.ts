import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { discoverRoles, rolesFromUrls, type RoleCandidate } from '../../src/acquire/discover.js';
import { extractLinks, type PageLink } from '../../src/page/links.js';
import type { DiscoverableRole } from '../../src/snapshot.js';
import { ownOrigins } from '../../src/acquire/site-hosts.js';
import { parseSitemap } from '../../src/acquire/sitemap.js';

/** Runs discovery the way acquisition does: target origin plus what the page claims as its own. */
function discover(html: string, pageUrl = 'https://shop.example/'): Map<DiscoverableRole, RoleCandidate> {
  const $ = cheerio.load(html);
  const origins = new Set([new URL(pageUrl).origin, ...ownOrigins($, pageUrl)]);
  return discoverRoles(extractLinks($, pageUrl), origins, 'the home page');
}

/** Role → path (with search) of the chosen URL, for compact assertions. */
function paths(found: Map<DiscoverableRole, RoleCandidate>): Partial<Record<DiscoverableRole, string>> {
  const out: Partial<Record<DiscoverableRole, string>> = {};
  for (const [role, c] of found) {
    const u = new URL(c.url);
    out[role] = u.pathname + u.search;
  }
  return out;
}

function reasonOf(found: Map<DiscoverableRole, RoleCandidate>, role: DiscoverableRole): string {
  return found.get(role)?.reason ?? '';
}

describe('discoverRoles per language', () => {
  it('en: Shopify header and footer', () => {
    const found = discover(`
      <header class="site-header">
        <nav><a href="/">Home</a><a href="/collections/all">Shop all</a>
          <a href="/pages/help-centre">Help Centre</a><a href="/pages/contact">Contact us</a></nav>
        <a href="/account/login">Log in</a>
        <a href="/cart" class="cart-link">Cart (2)</a>
      </header>
      <main><a href="/products/canvas-tote-bag">Canvas tote bag</a>
        <a href="/collections/shipping-boxes">Free shipping on orders over $50</a></main>
      <footer>
        <a href="/policies/shipping-policy">Shipping policy</a>
        <a href="/policies/refund-policy">Refund policy</a>
        <a href="/policies/privacy-policy">Privacy policy</a>
        <a href="/policies/terms-of-service">Terms of service</a>
        <a href="/apps/track-order">Track your order</a>
        <a href="/checkout">Checkout</a>
      </footer>`);
    expect(paths(found)).toEqual({
      contact: '/pages/contact',
      faq: '/pages/help-centre',
      returns: '/policies/refund-policy',
      shipping: '/policies/shipping-policy',
      terms: '/policies/terms-of-service',
      cart: '/cart',
      checkout: '/checkout',
      'order-tracking': '/apps/track-order',
    });
    expect(reasonOf(found, 'contact')).toBe('link text "Contact us" (en) to /pages/contact on the home page');
    expect(reasonOf(found, 'returns')).toContain('"Refund policy" (en)');
    expect(reasonOf(found, 'cart')).toContain('"Cart (2)"');
  });

  it('ru: Bitrix menu', () => {
    const found = discover(
      `<div class="header"><a href="/personal/cart/">Корзина <span class="count">3</span></a></div>
      <ul class="menu">
        <li><a href="/about/">О компании</a></li>
        <li><a href="/catalog/">Каталог</a></li>
        <li><a href="/catalog/kontakty-dlya-rozetok/">Контакты для розеток</a></li>
        <li><a href="/about/delivery/">Доставка и оплата</a></li>
        <li><a href="/about/vozvrat/">Обмен и возврат</a></li>
        <li><a href="/about/faq/">Вопросы и ответы</a></li>
        <li><a href="/about/contacts/">Контакты</a></li>
      </ul>
      <a href="/personal/order/make/">Оформить заказ</a>
      <a href="/personal/order-status/">Статус заказа</a>
      <a href="/about/oferta/">Публичная оферта</a>
      <a href="/about/politika/">Политика конфиденциальности</a>`,
      'https://magazin.example.ru/',
    );
    expect(paths(found)).toEqual({
      cart: '/personal/cart/',
      shipping: '/about/delivery/',
      terms: '/about/oferta/',
      returns: '/about/vozvrat/',
      faq: '/about/faq/',
      contact: '/about/contacts/',
      checkout: '/personal/order/make/',
      'order-tracking': '/personal/order-status/',
    });
    expect(reasonOf(found, 'contact')).toBe('link text "Контакты" (ru) to /about/contacts/ on the home page');
    expect(reasonOf(found, 'returns')).toContain('"Обмен и возврат" (ru)');
  });

  it('pl: WooCommerce', () => {
    const found = discover(
      `<nav><a href="https://sklep.example.pl/">Strona główna</a><a href="/sklep/">Sklep</a>
        <a href="/kontakt/">Kontakt</a><a href="/pomoc/">Pomoc</a></nav>
      <a class="cart-contents" href="/koszyk/" title="Zobacz koszyk">12,00&nbsp;zł <span class="count">1 produkt</span></a>
      <a href="/?add-to-cart=123" class="button">Dodaj do koszyka</a>
      <a href="/zamowienie/">Do kasy</a>
      <footer>
        <a href="/dostawa/">Dostawa i płatność</a>
        <a href="/reklamacje-i-zwroty/">Reklamacje i zwroty</a>
        <a href="/regulamin/">Regulamin</a>
        <a href="/polityka-prywatnosci/">Polityka prywatności</a>
        <a href="/sledzenie-przesylki/">Śledzenie przesyłki</a>
      </footer>`,
      'https://sklep.example.pl/',
    );
    expect(paths(found)).toEqual({
      contact: '/kontakt/',
      faq: '/pomoc/',
      cart: '/koszyk/',
      checkout: '/zamowienie/',
      shipping: '/dostawa/',
      terms: '/regulamin/',
      returns: '/reklamacje-i-zwroty/',
      'order-tracking': '/sledzenie-przesylki/',
    });
    expect(reasonOf(found, 'contact')).toMatch(/^link text "Kontakt" \([^)]*pl[^)]*\) to \/kontakt\/ on the home page$/u);
    // the mini-cart's text is a price, so only its path names it
    expect(reasonOf(found, 'cart')).toBe('link to /koszyk/ on the home page');
    expect(reasonOf(found, 'checkout')).toContain('"Do kasy" (pl)');
  });

  it('lt: custom shop, text typed with and without diacritics', () => {
    const found = discover(
      `<header><a href="/lt/krepselis">Krepšelis (0)</a><a href="/lt/atsiskaitymas">Atsiskaityti</a></header>
      <footer>
        <a href="/lt/duk">DUK</a>
        <a href="/lt/pristatymas">Pristatymas</a>
        <a href="/lt/grazinimas">Prekiu grazinimas</a>
        <a href="/lt/kontaktai">Kontaktai</a>
        <a href="/lt/uzsakymo-busena">Užsakymo būsena</a>
        <a href="/lt/taisykles">Pirkimo taisyklės</a>
        <a href="/lt/privatumo-politika">Privatumo politika</a>
      </footer>`,
      'https://parduotuve.example.lt/lt/',
    );
    expect(paths(found)).toEqual({
      cart: '/lt/krepselis',
      checkout: '/lt/atsiskaitymas',
      faq: '/lt/duk',
      shipping: '/lt/pristatymas',
      terms: '/lt/taisykles',
      returns: '/lt/grazinimas',
      contact: '/lt/kontaktai',
      'order-tracking': '/lt/uzsakymo-busena',
    });
    expect(reasonOf(found, 'returns')).toBe('link text "Prekiu grazinimas" (lt) to /lt/grazinimas on the home page');
    expect(reasonOf(found, 'faq')).toContain('"DUK" (lt)');
  });

  it('de: Shopware, with an icon-only cart link and the legal footer', () => {
    const found = discover(`
      <a href="https://www.moebel.example.de/checkout/cart" class="header-cart" title="Warenkorb"><span class="icon icon-bag"></span></a>
      <a href="/checkout/confirm">Zur Kasse</a>
      <footer>
        <a href="/hilfe/">Hilfe &amp; FAQ</a>
        <a href="/kontakt/">Kontakt</a>
        <a href="/versand-und-zahlung/">Versand &amp; Zahlung</a>
        <a href="/widerrufsrecht/">Widerrufsrecht</a>
        <a href="/sendungsverfolgung/">Sendungsverfolgung</a>
        <a href="/impressum/">Impressum</a>
        <a href="/agb/">AGB</a>
        <a href="/datenschutz/">Datenschutz</a>
      </footer>`, 'https://www.moebel.example.de/');
    expect(paths(found)).toEqual({
      cart: '/checkout/cart',
      checkout: '/checkout/confirm',
      faq: '/hilfe/',
      contact: '/kontakt/',
      shipping: '/versand-und-zahlung/',
      terms: '/agb/',
      returns: '/widerrufsrecht/',
      'order-tracking': '/sendungsverfolgung/',
    });
    expect(reasonOf(found, 'returns')).toBe('link text "Widerrufsrecht" (de) to /widerrufsrecht/ on the home page');
    expect(reasonOf(found, 'cart')).toContain('"Warenkorb" (de)');
  });

  it('fr: PrestaShop', () => {
    const found = discover(
      `<div id="_desktop_cart"><a rel="nofollow" href="/panier?action=show">Panier (0)</a></div>
      <a href="/commande">Commander</a>
      <footer>
        <a href="/content/1-livraison">Livraison</a>
        <a href="/content/2-mentions-legales">Mentions légales</a>
        <a href="/content/3-conditions-utilisation">Conditions d'utilisation</a>
        <a href="/content/7-retours-et-remboursements">Retours et remboursements</a>
        <a href="/content/8-faq">Foire aux questions</a>
        <a href="/nous-contacter">Contactez-nous</a>
        <a href="/suivi-commande-invite">Suivi de commande</a>
      </footer>`,
      'https://boutique.example.fr/',
    );
    expect(paths(found)).toEqual({
      cart: '/panier?action=show',
      checkout: '/commande',
      shipping: '/content/1-livraison',
      returns: '/content/7-retours-et-remboursements',
      faq: '/content/8-faq',
      contact: '/nous-contacter',
      'order-tracking': '/suivi-commande-invite',
    });
    expect(reasonOf(found, 'contact')).toBe('link text "Contactez-nous" (fr) to /nous-contacter on the home page');
    expect(reasonOf(found, 'faq')).toContain('"Foire aux questions" (fr)');
  });

  it('es: WooCommerce', () => {
    const found = discover(
      `<a href="/carrito/">Carrito</a><a href="/finalizar-compra/">Finalizar compra</a>
      <footer>
        <a href="/preguntas-frecuentes/">Preguntas frecuentes</a>
        <a href="/envios/">Envíos</a>
        <a href="/devoluciones/">Devoluciones</a>
        <a href="/contacto/">Contacto</a>
        <a href="/seguimiento-pedido/">Seguimiento del pedido</a>
        <a href="/aviso-legal/">Aviso legal</a>
        <a href="/politica-de-privacidad/">Política de privacidad</a>
      </footer>`,
      'https://tienda.example.es/',
    );
    expect(paths(found)).toEqual({
      cart: '/carrito/',
      checkout: '/finalizar-compra/',
      faq: '/preguntas-frecuentes/',
      shipping: '/envios/',
      returns: '/devoluciones/',
      contact: '/contacto/',
      'order-tracking': '/seguimiento-pedido/',
    });
    expect(reasonOf(found, 'order-tracking')).toContain('"Seguimiento del pedido" (es)');
    // "envío" inside the tracking phrase is part of it, not a shipping link
    expect(reasonOf(found, 'shipping')).toContain('"Envíos"');
  });

  it('pt: Brazilian store (Nuvemshop-like) and a Portuguese one', () => {
    const br = discover(
      `<a href="/carrinho/">Meu carrinho (0)</a><a href="/checkout/v3/start">Finalizar compra</a>
      <footer>
        <a href="/central-de-atendimento/">Central de atendimento</a>
        <a href="/duvidas-frequentes/">Dúvidas frequentes</a>
        <a href="/trocas-e-devolucoes/">Trocas e devoluções</a>
        <a href="/prazos-de-entrega/">Prazos de entrega</a>
        <a href="/rastreio/">Rastreie seu pedido</a>
        <a href="/fale-conosco/">Fale conosco</a>
        <a href="/termos-de-uso/">Termos de uso</a>
        <a href="/politica-de-privacidade/">Política de privacidade</a>
      </footer>`,
      'https://loja.example.com.br/',
    );
    expect(paths(br)).toEqual({
      cart: '/carrinho/',
      checkout: '/checkout/v3/start',
      faq: '/duvidas-frequentes/',
      returns: '/trocas-e-devolucoes/',
      shipping: '/prazos-de-entrega/',
      'order-tracking': '/rastreio/',
      contact: '/fale-conosco/',
      terms: '/termos-de-uso/',
    });
    expect(reasonOf(br, 'faq')).toContain('"Dúvidas frequentes" (pt)');
    const pt = discover(
      `<a href="/cesto">Cesto</a>
      <footer>
        <a href="/pagina/contactos">Contactos</a>
        <a href="/pagina/portes-de-envio">Portes de envio</a>
        <a href="/pagina/devolucoes">Devoluções e livre resolução</a>
        <a href="/pagina/termos-e-condicoes">Termos e condições</a>
        <a href="/pagina/seguir-encomenda">Seguir encomenda</a>
      </footer>`,
      'https://loja.example.pt/',
    );
    expect(paths(pt)).toEqual({
      cart: '/cesto',
      contact: '/pagina/contactos',
      shipping: '/pagina/portes-de-envio',
      returns: '/pagina/devolucoes',
      terms: '/pagina/termos-e-condicoes',
      'order-tracking': '/pagina/seguir-encomenda',
    });
    expect(reasonOf(pt, 'order-tracking')).toContain('"Seguir encomenda" (pt)');
  });

  it('sk: Shoptet-like footer', () => {
    const found = discover(
      `<a href="/kosik/">Košík 0,00 €</a><a href="/objednavka/krok-1/">Prejsť k pokladni</a>
      <footer>
        <a href="/kontakty/">Kontakty</a>
        <a href="/caste-otazky/">Časté otázky</a>
        <a href="/doprava-a-platba/">Doprava a platba</a>
        <a href="/vratenie-tovaru/">Vrátenie tovaru</a>
        <a href="/reklamacny-poriadok/">Reklamačný poriadok</a>
        <a href="/obchodne-podmienky/">Obchodné podmienky</a>
        <a href="/ochrana-osobnych-udajov/">Ochrana osobných údajov</a>
        <a href="/sledovanie-zasielky/">Sledovanie zásielky</a>
      </footer>`,
      'https://obchod.example.sk/',
    );
    expect(paths(found)).toEqual({
      cart: '/kosik/',
      checkout: '/objednavka/krok-1/',
      contact: '/kontakty/',
      faq: '/caste-otazky/',
      shipping: '/doprava-a-platba/',
      returns: '/vratenie-tovaru/',
      terms: '/obchodne-podmienky/',
      'order-tracking': '/sledovanie-zasielky/',
    });
    expect(reasonOf(found, 'faq')).toContain('"Časté otázky" (sk)');
    expect(reasonOf(found, 'returns')).toContain('"Vrátenie tovaru" (sk)');
  });

  it('hu: UNAS/Shoprenter-like footer', () => {
    const found = discover(
      `<a href="/shop_cart.php">Kosár (0)</a><a href="/shop_order.php">Tovább a pénztárhoz</a>
      <footer>
        <a href="/kapcsolat">Kapcsolat</a>
        <a href="/gyik">GYIK</a>
        <a href="/szallitasi-informaciok">Szállítási információk</a>
        <a href="/elallas-visszakuldes">Elállás és visszaküldés</a>
        <a href="/aszf">ÁSZF</a>
        <a href="/adatvedelmi-tajekoztato">Adatvédelmi tájékoztató</a>
        <a href="/impresszum">Impresszum</a>
        <a href="/rendeleskovetes">Rendeléskövetés</a>
      </footer>`,
      'https://webshop.example.hu/',
    );
    expect(paths(found)).toEqual({
      cart: '/shop_cart.php',
      checkout: '/shop_order.php',
      contact: '/kapcsolat',
      faq: '/gyik',
      shipping: '/szallitasi-informaciok',
      returns: '/elallas-visszakuldes',
      terms: '/aszf',
      'order-tracking': '/rendeleskovetes',
    });
    expect(reasonOf(found, 'shipping')).toContain('"Szállítási információk" (hu)');
    expect(reasonOf(found, 'checkout')).toContain('"Tovább a pénztárhoz" (hu)');
  });

  it('ro: custom shop, with the ANPC links in the footer', () => {
    const found = discover(
      `<a href="/cos">Coșul meu (0)</a><a href="/checkout">Finalizează comanda</a>
      <footer>
        <a href="/contact">Contactează-ne</a>
        <a href="/intrebari-frecvente">Întrebări frecvente</a>
        <a href="/livrare">Livrare și plată</a>
        <a href="/politica-de-retur">Politica de retur</a>
        <a href="/termeni-si-conditii">Termeni și condiții</a>
        <a href="/politica-de-confidentialitate">Politica de confidențialitate</a>
        <a href="https://anpc.ro/">ANPC</a>
        <a href="/urmarire-comanda">Urmărire comandă</a>
      </footer>`,
      'https://magazin.example.ro/',
    );
    expect(paths(found)).toEqual({
      cart: '/cos',
      checkout: '/checkout',
      contact: '/contact',
      faq: '/intrebari-frecvente',
      shipping: '/livrare',
      returns: '/politica-de-retur',
      terms: '/termeni-si-conditii',
      'order-tracking': '/urmarire-comanda',
    });
    expect(reasonOf(found, 'returns')).toContain('"Politica de retur" (ro)');
    expect(reasonOf(found, 'cart')).toContain('"Coșul meu (0)" (ro)');
  });

  it('bg: WooCommerce with Cyrillic link texts and Latin slugs', () => {
    const found = discover(
      `<a href="/kolichka/">Количка</a><a href="/kasa/">Към касата</a>
      <footer>
        <a href="/kontakti/">Контакти</a>
        <a href="/chesto-zadavani-vaprosi/">Често задавани въпроси</a>
        <a href="/dostavka-i-plashtane/">Доставка и плащане</a>
        <a href="/vrashtane-na-stoki/">Връщане на стоки</a>
        <a href="/obshti-usloviya/">Общи условия</a>
        <a href="/politika-za-poveritelnost/">Политика за поверителност</a>
        <a href="/prosledyavane/">Проследяване на поръчка</a>
      </footer>`,
      'https://magazin.example.bg/',
    );
    expect(paths(found)).toEqual({
      cart: '/kolichka/',
      checkout: '/kasa/',
      contact: '/kontakti/',
      faq: '/chesto-zadavani-vaprosi/',
      shipping: '/dostavka-i-plashtane/',
      returns: '/vrashtane-na-stoki/',
      terms: '/obshti-usloviya/',
      'order-tracking': '/prosledyavane/',
    });
    expect(reasonOf(found, 'faq')).toContain('"Често задавани въпроси" (bg)');
    expect(reasonOf(found, 'returns')).toContain('"Връщане на стоки" (bg)');
  });

  it('sv: custom shop with "Kundservice" menu', () => {
    const found = discover(
      `<a href="/varukorg">Varukorg (2)</a><a href="/kassa">Till kassan</a>
      <footer>
        <a href="/kundservice/kontakta-oss">Kontakta oss</a>
        <a href="/kundservice/vanliga-fragor">Vanliga frågor</a>
        <a href="/kundservice/frakt-och-leverans">Frakt och leverans</a>
        <a href="/kundservice/returer">Returer och byten</a>
        <a href="/kundservice/kopvillkor">Köpvillkor</a>
        <a href="/integritetspolicy">Integritetspolicy</a>
        <a href="/kundservice/spara-order">Spåra din order</a>
      </footer>`,
      'https://butik.example.se/',
    );
    expect(paths(found)).toEqual({
      cart: '/varukorg',
      checkout: '/kassa',
      contact: '/kundservice/kontakta-oss',
      faq: '/kundservice/vanliga-fragor',
      shipping: '/kundservice/frakt-och-leverans',
      returns: '/kundservice/returer',
      terms: '/kundservice/kopvillkor',
      'order-tracking': '/kundservice/spara-order',
    });
    expect(reasonOf(found, 'shipping')).toContain('"Frakt och leverans" (sv)');
    expect(reasonOf(found, 'checkout')).toContain('"Till kassan" (sv)');
  });

  it('da: Shopify-like header and footer', () => {
    const found = discover(
      `<a href="/cart">Kurv (1)</a><a href="/checkout">Gå til kassen</a>
      <footer>
        <a href="/pages/kontakt-os">Kontakt os</a>
        <a href="/pages/ofte-stillede-sporgsmal">Ofte stillede spørgsmål</a>
        <a href="/pages/fragt-og-levering">Fragt og levering</a>
        <a href="/pages/returnering">Returnering og fortrydelsesret</a>
        <a href="/pages/handelsbetingelser">Handelsbetingelser</a>
        <a href="/pages/privatlivspolitik">Privatlivspolitik</a>
        <a href="/pages/ordrestatus">Ordrestatus</a>
      </footer>`,
      'https://butik.example.dk/',
    );
    expect(paths(found)).toEqual({
      cart: '/cart',
      checkout: '/checkout',
      contact: '/pages/kontakt-os',
      faq: '/pages/ofte-stillede-sporgsmal',
      shipping: '/pages/fragt-og-levering',
      returns: '/pages/returnering',
      terms: '/pages/handelsbetingelser',
      'order-tracking': '/pages/ordrestatus',
    });
    expect(reasonOf(found, 'cart')).toContain('"Kurv (1)" (da/nb/fi)');
    expect(reasonOf(found, 'faq')).toContain('"Ofte stillede spørgsmål" (da/nb)');
  });

  it('nb: custom shop', () => {
    const found = discover(
      `<a href="/handlekurv">Handlekurv</a><a href="/kassen">Til kassen</a>
      <footer>
        <a href="/kundeservice/kontakt-oss">Kontakt oss</a>
        <a href="/kundeservice/hjelp">Ofte stilte spørsmål</a>
        <a href="/kundeservice/frakt">Frakt og levering</a>
        <a href="/kundeservice/angrerett">Retur og angrerett</a>
        <a href="/kundeservice/kjopsvilkar">Kjøpsvilkår</a>
        <a href="/personvern">Personvernerklæring</a>
        <a href="/sporing">Spor pakke</a>
      </footer>`,
      'https://nettbutikk.example.no/',
    );
    expect(paths(found)).toEqual({
      cart: '/handlekurv',
      checkout: '/kassen',
      contact: '/kundeservice/kontakt-oss',
      faq: '/kundeservice/hjelp',
      shipping: '/kundeservice/frakt',
      returns: '/kundeservice/angrerett',
      terms: '/kundeservice/kjopsvilkar',
      'order-tracking': '/sporing',
    });
    expect(reasonOf(found, 'terms')).toContain('"Kjøpsvilkår" (nb)');
  });

  it('fi: custom shop whose terms are "Toimitusehdot"', () => {
    const found = discover(
      `<a href="/ostoskori">Ostoskori (0)</a><a href="/kassa">Siirry kassalle</a>
      <footer>
        <a href="/asiakaspalvelu/yhteystiedot">Ota yhteyttä</a>
        <a href="/asiakaspalvelu/ukk">Usein kysytyt kysymykset</a>
        <a href="/asiakaspalvelu/toimitustavat">Toimitus ja maksutavat</a>
        <a href="/asiakaspalvelu/palautukset">Palautukset</a>
        <a href="/toimitusehdot">Toimitusehdot</a>
        <a href="/tietosuojaseloste">Tietosuojaseloste</a>
        <a href="/tilauksen-seuranta">Tilauksen seuranta</a>
      </footer>`,
      'https://kauppa.example.fi/',
    );
    expect(paths(found)).toEqual({
      cart: '/ostoskori',
      checkout: '/kassa',
      contact: '/asiakaspalvelu/yhteystiedot',
      faq: '/asiakaspalvelu/ukk',
      shipping: '/asiakaspalvelu/toimitustavat',
      returns: '/asiakaspalvelu/palautukset',
      terms: '/toimitusehdot',
      'order-tracking': '/tilauksen-seuranta',
    });
    expect(reasonOf(found, 'returns')).toContain('"Palautukset" (fi)');
    expect(reasonOf(found, 'shipping')).toContain('"Toimitus ja maksutavat" (fi)');
  });

  it('et: custom shop', () => {
    const found = discover(
      `<a href="/ostukorv">Ostukorv (0)</a><a href="/kassa">Mine kassasse</a>
      <footer>
        <a href="/kontakt">Võta meiega ühendust</a>
        <a href="/kkk">Korduma kippuvad küsimused</a>
        <a href="/tarneinfo">Tarneinfo</a>
        <a href="/tagastamine">Tagastamine ja vahetamine</a>
        <a href="/muugitingimused">Müügitingimused</a>
        <a href="/privaatsuspoliitika">Privaatsuspoliitika</a>
        <a href="/tellimuse-jalgimine">Tellimuse jälgimine</a>
      </footer>`,
      'https://pood.example.ee/',
    );
    expect(paths(found)).toEqual({
      cart: '/ostukorv',
      checkout: '/kassa',
      contact: '/kontakt',
      faq: '/kkk',
      shipping: '/tarneinfo',
      returns: '/tagastamine',
      terms: '/muugitingimused',
      'order-tracking': '/tellimuse-jalgimine',
    });
    expect(reasonOf(found, 'returns')).toContain('"Tagastamine ja vahetamine" (et)');
    expect(reasonOf(found, 'shipping')).toContain('"Tarneinfo" (et)');
  });

  it('lv: custom shop', () => {
    const found = discover(
      `<a href="/grozs">Grozs</a><a href="/pasutijums">Noformēt pasūtījumu</a>
      <footer>
        <a href="/kontakti">Kontakti</a>
        <a href="/buj">Biežāk uzdotie jautājumi</a>
        <a href="/piegade">Piegāde un apmaksa</a>
        <a href="/precu-atgriesana">Preču atgriešana</a>
        <a href="/lietosanas-noteikumi">Lietošanas noteikumi</a>
        <a href="/privatuma-politika">Privātuma politika</a>
        <a href="/pasutijuma-statuss">Pasūtījuma statuss</a>
      </footer>`,
      'https://veikals.example.lv/',
    );
    expect(paths(found)).toEqual({
      cart: '/grozs',
      checkout: '/pasutijums',
      contact: '/kontakti',
      faq: '/buj',
      shipping: '/piegade',
      returns: '/precu-atgriesana',
      terms: '/lietosanas-noteikumi',
      'order-tracking': '/pasutijuma-statuss',
    });
    expect(reasonOf(found, 'faq')).toContain('"Biežāk uzdotie jautājumi" (lv)');
    expect(reasonOf(found, 'checkout')).toContain('"Noformēt pasūtījumu" (lv)');
  });

  it('el: OpenCart-like shop with Greeklish slugs', () => {
    const found = discover(
      `<a href="/index.php?route=checkout/cart">Καλάθι αγορών</a><a href="/index.php?route=checkout/checkout">Ολοκλήρωση αγοράς</a>
      <footer>
        <a href="/epikoinonia">Επικοινωνία</a>
        <a href="/syxnes-erotiseis">Συχνές ερωτήσεις</a>
        <a href="/tropoi-apostolis">Τρόποι αποστολής</a>
        <a href="/politiki-epistrofon">Πολιτική επιστροφών</a>
        <a href="/oroi-xrisis">Όροι χρήσης</a>
        <a href="/politiki-aporritou">Πολιτική απορρήτου</a>
        <a href="/parakolouthisi-paraggelias">Παρακολούθηση παραγγελίας</a>
      </footer>`,
      'https://katastima.example.gr/',
    );
    expect(paths(found)).toEqual({
      cart: '/index.php?route=checkout/cart',
      checkout: '/index.php?route=checkout/checkout',
      contact: '/epikoinonia',
      faq: '/syxnes-erotiseis',
      shipping: '/tropoi-apostolis',
      returns: '/politiki-epistrofon',
      terms: '/oroi-xrisis',
      'order-tracking': '/parakolouthisi-paraggelias',
    });
    expect(reasonOf(found, 'returns')).toContain('"Πολιτική επιστροφών" (el)');
    expect(reasonOf(found, 'faq')).toContain('"Συχνές ερωτήσεις" (el)');
  });

  it('hr: WooCommerce', () => {
    const found = discover(
      `<a href="/kosarica/">Košarica</a><a href="/blagajna/">Završi kupnju</a>
      <footer>
        <a href="/kontakt/">Kontaktirajte nas</a>
        <a href="/cesta-pitanja/">Česta pitanja</a>
        <a href="/dostava/">Dostava i plaćanje</a>
        <a href="/povrat-robe/">Povrat robe</a>
        <a href="/opci-uvjeti-poslovanja/">Opći uvjeti poslovanja</a>
        <a href="/politika-privatnosti/">Politika privatnosti</a>
        <a href="/pracenje-narudzbe/">Praćenje narudžbe</a>
      </footer>`,
      'https://trgovina.example.hr/',
    );
    expect(paths(found)).toEqual({
      cart: '/kosarica/',
      checkout: '/blagajna/',
      contact: '/kontakt/',
      faq: '/cesta-pitanja/',
      shipping: '/dostava/',
      returns: '/povrat-robe/',
      terms: '/opci-uvjeti-poslovanja/',
      'order-tracking': '/pracenje-narudzbe/',
    });
    expect(reasonOf(found, 'returns')).toContain('"Povrat robe" (hr)');
    expect(reasonOf(found, 'order-tracking')).toContain('"Praćenje narudžbe" (hr)');
  });

  it('sl: custom shop', () => {
    const found = discover(
      `<a href="/kosarica">Košarica (0)</a><a href="/blagajna">Na blagajno</a>
      <footer>
        <a href="/kontakt">Kontakt</a>
        <a href="/pogosta-vprasanja">Pogosta vprašanja</a>
        <a href="/dostava-in-placilo">Dostava in plačilo</a>
        <a href="/vracilo-blaga">Vračilo blaga</a>
        <a href="/splosni-pogoji">Splošni pogoji poslovanja</a>
        <a href="/varstvo-osebnih-podatkov">Varstvo osebnih podatkov</a>
        <a href="/sledenje-posiljki">Sledenje pošiljki</a>
      </footer>`,
      'https://trgovina.example.si/',
    );
    expect(paths(found)).toEqual({
      cart: '/kosarica',
      checkout: '/blagajna',
      contact: '/kontakt',
      faq: '/pogosta-vprasanja',
      shipping: '/dostava-in-placilo',
      returns: '/vracilo-blaga',
      terms: '/splosni-pogoji',
      'order-tracking': '/sledenje-posiljki',
    });
    expect(reasonOf(found, 'faq')).toContain('"Pogosta vprašanja" (sl)');
    expect(reasonOf(found, 'returns')).toContain('"Vračilo blaga" (sl)');
  });

  it('uk: Horoshop-like shop with transliterated slugs', () => {
    const found = discover(
      `<a href="/koshyk/">Кошик</a><a href="/oformlennya-zamovlennya/">Оформити замовлення</a>
      <footer>
        <a href="/kontakty/">Контакти</a>
        <a href="/chasti-pytannya/">Часті питання</a>
        <a href="/dostavka-i-oplata/">Доставка і оплата</a>
        <a href="/obmin-i-povernennya/">Обмін та повернення</a>
        <a href="/publichna-oferta/">Публічна оферта</a>
        <a href="/polityka-konfidentsiynosti/">Політика конфіденційності</a>
        <a href="/vidstezhennya/">Відстежити замовлення</a>
      </footer>`,
      'https://magazyn.example.ua/',
    );
    expect(paths(found)).toEqual({
      cart: '/koshyk/',
      checkout: '/oformlennya-zamovlennya/',
      contact: '/kontakty/',
      faq: '/chasti-pytannya/',
      shipping: '/dostavka-i-oplata/',
      returns: '/obmin-i-povernennya/',
      terms: '/publichna-oferta/',
      'order-tracking': '/vidstezhennya/',
    });
    expect(reasonOf(found, 'returns')).toContain('"Обмін та повернення" (uk)');
  });

  it('tr: IdeaSoft/Ticimax-like shop', () => {
    const found = discover(
      `<a href="/sepet">Sepetim (0)</a><a href="/siparis-tamamla">Ödemeye Geç</a>
      <footer>
        <a href="/iletisim">İletişim</a>
        <a href="/sss">Sıkça Sorulan Sorular</a>
        <a href="/kargo-ve-teslimat">Kargo ve Teslimat</a>
        <a href="/iade-ve-degisim">İade ve Değişim</a>
        <a href="/mesafeli-satis-sozlesmesi">Mesafeli Satış Sözleşmesi</a>
        <a href="/kvkk-aydinlatma-metni">KVKK Aydınlatma Metni</a>
        <a href="/siparis-takibi">Sipariş Takibi</a>
      </footer>`,
      'https://magaza.example.com.tr/',
    );
    expect(paths(found)).toEqual({
      cart: '/sepet',
      checkout: '/siparis-tamamla',
      contact: '/iletisim',
      faq: '/sss',
      shipping: '/kargo-ve-teslimat',
      returns: '/iade-ve-degisim',
      terms: '/mesafeli-satis-sozlesmesi',
      'order-tracking': '/siparis-takibi',
    });
    expect(reasonOf(found, 'faq')).toContain('"Sıkça Sorulan Sorular" (tr)');
    expect(reasonOf(found, 'checkout')).toContain('"Ödemeye Geç" (tr)');
  });
});

describe('discoverRoles: which links count', () => {
  it('counts absolute links to the live site when canonical, og:url or <base> claim it; other origins never', () => {
    const saved = 'file:///home/me/saved/index.html';
    const links = `
      <a href="https://other.example/contact">Contact us</a>
      <a href="https://shop.example/pages/contact">Contact us</a>
      <a href="http://www.shop.example/pages/faq">FAQ</a>
      <a href="https://help.shop.example/hc/en-us">Help centre</a>`;
    for (const head of [
      '<link rel="canonical" href="https://shop.example/">',
      '<meta property="og:url" content="https://shop.example/">',
      '<base href="https://shop.example/">',
    ]) {
      const found = discover(`<head>${head}</head><body>${links}</body>`, saved);
      expect(found.get('contact')?.url).toBe('https://shop.example/pages/contact');
      // scheme and "www." do not make another site
      expect(found.get('faq')?.url).toBe('http://www.shop.example/pages/faq');
    }
    expect(discover(`<body>${links}</body>`, saved).size).toBe(0);
  });

  it('accepts a help centre on a subdomain, below a link on the site itself', () => {
    const found = discover(`<a href="https://help.shop.example/">Help</a><a href="/pages/faq">Help</a>`);
    expect(found.get('faq')?.url).toBe('https://shop.example/pages/faq');
    const sub = discover(`<a href="https://help.shop.example/">Help</a>`);
    expect(sub.get('faq')?.reason).toContain('help.shop.example/');
  });

  it('ownOrigins reads base, canonical and og:url, only http(s)', () => {
    const $ = cheerio.load(`<head><base href="https://cdn.shop.example/">
      <link rel="alternate canonical" href="https://shop.example/en/">
      <meta property="og:url" content="/relative-only">
      <meta name="og:url" content="https://www.shop.example/">
      <link rel="canonical" href="javascript:alert(1)"></head>`);
    expect([...ownOrigins($, 'file:///x/index.html')].sort()).toEqual([
      'https://cdn.shop.example',
      'https://shop.example',
      'https://www.shop.example',
    ]);
  });

  it('ignores product and category links, cart actions, mailto/tel/javascript and assets', () => {
    const found = discover(`
      <a href="/products/returns-label-printer">Returns label printer</a>
      <a href="/collections/shipping-supplies">Shipping supplies</a>
      <a href="/product/contact-lenses">Contact lenses</a>
      <a href="/catalog/faq-books">FAQ books</a>
      <a href="/category/bags/">Bag</a>
      <a href="/shop/?add-to-cart=99">Add to cart</a>
      <a href="mailto:help@shop.example">Contact us</a>
      <a href="tel:+15550100">Contact us</a>
      <a href="javascript:void(0)">Cart</a>
      <a href="#">Cart</a>
      <a href="/files/returns-form.pdf">Returns form</a>
      <a href="/">Free delivery</a>`);
    expect(found.size).toBe(0);
  });

  it('takes the text of an icon link from aria-label', () => {
    const found = discover(`<a href="/x/mini" aria-label="Shopping bag"><svg aria-hidden="true"></svg></a>`);
    expect(found.get('cart')?.url).toBe('https://shop.example/x/mini');
    expect(found.get('cart')?.reason).toContain('"Shopping bag" (en)');
  });

  it('gives one "Shipping & returns" page both roles', () => {
    const found = discover(`<a href="/pages/shipping-returns">Shipping &amp; returns</a>`);
    expect(found.get('shipping')?.url).toBe('https://shop.example/pages/shipping-returns');
    expect(found.get('returns')?.url).toBe('https://shop.example/pages/shipping-returns');
  });

  it('takes AGB, Regulamin and terms for the terms, never Impressum or privacy for contact or returns', () => {
    const found = discover(`
      <a href="/impressum">Impressum</a>
      <a href="/kontakt/impressum">Impressum</a>
      <a href="/agb#widerruf">AGB</a>
      <a href="/datenschutz">Datenschutz</a>
      <a href="/regulamin#zwroty">Regulamin</a>
      <a href="/privacy#contact">Privacy policy</a>
      <a href="/pages/terms-of-service">Terms of service</a>
      <a href="/contact/legal-notice">Legal notice</a>`);
    expect([...found.keys()]).toEqual(['terms']);
    expect(found.get('terms')?.url).toMatch(/\/(?:agb|regulamin|pages\/terms-of-service)$/);
  });

  it('but a Widerruf / Odstąpienie link is the returns policy, wherever it points', () => {
    expect(discover(`<a href="/agb#widerruf">Widerrufsbelehrung</a>`).get('returns')?.url).toBe(
      'https://shop.example/agb',
    );
    expect(discover(`<a href="/regulamin">Odstąpienie od umowy</a>`).get('returns')?.reason).toContain('(pl)');
  });

  it('gives a link to its text role, with a lower score, when its path names another role', () => {
    const found = discover(`<a href="/pages/faq#returns">Returns</a>`);
    expect([...found.keys()]).toEqual(['returns']);
    expect(found.get('returns')?.url).toBe('https://shop.example/pages/faq');
    expect(found.get('returns')?.reason).toContain('path suggests faq');
    const clean = discover(`<a href="/pages/returns">Returns</a>`);
    expect(found.get('returns')!.score).toBeLessThan(clean.get('returns')!.score);
  });

  it('ranks exact text above a phrase inside a longer text, and text above an href alone', () => {
    const found = discover(`
      <a href="/pages/c1">Questions? Get in touch with our team</a>
      <a href="/contact">Write to the team</a>
      <a href="/pages/c2">Contact</a>`);
    expect(found.get('contact')?.url).toBe('https://shop.example/pages/c2');
    const hrefOnly = discover(`<a href="/contact">Write to the team</a>`);
    expect(hrefOnly.get('contact')?.reason).toBe('link to /contact on the home page');
  });

  it('takes a section of the home page (/#contact) only as a low-score stand-in', () => {
    const section = discover(`<a href="/#contact">Contact us</a>`, 'https://shop.example/de/');
    expect(section.get('contact')?.url).toBe('https://shop.example/');
    expect(section.get('contact')?.reason).toContain('the section /#contact');
    const both = discover(`<a href="#contact">Contact us</a><a href="/pages/contact-form">Get in touch</a>`);
    expect(both.get('contact')?.url).toBe('https://shop.example/pages/contact-form');
  });

  it('breaks ties by document order (header before footer)', () => {
    const found = discover(`<a href="/help">FAQ</a><a href="/support/faq">FAQ</a>`);
    expect(found.get('faq')?.url).toBe('https://shop.example/help');
  });
});

describe('rolesFromUrls', () => {
  it('takes an order-confirmation page for no checkout: "commande" names the checkout only as a whole segment', () => {
    expect(rolesFromUrls(['https://boutique.example/commande-validee/'], 'sitemap.xml entry').get('checkout')).toBeUndefined();
    expect(rolesFromUrls(['https://boutique.example/commande/'], 'sitemap.xml entry').get('checkout')?.url).toBe('https://boutique.example/commande/');
  });

  it('finds roles in sitemap entries by path, preferring shallow exact slugs', () => {
    const found = rolesFromUrls(
      [
        'https://shop.example/',
        'https://shop.example/products/returnable-bottle',
        'https://shop.example/blogs/news/how-we-ship-abroad',
        'https://shop.example/pages/shipping',
        'https://shop.example/pages/contact',
        'https://shop.example/pages/impressum',
        'https://shop.example/policies/refund-policy',
        'https://shop.example/pages/faq',
        'https://shop.example/cart',
        'https://shop.example/pages/kontakty',
      ],
      'sitemap entry',
    );
    expect(paths(found)).toEqual({
      shipping: '/pages/shipping',
      contact: '/pages/contact',
      returns: '/policies/refund-policy',
      faq: '/pages/faq',
      cart: '/cart',
    });
    expect(found.get('returns')?.reason).toBe('sitemap entry /policies/refund-policy');
  });

  it('reads transliterated Russian slugs', () => {
    const found = rolesFromUrls(
      [
        'https://magazin.example.ru/kontakty/',
        'https://magazin.example.ru/oplata-i-dostavka/',
        'https://magazin.example.ru/obmen-i-vozvrat/',
        'https://magazin.example.ru/personal/korzina/',
      ],
      'sitemap entry',
    );
    expect(paths(found)).toEqual({
      contact: '/kontakty/',
      shipping: '/oplata-i-dostavka/',
      returns: '/obmen-i-vozvrat/',
      cart: '/personal/korzina/',
    });
  });

  it('reads the files of a folder relative to the folder', () => {
    const found = rolesFromUrls(
      [
        'file:///home/me/help/site/index.html',
        'file:///home/me/help/site/kontakt.html',
        'file:///home/me/help/site/de/index.html',
        'file:///home/me/help/site/policies/shipping-policy.html',
        'file:///home/me/help/site/assets/logo.png',
      ],
      'file',
    );
    // "help" in the folder's own location is not a FAQ
    expect(paths(found)).toEqual({
      contact: '/home/me/help/site/kontakt.html',
      shipping: '/home/me/help/site/policies/shipping-policy.html',
    });
    expect(found.get('contact')?.reason).toBe('file /kontakt.html');
  });
});

describe('parseSitemap', () => {
  it('reads a urlset', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
        <url><loc>https://shop.example/</loc><lastmod>2024-01-01</lastmod></url>
        <url>
          <loc>
            https://shop.example/pages/contact
          </loc>
          <image:image><image:loc>https://cdn.shop.example/a.jpg</image:loc></image:image>
        </url>
        <url><loc>https://shop.example/pages/contact</loc></url>
        <url><loc>/relative</loc></url>
      </urlset>`;
    expect(parseSitemap(xml)).toEqual({
      urls: ['https://shop.example/', 'https://shop.example/pages/contact'],
      sitemaps: [],
    });
  });

  it('reads a sitemapindex', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://shop.example/sitemap_pages_1.xml</loc></sitemap>
      <sitemap><loc>https://shop.example/sitemap_products_1.xml?from=1&amp;to=99</loc></sitemap>
    </sitemapindex>`;
    expect(parseSitemap(xml)).toEqual({
      urls: [],
      sitemaps: ['https://shop.example/sitemap_pages_1.xml', 'https://shop.example/sitemap_products_1.xml?from=1&to=99'],
    });
  });

  it('handles namespace prefixes, CDATA and entities', () => {
    const xml = `\ufeff<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sm:url><sm:loc><![CDATA[https://shop.example/faq?a=1&b=2]]></sm:loc></sm:url>
      <sm:url><sm:loc>https://shop.example/r&#233;clamations</sm:loc></sm:url>
    </sm:urlset>`;
    expect(parseSitemap(xml).urls).toEqual([
      'https://shop.example/faq?a=1&b=2',
      'https://shop.example/r%C3%A9clamations',
    ]);
  });

  it('caps the number of URLs', () => {
    const xml = `<urlset>${Array.from({ length: 10 }, (_, i) => `<url><loc>https://s.example/${i}</loc></url>`).join('')}</urlset>`;
    expect(parseSitemap(xml, 3).urls).toHaveLength(3);
  });

  it('never throws on garbage', () => {
    for (const junk of ['', 'not xml at all', '<urlset><url><loc>https://s.example/a', '<<<>>><loc></loc>', '\u0000\uffff<url><loc>x</loc></url>']) {
      expect(() => parseSitemap(junk)).not.toThrow();
    }
    expect(parseSitemap('<html><body>404</body></html>')).toEqual({ urls: [], sitemaps: [] });
  });
});

describe('everyday words in category slugs', () => {
  it('does not take a category page whose slug contains "pomoc" or "aide" for the FAQ', () => {
    const links: PageLink[] = [
      { url: 'https://shop.example/kategoria-produktu/pomoc-w-parzeniu/', href: '/kategoria-produktu/pomoc-w-parzeniu/', text: 'Akcesoria do parzenia' },
      { url: 'https://shop.example/8-aide-memoire', href: '/8-aide-memoire', text: 'Carnets' },
      { url: 'https://shop.example/help/shipping-rates', href: '/help/shipping-rates', text: 'Rates' },
    ];
    const roles = discoverRoles(links, new Set(['https://shop.example']), 'the home page');
    expect(roles.get('faq')).toBeUndefined();
  });

  it('still takes a whole segment: /pomoc, /aide/', () => {
    const links: PageLink[] = [{ url: 'https://shop.example/pomoc', href: '/pomoc', text: 'Obsługa' }];
    expect(discoverRoles(links, new Set(['https://shop.example']), 'the home page').get('faq')?.url).toBe('https://shop.example/pomoc');
  });
});
