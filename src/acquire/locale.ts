/**
 * The store's country and language, and how they were chosen: the country decides legal return minimums
 * and how phone numbers without a prefix read; the language, which words careaudit looks for. The user's
 * --country wins; otherwise the home page says, from its most specific signal to its least.
 */
import type { CheerioAPI } from 'cheerio';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { countryFromHost, LANGUAGE_COUNTRY, phonesFromTelLinks } from '../detectors/phones.js';
import { valuesAt } from '../page/structured-data.js';
import type { Page, StoreLocale } from '../snapshot.js';
import { jsonLdItemsOf } from '../view/page-data.js';

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

/**
 * The languages careaudit reads: its discovery words and the wording rules (windows, refund and delivery
 * times, free returns, guest checkout) have phrases for them. Elsewhere verdicts that depend on wording
 * are unreliable, and the report says so.
 */
export const READ_LANGUAGES: ReadonlySet<string> = new Set([
  'en', 'ru', 'pl', 'lt', 'de', 'fr', 'es', 'it', 'nl', 'cs', 'pt', 'sk', 'hu', 'ro', 'bg', 'sv', 'da', 'fi', 'nb', 'no', 'nn', 'et', 'lv', 'el', 'hr', 'sl', 'uk', 'tr',
]);

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A warning for a store written in a language careaudit does not read, or undefined. */
export function unreadLanguageWarning(locale: StoreLocale): string | undefined {
  if (!locale.language || READ_LANGUAGES.has(locale.language)) return undefined;
  let name = locale.language;
  try {
    name = LANGUAGE_NAMES.of(locale.language) ?? locale.language;
  } catch {
    // not a language code Intl knows: show it as written
  }
  return `this store is in ${name} (${locale.languageReason}); careaudit does not read it, so verdicts that depend on wording (return windows, refund and delivery times, free returns, guest checkout) are unreliable`;
}

/** Country and language of the store, from the --country flag and the home page (and its response headers). */
export function inferLocale(home: Page | undefined, $: CheerioAPI | undefined, givenCountry?: string): StoreLocale {
  const lang = $?.('html').attr('lang');
  const ogLocale = $?.('meta[property="og:locale"]').attr('content');
  const headerLang = home?.headers['content-language']?.split(',')[0];
  const fromLang = splitTag(lang);
  const fromOg = splitTag(ogLocale);
  const fromHeader = splitTag(headerLang);
  const language = fromLang.language ?? fromOg.language ?? fromHeader.language;
  const languageReason = fromLang.language
    ? `the home page's <html lang="${lang?.trim()}">`
    : fromOg.language
      ? `the home page's og:locale "${ogLocale?.trim()}"`
      : fromHeader.language
        ? `the Content-Language header "${headerLang?.trim()}"`
        : 'the home page does not say';

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
