import { describe, expect, it } from 'vitest';
import { runCheck } from '../helpers/check.js';

const emptyCart = { 'cart-empty': {} };

describe('cart-empty', () => {
  it("recognises the platforms' empty-cart markup", () => {
    const woo = '<main><div class="wc-empty-cart-message"><div class="cart-empty woocommerce-info">Your cart is currently empty.</div></div></main>';
    expect(runCheck(emptyCart, woo)).toMatchObject({ status: 'pass', evidence: [{ kind: 'empty cart (platform markup)', selector: 'div.wc-empty-cart-message' }] });
    expect(runCheck(emptyCart, '<main><cart-items class="page-width is-empty"><h1>Your cart is empty</h1></cart-items></main>').status).toBe('pass');
  });

  it('reads "your cart is empty" in the languages careaudit reads, with the sentence as evidence', () => {
    for (const [html, words] of [
      ['<main><p>Twój koszyk aktualnie jest pusty.</p></main>', 'koszyk aktualnie jest pusty'],
      ['<main><h1>Il tuo carrello è vuoto</h1></main>', 'Il tuo carrello è vuoto'],
      ['<main><p>Váš košík je prázdný.</p></main>', 'košík je prázdný'],
      ['<main><p>Ihr Warenkorb ist leer.</p></main>', 'Ihr Warenkorb ist leer'],
      ['<main><p>Ваша корзина пуста</p></main>', 'Ваша корзина пуста'],
    ] as const) {
      const result = runCheck(emptyCart, html);
      expect(result.status, html).toBe('pass');
      const evidence = result.evidence[0]!;
      expect(evidence.text!.slice(...evidence.match!)).toContain(words);
    }
  });

  it('does not take a mini-cart in the header, or a filled cart, for an empty cart', () => {
    const miniCart = '<header><div class="mini-cart"><p>Your cart is empty</p></div></header><main><h1>Contact us</h1><p>Call us.</p></main>';
    expect(runCheck(emptyCart, miniCart).status).toBe('fail');
    const filled = '<main><h1>Your cart</h1><table><tr><td>Green tea, 100 g</td><td>£6.50</td></tr></table><p>Subtotal £6.50</p></main>';
    expect(runCheck(emptyCart, filled).status).toBe('fail');
  });
});
