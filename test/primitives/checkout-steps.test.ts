import { describe, expect, it } from 'vitest';
import { SiteContext } from '../../src/view/site-context.js';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';
import { snapshotOf } from '../helpers/snapshot.js';

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

describe('checkout-steps with a flow declared in the config', () => {
  const check = (flow: string[], html: string) => {
    const site = new SiteContext(snapshotOf({ checkout: html }, { checkoutFlow: flow }));
    return compileCheck({ 'checkout-steps': { max: 5 } }, [])(site.pagesWithRole('checkout')[0]!, site);
  };
  const noIndicator = '<h1>Checkout</h1><p>Please wait…</p>';

  it('counts the declared steps when the page shows no indicator', () => {
    const result = check(['/checkout/address', '/checkout/delivery', '/checkout/payment'], noIndicator);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ value: 3, kind: 'checkout steps (declared in the config (checkoutFlow))' });
    expect(check(Array.from({ length: 7 }, (_, i) => `/step-${i}`), noIndicator).status).toBe('fail');
  });

  it('prefers the indicator on the page', () => {
    const indicator = '<ol class="checkout-steps"><li aria-current="step">Address</li><li>Payment</li></ol>';
    expect(check(Array.from({ length: 7 }, (_, i) => `/step-${i}`), indicator).evidence[0]?.value).toBe(2);
  });
});
