/**
 * The service-hours patterns of every language file (rules/languages/<code>.yaml, `hours`), compiled once,
 * on first use, for the hours detector.
 */
import { languages, wordsOfAll, type HoursWords } from '../languages/load.js';
import { letterRegExp } from './letters.js';

/** A space in a language file's hours pattern is one to three spaces on the page. */
const spaced = (pattern: string): string => pattern.replaceAll(' ', '\\s{1,3}');
const alternatives = (pick: (hours: HoursWords) => readonly string[]): string => wordsOfAll((l) => pick(l.hours)).map(spaced).join('|');
const dayAlt = (tokens: string[]) => `(?:${tokens.join('|')})\\.?`;
const wholeToken = (tokens: string[]): RegExp => letterRegExp(`^(?:${tokens.join('|')})$`, 'iu');

/**
 * The hours patterns of every language file, compiled on first use. Day tokens (`days` in the files):
 * `strong` ones may stand alone before a time ("Sat 10–16", "Сб 10:00-16:00"); `weak` ones are too short
 * or ambiguous ("M", "pr", "ma") and count only inside a range of days ("M-F", "Pr–Pn", "ma–pe").
 */
function compile() {
  const all = languages();
  const tokensOf = (weekday: number, weak: boolean): string[] =>
    [...new Set(all.flatMap((l) => [...(l.hours.days[weekday]?.strong ?? []), ...(weak ? (l.hours.days[weekday]?.weak ?? []) : [])]))].map(spaced);
  const weekdays = [0, 1, 2, 3, 4, 5, 6];
  const allDayTokens = [...new Set(weekdays.flatMap((d) => tokensOf(d, true)))];
  const strongDayTokens = [...new Set(weekdays.flatMap((d) => tokensOf(d, false)))];
  // a word between the days ends a word ("al", "sal-"): "lunedì al venerdì" is not "lunedì a" + "l"
  const daySep = `\\s{0,3}(?:[-–—‒−~/]|(?:${alternatives((h) => h.dayRange.to)})(?:(?<!\\p{L})|(?!\\p{L})))\\s{0,3}`;
  const dayPrefix = `(?:(?:${alternatives((h) => h.dayRange.from)})\\s{1,3})?`;
  // Hungarian, Finnish and Estonian write a range with case endings and no word between: "hétfőtől péntekig"
  const fromEnding = alternatives((h) => h.dayRange.fromEnding ?? []);
  const toEnding = alternatives((h) => h.dayRange.toEnding ?? []);
  const endingRange =
    fromEnding && toEnding
      ? `|(?<endingRange>(?<endingFirst>${dayAlt(strongDayTokens)})(?<=${fromEnding})\\s{1,3}(?<endingLast>${dayAlt(strongDayTokens)})(?<=${toEnding}))`
      : '';
  // A clock time: "9", "09:00", "9.00", "9h", "9h00", "9 h 30", "9am", "6:00 a.m.", "9 π.μ.", "18 Uhr", "17 val.",
  // and an ordinal hour "8. " (Slovenian "med 8. in 15. uro").
  const time = `(\\d{1,2})(?:(?:[:.]|\\s?h\\s?)(\\d{2})|\\.(?=\\s))?(?:\\s?(${alternatives((h) => [...(h.am ?? []), ...(h.pm ?? [])])})(?!\\p{L})|\\s?(${alternatives((h) => h.timeUnits)})(?!\\p{L}))?`;
  const rangeSep = `\\s{0,3}(?:[-–—‒−~]|${alternatives((h) => h.timeRange.to)})\\s{0,3}`;
  const rangePrefix = `(?:${alternatives((h) => h.timeRange.from)})\\s{1,3}`;
  const betweenPrefix = `(?:${alternatives((h) => h.timeRange.between)})\\s{1,3}`;
  const and = alternatives((h) => h.timeRange.and);
  return {
    /** A range of days, a single strong day, or a daily / weekdays phrase. Tokens end at a letter boundary. */
    dayExpr: letterRegExp(
      `(?<![\\p{L}\\d])(?:` +
        `(?<range>${dayPrefix}(?<first>${dayAlt(allDayTokens)})(?!\\p{L})${daySep}(?<last>${dayAlt(allDayTokens)}))` +
        endingRange +
        `|(?<daily>${alternatives((h) => h.daily)})` +
        `|(?<weekdays>${alternatives((h) => h.weekdays)})` +
        `|(?<single>${dayAlt(strongDayTokens)})` +
        `)(?!\\p{L})`,
      'giu',
    ),
    /** Which weekday a lone strong token names (tested whole, so "mo" never matches inside "montag"). */
    strongDays: weekdays.map((d) => wholeToken(tokensOf(d, false))),
    /** Which weekday any token names, in any language: the first weekday that has it. */
    anyDays: weekdays.map((d) => wholeToken(tokensOf(d, true))),
    /** Per language, its own tokens: "Pn" is Monday in Polish and Friday in Lithuanian, "So" Sunday in German and Saturday in Czech. */
    languageDays: all.map((l) => l.hours.days.map((d) => wholeToken([...d.strong, ...(d.weak ?? [])].map(spaced)))),
    /** Two times joined: 'from T to T' | 'between T and T' | 'T–T'. Groups: 1-4 first time, 5-8 second. */
    timeRange: letterRegExp(
      `(?<![\\p{L}\\d.,:/+\\-–])(?<prefix>${rangePrefix}|${betweenPrefix})?${time}(?:${rangeSep}|\\s{1,3}(?:${and})\\s{1,3})${time}(?![\\d\\p{L}]|[.:,]\\d)`,
      'giu',
    ),
    /** After a range, a second one for the afternoon: "9h00 à 12h00 - 13h00 à 19h00", "9–13, 14–18". */
    continuation: letterRegExp(`\\s{0,3}(?:[,;/\\-–—]|${and})\\s{0,3}(?:${rangePrefix})?${time}${rangeSep}${time}(?![\\d\\p{L}]|[.:,]\\d)`, 'iuy'),
    /** Morning and afternoon markers besides a.m./p.m.: "π.μ." / "μ.μ.", "r.n." / "i.n.". */
    am: letterRegExp(`^(?:${alternatives((h) => h.am ?? [])})$`, 'iu'),
    pm: letterRegExp(`^(?:${alternatives((h) => h.pm ?? [])})$`, 'iu'),
    roundTheClock: letterRegExp(`(?<![\\p{L}\\d/.])(?:${alternatives((h) => h.roundTheClock)})(?!\\p{L})`, 'giu'),
    /** Context that makes hours someone else's: delivery slots, pickup, ordering online. */
    notService: letterRegExp(`(?:${alternatives((h) => h.notService)})`, 'iu'),
    /** Round the clock is also how long a shop is open for buying: "im Online Shop rund um die Uhr". */
    shopping: letterRegExp(`(?:${alternatives((h) => h.shopping)})`, 'iu'),
    service: letterRegExp(`(?:${alternatives((h) => h.service)})`, 'iu'),
    labels: letterRegExp(`(?<!\\d\\s?)(?<!\\p{L})(?:${alternatives((h) => h.labels)})(?!\\p{L})`, 'giu'),
  };
}
let compiled: ReturnType<typeof compile> | undefined;
export const patterns = (): ReturnType<typeof compile> => (compiled ??= compile());
