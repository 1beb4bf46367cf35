import { detectCheckoutSteps, type CheckoutSteps } from '../detectors/checkout-steps.js';
import { declaredSteps } from '../detectors/declared-steps.js';
import type { PageView } from '../view/page-view.js';
import type { SiteContext } from '../view/site-context.js';
import { definePrimitive } from './primitive.js';

interface CheckoutStepsOptions {
  max: number;
}

/** The steps `--walk-checkout` went through from the cart to the payment step. */
function walkedSteps(site: SiteContext): CheckoutSteps | undefined {
  const walked = site.snapshot.checkoutWalk;
  if (!walked?.screensToPayment) return undefined;
  return { count: walked.screensToPayment, labels: walked.screens.map((s) => s.heading ?? s.url), source: 'walked with --walk-checkout, cart to payment' };
}

/** The flow declared in the config (checkoutFlow), for a checkout whose steps careaudit cannot see. */
function configuredSteps(site: SiteContext): CheckoutSteps | undefined {
  const configured = site.snapshot.checkoutFlow;
  return configured ? { count: configured.length, labels: [], source: 'declared in the config (checkoutFlow)', text: configured.join(' › ') } : undefined;
}

/**
 * The steps of the checkout page: walked screens are what a shopper goes through and win over any
 * indicator; a step indicator wins over a declared flow. Any other page counts only when no checkout was
 * reached, and only as a "How to order" guide that declares its steps ("Follow the 5 steps").
 */
function stepsOf(page: PageView, site: SiteContext): CheckoutSteps | undefined {
  if (page.page.roles.includes('checkout')) return walkedSteps(site) ?? detectCheckoutSteps(page.$, page.visibleText) ?? configuredSteps(site);
  if (site.pagesWithRole('checkout').length > 0) return undefined;
  const guide = declaredSteps(page.$, page.visibleText);
  return guide ? { count: guide.count, labels: [], source: `declared on the ordering guide "${guide.heading}"`, text: guide.text } : undefined;
}

/** The checkout's step count, read from its step indicator, is at most `max`. */
export const checkoutStepsPrimitive = definePrimitive<CheckoutStepsOptions>({
  name: 'checkout-steps',
  summary: 'The checkout has at most `max` steps: the screens a checkout walk went through, its step indicator (a one-page checkout is one step), or the checkoutFlow declared in the config; when no checkout was found, the steps a "How to order" page declares.',
  schema: {
    type: 'object',
    properties: { max: { type: 'integer', minimum: 1 } },
    required: ['max'],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ max }) {
    return (page, site) => {
      const steps = stepsOf(page, site);
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
