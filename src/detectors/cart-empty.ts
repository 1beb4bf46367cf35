/**
 * An empty cart: the cart page as a crawler without a session sees it. Platforms mark it (WooCommerce's
 * "cart-empty" notice, Shopify's `<cart-items class="is-empty">`) and stores say it ("Your cart is empty",
 * "Twój koszyk jest pusty"; each language's words are `emptyCart` in rules/languages/<code>.yaml).
 */
import type { CheerioAPI } from 'cheerio';
import { wordsOfAll } from '../languages/load.js';
import { wholeWords } from './letters.js';

/** Elements that platforms render only when the cart holds nothing. */
export const EMPTY_CART_MARKERS = '.wc-empty-cart-message, .cart-empty.woocommerce-info, p.cart-empty, cart-items.is-empty, .cart--empty, .cart-empty-page';

export type EmptyCartSign = { kind: 'marker'; selector: string } | { kind: 'words'; start: number; end: number };

let saying: RegExp | undefined;

/** Every language's "your cart is empty", as one pattern: one pass over the text. */
function emptyCartWords(): RegExp {
  saying ??= wholeWords(wordsOfAll((language) => language.emptyCart), 'iu');
  return saying;
}

/** The first sign that the page is an empty cart: a platform's marker, else the words in the page's own text. */
export function emptyCartSign($: CheerioAPI, contentText: string): EmptyCartSign | undefined {
  const marker = $(EMPTY_CART_MARKERS).first();
  if (marker.length) {
    const el = marker[0]!;
    const classes = (el.attribs.class ?? '').trim().split(/\s+/u).slice(0, 3).join('.');
    return { kind: 'marker', selector: `${el.name}${classes ? `.${classes}` : ''}` };
  }
  const words = emptyCartWords().exec(contentText);
  return words ? { kind: 'words', start: words.index, end: words.index + words[0].length } : undefined;
}
