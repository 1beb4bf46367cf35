import { checkoutStepsPrimitive } from './checkout-steps.js';
import { linkPrimitive } from './link.js';
import { numberPrimitive } from './number.js';
import { pageFoundPrimitive } from './page-found.js';
import { phonePrimitive } from './phone.js';
import type { Primitive } from './primitive.js';
import { scriptPrimitive } from './script.js';
import { selectorPrimitive } from './selector.js';
import { structuredDataPrimitive } from './structured-data.js';
import { textPrimitive } from './text.js';

/** Every check primitive, by the YAML key that names it. */
export const PRIMITIVES: ReadonlyMap<string, Primitive> = new Map(
  [
    selectorPrimitive,
    textPrimitive,
    linkPrimitive,
    structuredDataPrimitive,
    phonePrimitive,
    numberPrimitive,
    scriptPrimitive,
    checkoutStepsPrimitive,
    pageFoundPrimitive,
  ].map((p) => [p.name, p]),
);
