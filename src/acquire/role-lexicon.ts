/**
 * Words that identify a link to each discoverable page role: patterns for the link's text and for its URL
 * path, read from every language file (rules/languages/<code>.yaml) and compiled once, at module load:
 * a footer link may be in any language, whatever the page says it is written in.
 *
 * Matching works on *folded* strings (see `fold`): lower case, diacritics stripped, ł→l, ß→ss,
 * digits removed, punctuation turned into spaces. Patterns are folded the same way when compiled, so
 * they can be written with their natural spelling ("Grąžinimas", "Häufige Fragen") and still match
 * text typed without diacritics. JavaScript's `\b` only knows ASCII word characters, so word
 * boundaries are Unicode lookarounds (`wordRe`).
 */
import { languages, wordsOfAll } from '../languages/load.js';
import { DISCOVERABLE_ROLES, type DiscoverableRole } from '../snapshot.js';

/** Lower-cases and strips diacritics so "Grąžinimas", "Grazinimas" and "GRĄŽINIMAS" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/gu, 'l')
    .replace(/ß/gu, 'ss')
    .replace(/[øØ]/gu, 'o')
    .replace(/[’‘`´ʼ]/gu, "'")
    .toLowerCase();
}

/**
 * Link text as the lexicon sees it: folded, numbers dropped ("Cart (2)", "Warenkorb 0",
 * "Корзина0"), punctuation and emoji turned into spaces; '&' and apostrophes kept ("Hilfe & Kontakt",
 * "centre d'aide").
 */
export function normalizeText(s: string): string {
  return fold(s)
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/\S+/gu, withoutAddress)
    .replace(/\p{N}+/gu, ' ')
    .replace(/[^\p{L}&']+/gu, ' ')
    // prices in cart widgets ("Warenkorb 0 EUR 0,00", "Корзина: 0 грн")
    .replace(CURRENCY_WORD, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A word of link text without the address in it, which says nothing about the page ("pagalba@pirk.lt" is not
 * "Pagalba"): a word with an @ goes, and a web address from where it starts. One word at a time: `\S+@\S+`
 * over the whole text was retried from every character of a long run (a link of 200 KB took a minute).
 */
function withoutAddress(word: string): string {
  if (/\S@\S/u.test(word)) return ' ';
  const web = word.search(/https?:\/\/\S|www\.\S/u);
  return web === -1 ? word : `${word.slice(0, web)} `;
}

const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsOfAll((l) => l.currencyWords).join('|')})(?![\\p{L}])`, 'gu');

/**
 * A word character of the texts these patterns run on. Link texts go through normalizeText and path
 * segments through the slug folding in discover.ts, so words are separated by nothing but spaces and
 * hyphens. Saying so, rather than [\p{L}\p{N}], matters: V8 takes about 0.3 ms to compile each Unicode
 * property class under /iu, and the lexicon has hundreds of patterns.
 */
const L = "[^\\s\\-'&]";

/**
 * A word-bounded, case-insensitive pattern over folded text. `stem` drops the right boundary, for German
 * compounds ("Versand" in "Versandkosten") and run-together URL slugs ("shippinginfo").
 */
export function wordRe(source: string, opts: { stem?: boolean } = {}): RegExp {
  // a stem still consumes the rest of its word, so "Versandkosten" is an exact match, not a prefix
  // folded text and folded patterns are both lower case: no /i, whose case tables cost more to compile than the match
  return new RegExp(`(?<!${L})(?:${foldPattern(source)})${opts.stem ? `${L}*` : `(?!${L})`}`, 'u');
}

/** `fold` for a regex source: escapes such as `\p{L}` and `\s` must keep their case. */
function foldPattern(source: string): string {
  return source
    .split(/(\\p\{[^}]*\}|\\.)/u)
    .map((part, i) => (i % 2 === 1 ? part : fold(part)))
    .join('');
}

export interface TextEntry {
  role: DiscoverableRole;
  /** Language code(s) of the phrase, for reasons: "pl", "de/pl". */
  lang: string;
  re: RegExp;
  /** 1 for a phrase that names the page outright; less for looser ones ("Customer service", "My orders"). */
  weight: number;
  /** Counts only when the phrase is the whole link text (ambiguous words like "Bag", "Оформить"). */
  exactOnly: boolean;
  /** Counts only at the start of the link text ("Cesta" but not "Cesta de Navidad" in the middle). */
  anchored: boolean;
}

/**
 * The lexicon's text entries: per role, each language's phrases in code order, in file order within a language
 * (which is also the tie-break order within a role). A phrase several languages share ("kontakt") is one entry
 * whose `lang` names them all ("de/pl").
 */
export const TEXT_LEXICON: readonly TextEntry[] = DISCOVERABLE_ROLES.flatMap((role) => {
  const entries = new Map<string, { lang: string[]; phrase: string; weight: number; exactOnly: boolean; anchored: boolean; stem: boolean }>();
  for (const language of languages()) {
    for (const group of language.links.text[role] ?? []) {
      for (const phrase of group.phrases) {
        const entry = { phrase, weight: group.weight ?? 1, exactOnly: group.exactOnly ?? false, anchored: group.anchored ?? false, stem: group.stem ?? false };
        const key = JSON.stringify(entry);
        const known = entries.get(key);
        if (known) known.lang.push(language.code);
        else entries.set(key, { ...entry, lang: [language.code] });
      }
    }
  }
  return [...entries.values()].map(
    (e): TextEntry => ({ role, lang: e.lang.join('/'), re: wordRe(e.phrase, { stem: e.stem }), weight: e.weight, exactOnly: e.exactOnly, anchored: e.anchored }),
  );
});

/**
 * Link texts of pages that lead to the policies rather than being one: a legal notice, "Customer service",
 * "Policies", "How to buy". Discovery reads a few of them for links when roles are still missing.
 */
export const HUB_TEXT: readonly RegExp[] = wordsOfAll((l) => l.links.hubText).map((p) => wordRe(p));

/** Path segments of such pages. */
export const HUB_PATH: RegExp = wordRe(wordsOfAll((l) => l.links.hubSlugs).join('|'));

/**
 * Pages that are never a role page, whatever path they sit at: legal notices and privacy. Terms (AGB,
 * Regulamin, CGV) are a role of their own: their returns and delivery sections count.
 */
export const NOT_A_ROLE_TEXT: readonly RegExp[] = wordsOfAll((l) => l.links.legalText).map((p) => wordRe(p));

/* ---------------------------------------------------------------- URL paths */

export interface PathEntry {
  role: DiscoverableRole;
  re: RegExp;
  weight: number;
  /** An everyday word ("help", "pomoc"): it names the page only as a whole segment, not inside a slug. */
  wholeSegmentOnly: boolean;
}

/** Words that also mean ordinary things in slugs ("pomoc-w-parzeniu", "aide-memoire", "commande-validee"). */
const EVERYDAY_PATH_WORDS = new Set(wordsOfAll((l) => l.links.everydaySlugs));

/*
 * Matched against one folded path segment at a time, in which every run of non-alphanumerics is a
 * '-' ("/pages/contact_us.html" → "contact-us-html"). A word several languages share is one entry.
 */
export const PATH_LEXICON: readonly PathEntry[] = DISCOVERABLE_ROLES.flatMap((role) => {
  const entries = new Map<string, PathEntry>();
  for (const language of languages()) {
    for (const group of language.links.slugs[role] ?? []) {
      for (const word of group.words) {
        const weight = group.weight ?? 1;
        const key = JSON.stringify([word, weight, group.stem ?? false]);
        if (!entries.has(key)) entries.set(key, { role, re: wordRe(word, { stem: group.stem ?? false }), weight, wholeSegmentOnly: EVERYDAY_PATH_WORDS.has(word) });
      }
    }
  }
  return [...entries.values()];
});

/** Path segments of legal pages: an href-only match inside them ("/impressum#kontakt") does not count. */
export const NOT_A_ROLE_PATH: RegExp = wordRe(wordsOfAll((l) => l.links.legalSlugs).join('|'));

/** Segments that mark a product or category page (never a role page). */
export const PRODUCT_SEGMENT: RegExp =
  /^(?:products?|produkt[ey]?|produkty|produits?|productos?|prodott[oi]|collections?|catalog|catalogue|katalog|category|categories|kategori[ae]|kategorie|item|items|p|dp|c)$/u;

/** Query keys that turn any URL into a cart action or a product view. */
export const PRODUCT_QUERY_KEY: RegExp = /^(?:add-to-cart|add_to_cart|addtocart|product_id|products_id|productid|variant)$/iu;

/** Query keys whose values name the page on script-routed shops (PrestaShop, OpenCart, osCommerce). */
export const ROUTING_QUERY_KEY: RegExp = /^(?:controller|route|page|main_page|pagename|action|module|view|task|fc|go|section)$/iu;

/** File extensions of assets and documents: never an HTML role page. */
export const ASSET_EXTENSION: RegExp =
  /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|avif|css|js|mjs|json|pdf|zip|rar|7z|gz|docx?|xlsx?|pptx?|odt|ods|mp3|mp4|webm|mov|avi|woff2?|ttf|otf|eot|xml|txt|csv)$/iu;
