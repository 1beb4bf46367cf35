import type { CheerioAPI } from 'cheerio';
import type { CountryCode } from 'libphonenumber-js';
import { guessCountry, phonesFromStructuredData, phonesFromTelLinks, phonesInText, type PhoneMatch } from '../detectors/phones.js';
import type { Page } from '../snapshot.js';
import { linksOf, type PageLink } from './links.js';
import { parsePage } from './parse.js';
import { jsonLdItemsOf, microdataItems, valuesAt, type StructuredItem } from './structured-data.js';
import { visibleTextOf } from './visible-text.js';

export interface ScriptInfo {
  src?: string;
  /** Inline code, capped: loaders are short and sit at the start of a script. */
  inline?: string;
}

const MAX_INLINE_SCRIPT = 20_000;

/**
 * A page as rules see it. Every derived view (DOM, visible text, links, structured data, phone numbers)
 * is computed on first use and then shared by every rule that asks.
 */
export class PageView {
  #structured?: StructuredItem[];
  #scripts?: ScriptInfo[];
  #phones?: PhoneMatch[];
  #country?: CountryCode | null;

  constructor(
    readonly page: Page,
    private readonly countryHint?: string,
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

  get links(): PageLink[] {
    return linksOf(this.page);
  }

  get structuredData(): StructuredItem[] {
    return (this.#structured ??= [...jsonLdItemsOf(this.page), ...microdataItems(this.$)]);
  }

  /** The page's scripts, and those it requested in the browser that left no element (loaded by another script). */
  get scripts(): ScriptInfo[] {
    if (this.#scripts) return this.#scripts;
    const inPage: ScriptInfo[] = this.$('script')
      .toArray()
      .map((el) => {
        const src = el.attribs.src?.trim();
        if (src) return { src };
        return { inline: this.$(el).text().slice(0, MAX_INLINE_SCRIPT) };
      });
    const requests = this.page.requests;
    if (!requests?.length) return (this.#scripts = inPage);
    const absolute = (src: string) => URL.parse(src, this.page.url)?.href ?? src;
    const seen = new Set(inPage.map((s) => s.src && absolute(s.src)));
    const requested = requests.filter((r) => r.type === 'script' && !seen.has(r.url)).map((r) => ({ src: r.url }));
    return (this.#scripts = [...inPage, ...requested]);
  }

  get country(): CountryCode | undefined {
    if (this.#country === undefined) {
      this.#country = guessCountry({ country: this.countryHint, lang: this.lang, url: this.page.url }) ?? null;
    }
    return this.#country ?? undefined;
  }

  /** Phone numbers from tel: links, visible text and schema.org telephone values, deduplicated by E.164. */
  get phones(): PhoneMatch[] {
    if (!this.#phones) {
      const tel = phonesFromTelLinks(
        this.links.filter((l) => /^tel:/i.test(l.href)).map((l) => l.href),
        this.country,
      );
      const structured = phonesFromStructuredData(
        this.structuredData.flatMap((item) => valuesAt(item, 'telephone')).filter((v): v is string => typeof v === 'string'),
        this.country,
      );
      const text = phonesInText(this.visibleText, this.country);
      const seen = new Set<string>();
      this.#phones = [...tel, ...structured, ...text].filter((m) => !seen.has(m.e164) && seen.add(m.e164));
    }
    return this.#phones;
  }
}
