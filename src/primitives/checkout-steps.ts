import { detectCheckoutSteps } from '../detectors/checkout-steps.js';
import { definePrimitive } from './primitive.js';

interface CheckoutStepsOptions {
  max: number;
}

/** The checkout's step count, read from its step indicator, is at most `max`. */
export const checkoutStepsPrimitive = definePrimitive<CheckoutStepsOptions>({
  name: 'checkout-steps',
  summary: 'The checkout has at most `max` steps, counted from its step indicator (a one-page checkout is one step).',
  schema: {
    type: 'object',
    properties: { max: { type: 'integer', minimum: 1 } },
    required: ['max'],
    additionalProperties: false,
  },
  compile({ max }) {
    return (page) => {
      const steps = detectCheckoutSteps(page.$, page.visibleText);
      if (!steps) return { status: 'unknown', evidence: [], note: 'no step indicator or checkout form recognised on the page' };
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
