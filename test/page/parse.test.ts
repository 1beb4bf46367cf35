import { describe, expect, it } from 'vitest';
import { MAX_DOM_DEPTH, parseHtml } from '../../src/page/parse.js';
import { visibleText } from '../../src/page/visible-text.js';

function maxDepth(node: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[node, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const c of n.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
  }
  return deepest;
}

describe('parsing', () => {
  it('caps nesting like a browser, keeping every element and all text in order', () => {
    const html = `<body>${'<div>'.repeat(3000)}<p>first</p><a href="/contact">Contact</a> last${'</div>'.repeat(3000)}</body>`;
    const $ = parseHtml(html);
    expect(maxDepth($.root()[0]!)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 10);
    expect($('div')).toHaveLength(3000);
    expect($('a[href="/contact"]').text()).toBe('Contact');
    expect(visibleText($)).toBe('first\nContact last');
  });

  it('leaves ordinary pages as they are', () => {
    const $ = parseHtml('<html lang="pl"><body><ul><li>a</li><li>b</li></ul><p>One<p>Two</body></html>');
    expect($('html').attr('lang')).toBe('pl');
    expect($('li')).toHaveLength(2);
    expect($('p').length).toBe(2);
  });
});

describe('open elements', () => {
  it('an <a> closes the link still open, as browsers do: unclosed links are siblings with their own text', () => {
    const $ = parseHtml('<p><a href="/one">One <b>bold<a href="/two">Two</p><a href="/three">Three</a>');
    expect($('a').map((_, el) => `${el.attribs.href}=${$(el).text()}`).get()).toEqual(['/one=One bold', '/two=Two', '/three=Three']);
    expect($('a a')).toHaveLength(0);
  });

  it('an <a> inside SVG is an SVG link and closes nothing', () => {
    const $ = parseHtml('<a href="/cart"><svg><a href="#icon"><path/></a></svg> Cart</a>');
    expect($('a[href="/cart"]').text()).toBe(' Cart');
    expect($('a[href="/cart"] a[href="#icon"]')).toHaveLength(1);
  });

  it('nested tables deeper than the open-element limit keep every cell and all text in order', () => {
    const $ = parseHtml(`<body>${'<table><tr><td>x'.repeat(3000)}<a href="/contact">Contact</a></body>`);
    expect(maxDepth($.root()[0]!)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 10);
    expect($('td')).toHaveLength(3000);
    expect($('a[href="/contact"]').text()).toBe('Contact');
    expect(visibleText($).replace(/\n/g, '')).toBe(`${'x'.repeat(3000)}Contact`);
  });
});

describe('visible text', () => {
  it('leaves out what a shopper does not read as content: skip links and cookie banners', () => {
    const $ = parseHtml(
      '<body class="has-cookie-banner"><a class="skip-link screen-reader-text" href="#c">Skip to content</a>' +
        '<div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>' +
        '<div class="cc-window"><p>Nous utilisons des cookies.</p></div>' +
        '<main id="c"><p>Returns within 30 days.</p></main></body>',
    );
    expect(visibleText($)).toBe('Returns within 30 days.');
  });
});
