/**
 * The language files, rules/languages/<code>.yaml: each language's words for discovery and the detectors
 * (schema: src/schemas/language.schema.json). Adding a language is adding a file. Files are read on first
 * use and kept; each consumer compiles its patterns once from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DiscoverableRole } from '../snapshot.js';

/** Beside rules/ in the package: the same path from src/languages (tests) and dist/languages (the CLI). */
export const LANGUAGES_DIR = fileURLToPath(new URL('../../rules/languages', import.meta.url));

export interface PhraseGroup {
  phrases: string[];
  weight?: number;
  exactOnly?: boolean;
  anchored?: boolean;
  stem?: boolean;
}

export interface SlugGroup {
  words: string[];
  weight?: number;
  stem?: boolean;
}

export interface Weekday {
  strong: string[];
  weak?: string[];
}

export interface HoursWords {
  /** Monday first. */
  days: Weekday[];
  daily: string[];
  weekdays: string[];
  /** `fromEnding` / `toEnding`: a range written with case endings and no word between ("hétfőtől péntekig"). */
  dayRange: { from: string[]; to: string[]; fromEnding?: string[]; toEnding?: string[] };
  timeRange: { from: string[]; to: string[]; between: string[]; and: string[] };
  timeUnits: string[];
  /** 12-hour markers: "a.m.", "π.μ.", "r.n."; "p.m.", "μ.μ.", "i.n.". */
  am?: string[];
  pm?: string[];
  labels: string[];
  roundTheClock: string[];
  notService: string[];
  shopping: string[];
  service: string[];
}

/** Patterns of one language's delivery facts (language.schema.json, deliveryFacts). */
export interface DeliveryFactWords {
  methods?: string[];
  areas?: string[];
  free?: string[];
  times?: string[];
}

export interface Language {
  code: string;
  name: string;
  links: {
    text: Partial<Record<DiscoverableRole, PhraseGroup[]>>;
    slugs: Partial<Record<DiscoverableRole, SlugGroup[]>>;
    everydaySlugs?: string[];
    hubText?: string[];
    hubSlugs?: string[];
    legalText?: string[];
    legalSlugs?: string[];
  };
  currencyWords?: string[];
  hours: HoursWords;
  /** Spelled-out numbers of durations: "thirty" → 30. */
  numbers?: Record<string, number>;
  /** Words that are a whole duration, in days, with no number before them: "coicís" (a fortnight) → 14. */
  durations?: Record<string, number>;
  /** What a cart page says when it is empty: patterns over the cart's own text. */
  emptyCart?: string[];
  /** What a delivery section states when it states something: how goods travel, where to, free delivery, a time in hours. */
  deliveryFacts?: DeliveryFactWords;
  /** Frequent words of the language, lower case: they tell a page's language from its text. */
  commonWords: string[];
}

const FILE = /^([a-z]{2,3})\.yaml$/u;

let codes: readonly string[] | undefined;
let all: readonly Language[] | undefined;

/** The codes of the languages careaudit reads, from the files' names, sorted. */
export function languageCodes(): readonly string[] {
  codes ??= readdirSync(LANGUAGES_DIR)
    .map((name) => FILE.exec(name)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();
  return codes;
}

/** Every language file, in code order. The files are validated against the schema by the test suite. */
export function languages(): readonly Language[] {
  all ??= languageCodes().map((code) => parse(readFileSync(`${LANGUAGES_DIR}/${code}.yaml`, 'utf8')) as Language);
  return all;
}

/** Every language's words of one kind, in code order, each word once ("kontakt" is German, Polish, Czech…). */
export function wordsOfAll(pick: (language: Language) => readonly string[] | undefined): string[] {
  return [...new Set(languages().flatMap((language) => pick(language) ?? []))];
}

let common: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** Each language's common words, by code: "und", "der", "die" say a page is German. */
export function commonWords(): ReadonlyMap<string, ReadonlySet<string>> {
  common ??= new Map(languages().map((language) => [language.code, new Set(language.commonWords)]));
  return common;
}
