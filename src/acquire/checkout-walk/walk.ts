/**
 * A shopper's walk through the checkout, in the browser: find a product from the home page, add it to the
 * cart by clicking, open the cart, go to checkout, and on each screen note what the shopper meets, filling
 * required fields with reserved test data to reach the next. It stops at the payment step: payment is never
 * submitted and no order is placed.
 */
import type { Locator, Page as Tab } from 'playwright-core';
import { jsonLdItemsOf, linksOf, parsePage } from '../../view/page-data.js';
import type { CheckoutWalk, Page, PageRequest, WalkScreen } from '../../snapshot.js';
import type { RenderingSource } from '../render/rendering-source.js';
import { screenshotOf, settle } from '../render/rendering-source.js';
import { fillScreen } from './fill.js';
import { testShopper } from './test-address.js';
import { ADD_TO_CART, CART_LINK, CHECKOUT, CONTINUE, EXPRESS_PAY, GUEST, PLACE_ORDER, screenFacts } from './screen.js';

/** fill: fill fields to reach the payment step; dry: stop at the first screen that asks for details. */
export type WalkMode = 'fill' | 'dry';

/** A checkout longer than this is walked no further: the count is already far over any threshold. */
const MAX_SCREENS = 12;
const PRODUCT_PATH = /\/(?:products?|p|item|artikel|produkt|produit|producto|prodotto|товар|product-page)\/[^/?#]+/i;

/** A product page to buy from: the home page's own add-to-cart form, a JSON-LD Product, or a product-shaped link. */
export function productUrl(home: Page): string | undefined {
  const $ = parsePage(home);
  if ($('form[action*="/cart/add"], [name="add-to-cart"], button[name="add"]').length) return home.url;
  for (const item of jsonLdItemsOf(home)) {
    const url = item.types.includes('Product') ? item.properties.url : undefined;
    if (typeof url === 'string') return URL.parse(url, home.url)?.href;
  }
  return linksOf(home).find((link) => PRODUCT_PATH.test(URL.parse(link.url)?.pathname ?? ''))?.url;
}

/** A control as the walk reads it (careaudit compiles without the DOM's types). */
interface ControlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  checkVisibility(): boolean;
}

/** A control found by what it says: its text, value and aria-label, as read in the tab. */
interface Control {
  locator: Locator;
  label: string;
}

/** The first visible control (button, link, submit input) whose text, value or label matches; a wallet's button is never the way on. */
async function controlMatching(tab: Tab, pattern: RegExp, within = 'a, button, input[type=submit], input[type=button], [role=button]'): Promise<Control | undefined> {
  const controls = tab.locator(within);
  // one round trip for every control's label: the tab is asked once, not once per control
  const labels = await controls.evaluateAll((nodes) =>
    nodes.map((node) => {
      const el = node as unknown as ControlElement;
      return el.checkVisibility() ? `${el.textContent ?? ''} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.replace(/\s+/g, ' ').trim() : undefined;
    }),
  );
  const index = labels.findIndex((label) => label !== undefined && pattern.test(label) && !EXPRESS_PAY.test(label));
  return index < 0 ? undefined : { locator: controls.nth(index), label: labels[index]! };
}

/** Clicks, then waits for what the click starts (a navigation, a drawer drawn by script) to settle. */
async function clickAndSettle(tab: Tab, control: Locator): Promise<void> {
  await control.click({ timeout: 5000 });
  await tab.waitForLoadState('load').catch(() => {});
  await settle(tab);
}

/** What the screen is, as a page the rules can read, and what the shopper meets on it. */
async function record(tab: Tab, requests: PageRequest[]): Promise<{ screen: Omit<WalkScreen, 'kind'>; page: Page }> {
  const page: Page = { url: tab.url(), roles: [], status: 'ok', headers: {}, html: await tab.content(), requests: [...requests] };
  const facts = screenFacts(page);
  const screenshot = await screenshotOf(tab);
  if (screenshot) page.screenshot = screenshot;
  return { screen: { ...facts, ...(screenshot ? { screenshot } : {}) }, page };
}

export interface WalkResult {
  walk: CheckoutWalk;
  /** The cart with the product in it, and the first checkout screen, as the shopper saw them. */
  cart?: Page;
  checkout?: Page;
}

export async function walkCheckout(source: RenderingSource, home: Page, mode: WalkMode, progress: (message: string) => void, country?: string): Promise<WalkResult> {
  const shopper = testShopper(country);
  const screens: WalkScreen[] = [];
  const stop = (reason: string, reachedPayment = false): WalkResult => ({
    walk: { mode, screens: screens.map((s) => s), stop: reason, ...(reachedPayment ? { screensToPayment: screens.length } : {}) },
    ...pages,
  });
  const pages: { cart?: Page; checkout?: Page } = {};
  const product = productUrl(home);
  if (!product) return stop('no product found on the home page (no add-to-cart form, JSON-LD Product or product link)');
  if (!source.isAuditedOrigin(product)) return stop(`the product ${product} is on another site`);
  const context = await source.context();
  const tab = await context.newPage();
  const requests: PageRequest[] = [];
  try {
    await source.routeTab(tab, requests);
    progress('walking the checkout: adding a product to the cart');
    await tab.goto(product, { waitUntil: 'load' });
    await settle(tab);
    const add = await controlMatching(tab, ADD_TO_CART);
    if (!add) return stop(`no add-to-cart button on ${product}`);
    await clickAndSettle(tab, add.locator);
    // a cart drawn as a drawer already offers the checkout; otherwise the cart is a page of its own
    if (!(await controlMatching(tab, CHECKOUT))) {
      const cartLink = await controlMatching(tab, CART_LINK, 'a, button, [role=button]');
      if (!cartLink) return stop('the product was added, but no cart link or checkout button appeared');
      await clickAndSettle(tab, cartLink.locator);
    }
    const cart = await record(tab, requests);
    screens.push({ ...cart.screen, kind: 'cart' });
    pages.cart = cart.page;
    for (;;) {
      const current = screens.at(-1)!;
      if (current.payment) return stop('the payment step: careaudit stops here and never submits payment', true);
      if (screens.length >= MAX_SCREENS) return stop(`more than ${MAX_SCREENS} screens without reaching the payment step`);
      let next: Control | undefined;
      if (current.kind === 'cart') next = await controlMatching(tab, CHECKOUT);
      else {
        if (current.fields > 0 && mode === 'dry') return stop('this screen asks for details: --walk-checkout-dry stops before filling any field');
        if (await controlMatching(tab, PLACE_ORDER, 'button, input[type=submit]')) return stop('the next button places the order: careaudit stops here', true);
        const guest = current.accountDemanded ? undefined : await controlMatching(tab, GUEST);
        if (guest) next = guest;
        else {
          await fillScreen(tab, shopper);
          next = await controlMatching(tab, CONTINUE, 'button, input[type=submit], a[role=button], [role=button]');
        }
      }
      if (!next) return stop(`no way on from ${current.url} (no continue or checkout button)`);
      // its label as read with the others: text, an <input type=submit>'s value, an icon button's aria-label
      if (PLACE_ORDER.test(next.label)) return stop('the next button places the order: careaudit stops here', true);
      const before = `${tab.url()} ${current.heading ?? ''} ${current.fields}`;
      progress(`walking the checkout: screen ${screens.length + 1}`);
      await clickAndSettle(tab, next.locator);
      const screen = await record(tab, requests);
      if (`${screen.screen.url} ${screen.screen.heading ?? ''} ${screen.screen.fields}` === before) return stop(`stuck on ${current.url}: the form was not accepted`);
      screens.push({ ...screen.screen, kind: 'checkout' });
      pages.checkout ??= screen.page;
    }
  } catch (error) {
    return stop(`the walk broke off: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await tab.close().catch(() => {});
  }
}
