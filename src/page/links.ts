import type { CheerioAPI } from 'cheerio';

export interface PageLink {
  /** Absolute URL after resolving against the page (and its <base href>), without the fragment. */
  url: string;
  /** The href as written. */
  href: string;
  /** The link's visible text, whitespace collapsed; falls back to aria-label, title or an image's alt. */
  text: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The URL relative links on this page resolve against: its <base href> if valid, else the page URL. */
export function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  const base = $('base[href]').first().attr('href');
  if (base) {
    try {
      return new URL(base, pageUrl).href;
    } catch {
      // an unparsable <base> is ignored, as browsers do
    }
  }
  return pageUrl;
}

/** Every <a href> and <area href> on the page, resolved; javascript:, mailto: and tel: included as written. */
export function extractLinks($: CheerioAPI, pageUrl: string): PageLink[] {
  const base = baseUrlOf($, pageUrl);
  const links: PageLink[] = [];
  $('a[href], area[href]').each((_, el) => {
    const $el = $(el);
    const href = ($el.attr('href') ?? '').trim();
    if (!href) return;
    let url: string;
    try {
      const resolved = new URL(href, base);
      resolved.hash = '';
      url = resolved.href;
    } catch {
      return;
    }
    const text =
      collapse($el.text()) ||
      collapse($el.attr('aria-label') ?? '') ||
      collapse($el.attr('title') ?? '') ||
      collapse($el.find('img[alt]').first().attr('alt') ?? '');
    links.push({ url, href, text });
  });
  return links;
}
