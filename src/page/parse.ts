import { load, type CheerioAPI } from 'cheerio';
import type { Page } from '../snapshot.js';

// Acquisition (for discovery) and evaluation (for rules) both need a page's DOM: parse once, share.
const parsed = new WeakMap<Page, CheerioAPI>();

export function parsePage(page: Page): CheerioAPI {
  let $ = parsed.get(page);
  if (!$) {
    $ = load(page.html);
    parsed.set(page, $);
  }
  return $;
}
