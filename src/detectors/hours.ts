/**
 * Customer-service hours: day names and ranges with time ranges ("Mon–Fri 9:00–18:00", "пн–пт с 9 до 18",
 * "I–V 8–17", "du lundi au vendredi de 9h à 18h"), round-the-clock phrases ("24/7", "круглосуточно",
 * "rund um die Uhr"), a time range under an hours label ("Режим работы: с 8:30 до 17:00"), and schema.org
 * OpeningHoursSpecification / openingHours. The words are each language file's `hours` (rules/languages/).
 *
 * A time range alone is never enough: dates, prices, weights and delivery slots look like "9.00–18.00",
 * so a range counts only next to days, a round-the-clock phrase, or an hours label.
 */
import { shortType, valuesAt, type StructuredItem } from '../page/structured-data.js';
import { capText, collapse } from './sentence.js';
import { letterRegExp } from './letters.js';
import { patterns } from './hours-patterns.js';

export interface HoursMatch {
  /** The text as found (collapsed, capped), or a summary of the structured data. */
  text: string;
  /** Normalised: 'Mon–Fri 09:00–18:00', 'daily 09:00–18:00', '24/7', '09:00–18:00'. */
  value: string;
  source: 'text' | 'structured-data';
  kind: 'days and times' | 'labelled times' | 'round the clock' | 'schema.org';
}

/** Hours sit in headers, footers and contact blocks; a huge catalogue page is not read to its end. */
const MAX_SCAN = 300_000;
const MAX_MATCHES = 10;
const MAX_TEXT = 120;
/** How far (characters) a day expression or label may sit before its time range. */
const MAX_GAP = 30;
const LABEL_WINDOW = 45;

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Lithuanian shops number the weekdays: "I–V 8–17", "VI 9–14" (upper case only). */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

// a range "I–V", or a lone Saturday/Sunday "VI", "VII" ("I" and "V" alone are words and initials)
const ROMAN_RANGE = letterRegExp(
  `(?<![\\p{L}\\d])(?:(${ROMAN.join('|')})\\s{0,3}[-–—]\\s{0,3}(${ROMAN.join('|')})|(VII?)(?=\\s{0,3}\\d))(?![\\p{L}\\d])`,
  'gu',
);

const firstMatch = (tests: RegExp[], token: string): number | undefined => {
  const i = tests.findIndex((r) => r.test(token));
  return i >= 0 ? i : undefined;
};
const bare = (token: string): string => token.replace(/\.$/, '').trim();

/**
 * What follows a number range that is a quantity, not a time: "3–5 days", "36–42 cm", "10–20 %". A one-letter
 * unit followed by a dash is a range of days instead (Estonian "9.00–17.00 L–P suletud": Saturday to Sunday).
 */
const QUANTITY_AFTER =
  letterRegExp(/^\s*(?:%|€|\$|£|zł|руб|р\.|₽|eur|pln|usd|gbp|lt|cm|mm|(?:m|g|l|x)(?!\p{L}|\s?[-–—])|kg|ml|шт|pcs|szt|business|working|calendar|days?|dni|dn|дн|дней|дня|рабоч|dien|d\.|tage?n?|werktag|jours?|días|dias|weeks?|years?|months?|lat|лет|год|jahre|ans)/iu);
const CURRENCY_BEFORE = /(?:[€$£₽]|zł|eur|pln|usd|руб\.?)\s*$/iu;

/** "envío en 24 horas", "delivery within 24/7"…: a duration, not an availability. */
const DURATION_BEFORE = /(?:\b(?:in|within|en|dentro\s+de|plazo\s+de|antes\s+de|w\s+ciągu|innerhalb|sous|dans)|за|в\s+течение)\s*$/iu;

interface Span {
  start: number;
  end: number;
}
interface DayExpr extends Span {
  value: string;
  /** A lone strong day or a phrase; ranges of weak tokens only count in ranges. */
  kind: 'range' | 'single' | 'daily';
}
interface Clock {
  h: number;
  m: number;
  ap?: 'a' | 'p';
  /** Written with minutes, am/pm or a unit: clearly a clock time. */
  explicit: boolean;
}
interface TimeRange extends Span {
  times: [Clock, Clock][];
  strong: boolean;
}

const cap = (s: string): string => capText(s, MAX_TEXT);
const pad = (n: number): string => String(n).padStart(2, '0');

function clockOf(h?: string, m?: string, ap?: string, unit?: string): Clock | undefined {
  if (h === undefined) return undefined;
  const hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (hour > 24 || minute > 59) return undefined;
  const { am, pm } = patterns();
  const meridiem = ap === undefined ? undefined : am.test(ap) ? 'a' : pm.test(ap) ? 'p' : undefined;
  const clock: Clock = { h: hour, m: minute, explicit: m !== undefined || meridiem !== undefined || unit !== undefined };
  // "17.00 pm" is written on real pages: a 24-hour time keeps its hour whatever follows it
  if (meridiem && hour >= 1 && hour <= 12) clock.ap = meridiem;
  return clock;
}

/** 24-hour clock for both ends; US-style "8:30 - 4:30" and "9 to 5" read the end as afternoon. */
function to24([a, b]: [Clock, Clock]): [number, number] | undefined {
  const conv = (c: Clock): number => (c.ap === 'p' && c.h < 12 ? c.h + 12 : c.ap === 'a' && c.h === 12 ? 0 : c.h) * 60 + c.m;
  let start = conv(a);
  let end = conv(b);
  if (b.ap === undefined && end <= start && b.h < 12) end += 12 * 60;
  if (end <= start || end > 24 * 60) return undefined;
  return [start, end];
}
const fmt = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The two clocks of a match; `offset` is the group of the first hour (TIME has 4 groups). */
function parseRange(m: RegExpExecArray, offset: number): [Clock, Clock] | undefined {
  const a = clockOf(m[offset], m[offset + 1], m[offset + 2], m[offset + 3]);
  const b = clockOf(m[offset + 4], m[offset + 5], m[offset + 6], m[offset + 7]);
  return a && b ? [a, b] : undefined;
}

function findTimeRanges(text: string): TimeRange[] {
  const { timeRange, continuation } = patterns();
  const out: TimeRange[] = [];
  timeRange.lastIndex = 0;
  for (let m = timeRange.exec(text); m; m = timeRange.exec(text)) {
    const first = parseRange(m, 2); // group 1 is the named prefix
    if (!first) continue;
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    let end = m.index + m[0].length;
    if (QUANTITY_AFTER.test(text.slice(end, end + 12))) continue;
    const times: [Clock, Clock][] = [first];
    for (let i = 0; i < 3; i++) {
      continuation.lastIndex = end;
      const c = continuation.exec(text);
      const next = c ? parseRange(c, 1) : undefined;
      if (!c || !next) break;
      times.push(next);
      end = c.index + c[0].length;
    }
    timeRange.lastIndex = end;
    const strong = m.groups?.prefix !== undefined || first[0].explicit || first[1].explicit;
    out.push({ start: m.index, end, times, strong });
  }
  return out;
}

/** Ranges seen before, by their two tokens: a page writes the same few ranges again and again. */
const rangeValues = new Map<string, string | undefined>();

/** The days of a range, read in the first language that has both ends; mixed ends, in any language. */
function dayRangeValue(firstToken: string, lastToken: string): string | undefined {
  const key = `${bare(firstToken)}\0${bare(lastToken)}`.toLowerCase();
  if (rangeValues.has(key)) return rangeValues.get(key);
  if (rangeValues.size >= 1000) rangeValues.clear();
  const value = rangeValueOf(bare(firstToken), bare(lastToken));
  rangeValues.set(key, value);
  return value;
}

function rangeValueOf(first: string, last: string): string | undefined {
  const { languageDays, anyDays } = patterns();
  const days = languageDays.find((tests) => firstMatch(tests, first) !== undefined && firstMatch(tests, last) !== undefined) ?? anyDays;
  const from = firstMatch(days, first);
  const to = firstMatch(days, last);
  // "Sat–Mon" or "S-M" (sizes) is not a span of opening days
  if (from === undefined || to === undefined || from >= to) return undefined;
  return `${DAY_NAMES[from]}–${DAY_NAMES[to]}`;
}

function findDayExprs(text: string, ranges: TimeRange[]): DayExpr[] {
  // ranges are sorted and disjoint: a binary search keeps this linear-logarithmic on huge pages
  const inTime = (i: number): boolean => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (i < r.start) hi = mid - 1;
      else if (i >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const out: DayExpr[] = [];
  const { dayExpr, strongDays } = patterns();
  dayExpr.lastIndex = 0;
  for (let m = dayExpr.exec(text); m; m = dayExpr.exec(text)) {
    if (inTime(m.index)) continue; // "do" and "a" inside "od 9 do 17" are not days
    const g = m.groups ?? {};
    const span = { start: m.index, end: m.index + m[0].length };
    if (g.range || g.endingRange) {
      const value = g.range ? dayRangeValue(g.first!, g.last!) : dayRangeValue(g.endingFirst!, g.endingLast!);
      if (value) out.push({ ...span, value, kind: 'range' });
    } else if (g.daily) {
      out.push({ ...span, value: 'daily', kind: 'daily' });
    } else if (g.weekdays) {
      out.push({ ...span, value: 'Mon–Fri', kind: 'daily' });
    } else if (g.single) {
      const i = firstMatch(strongDays, bare(g.single));
      if (i !== undefined) out.push({ ...span, value: DAY_NAMES[i]!, kind: 'single' });
    }
  }
  ROMAN_RANGE.lastIndex = 0;
  for (let m = ROMAN_RANGE.exec(text); m; m = ROMAN_RANGE.exec(text)) {
    const a = ROMAN.indexOf(m[1] ?? m[3]!);
    const b = m[2] === undefined ? a : ROMAN.indexOf(m[2]);
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[2] === undefined) out.push({ ...span, value: DAY_NAMES[a]!, kind: 'single' });
    else if (a < b) out.push({ ...span, value: `${DAY_NAMES[a]}–${DAY_NAMES[b]}`, kind: 'range' });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The text between a day expression (or label) and its time: short, no digits, at most one line break. */
function closeGap(gap: string, max: number): boolean {
  return gap.length <= max && !/\d/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1;
}

/** Bare "8–16" needs the day right before it, and a plausible working span (not "Mar 3–5"). */
function weakOk(range: TimeRange, gap: string): boolean {
  if (!/^[\s:,.]{0,3}$/.test(gap)) return false;
  const [a, b] = range.times[0]!;
  return a.h >= 5 && a.h <= 13 && b.h - a.h >= 3;
}

function timesValue(range: TimeRange): string | undefined {
  const parts = range.times.map(to24);
  if (parts.some((p) => p === undefined)) return undefined;
  return (parts as [number, number][]).map(([s, e]) => `${fmt(s)}–${fmt(e)}`).join(', ');
}

/** Whether the words just before (same line) leave the hours to customer service rather than delivery or shopping. */
function serviceContext(text: string, start: number, alsoNot?: RegExp): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  const { notService, service } = patterns();
  return !(notService.test(before) || alsoNot?.test(before)) || service.test(before);
}

/** Service hours written in the page's text. */
export function hoursInText(input: string): HoursMatch[] {
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const ranges = findTimeRanges(text);
  const days = findDayExprs(text, ranges);
  const out: HoursMatch[] = [];
  const used = new Set<TimeRange>();

  // ranges and day expressions are both in text order: walk them together
  let next = 0; // first day expression that ends after the current range starts
  for (const range of ranges) {
    if (out.length >= MAX_MATCHES) break;
    while (next < days.length && days[next]!.end <= range.start) next++;
    const times = timesValue(range);
    if (!times) continue;
    const dayAt = next - 1;
    const day = days[dayAt];
    if (day) {
      // "Ежедневно, без выходных 9:00 - 18:00": show the whole run of day words (a few at most)
      let from = day.start;
      for (let i = dayAt - 1; i >= 0 && i >= dayAt - 3 && /^[\s,]{0,3}$/.test(text.slice(days[i]!.end, from)); i--) from = days[i]!.start;
      const gap = text.slice(day.end, range.start);
      const ok = range.strong ? closeGap(gap, MAX_GAP) && (day.kind !== 'single' || gap.length <= 12) : weakOk(range, gap);
      if (ok && serviceContext(text, day.start)) {
        out.push({ text: cap(collapse(text.slice(from, range.end))), value: `${day.value} ${times}`, source: 'text', kind: 'days and times' });
        used.add(range);
        continue;
      }
    }
    // days written after the times: "9:00–18:00 (pn–pt)"
    const after = days.slice(next, next + 2).find((d) => d.start >= range.end && d.start - range.end <= 3 && d.kind !== 'single');
    if (after && range.strong && /^[\s,(]*$/.test(text.slice(range.end, after.start))) {
      const close = text[after.end] === ')' ? 1 : 0;
      out.push({ text: cap(collapse(text.slice(range.start, after.end + close))), value: `${after.value} ${times}`, source: 'text', kind: 'days and times' });
      used.add(range);
    }
  }

  // a time range under an hours label, with no days
  for (const range of ranges) {
    if (out.length >= MAX_MATCHES || used.has(range) || !range.strong) continue;
    const times = timesValue(range);
    if (!times) continue;
    const windowStart = Math.max(0, range.start - LABEL_WINDOW);
    const before = text.slice(windowStart, range.start);
    let label: RegExpExecArray | undefined;
    const { labels } = patterns();
    labels.lastIndex = 0;
    for (let m = labels.exec(before); m; m = labels.exec(before)) label = m;
    if (!label) continue;
    const labelStart = windowStart + label.index;
    if (!closeGap(text.slice(labelStart + label[0].length, range.start), LABEL_WINDOW)) continue;
    if (!serviceContext(text, labelStart)) continue;
    out.push({ text: cap(collapse(text.slice(labelStart, range.end))), value: times, source: 'text', kind: 'labelled times' });
  }

  const { roundTheClock, shopping } = patterns();
  roundTheClock.lastIndex = 0;
  let shownUntil = 0;
  for (let m = roundTheClock.exec(text); m && out.length < MAX_MATCHES; m = roundTheClock.exec(text)) {
    if (m.index < shownUntil) continue; // "24h/24, 7j/7" is one statement
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (DURATION_BEFORE.test(before) || !serviceContext(text, m.index, shopping)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    shownUntil = m.index + m[0].length + (after.split(/[\n.;]/)[0]?.length ?? 0);
    out.push({ text: cap(collapse(`${m[0]}${after.split(/[\n.;]/)[0] ?? ''}`)), value: '24/7', source: 'text', kind: 'round the clock' });
  }
  const seen = new Set<string>();
  return out.filter((m) => !seen.has(m.value + m.text) && seen.add(m.value + m.text));
}

// schema.org -----------------------------------------------------------------------------------------

const SCHEMA_DAYS: Record<string, number> = {
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
  mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6,
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

/** ['Monday','Tuesday',…,'Friday'] → 'Mon–Fri'; gaps → 'Mon, Wed'. */
function daysValue(indices: number[]): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'daily';
  const groups: [number, number][] = [];
  for (const d of sorted) {
    const last = groups[groups.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else groups.push([d, d]);
  }
  return groups.map(([a, b]) => (a === b ? DAY_NAMES[a]! : `${DAY_NAMES[a]}${b - a === 1 ? ', ' : '–'}${DAY_NAMES[b]}`)).join(', ');
}

const CLOCK = /^(\d{1,2}):(\d{2})/;
function clockValue(v: unknown): string | undefined {
  const m = typeof v === 'string' ? CLOCK.exec(v.trim()) : null;
  return m ? `${pad(Number(m[1]))}:${m[2]}` : undefined;
}

function specValue(spec: Record<string, unknown>): string | undefined {
  const days = strings(spec.dayOfWeek)
    .map((d) => SCHEMA_DAYS[shortType(d).toLowerCase()])
    .filter((d): d is number => d !== undefined);
  const opens = clockValue(Array.isArray(spec.opens) ? spec.opens[0] : spec.opens);
  const closes = clockValue(Array.isArray(spec.closes) ? spec.closes[0] : spec.closes);
  if (!opens || !closes) return days.length ? daysValue(days) : undefined;
  if (opens === '00:00' && (closes === '23:59' || closes === '00:00' || closes === '24:00') && (days.length === 7 || days.length === 0)) return '24/7';
  const time = `${opens}–${closes}`;
  return days.length ? `${daysValue(days)} ${time}` : time;
}

/** schema.org openingHours text: "Mo-Fr 09:00-18:00", "Mo,We 10:00-14:00", "Mo-Su" (all day). */
const OPENING_HOURS = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:\s{0,3}[-,]\s{0,3}(?:Mo|Tu|We|Th|Fr|Sa|Su)){0,6})?\s{0,3}(?:(\d{1,2}:\d{2})\s{0,3}-\s{0,3}(\d{1,2}:\d{2}))?$/i;
function openingHoursValue(value: string): string | undefined {
  const m = value.length <= 100 ? OPENING_HOURS.exec(value.trim()) : null;
  if (!m || (!m[1] && !m[2])) return undefined;
  const days: number[] = [];
  if (m[1]) {
    for (const part of m[1].split(/\s*,\s*/)) {
      const [a, b] = part.split(/\s*-\s*/).map((d) => SCHEMA_DAYS[d.toLowerCase()]);
      if (a === undefined) continue;
      for (let d = a; d <= (b ?? a); d++) days.push(d);
    }
  }
  const time = m[2] && m[3] ? `${clockValue(m[2])}–${clockValue(m[3])}` : undefined;
  if (!time) return days.length === 7 ? '24/7' : days.length ? daysValue(days) : undefined;
  return days.length ? `${daysValue(days)} ${time}` : time;
}

/**
 * Hours declared in schema.org: OpeningHoursSpecification items (on their own or under a ContactPoint's
 * hoursAvailable / a business's openingHoursSpecification, typed or not) and openingHours strings.
 */
export function hoursFromStructuredData(items: StructuredItem[]): HoursMatch[] {
  const out: HoursMatch[] = [];
  const seen = new Set<string>();
  const add = (value: string | undefined, text: string) => {
    if (!value || seen.has(value) || out.length >= MAX_MATCHES) return;
    seen.add(value);
    out.push({ text: cap(text), value, source: 'structured-data', kind: 'schema.org' });
  };
  for (const item of items) {
    const owner = item.types[0] ?? 'Thing';
    if (item.types.includes('OpeningHoursSpecification')) {
      add(specValue(item.properties), `OpeningHoursSpecification ${specValue(item.properties) ?? ''}`.trim());
    }
    for (const key of ['hoursAvailable', 'openingHoursSpecification']) {
      for (const v of valuesAt(item, key)) {
        // typed nested specs are items of their own and were read above
        if (isObject(v) && v['@type'] === undefined) add(specValue(v), `${owner}.${key} ${specValue(v) ?? ''}`.trim());
      }
    }
    for (const v of strings(valuesAt(item, 'openingHours'))) add(openingHoursValue(v), `${owner}.openingHours "${v}"`);
  }
  return out;
}
