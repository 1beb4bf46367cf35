import { describe, expect, it } from 'vitest';
import { declaredSteps } from '../../src/detectors/declared-steps.js';
import { parseHtml } from '../../src/page/parse.js';
import { visibleText } from '../../src/page/visible-text.js';

function steps(html: string) {
  const $ = parseHtml(html);
  return declaredSteps($, visibleText($));
}

describe('a purchase flow declared on an ordering guide', () => {
  it('is read from "follow the N steps" under a how-to-order heading, in words or digits', () => {
    expect(steps('<h1>Come acquistare</h1><p>Acquistare è semplice: segui i 5 passaggi e ricevi il tuo ordine a casa.</p>')).toMatchObject({ count: 5, heading: 'Come acquistare' });
    expect(steps('<title>So bestellen Sie</title><h1>Bestellen</h1><p>In nur drei einfachen Schritten zu Ihrer Bestellung.</p>')).toMatchObject({ count: 3 });
    expect(steps('<h2>Jak nakupovat</h2><p>Nákup zvládnete ve 4 krocích? Ne: objednávka má 4 kroky.</p>')?.count).toBe(4);
  });

  it('is read from blocks labelled Step 1 … Step n, counted while they run on', () => {
    const html = '<h1>How to order</h1>' + [1, 2, 3, 4].map((n) => `<div><span>Step ${n}</span><h3>Stage ${n}</h3></div>`).join('') + '<p>Step 7: enjoy</p>';
    expect(steps(html)).toMatchObject({ count: 4, text: 'steps 1 › 2 › 3 › 4' });
  });

  it('is not read from a page that is no ordering guide, nor from a count no checkout has', () => {
    expect(steps('<h1>Our skincare routine</h1><p>Three steps to perfect skin: cleanse, tone, moisturise.</p>')).toBeUndefined();
    expect(steps('<h1>How to order</h1><p>Add items to your basket and check out.</p>')).toBeUndefined();
    expect(steps('<h1>How to order</h1><p>It takes 40 steps to walk from the car park to our shop.</p>')).toBeUndefined();
  });
});
