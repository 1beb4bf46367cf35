import { collapse } from './sentence.js';
import { letterRegExp, wholeWords } from './letters.js';
/**
 * Phone-number detection. Matching and validation are libphonenumber's ("max" metadata, so only
 * numbers valid for their region's numbering plan pass); this module adds what a shop page needs on
 * top: a default region, and filters for the digit strings shops print that are not phones
 * (dates, order/product/tax ids, postcodes, bank accounts, barcodes).
 */
import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

export type { CountryCode };

export interface PhoneMatch {
  /** E.164, e.g. '+15035550142'. */
  e164: string;
  /** As written (for tel: links: the href value without the scheme). */
  raw: string;
  source: 'tel-link' | 'text' | 'structured-data';
  /** Formatted in the number's national format. */
  national?: string;
  /** The country the number belongs to, when its prefix says. */
  country?: CountryCode;
}

/**
 * Only the first 200 KB of text is scanned: contact details sit in headers, footers and contact
 * blocks, and a huge product listing would otherwise cost seconds of matching for nothing.
 */
const MAX_TEXT_CHARS = 200_000;
/** How much text before a match is searched for a label saying what the digits are. */
const LABEL_WINDOW = 25;


function toMatch(number: PhoneNumber, raw: string, source: PhoneMatch['source']): PhoneMatch {
  return { e164: number.number, raw: collapse(raw), source, national: number.formatNational(), ...(number.country ? { country: number.country } : {}) };
}

/** E.164 allows at most 15 digits; libphonenumber validates some longer German numbers. */
const E164 = /^\+\d{6,15}$/;

function dedupe(matches: PhoneMatch[]): PhoneMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => E164.test(m.e164) && (seen.has(m.e164) ? false : (seen.add(m.e164), true)));
}

/** "24/7", "24h", "7/7" right after a number would be read as more of its digits. */
/** A digit run straight into a letter, as in cells run together ("…750870Fax:"). */
const DIGIT_BEFORE_LETTER = letterRegExp(/(\d)(?=\p{L})/gu);

const ROUND_THE_CLOCK = letterRegExp(/(?<!\d)(?:24\s?\/\s?7|24\s?\/\s?24|7\s?\/\s?7|24\s?h(?:ours|rs)?)(?![\p{L}\d])/giu);

/** Parses a value someone declared to be a phone (tel: link, schema.org telephone): possible numbers are enough. */
function parseDeclared(value: string, defaultCountry: CountryCode | undefined): PhoneNumber | undefined {
  if (!/\d/.test(value)) return undefined;
  try {
    const parsed = parsePhoneNumberFromString(value, defaultCountry ? { defaultCountry } : {});
    return parsed && parsed.isPossible() ? parsed : undefined;
  } catch {
    // libphonenumber throws only on absurd input (e.g. too long); treat as "no number"
    return undefined;
  }
}

/** tel: hrefs (strong evidence; accepted when libphonenumber parses them as possible numbers). */
export function phonesFromTelLinks(hrefs: string[], defaultCountry?: CountryCode): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  for (const href of hrefs) {
    const m = /^\s*(?:tel|callto):(?:\/\/)?(.*)$/i.exec(href);
    if (!m) continue;
    let value = m[1] ?? '';
    try {
      value = decodeURIComponent(value);
    } catch {
      // a stray % leaves the href as written
    }
    // RFC 3966 parameters (;ext=, ;phone-context=) and query strings are not part of the number
    value = value.split(/[;?]/)[0] ?? '';
    const parsed = parseDeclared(value, defaultCountry);
    if (parsed) out.push(toMatch(parsed, value, 'tel-link'));
  }
  return dedupe(out);
}

/** Values declared as telephones in structured data (schema.org `telephone`, microdata itemprop=telephone). */
export function phonesFromStructuredData(values: string[], defaultCountry?: CountryCode): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  for (const value of values) {
    const parsed = parseDeclared(value, defaultCountry);
    if (parsed) out.push(toMatch(parsed, value, 'structured-data'));
  }
  return dedupe(out);
}

/** A word list as one case-insensitive pattern; a digit may touch a word: text run together from cells reads "…750870Fax: +44 …". */
const wordsRegExp = (words: string[]): RegExp => wholeWords(words, 'giu');

// Words that say the digits after them ARE a phone. They are matched before the blocking labels
// and masked, so "Tel. nr.", "Telefonnummer", "numer telefonu" or "phone no." do not read as "nr"/"no".
const PHONE_WORDS = wordsRegExp([
  'telefono\\s+numeris',
  'tel(?:ephone|efon(?:e|o|as|u|nummer|\\s*nr\\.?)?|\\.?\\s*(?:nr|no)\\.?)?',
  'phone(?:\\s*(?:no\\.?|number|#))?',
  'call(?:\\s+us)?',
  'hotline',
  'infolinia',
  'rufnummer',
  'mobil(?:e|e phone)?',
  'mob\\.?',
  'n(?:r|umer)\\.?\\s*tel(?:efonu)?\\.?',
  't[ée]l[ée]phone',
  'n°\\s*de\\s*t[ée]l[ée]phone',
  'n[úu]mero\\s+de\\s+tel[ée]fono',
  'tel[ée]fono',
  'телефон(?:а|у|ы)?',
  'тел\\.?',
  'номер\\s+телефона',
  'звоните(?:\\s+нам)?',
  'горячая\\s+линия',
  'whats\\s?app',
  'viber',
  // it nl cs sk pt sv da nb fi et lv lt hu ro bg uk el hr sl tr, and calls to action in de fr es pl
  'chiamaci(?:\\s+al(?:lo)?(?:\\s+numero)?)?',
  'numero\\s+(?:di\\s+telefono|verde|telefonico)',
  'cellulare',
  'telefoon(?:nummer)?',
  'bel\\s+ons',
  'mobiel(?:\\s+nummer)?',
  'telefonn[íi]\\s+[čc][íi]slo',
  'telef[óo]nne\\s+[čc][íi]slo',
  '(?:za)?volejte(?:\\s+n[áa]m)?',
  'zavolajte(?:\\s+n[áa]m)?',
  'infolinka',
  'telem[óo]vel',
  'ligue(?:-nos)?',
  'ring\\s+(?:oss|os|till\\s+oss|til\\s+os|til\\s+oss)',
  'puhelin(?:numero)?',
  'puh\\.?',
  'soita(?:\\s+meille)?',
  'helista(?:ge)?',
  't[āa]lr(?:unis|\\.)',
  'zvaniet',
  'skambinkite',
  'telefonsz[áa]m',
  'h[íi]vjon(?:\\s+minket)?',
  'suna[țţt]i(?:-ne)?',
  'sun[ăa]-ne',
  'обадете\\s+се',
  'зателефонуйте',
  'гаряча\\s+лінія',
  'τηλ[έε]φωνο',
  'τηλ\\.?',
  'καλ[έε]στε(?:\\s+μας)?',
  'nazovite(?:\\s+nas)?',
  'pokli[čc]ite(?:\\s+nas)?',
  '(?:bizi\\s+)?aray[ıi]n',
  'gsm',
  'appelez(?:-nous)?',
  'll[áa]m(?:anos|enos)',
  'zadzwo[ńn](?:\\s+do\\s+nas)?',
]);

// Labels that say the digits after them are something else (en/ru/pl/lt/de/fr/es). "kod" also covers
// "kod pocztowy"/"kod produktu"; "indeks"/"индекс" postcodes; fax numbers are not a service line.
const BLOCKING_LABELS = wordsRegExp([
  'order(?:\\s*(?:no|number|id))?',
  'invoice',
  'n(?:r|o)\\.?',
  'num(?:ber|er|eris|ero|éro)?',
  '\\p{L}*nummer',
  'номер',
  '№',
  '#',
  'sku',
  'art(?:\\.|ikel(?:nummer|nr\\.?)?|ículo|icle)',
  'artikul',
  'артикул',
  'bestell(?:ung|nummer|nr\\.?)?',
  'auftrag(?:snummer)?',
  'ean',
  'gtin',
  'upc',
  'isbn',
  'mpn',
  'nip',
  'vat(?:\\s*(?:id|no))?',
  'regon',
  'krs',
  'inn',
  'инн',
  'огрн(?:ип)?',
  'кпп',
  'бик',
  'окпо',
  'р/с',
  'к/с',
  'сч[её]т',
  'iban',
  'bic',
  'swift',
  'konto',
  'rachunek',
  'account',
  'pvm(?:\\s*kodas)?',
  '[įi]mon[ėe]s\\s*kodas',
  'kodas',
  'ust-?id(?:nr)?\\.?',
  'steuer(?:nummer|nr)?',
  'st\\.?-?nr\\.?',
  'hrb',
  'siret',
  'siren',
  'tva',
  'rcs',
  'cif',
  'nif',
  'kod',
  'код',
  'p\\.\\s?k\\.',
  'indeks',
  'индекс',
  'почтов\\p{L}*',
  'postcode',
  'post\\s*code',
  'zip',
  'plz',
  'code\\s+postal',
  'c[óo]digo\\s+postal',
  'заказ\\p{L}*',
  'zam[óo]wieni\\p{L}*',
  'u[žz]sakym\\p{L}*',
  'commande',
  'pedido',
  'r[ée]f(?:[ée]rence)?\\.?',
  'ref\\.?',
  'model(?:l)?',
  'fax',
  'факс',
  'faks(?:as)?',
  't[ée]l[ée]copie',
  // company, tax and register ids and postcodes of the other countries careaudit reads
  'p\\.?\\s?iva',
  'partita\\s+iva',
  'codice\\s+fiscale',
  'c\\.\\s?f\\.?',
  'rea',
  'cciaa',
  'cap',
  'y-tunnus',
  'alv(?:-numero)?',
  'postinumero',
  'kvk',
  'btw(?:-?(?:nummer|nr|id))?',
  'i[čc]o',
  'di[čc]',
  'i[čc]\\s*dph',
  'ps[čc]',
  'ad[óo]sz[áa]m',
  'c[ée]gjegyz[ée]ksz[áa]m',
  'ir[áa]ny[íi]t[óo]sz[áa]m',
  'cui',
  'reg\\.?\\s*com\\.?',
  'org\\.?\\s*nr\\.?',
  'cvr',
  'mva',
  'moms',
  'αφμ',
  'δου',
  'τ\\.?\\s?κ\\.?',
  'oib',
  'mb',
  'pib',
  'mati[čc]na',
  'dav[čc]na',
  'vergi(?:\\s+(?:no|numaras[ıi]))?',
  'mersis',
  'єдрпоу',
  'іпн',
  'еик',
  'булстат',
  'nipc',
  'contribuinte',
  'registrikood',
  'kmkr',
  'sihtnumber',
  'pvn',
  'reģ\\.?\\s*nr\\.?',
  'uid',
  'mwst',
  'firmenbuch',
  'fn',
]);

/** Start/end of every whole-word match of `re` in `s`. */
function wordMatches(re: RegExp, s: string): Array<{ start: number; end: number }> {
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** True when the label nearest before the match says it is not a phone. */
function labelledAsNonPhone(before: string): boolean {
  const phones = wordMatches(PHONE_WORDS, before);
  let masked = before;
  for (const p of phones) masked = masked.slice(0, p.start) + ' '.repeat(p.end - p.start) + masked.slice(p.end);
  const blocks = wordMatches(BLOCKING_LABELS, masked);
  const lastBlock = blocks.at(-1);
  if (!lastBlock) return false;
  const lastPhone = phones.at(-1);
  return !lastPhone || lastBlock.start > lastPhone.start;
}

function hasPhoneWord(before: string): boolean {
  return wordMatches(PHONE_WORDS, before).length > 0;
}

// Date and time shapes that some regions' numbering plans (German's above all) accept as numbers.
// (Two-digit-year dates only when that is the whole match: French numbers are written 01.23.45.67.89.)
const DATE_LIKE =
  /\b(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b|^\d{1,2}[./]\d{1,2}[./]\d{2}$|\d{1,2}:\d{2}/;

function plausibleInText(raw: string, before: string, after: string): boolean {
  // a match glued to more digits is a slice of a longer id (IBAN, barcode, account number)
  // (a leading "+" starts a new number even when glued to the previous one: "…97-22+7(978)…")
  if ((!raw.startsWith('+') && /\d[.\-/]?$/.test(before)) || /^[.\-/]?\d/.test(after)) return false;
  if (/^\d{1,3}(?:[ .,\u00a0]\d{3})*[.,]\d{2}$/.test(raw) || /^[.,]\d/.test(after)) return false; // a price
  if (/^\s*(?:[€$£¥₽₴]|zł|руб|грн|eur|usd|pln|rub)/iu.test(after)) return false;
  if (/(?:[€$£¥₽₴]|zł|руб\.?|eur|pln)\s*$/iu.test(before)) return false;
  if (DATE_LIKE.test(raw)) return false;
  // whitespace collapsed first: in raw page text a label and its number can sit 40 spaces apart
  const window = before.replace(/\s+/g, ' ').slice(-LABEL_WINDOW);
  if (labelledAsNonPhone(window)) return false;
  const digits = raw.replace(/\D/g, '');
  // An unformatted digit run without "+" is as likely an id as a phone: accept it only after a phone
  // word or when it starts with a trunk/international prefix (0…, 8… as in RU/LT/BY/KZ).
  if (/^\d+$/.test(raw.trim()) && !/^[08]/.test(digits) && !hasPhoneWord(window)) return false;
  if (/^\d+$/.test(raw.trim()) && digits.length >= 12) return false; // EAN-13/GTIN-14 shapes
  return true;
}

const ONE_PLUS = /(?<![\d+])1\+(?=\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d))/g;

const NANP_WRITTEN = /^1[\s.-]\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;

/** Phone numbers in visible text. */
export function phonesInText(text: string, defaultCountry?: CountryCode): PhoneMatch[] {
  const scanned = (text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text).replace(ROUND_THE_CLOCK, ' ; ');
  const out: PhoneMatch[] = [];
  // libphonenumber's matcher runs across "," ";" "|" between two numbers and then returns a mangled
  // one (e.g. "+370 5 212 3456, 8"), so the text is cut at separators no phone number contains.
  const segment = /[^\n\r\t,;|•·]+/g;
  for (let seg = segment.exec(scanned); seg; seg = segment.exec(scanned)) {
    // libphonenumber drops a number followed by a letter, as in cells run together ("…750870Fax:")
    // "1+800-555-0199": the country code written before the plus, as some North American stores print it
    const part = seg[0].replace(DIGIT_BEFORE_LETTER, '$1 ').replace(ONE_PLUS, '+1');
    if ((part.match(/\d/g)?.length ?? 0) < 6) continue; // no phone has fewer digits; skips most segments cheaply
    let found: ReturnType<typeof findPhoneNumbersInText>;
    try {
      found = findPhoneNumbersInText(part, defaultCountry ? { defaultCountry } : {});
      // With no region, "1-877-833-2633" / "1 (800) 555-0199" still say which plan they are in: the
      // leading 1 is the NANP country code written without its "+".
      if (!defaultCountry) found = [...found, ...findPhoneNumbersInText(part, { defaultCountry: 'US' }).filter((f) => NANP_WRITTEN.test(part.slice(f.startsAt, f.endsAt)))];
    } catch {
      continue; // never let one odd segment sink the page
    }
    for (const f of found) {
      const raw = part.slice(f.startsAt, f.endsAt);
      const local = part.slice(Math.max(0, f.startsAt - 80), f.startsAt);
      const beforeAll = f.startsAt >= 80 ? local : scanned.slice(Math.max(0, seg.index - 80), seg.index) + local;
      const after = part.slice(f.endsAt, f.endsAt + 8);
      if (!f.number.isValid()) continue;
      if (!plausibleInText(raw, beforeAll, after)) continue;
      out.push(toMatch(f.number, raw, 'text'));
    }
  }
  return dedupe(out);
}

/** The country most shops writing a language are in: a last resort when nothing else says. */
export const LANGUAGE_COUNTRY: Record<string, CountryCode> = {
  ru: 'RU',
  pl: 'PL',
  lt: 'LT',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  uk: 'UA',
  be: 'BY',
  kk: 'KZ',
  lv: 'LV',
  et: 'EE',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  ro: 'RO',
  bg: 'BG',
  el: 'GR',
  hr: 'HR',
  sl: 'SI',
  sv: 'SE',
  da: 'DK',
  fi: 'FI',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  tr: 'TR',
  ja: 'JP',
  ka: 'GE',
  hy: 'AM',
  az: 'AZ',
};

// ccTLDs sold as generic names (.io, .co, .tv, .me …) say nothing about the shop's country.
const VANITY_TLDS = new Set(['io', 'co', 'tv', 'me', 'ai', 'fm', 'ly', 'gg', 'to', 'cc', 'ws', 'am', 'la', 'so', 'sh', 'ac', 'st', 'eu', 'su']);

export function countryFromHost(url: string | undefined): CountryCode | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const tld = host.split('.').at(-1) ?? '';
  if (tld === 'uk') return 'GB';
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return undefined;
  const cc = tld.toUpperCase();
  return isSupportedCountry(cc) ? cc : undefined;
}

/**
 * Default region: explicit --country wins, then a region in <html lang> ("en-GB", "de-AT"), then the
 * host's ccTLD, then the lang's language (ru→RU …), and English without a region means US last.
 * The ccTLD goes before a bare language on purpose: "ru" on a .ua/.lt/.kz shop, "de" on a .ch shop or
 * "en" on a .pl shop name the language, the TLD names the country the phone numbers are in.
 */
export function guessCountry(opts: { country?: string; lang?: string; url?: string }): CountryCode | undefined {
  const explicit = opts.country?.trim().toUpperCase();
  if (explicit) {
    const cc = explicit === 'UK' ? 'GB' : explicit;
    if (isSupportedCountry(cc)) return cc;
  }
  const [language = '', ...subtags] = (opts.lang ?? '').trim().toLowerCase().split(/[-_]/);
  const region = subtags.find((s) => /^[a-z]{2}$/.test(s))?.toUpperCase();
  const english = language === 'en';
  if (region && !(english && region === 'US') && isSupportedCountry(region)) return region;
  const fromHost = countryFromHost(opts.url);
  if (fromHost) return fromHost;
  const fromLanguage = LANGUAGE_COUNTRY[language];
  if (fromLanguage) return fromLanguage;
  if (english) return 'US';
  return undefined;
}
