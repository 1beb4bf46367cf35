import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { detectCheckoutSteps } from '../../src/detectors/checkout-steps.js';

/** Visible text roughly as the page layer computes it; enough for the "Step 2 of 4" form. */
function detect(html: string) {
  const $ = load(html);
  $('script, style, template, noscript').remove();
  const text = $('body').text().replace(/\s+/g, ' ');
  return detectCheckoutSteps(load(html), text);
}

describe('step indicators in markup', () => {
  it('Shopify breadcrumb with aria-current="step"', () => {
    const html = `<main class="main"><div class="main__header">
      <nav aria-label="Breadcrumb"><ol class="breadcrumb" role="list">
        <li class="breadcrumb__item breadcrumb__item--completed"><a class="breadcrumb__link" href="/cart">Cart</a>
          <svg class="icon-svg icon-svg--size-10 breadcrumb__chevron-icon"></svg></li>
        <li class="breadcrumb__item breadcrumb__item--current" aria-current="step"><span class="breadcrumb__text">Information</span></li>
        <li class="breadcrumb__item breadcrumb__item--blocked"><span class="breadcrumb__text">Shipping</span></li>
        <li class="breadcrumb__item breadcrumb__item--blocked"><span class="breadcrumb__text">Payment</span></li>
      </ol></nav></div></main>`;
    expect(detect(html)).toEqual({
      count: 4,
      current: 2,
      labels: ['Cart', 'Information', 'Shipping', 'Payment'],
      source: 'Shopify breadcrumb',
      selector: 'ol.breadcrumb',
      text: 'Cart › Information › Shipping › Payment',
    });
  });

  it('a generic aria-current="step" list (German)', () => {
    const html = `<ol class="progress-indicator">
      <li><a href="/warenkorb">1. Warenkorb</a></li>
      <li><a href="/kasse/adresse">2. Adresse</a></li>
      <li aria-current="step"><span>3. Versand &amp; Zahlung</span></li>
      <li><span>4. Prüfen &amp; Bestellen</span></li></ol>`;
    expect(detect(html)).toMatchObject({
      count: 4,
      current: 3,
      labels: ['Warenkorb', 'Adresse', 'Versand & Zahlung', 'Prüfen & Bestellen'],
      source: 'aria-current step list',
    });
  });

  it('a Shopify breadcrumb without aria-current (French)', () => {
    const html = `<nav aria-label="Breadcrumb"><ol class="breadcrumb">
      <li class="breadcrumb__item breadcrumb__item--completed"><a href="/cart">Panier</a></li>
      <li class="breadcrumb__item breadcrumb__item--completed"><a href="?step=contact_information">Informations</a></li>
      <li class="breadcrumb__item breadcrumb__item--current">  Livraison  </li>
      <li class="breadcrumb__item breadcrumb__item--blocked">Paiement</li></ol></nav>`;
    expect(detect(html)).toMatchObject({ count: 4, current: 3, labels: ['Panier', 'Informations', 'Livraison', 'Paiement'], source: 'Shopify breadcrumb' });
  });

  it('a category breadcrumb is not a checkout', () => {
    const html = `<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li>
      <li><a href="/women">Women</a></li><li><a href="/women/dresses">Dresses</a></li><li>Linen midi dress</li></ol></nav>
      <form action="/cart/add"><select name="id"><option>S</option></select><button>Add to cart</button></form>`;
    expect(detect(html)).toBeUndefined();
  });

  it('Magento 2 progress bar, not its knockout template', () => {
    const html = `<script type="text/x-magento-template" id="tpl"><ul class="opc-progress-bar"><li class="opc-progress-bar-item">A</li><li class="opc-progress-bar-item">B</li><li class="opc-progress-bar-item">C</li></ul></script>
      <div class="opc-wrapper"><ul class="opc-progress-bar">
        <li class="opc-progress-bar-item _active"><span data-bind="i18n: title">Shipping</span></li>
        <li class="opc-progress-bar-item"><span data-bind="i18n: title">Review &amp; Payments</span></li>
      </ul></div>`;
    expect(detect(html)).toMatchObject({ count: 2, current: 1, labels: ['Shipping', 'Review & Payments'], source: 'Magento progress bar', selector: 'ul.opc-progress-bar' });
  });

  it('WooCommerce multi-step checkout (Polish)', () => {
    const html = `<div class="woocommerce"><div class="wpmc-tabs-wrapper"><ul class="wpmc-tabs-list wpmc-4-tabs">
      <li class="wpmc-tab-item current wpmc-billing" data-step-title="billing"><div class="wpmc-tab-number">1</div><div class="wpmc-tab-text">Dane rozliczeniowe</div></li>
      <li class="wpmc-tab-item wpmc-shipping"><div class="wpmc-tab-number">2</div><div class="wpmc-tab-text">Wysyłka</div></li>
      <li class="wpmc-tab-item wpmc-review"><div class="wpmc-tab-number">3</div><div class="wpmc-tab-text">Zamówienie</div></li>
      <li class="wpmc-tab-item wpmc-payment"><div class="wpmc-tab-number">4</div><div class="wpmc-tab-text">Płatność</div></li>
    </ul></div></div>`;
    expect(detect(html)).toMatchObject({
      count: 4,
      current: 1,
      labels: ['Dane rozliczeniowe', 'Wysyłka', 'Zamówienie', 'Płatność'],
      source: 'WooCommerce checkout steps',
    });
  });

  it('a step list with a "step" class (Bitrix-style, Russian)', () => {
    const html = `<div class="bx-order"><ul class="order-steps">
      <li class="order-steps__item">Корзина</li><li class="order-steps__item order-steps__item--active">Доставка</li>
      <li class="order-steps__item">Оплата</li><li class="order-steps__item">Подтверждение заказа</li></ul></div>`;
    expect(detect(html)).toMatchObject({ count: 4, current: 2, source: 'checkout step list', selector: 'ul.order-steps' });
  });

  it('Lithuanian step list in a checkout container', () => {
    const html = `<div id="checkout"><ol class="steps"><li class="active">Krepšelis</li><li>Pristatymas</li><li>Apmokėjimas</li></ol></div>`;
    expect(detect(html)).toMatchObject({ count: 3, current: 1, labels: ['Krepšelis', 'Pristatymas', 'Apmokėjimas'] });
  });

  it('a "how it works" step list on a home page is not a checkout', () => {
    const html = `<section class="how"><ol class="steps"><li>Pick a design</li><li>We print it</li><li>Enjoy it</li></ol></section>`;
    expect(detect(html)).toBeUndefined();
  });

  it('ignores step lists inside <template>', () => {
    const html = `<template id="steps"><ol><li>Cart</li><li aria-current="step">Shipping</li><li>Payment</li></ol></template><p>Your cart</p>`;
    expect(detect(html)).toBeUndefined();
  });
});

describe('"Step 2 of 4" text', () => {
  it.each([
    ['en', 'Checkout — Step 2 of 4: Delivery', 4, 2],
    ['ru', 'Оформление заказа. Шаг 2 из 4', 4, 2],
    ['pl', 'Krok 3 z 5 – Dostawa', 5, 3],
    ['lt', 'Žingsnis 2 iš 3: pristatymas', 3, 2],
    ['lt (number first)', '2 žingsnis iš 4', 4, 2],
    ['de', 'Ihr Warenkorb Schritt 1 von 5', 5, 1],
    ['fr', 'Étape 2 sur 4 : Livraison', 4, 2],
    ['es', 'Paso 3 de 3 - Pago', 3, 3],
  ] as const)('%s', (_lang, sentence, count, current) => {
    const steps = detect(`<div class="checkout"><h2>${sentence}</h2></div>`);
    expect(steps).toMatchObject({ count, current, labels: [], source: '"Step 2 of 4" text' });
  });

  it('rejects impossible step numbers', () => {
    expect(detect('<p>Step 7 of 4</p><p>Step 1 of 1</p>')).toBeUndefined();
  });
});

describe('one-page checkout', () => {
  it('WooCommerce classic checkout form', () => {
    const html = `<form name="checkout" method="post" class="checkout woocommerce-checkout" action="/checkout/">
      <p class="form-row"><label for="billing_first_name">First name</label><input type="text" name="billing_first_name" id="billing_first_name"></p>
      <p class="form-row"><label for="billing_address_1">Street address</label><input type="text" name="billing_address_1" id="billing_address_1"></p>
      <div id="payment" class="woocommerce-checkout-payment"><ul class="wc_payment_methods payment_methods methods">
        <li class="wc_payment_method payment_method_bacs"><input id="payment_method_bacs" type="radio" name="payment_method" value="bacs"><label for="payment_method_bacs">Direct bank transfer</label></li>
      </ul></div></form>`;
    expect(detect(html)).toEqual({ count: 1, current: 1, labels: [], source: 'one-page checkout', selector: 'form.checkout.woocommerce-checkout' });
  });

  it('a plain form with address and card fields labelled in Spanish', () => {
    const html = `<form id="pedido"><label for="d">Dirección</label><input id="d"><label for="c">Código Postal</label><input id="c">
      <label for="t">Número de tarjeta</label><input id="t"><label for="e">Fecha de expiración</label><input id="e"></form>`;
    expect(detect(html)).toMatchObject({ count: 1, source: 'one-page checkout', selector: 'form#pedido' });
  });

  it('Bitrix sale.order.ajax', () => {
    const html = `<form action="/personal/order/make/" method="POST" name="ORDER_FORM" id="bx-soa-order-form"><div id="bx-soa-order" class="row bx-blue">
      <div id="bx-soa-delivery" class="bx-soa-section"></div><div id="bx-soa-paysystem" class="bx-soa-section"></div></div></form>`;
    expect(detect(html)).toMatchObject({ count: 1, source: 'one-page checkout', selector: 'form#bx-soa-order-form' });
  });

  it('a cart page with coupon, gift card and newsletter fields is not a checkout', () => {
    const html = `<form action="/cart" method="post" class="cart">
      <table class="cart-items"><tr><td>Linen shirt</td><td><input type="number" name="updates[]" value="1"></td><td>$49.00</td></tr></table>
      <label for="gc">Gift card number</label><input id="gc" name="gift_card">
      <input name="coupon_code" placeholder="Coupon code"><button name="checkout">Check out</button></form>
      <form class="newsletter"><label for="nl">Your email address</label><input id="nl" type="email" name="contact[email]"></form>
      <p>Shipping &amp; taxes calculated at checkout</p>`;
    expect(detect(html)).toBeUndefined();
  });

  it('an address form alone (one step of an unknown flow) is not counted', () => {
    const html = `<form id="delivery-details"><label for="pc">Postleitzahl</label><input id="pc" name="Customer.Postcode">
      <label for="st">Straßenname</label><input id="st" name="Customer.Street"></form>`;
    expect(detect(html)).toBeUndefined();
  });
});
