import { detectCheckoutSteps } from '../detectors/checkout-steps.js';
import { definePrimitive } from './primitive.js';

interface CheckoutStepsOptions {
  max: number;
}

/** The checkout's step count, read from its step indicator, is at most `max`. */
export const checkoutStepsPrimitive = definePrimitive<CheckoutStepsOptions>({
  name: 'checkout-steps',
  summary: 'The checkout has at most `max` steps, counted from its step indicator (a one-page checkout is one step) or from the checkoutFlow declared in the config.',
  schema: {
    type: 'object',
    properties: { max: { type: 'integer', minimum: 1 } },
    required: ['max'],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ max }) {
    return (page, site) => {
      // a step indicator on the page wins; a flow declared in the config stands in where there is none
      const declared = site.snapshot.checkoutFlow;
      const walked = site.snapshot.checkoutWalk;
      // screens counted by walking to the payment step are what a shopper goes through: they win over any indicator
      const steps =
        (walked?.screensToPayment
          ? { count: walked.screensToPayment, labels: walked.screens.map((s) => s.heading ?? s.url), source: 'walked with --walk-checkout, cart to payment', text: undefined, selector: undefined }
          : undefined) ??
        detectCheckoutSteps(page.$, page.visibleText) ??
        (declared ? { count: declared.length, labels: [], source: 'declared in the config (checkoutFlow)', text: declared.join(' › ') } : undefined);
      if (!steps) return { status: 'unknown', evidence: [], note: 'no step indicator or checkout form recognised on the page; declare the steps with checkoutFlow in the config' };
      const evidence = [
        {
          page: page.location,
          kind: `checkout steps (${steps.source})`,
          value: steps.count,
          text: steps.labels.length ? steps.labels.join(' › ') : steps.text,
          selector: steps.selector,
        },
      ];
      return steps.count <= max
        ? { status: 'pass', evidence }
        : { status: 'fail', evidence, note: `the checkout has ${steps.count} steps; at most ${max} expected` };
    };
  },
});
