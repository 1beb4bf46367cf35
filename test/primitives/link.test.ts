import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string) => runCheck(spec, html);

const nav = `
  <nav><a href="/pages/contact">Contact us</a> <a href="mailto:help@shop.example">Email</a>
  <a href="https://wa.me/48123456789"><img alt="WhatsApp"></a> <a href="/cart" aria-label="Cart"><svg></svg></a></nav>`;

describe('link', () => {
  it('finds links by text', () => {
    const result = run({ link: { text: ['^contact us$'] } }, nav);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ kind: 'link', text: 'Contact us', value: '/pages/contact' });
  });

  it('finds links by href', () => {
    expect(run({ link: { href: ['^mailto:'] } }, nav).status).toBe('pass');
    expect(run({ link: { href: ['^tel:'] } }, nav).status).toBe('fail');
  });

  it('needs both text and href to match when both are given', () => {
    expect(run({ link: { text: ['contact'], href: ['mailto:'] } }, nav).status).toBe('fail');
    expect(run({ link: { text: ['email'], href: ['mailto:'] } }, nav).status).toBe('pass');
  });

  it('reads the text of image and icon links from alt and aria-label', () => {
    expect(run({ link: { text: ['^whatsapp$'] } }, nav).status).toBe('pass');
    expect(run({ link: { text: ['^cart$'] } }, nav).status).toBe('pass');
  });

  it('counts against min', () => {
    expect(run({ link: { href: ['.'], min: 5 } }, nav).status).toBe('fail');
  });

  it('needs text or href', () => {
    expect(() => compileCheck({ link: { min: 1 } }, [])).toThrow();
  });
});
