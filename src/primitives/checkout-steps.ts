import { detectCheckoutSteps, type CheckoutSteps } from '../detectors/checkout-steps.js';
import { declaredSteps } from '../detectors/declared-steps.js';
import type { PageView } from '../view/page-view.js';
import type { SiteContext } from '../view/site-context.js';
import { definePrimitive } from './primitive.js';

interface CheckoutStepsOptions {
  max: number;
}

/**
 * A flow declared where the checkout itself cannot be read: in the config, or, when no checkout page was
 * found, on a "How to order" page of the store ("Follow the 5 steps"). A checkout that was read speaks for
 * itself, so a guide page never outweighs it.
 */
function declaredFlow(page: PageView, site: SiteContext): CheckoutSteps | undefined {
  const configured = site.snapshot.checkoutFlow;
  if (configured) return { count: configured.length, labels: [], source: 'declared in the config (checkoutFlow)', text: configured.join(' › ') };
  if (page.page.roles.includes('checkout') || site.pagesWithRole('checkout').length > 0) return undefined;
  const guide = declaredSteps(page.$, page.visibleText);
  return guide ? { count: guide.count, labels: [], source: `declared on the ordering guide "${guide.heading}"`, text: guide.text } : undefined;
}

/** The checkout's step count, read from its step indicator, is at most `max`. */
export const checkoutStepsPrimitive = definePrimitive<CheckoutStepsOptions>({
  name: 'checkout-steps',
  summary: 'The checkout has at most `max` steps, counted from its step indicator (a one-page checkout is one step) from a checkout walk, from the checkoutFlow declared in the config, or, when no checkout was found, from a "How to order" page that declares its steps.',
  schema: {
    type: 'object',
    properties: { max: { type: 'integer', minimum: 1 } },
    required: ['max'],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ max }) {
    return (page, site) => {
      const walked = site.snapshot.checkoutWalk;
      // screens counted by walking to the payment step are what a shopper goes through: they win over any
      // indicator; a step indicator on the checkout wins over a declared flow
      const steps =
        (walked?.screensToPayment
          ? { count: walked.screensToPayment, labels: walked.screens.map((s) => s.heading ?? s.url), source: 'walked with --walk-checkout, cart to payment', text: undefined, selector: undefined }
          : undefined) ??
        (page.page.roles.includes('checkout') ? detectCheckoutSteps(page.$, page.visibleText) : undefined) ??
        declaredFlow(page, site);
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
