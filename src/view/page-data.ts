import type { CheerioAPI } from 'cheerio';
import { extractLinks, type PageLink } from '../page/links.js';
import { parseHtml } from '../page/parse.js';
import { jsonLdItems, microdataItems, type StructuredItem } from '../page/structured-data.js';
import { contentText, visibleText } from '../page/visible-text.js';
import type { Page } from '../snapshot.js';
import { memoise } from './memoise.js';

/** A page's DOM, parsed once for discovery and the rules. */
export const parsePage = memoise((page: Page): CheerioAPI => parseHtml(page.html));

/** The text a shopper sees: read by discovery (is the page empty? a script shell?) and by the rules. */
export const visibleTextOf = memoise((page: Page): string => visibleText(parsePage(page)));

/** The page's own text, without the header, menus and footer every page repeats: read by rules about the page itself. */
export const contentTextOf = memoise((page: Page): string => contentText(parsePage(page)));

/** The page's links, read by discovery and by the rules. */
export const linksOf = memoise((page: Page): PageLink[] => extractLinks(parsePage(page), page.url));

/** The page's JSON-LD items: read by acquisition (product pages, the store's country) and the rules. */
export const jsonLdItemsOf = memoise((page: Page): StructuredItem[] => jsonLdItems(parsePage(page)));

/** Every schema.org item on the page: JSON-LD, then microdata. */
export const structuredDataOf = memoise((page: Page): StructuredItem[] => [...jsonLdItemsOf(page), ...microdataItems(parsePage(page))]);

export interface ScriptInfo {
  src?: string;
  /** Inline code, capped: loaders are short and sit at the start of a script. */
  inline?: string;
}

const MAX_INLINE_SCRIPT = 20_000;

/**
 * The page's scripts, external by their src, inline by their (capped) code; and those it requested in the
 * browser that left no element (loaded by another script, --render).
 */
export const scriptsOf = memoise((page: Page): ScriptInfo[] => {
  const $ = parsePage(page);
  const inPage: ScriptInfo[] = $('script')
    .toArray()
    .map((el) => {
      const src = el.attribs.src?.trim();
      if (src) return { src };
      return { inline: $(el).text().slice(0, MAX_INLINE_SCRIPT) };
    });
  if (!page.requests?.length) return inPage;
  const absolute = (src: string) => URL.parse(src, page.url)?.href ?? src;
  const seen = new Set(inPage.map((s) => s.src && absolute(s.src)));
  return [...inPage, ...page.requests.filter((r) => r.type === 'script' && !seen.has(r.url)).map((r) => ({ src: r.url }))];
});
