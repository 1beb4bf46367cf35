/** --walk-checkout in the system's headless Chromium, on loopback fixture checkouts. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/acquire/render/browser.js';
import type { WalkMode } from '../../src/acquire/checkout-walk/walk.js';
import { auditSite } from '../../src/audit.js';
import { formatHtml } from '../../src/format/html.js';
import { formatText } from '../../src/format/text.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { acquireOptions } from '../helpers/acquire-options.js';
import { serveFolder, type TestServer } from '../helpers/static-server.js';

const browserPath = findBrowser(process.env);
if (!browserPath) console.warn('checkout-walk tests skipped: no Chromium, Chrome or Edge found (set CAREAUDIT_CHROMIUM)');

describe.skipIf(!browserPath)('walking the checkout', { timeout: 90_000 }, () => {
  let browser: Browser;
  let ruleSet: RuleSet;
  let threeScreens: TestServer;
  let sevenScreens: TestServer;
  beforeAll(async () => {
    const fixture = (name: string) => serveFolder(join(PACKAGE_ROOT, 'test', 'fixtures', 'render', name));
    [browser, ruleSet, threeScreens, sevenScreens] = await Promise.all([launchBrowser(browserPath!), loadRules([BUILTIN_RULES_DIR]), fixture('three-screen'), fixture('seven-screen')]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), threeScreens?.close(), sevenScreens?.close()]);
  });

  const audit = async (server: TestServer, walkCheckout: WalkMode = 'fill') => {
    const report = await auditSite({
      ruleSet,
      gate: { failOn: 'none' },
      acquire: acquireOptions(server.url, { render: { mode: 'off', browserPath, browser }, walkCheckout }),
    });
    return { report, rule: (id: string) => report.rules.find((r) => r.id === id)! };
  };
  const posted = (server: TestServer) => server.requests.map((r) => r.path);

  it('counts three screens from cart to payment, finds the guest option and the wallets, and never sends the payment form', async () => {
    const { report, rule } = await audit(threeScreens);
    const walk = report.checkoutWalk!;
    expect(walk.screensToPayment).toBe(3);
    expect(walk.screens.map((s) => s.heading)).toEqual(['Your cart', 'Information', 'Payment']);
    expect(walk.screens[1]).toMatchObject({ guestOption: true, accountDemanded: false, expressPay: ['paypal', 'apple pay'] });
    expect(walk.screens[0]!.shippingCostShown).toBe(true);
    expect(walk.screens.every((s) => s.screenshot?.startsWith('data:image/jpeg;base64,'))).toBe(true);
    expect(rule('checkout.max-steps')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ value: 3 })] });
    expect(rule('checkout.guest').status).toBe('pass');
    expect(rule('checkout.express-pay').status).toBe('pass');
    expect(rule('checkout.costs-upfront').status).toBe('pass');
    expect(posted(threeScreens)).toContain('/checkout/payment');
    expect(posted(threeScreens)).not.toContain('/checkout/pay');
    const schema = JSON.parse(await readFile(join(PACKAGE_ROOT, 'src', 'schemas', 'report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
    // the reports show each screen: a line of text, a screenshot in HTML
    expect(formatText(report, { color: false, width: 400 }).replace(/\s+/gu, ' ')).toContain('Checkout walk: 3 screens from cart to payment — Your cart');
    const browserSection = /<section class="browser">.*?<\/section>/su.exec(formatHtml(report))?.[0] ?? '';
    expect(browserSection.match(/<img class="shot" src="data:image\/jpeg;base64,/gu)).toHaveLength(3);
  });

  it('counts seven screens through a cart drawer and a login wall, and never places the order', async () => {
    const { report, rule } = await audit(sevenScreens);
    const walk = report.checkoutWalk!;
    expect(walk.screensToPayment).toBe(7);
    expect(walk.screens[0]).toMatchObject({ kind: 'cart', shippingCostShown: false });
    expect(walk.screens[1]).toMatchObject({ heading: 'Sign in', accountDemanded: true, guestOption: false });
    expect(rule('checkout.max-steps')).toMatchObject({ status: 'fail', evidence: [expect.objectContaining({ value: 7 })] });
    expect(rule('checkout.guest').status).toBe('fail');
    expect(rule('checkout.costs-upfront').status).toBe('fail');
    expect(posted(sevenScreens)).toContain('/checkout/payment');
    expect(posted(sevenScreens)).not.toContain('/checkout/place-order');
  });

  it('with --walk-checkout-dry, stops at the first screen that asks for details, filling nothing', async () => {
    threeScreens.requests.length = 0;
    const { report } = await audit(threeScreens, 'dry');
    const walk = report.checkoutWalk!;
    expect(walk.screens.map((s) => s.heading)).toEqual(['Your cart', 'Information']);
    expect(walk.screensToPayment).toBeUndefined();
    expect(walk.stop).toMatch(/before filling any field/u);
    expect(posted(threeScreens)).not.toContain('/checkout/payment');
  });
});
