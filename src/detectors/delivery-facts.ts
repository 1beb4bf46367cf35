/**
 * Whether a text tells a shopper something about delivery: a time ("2–4 working days", "within 48 hours",
 * "next day"), a price or free delivery, a carrier (DHL, InPost, Zásilkovna, Colissimo …), a way goods travel
 * (courier, post, parcel locker, pick-up point, collection in store) or where they go ("we deliver worldwide",
 * "na terenie Polski").
 *
 * A chapter named after delivery may say none of this ("physical goods, if offered, are delivered according to
 * the conditions stated at the product"): such a chapter is no delivery policy. Days come from durations.ts
 * (numbers and number words of every language); methods, areas, free delivery and times in hours from the
 * language files (deliveryFacts); carriers and currencies are names, the same in every language.
 */
import { wordsOfAll, type DeliveryFactWords } from '../languages/load.js';
import { durationsIn } from './durations.js';
import { letterRegExp, wholeWords } from './letters.js';
import { capText, collapse, sentenceAround } from './sentence.js';

export type DeliveryFactKind = 'carrier' | 'method' | 'price' | 'free' | 'time' | 'area';

export interface DeliveryFact {
  kind: DeliveryFactKind;
  /** The words that state it, as written. */
  match: string;
  /** The sentence part holding it (collapsed, capped). */
  text: string;
}

const MAX_SCAN = 100_000;
const MAX_TEXT = 140;
const AROUND = 80;
/** Longer than this is a warranty, a withdrawal period or a typo, not a delivery time. */
const MAX_DELIVERY_DAYS = 90;

/** Carriers whose names are ordinary words in some language are matched as written: "Posti" (Italian "seats"), "Bring". */
const CARRIER_NAMES = [
  'DHL', 'DPD', 'GLS', 'UPS', 'TNT', 'PPL', 'SDA', 'BRT', 'MRW', 'SEUR', 'CTT', 'ACS', 'ELTA', 'PTT', 'MNG', 'SPS', 'MPL', 'USPS', 'Posti', 'Bring', 'Evri', 'Yodel',
];
const CARRIER_WORDS = [
  'fedex', 'inpost', 'paczkomat\\p{L}*', 'poczta polska', 'pocztex', 'orlen paczka', 'zásilkovn\\p{L}*', 'packeta', 'balíkovn\\p{L}*', 'česká pošta', 'slovenská pošta',
  'postnl', 'bpost', 'colissimo', 'chronopost', 'mondial relay', 'relais colis', 'royal mail', 'parcelforce', 'hermes', 'correos', 'nacex', 'poste italiane', 'bartolini',
  'omniva', 'itella', 'smartpost', 'postnord', 'österreichische post', 'swiss post', 'schweizerische post', 'deutsche post', 'la poste', 'an post', 'maltapost',
  'fan courier', 'sameday', 'cargus', 'econt', 'speedy', 'еконт', 'спиди', 'нова пошта', 'nova poshta', 'укрпошта', 'сдэк', 'cdek', 'boxberry', 'venipak',
  'lp express', 'foxpost', 'magyar posta', 'budbee', 'instabox', 'schenker', 'geodis', 'hrvatska pošta', 'pošta slovenije', 'latvijas pasts', 'yurtiçi kargo', 'aras kargo',
  'box now', 'geniki taxydromiki', 'speedex',
];

/** Currency signs, ISO codes and the languages' currency words ("zł", "Kč", "Ft", "lei", "kr", "грн"). */
const CURRENCY_SIGNS = '[€$£₽₴₺]';
const currencyWords = (): string[] => [
  ...new Set([
    ...wordsOfAll((l) => l.currencyWords),
    'eur', 'euro', 'eura', 'usd', 'gbp', 'chf', 'pln', 'zł', 'czk', 'kč', 'huf', 'ft', 'forint', 'ron', 'lei', 'bgn', 'лв', 'sek', 'dkk', 'nok', 'kr', 'uah', 'try', 'tl',
  ]),
];

const words = (pick: (w: DeliveryFactWords) => string[] | undefined): string[] => wordsOfAll((l) => pick(l.deliveryFacts ?? {}));
/** One language's patterns are whole words: no letter right before or after. */
const wordPattern = (patterns: string[]): RegExp => wholeWords(patterns, 'iu');

const matchOf = (re: RegExp) => (text: string): [number, number] | undefined => {
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
};
/** The first duration a delivery could take; the scan stops there. */
const daysOf = (text: string): [number, number] | undefined => {
  for (const d of durationsIn(text)) if (d.days >= 1 && d.days <= MAX_DELIVERY_DAYS) return [d.start, d.end];
  return undefined;
};

type Finder = { kind: DeliveryFactKind; find: (text: string) => [number, number] | undefined };

/** The patterns, built from the language files on first use (not when the module is loaded). */
function buildPatterns(): { regexes: { kind: DeliveryFactKind; re: RegExp }[]; finders: Finder[] } {
  const price = letterRegExp(
    `(?<![\\p{L}\\d])(?:${CURRENCY_SIGNS}\\s?\\d{1,6}|\\d{1,6}(?:[.,]\\d{1,2})?\\s?(?:${CURRENCY_SIGNS}|(?:${currencyWords().join('|')})(?!\\p{L})))`,
    'iu',
  );
  const regexes: { kind: DeliveryFactKind; re: RegExp }[] = [
    { kind: 'carrier', re: wholeWords(CARRIER_NAMES, 'u') },
    { kind: 'carrier', re: wordPattern(CARRIER_WORDS) },
    { kind: 'method', re: wordPattern(words((w) => w.methods)) },
    { kind: 'price', re: price },
    { kind: 'free', re: wordPattern(words((w) => w.free)) },
    { kind: 'time', re: wordPattern(words((w) => w.times)) },
    { kind: 'area', re: wordPattern(words((w) => w.areas)) },
  ];
  // in the order they are looked for: days (from durations.ts) come before times in hours and "next day"
  const finders: Finder[] = [
    ...regexes.slice(0, 5).map(({ kind, re }) => ({ kind, find: matchOf(re) })),
    { kind: 'time', find: daysOf },
    ...regexes.slice(5).map(({ kind, re }) => ({ kind, find: matchOf(re) })),
  ];
  return { regexes, finders };
}

let patterns: ReturnType<typeof buildPatterns> | undefined;
const deliveryPatterns = () => (patterns ??= buildPatterns());

/** The sources of the patterns, for the tests' check that every one of them runs in linear time. */
export const deliveryFactSources = (): string[] => deliveryPatterns().regexes.map((p) => p.re.source);

/**
 * The first delivery fact a text states, by kind in the order carrier, method, price, free delivery, time
 * (days, then hours and "next day"), area; undefined when it states none.
 */
export function deliveryFact(input: string): DeliveryFact | undefined {
  const text = (input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input).replace(/[ \t\u00a0\u202f]+/gu, ' ');
  for (const { kind, find } of deliveryPatterns().finders) {
    const at = find(text);
    if (!at) continue;
    const [from, to] = sentenceAround(text, at[0], at[1], AROUND, AROUND);
    return { kind, match: text.slice(at[0], at[1]), text: capText(collapse(text.slice(from, to)), MAX_TEXT) };
  }
  return undefined;
}
