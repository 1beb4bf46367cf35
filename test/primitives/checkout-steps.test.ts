import { describe, expect, it } from 'vitest';
import { runCheck } from '../helpers/check.js';

const run = (html: string) => runCheck({ 'checkout-steps': { max: 5 } }, html, 'checkout');

describe('checkout-steps', () => {
  it('passes a four-step checkout, with the count as evidence', () => {
    const result = run(`<nav aria-label="Breadcrumb"><ol><li>Cart</li><li aria-current="step">Information</li><li>Shipping</li><li>Payment</li></ol></nav>`);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.value).toBe(4);
  });

  it('fails a seven-step checkout', () => {
    const steps = ['Account', 'Billing', 'Shipping', 'Method', 'Gift', 'Payment', 'Review'];
    const result = run(`<ol class="checkout-steps">${steps.map((s, i) => `<li${i === 0 ? ' aria-current="step"' : ''}>${s}</li>`).join('')}</ol>`);
    expect(result.status).toBe('fail');
    expect(result.note).toContain('7 steps');
  });

  it('cannot tell on a page with no checkout at all, so the rule asks for a look by hand', () => {
    expect(run('<p>Your basket is empty.</p>').status).toBe('unknown');
  });
});
