import type { CheerioAPI } from 'cheerio';
import { textContent } from 'domutils';
import type { Element } from 'domhandler';
import { compileSelector, selectAllIn } from './select.js';
import { collapseWhitespace } from '../text.js';

export interface PageLink {
  /** Absolute URL after resolving against the page (and its <base href>), without the fragment. */
  url: string;
  /** The href as written. */
  href: string;
  /** The link's visible text, whitespace collapsed; falls back to aria-label, title or an image's alt. */
  text: string;
}

const LINKS = compileSelector('a[href], area[href]');
const BASE = compileSelector('base[href]');

/** The URL relative links on this page resolve against: its <base href> if valid, else the page URL. */
export function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  const base = selectAllIn($, BASE)[0]?.attribs.href;
  if (base) {
    try {
      return new URL(base, pageUrl).href;
    } catch {
      // an unparsable <base> is ignored, as browsers do
    }
  }
  return pageUrl;
}

/** Breadth first, with a moving index: a link around 200,000 images neither shifts a long queue nor spreads it into arguments. */
function firstImageAlt(el: Element): string {
  const queue = [...el.children];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node.type === 'tag') {
      const child = node as Element;
      if (child.name === 'img' && child.attribs.alt !== undefined) return child.attribs.alt;
      for (const grandchild of child.children) queue.push(grandchild);
    }
  }
  return '';
}

/**
 * Every <a href> and <area href> on the page, resolved; javascript:, mailto: and tel: included as written.
 * Works on the DOM nodes directly and resolves each distinct href once: product grids repeat links.
 */
export function extractLinks($: CheerioAPI, pageUrl: string): PageLink[] {
  const base = baseUrlOf($, pageUrl);
  const resolved = new Map<string, string | undefined>();
  const links: PageLink[] = [];
  for (const el of selectAllIn($, LINKS)) {
    const href = (el.attribs.href ?? '').trim();
    if (!href) continue;
    let url = resolved.get(href);
    if (!resolved.has(href)) {
      try {
        const absolute = new URL(href, base);
        absolute.hash = '';
        url = absolute.href;
      } catch {
        url = undefined;
      }
      resolved.set(href, url);
    }
    if (url === undefined) continue;
    const text =
      collapseWhitespace(textContent(el)) || collapseWhitespace(el.attribs['aria-label'] ?? '') || collapseWhitespace(el.attribs.title ?? '') || collapseWhitespace(firstImageAlt(el));
    links.push({ url, href, text });
  }
  return links;
}
