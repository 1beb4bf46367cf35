import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';
import { viewOf } from '../helpers/snapshot.js';

const run = (spec: unknown, html: string) => runCheck(spec, html);

describe('text', () => {
  it('matches visible text in any of the languages listed, case-insensitively', () => {
    const spec = { text: { patterns: { en: ['free returns'], ru: ['бесплатный возврат'], pl: ['darmowy zwrot'] } } };
    expect(run(spec, '<p>Darmowy ZWROT do 30 dni</p>').status).toBe('pass');
    expect(run(spec, '<p>БЕСПЛАТНЫЙ возврат</p>').status).toBe('pass');
    expect(run(spec, '<p>Returns cost $5</p>').status).toBe('fail');
  });

  it('ignores scripts, styles, templates and hidden elements', () => {
    const spec = { text: { patterns: ['free returns'] } };
    const hidden = `<p>${'A shop page with enough visible text to be a real page. '.repeat(5)}</p>
      <script>var t = "free returns";</script><style>/* free returns */</style>
      <template><p>free returns</p></template><div hidden>free returns</div>
      <div style="display: none">free returns</div><div aria-hidden="true">free returns</div>`;
    expect(run(spec, hidden).status).toBe('fail');
  });

  it('keeps table cells and list items apart, so patterns do not match across them', () => {
    const spec = { text: { patterns: ['Fri 9'] } };
    expect(run(spec, '<table><tr><td>Mon–Fri</td><td>9:00–18:00</td></tr></table>').status).toBe('fail');
  });

  it("with scope: content, reads the page's own text, not the header, menus, announcement bar or footer every page repeats", () => {
    const spec = { text: { scope: 'content', patterns: ['free delivery'] } };
    const chrome = (inside: string) => `<div class="announcement-bar">Free delivery over £50</div><header><nav><a href="/d">Free delivery</a></nav></header>
      <main><h1>Your cart</h1>${inside}</main><footer>Free delivery on every order</footer>`;
    expect(run(spec, chrome('<p>Subtotal £20.00</p>')).status).toBe('fail');
    expect(run({ text: { patterns: ['free delivery'] } }, chrome('<p>Subtotal £20.00</p>')).status).toBe('pass');
    expect(run(spec, chrome('<p>Free delivery: £0.00</p>')).status).toBe('pass');
    // an article's own header is its content
    expect(run(spec, '<main><article><header><h2>Free delivery for members</h2></header><p>From today.</p></article></main>').status).toBe('pass');
  });

  it('shows the match in context as evidence', () => {
    const result = run({ text: { patterns: ['within \\d+ days'] } }, '<p>You can return items within 30 days of delivery.</p>');
    expect(result.evidence[0]?.text).toContain('within 30 days');
  });

  it('rejects an invalid regular expression with its place in the options', () => {
    expect(() => compileCheck({ text: { patterns: { de: ['ok', 'Rückgabe ('] } } }, ['check'])).toThrow(/invalid regular expression/);
  });

  it('survives deeply nested markup', () => {
    const deep = '<div>'.repeat(20000) + 'free returns' + '</div>'.repeat(20000);
    expect(run({ text: { patterns: ['free returns'] } }, deep).status).toBe('pass');
  });
});

describe('visible text of a page hidden until a script shows it', () => {
  it('falls back to the hidden text when hiding would leave almost nothing', () => {
    const long = 'Customer service: call us any day. '.repeat(10);
    const spec = { text: { patterns: ['customer service'] } };
    expect(run(spec, `<div data-role="page" style="display:none"><p>${long}</p></div>`).status).toBe('pass');
  });
});

describe('text with minDistinct', () => {
  const options = { text: { patterns: { en: ['standard delivery', 'express delivery', 'click (&|and) collect'], pl: ['paczkomat'] }, minDistinct: 2 } };

  it('needs that many different patterns to match', () => {
    expect(run(options, '<li>Standard delivery 3–5 days</li><li>Paczkomat InPost</li>').status).toBe('pass');
    const one = run(options, '<li>Standard delivery 3–5 days</li><li>Standard delivery again</li>');
    expect(one.status).toBe('fail');
    expect(one.evidence).toHaveLength(1);
  });
});

describe('the store languages narrow per-language patterns', () => {
  const spec = { text: { patterns: { en: ['free returns'], pl: ['darmowy zwrot'] } } };
  const compiled = (languages?: string[]) => compileCheck(spec, [], { languages });
  const on = (check: ReturnType<typeof compiled>, html: string) => {
    const { page, site } = viewOf(html);
    return check(page, site).status;
  };

  it('compiles only the languages of the store', () => {
    expect(on(compiled(['pl']), '<p>Free returns</p>')).toBe('fail');
    expect(on(compiled(['pl-PL']), '<p>Darmowy zwrot</p>')).toBe('pass');
    expect(on(compiled(), '<p>Free returns</p>')).toBe('pass');
  });

  it('keeps every language when none of the store\'s has patterns, rather than checking nothing', () => {
    expect(on(compiled(['lt']), '<p>Free returns</p>')).toBe('pass');
  });
});
