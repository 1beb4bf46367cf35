import { EMPTY_CART_MARKERS, emptyCartSign } from '../detectors/cart-empty.js';
import { sentenceOf } from './patterns.js';
import { definePrimitive } from './primitive.js';

/**
 * The page is an empty cart, as a cart reached without a session is: its platform's empty-cart markup, or
 * "Your cart is empty" in any language careaudit reads, in the page's own text (not a mini-cart in the header).
 */
export const cartEmptyPrimitive = definePrimitive<Record<string, never>>({
  name: 'cart-empty',
  summary: `The page is an empty cart: a platform's empty-cart markup (${EMPTY_CART_MARKERS.split(', ').slice(0, 3).join(', ')} …) or "your cart is empty" in its own text.`,
  schema: { type: 'object', properties: {}, additionalProperties: false },
  readsWording: () => true,
  compile() {
    return (page) => {
      const sign = emptyCartSign(page.$, page.contentText);
      if (!sign) return { status: 'fail', evidence: [], note: 'the cart is not empty' };
      if (sign.kind === 'marker') return { status: 'pass', evidence: [{ page: page.location, kind: 'empty cart (platform markup)', selector: sign.selector }] };
      const sentence = sentenceOf(page.contentText, sign.start, sign.end);
      return { status: 'pass', evidence: [{ page: page.location, kind: 'empty cart', text: sentence.context, match: sentence.span }] };
    };
  },
});
