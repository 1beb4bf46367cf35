import type { CheerioAPI } from 'cheerio';
import type { CountryCode } from 'libphonenumber-js';
import { guessCountry, phonesFromStructuredData, phonesFromTelLinks, phonesInText, type PhoneMatch } from '../detectors/phones.js';
import type { PageLink } from '../page/links.js';
import { valuesAt, type StructuredItem } from '../page/structured-data.js';
import type { Page } from '../snapshot.js';
import { memoise } from './memoise.js';
import { contentTextOf, linksOf, parsePage, scriptsOf, structuredDataOf, visibleTextOf, type ScriptInfo } from './page-data.js';

/**
 * A page as rules see it. Every derived view (DOM, visible text, links, structured data, phone numbers)
 * is computed on first use and then shared by every rule that asks.
 */
export class PageView {
  constructor(
    readonly page: Page,
    /** The store's country when known (config or acquisition): it decides how local phone numbers read. */
    readonly countryHint?: string,
  ) {}

  get url(): string {
    return this.page.url;
  }

  /** How the page is named in evidence: its local path for files, else its URL. */
  get location(): string {
    return this.page.path ?? this.page.url;
  }

  get $(): CheerioAPI {
    return parsePage(this.page);
  }

  get lang(): string | undefined {
    return this.$('html').attr('lang')?.trim() || undefined;
  }

  get visibleText(): string {
    return visibleTextOf(this.page);
  }

  /** The visible text without the site's header, menus and footer. */
  get contentText(): string {
    return contentTextOf(this.page);
  }

  get links(): PageLink[] {
    return linksOf(this.page);
  }

  get structuredData(): StructuredItem[] {
    return structuredDataOf(this.page);
  }

  get scripts(): ScriptInfo[] {
    return scriptsOf(this.page);
  }

  get country(): CountryCode | undefined {
    return countryOf(this);
  }

  /** Phone numbers from tel: links, visible text and schema.org telephone values, deduplicated by E.164. */
  get phones(): PhoneMatch[] {
    return phonesOf(this);
  }
}

// per view, not per page: both depend on the country hint the view was made with
const countryOf = memoise((view: PageView): CountryCode | undefined =>
  guessCountry({ country: view.countryHint, lang: view.lang, url: view.url }),
);

const phonesOf = memoise((view: PageView): PhoneMatch[] => {
  const tel = phonesFromTelLinks(
    view.links.filter((l) => /^tel:/i.test(l.href)).map((l) => l.href),
    view.country,
  );
  const structured = phonesFromStructuredData(
    view.structuredData.flatMap((item) => valuesAt(item, 'telephone')).filter((v): v is string => typeof v === 'string'),
    view.country,
  );
  const text = phonesInText(view.visibleText, view.country);
  const seen = new Set<string>();
  return [...tel, ...structured, ...text].filter((m) => !seen.has(m.e164) && seen.add(m.e164));
});
