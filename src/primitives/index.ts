import { cartEmptyPrimitive } from './cart-empty.js';
import { chatWidgetPrimitive } from './chat-widget.js';
import { checkoutStepsPrimitive } from './checkout-steps.js';
import { hoursPrimitive } from './hours.js';
import { linkPrimitive } from './link.js';
import { noAccountsPrimitive } from './no-accounts.js';
import { numberPrimitive } from './number.js';
import { pageFoundPrimitive } from './page-found.js';
import { phonePrimitive } from './phone.js';
import type { Primitive } from './primitive.js';
import { responseTimePrimitive } from './response-time.js';
import { returnWindowPrimitive } from './return-window.js';
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
    hoursPrimitive,
    chatWidgetPrimitive,
    responseTimePrimitive,
    returnWindowPrimitive,
    noAccountsPrimitive,
    cartEmptyPrimitive,
  ].map((p) => [p.name, p]),
);
