/**
 * The store's country and language, and how they were chosen: the country decides legal return minimums
 * and how phone numbers without a prefix read; the language, which words careaudit looks for. The user's
 * --country wins; otherwise the home page says, from its most specific signal to its least.
 */
import type { CheerioAPI } from 'cheerio';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { countryFromHost, LANGUAGE_COUNTRY, phonesFromTelLinks } from '../detectors/phones.js';
import { commonWords, languageCodes } from '../languages/load.js';
import { valuesAt } from '../page/structured-data.js';
import type { Page, PageLanguage, StoreLocale } from '../snapshot.js';
import { jsonLdItemsOf, parsePage, visibleTextOf } from '../view/page-data.js';
import { pageLanguage } from './page-language.js';

/** Currencies used in one country only: a price in złoty is a Polish shop. (EUR and USD say nothing.) */
const CURRENCY_COUNTRY: Record<string, string> = {
  PLN: 'PL', GBP: 'GB', CZK: 'CZ', HUF: 'HU', RON: 'RO', BGN: 'BG', SEK: 'SE', DKK: 'DK', NOK: 'NO', CHF: 'CH',
  UAH: 'UA', RUB: 'RU', TRY: 'TR', ISK: 'IS', RSD: 'RS', BRL: 'BR', CAD: 'CA', AUD: 'AU', NZD: 'NZ', JPY: 'JP',
};

const upper = (s: string | undefined): string | undefined => s?.trim().toUpperCase() || undefined;
const known = (cc: string | undefined): string | undefined => {
  const c = cc === 'UK' ? 'GB' : cc;
  return c && /^[A-Z]{2}$/u.test(c) && isSupportedCountry(c) ? c : undefined;
};

/** The language and region of a BCP 47 tag ("nl-BE", "pt_BR"), lower-cased and upper-cased. */
function splitTag(tag: string | undefined): { language?: string; region?: string } {
  const [language, ...rest] = (tag ?? '').trim().split(/[-_]/u);
  const region = rest.find((s) => /^[a-z]{2}$/iu.test(s));
  return { ...(language && /^[a-z]{2,3}$/iu.test(language) ? { language: language.toLowerCase() } : {}), ...(region ? { region: region.toUpperCase() } : {}) };
}

function countryFromStructuredData(home: Page): { country: string; reason: string } | undefined {
  const items = jsonLdItemsOf(home);
  for (const item of items) {
    for (const value of valuesAt(item, 'address.addressCountry')) {
      const code = typeof value === 'string' ? known(upper(value)) : undefined;
      if (code) return { country: code, reason: `the address in the structured data (addressCountry ${code})` };
    }
  }
  for (const item of items) {
    for (const value of valuesAt(item, 'priceCurrency')) {
      const code = typeof value === 'string' ? CURRENCY_COUNTRY[value.trim().toUpperCase()] : undefined;
      if (code) return { country: code, reason: `prices in ${String(value).trim().toUpperCase()}` };
    }
  }
  return undefined;
}

function countryFromPhones($: CheerioAPI): { country: string; reason: string } | undefined {
  const hrefs = $('a[href^="tel:" i]').toArray().map((el) => el.attribs.href ?? '').filter((h) => h.includes('+'));
  const phone = phonesFromTelLinks(hrefs.slice(0, 20)).find((p) => p.country);
  return phone?.country ? { country: phone.country, reason: `the phone number ${phone.e164}` } : undefined;
}

/** Tags read with another language's file: Norwegian ("no") and Nynorsk ("nn") shops write much as Bokmål ones do. */
const READ_AS: Record<string, string> = { no: 'nb', nn: 'nb' };

/** What a page declares its language to be: `<html lang>`, else the Content-Language header. */
function declaredLanguage(page: Page): { code: string; reason: string } | undefined {
  const lang = parsePage(page)('html').attr('lang');
  const header = page.headers['content-language']?.split(',')[0];
  const fromLang = splitTag(lang).language;
  const fromHeader = splitTag(header).language;
  if (fromLang) return { code: READ_AS[fromLang] ?? fromLang, reason: `its <html lang="${lang?.trim()}">` };
  return fromHeader ? { code: READ_AS[fromHeader] ?? fromHeader, reason: `its Content-Language header "${header?.trim()}"` } : undefined;
}

/**
 * The language of each page read, and of the chapters cut from it: its text where that is clear, else its
 * declaration. A theme declares the same lang on every page: where the text of some pages overrules it
 * (lang="en" over Georgian), pages too short to tell are taken to be in that language as well.
 */
export function markLanguages(pages: readonly Page[]): void {
  const words = commonWords();
  const read = pages.filter((page) => page.status === 'ok' && !page.email);
  const declared = new Map(read.map((page) => [page, declaredLanguage(page)]));
  for (const page of read) page.language = pageLanguage(declared.get(page), visibleTextOf(page), words);
  const overruled = new Map<string, PageLanguage>();
  for (const page of read) if (page.language?.declared) overruled.set(page.language.declared, page.language);
  for (const page of read) {
    const stated = page.language && !page.language.declared ? declared.get(page)?.code : undefined;
    const theme = stated === page.language?.code && stated !== undefined ? overruled.get(stated) : undefined;
    if (theme) page.language = { ...theme, reason: `as the other pages that declare "${stated}": ${theme.reason}` };
    for (const chapter of Object.values(page.chapters?.bySubject ?? {})) if (chapter.language === undefined) chapter.language = page.language;
  }
}

const pagesIn = (n: number) => (n === 1 ? 'one page is' : `${n} pages are`);

/**
 * A warning for a store, or some of its pages, written in a language careaudit does not read: rules
 * that rest on wording are not judged there, and the report says why.
 */
export function unreadLanguageWarning(home: Page | undefined, pages: readonly Page[]): string | undefined {
  const unread = (page: Page | undefined): PageLanguage | undefined => (page?.language && !page.language.read ? page.language : undefined);
  const consequence = `careaudit reads ${languageCodes().length} languages but not this one, so rules that rest on wording (return windows, refund and delivery times, free returns, service hours, guest checkout) are not judged`;
  const homeLanguage = unread(home);
  if (homeLanguage) return `this store is in ${homeLanguage.name} (${homeLanguage.reason}); ${consequence}`;
  const others = pages.filter((page) => page !== home && page.roles.length > 0 && unread(page));
  const first = unread(others[0]);
  if (!first) return undefined;
  return `${pagesIn(others.length)} in ${first.name} (${others.map((p) => p.path ?? p.url).slice(0, 3).join(', ')}); ${consequence} there`;
}

/** Country and language of the store, from the --country flag and the home page (and its response headers). */
export function inferLocale(home: Page | undefined, $: CheerioAPI | undefined, givenCountry?: string): StoreLocale {
  const lang = $?.('html').attr('lang');
  const ogLocale = $?.('meta[property="og:locale"]').attr('content');
  const headerLang = home?.headers['content-language']?.split(',')[0];
  const fromLang = splitTag(lang);
  const fromOg = splitTag(ogLocale);
  const fromHeader = splitTag(headerLang);
  const declared = fromLang.language ?? fromOg.language ?? fromHeader.language;
  const declaredReason = fromLang.language
    ? `the home page's <html lang="${lang?.trim()}">`
    : fromOg.language
      ? `the home page's og:locale "${ogLocale?.trim()}"`
      : fromHeader.language
        ? `the Content-Language header "${headerLang?.trim()}"`
        : 'the home page does not say';
  // the home page's text overrules a theme's lang="en" over Polish text (see markLanguages)
  const told = home?.language;
  const overruled = told !== undefined && told.code !== (declared && (READ_AS[declared] ?? declared));
  const language = overruled ? told.code : declared;
  const languageReason = overruled ? `the home page's text (${told.reason}${declared ? `; it declares "${declared}"` : ''})` : declaredReason;

  const given = known(upper(givenCountry));
  const candidates: (() => { country: string; reason: string } | undefined)[] = [
    () => (given ? { country: given, reason: 'given with --country' } : undefined),
    () => (known(fromLang.region) ? { country: known(fromLang.region)!, reason: `the home page's <html lang="${lang?.trim()}">` } : undefined),
    () => (known(fromOg.region) ? { country: known(fromOg.region)!, reason: `the home page's og:locale "${ogLocale?.trim()}"` } : undefined),
    () => (home ? countryFromStructuredData(home) : undefined),
    () => ($ ? countryFromPhones($) : undefined),
    () => {
      const cc = countryFromHost(home?.url);
      return cc ? { country: cc, reason: `the site's domain (.${cc.toLowerCase()})` } : undefined;
    },
    () => {
      const cc = language ? LANGUAGE_COUNTRY[language] : undefined;
      return cc ? { country: cc, reason: `the store's language (${language}), for want of anything more specific` } : undefined;
    },
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found) return { country: found.country, countryReason: found.reason, ...(language ? { language } : {}), languageReason };
  }
  return { countryReason: 'nothing on the home page says (give --country)', ...(language ? { language } : {}), languageReason };
}
