/**
 * Durations written in a text, in days: "30 days", "within 14 days", "30-day", "2 weeks", "one month", "a year",
 * spelled-out numbers from the language files ("trzydzieści dni", "vierzehn Tage", "trente jours") and words
 * that are a whole duration ("coicís", a fortnight). What a duration is about is the caller's business: a
 * return window, a delivery time.
 */
import { languages } from '../languages/load.js';
import { letterRegExp } from './letters.js';

export interface Duration {
  days: number;
  /** Stated in business / working days. */
  businessDays: boolean;
  /** Where it stands in the text: [start, end). */
  start: number;
  end: number;
}

/** Spelled-out numbers shops use for durations, from the language files; a word two languages share keeps its first value. */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  languages()
    .flatMap((l) => Object.entries(l.numbers ?? {}))
    .reverse(),
);
/** Words that are a whole duration with no number before them: Irish "coicís" (a fortnight), Maltese "jumejn" (two days). */
const DURATION_WORDS: Record<string, number> = Object.fromEntries(
  languages()
    .flatMap((l) => Object.entries(l.durations ?? {}))
    .reverse(),
);
/** "a" and "an" (Romanian "o") count as one only before a week, month or year ("a year to return", "o lună"). */
const ARTICLES = ['a', 'an', 'o'];

const UNITS: { re: string; days: number; business?: boolean }[] = [
  {
    re: 'business\\s{1,3}days?|working\\s{1,3}days?|(?:dni|dnia)\\s{1,3}robocz\\p{L}*|рабоч\\p{L}*\\s{1,3}дн\\p{L}*|darbo\\s{1,3}dien\\p{L}*|werktag\\p{L}*|arbeitstag\\p{L}*|jours?\\s{1,3}ouvr\\p{L}*|días?\\s{1,3}(?:hábiles|laborables)|dias?\\s{1,3}(?:habiles|laborables|úteis|uteis)|pracovní\\p{L}*\\s{1,3}dn\\p{L}*|giorni\\s{1,3}lavorativi|werkdag(?:en)?|pracovn\\p{L}*\\s{1,3}(?:dn\\p{L}*|deň)|munkanap\\p{L}*|(?:de\\s{1,3})?zile\\s{1,3}lucr[ăa]toare|работн\\p{L}*\\s{1,3}(?:дни|дена)|arbetsdag(?:ar)?|vardag(?:ar)?|hverdag(?:e|en)?|arbejdsdag(?:e|en)?|virkedag(?:er|en)?|arbeidsdag(?:er|en)?|arkipäiv\\p{L}*|työpäiv\\p{L}*|tööpäev\\p{L}*|darba\\s{1,3}dien\\p{L}*|εργάσιμ\\p{L}*\\s{1,3}(?:ημέρ|ημερ|μέρ)\\p{L}*|робоч\\p{L}*\\s{1,3}(?:дн\\p{L}*|день)|iş\\s{1,3}gün\\p{L}*|radn\\p{L}*\\s{1,3}dan\\p{L}*|delovn\\p{L}*\\s{1,3}(?:dni|dneh|dneva|dan\\p{L}*)|laethanta\\s{1,3}oibre|lá\\s{1,3}oibre|(?:[ġg]ranet|jiem)\\s{1,3}tax-xog[ħh]ol',
    days: 1,
    business: true,
  },
  {
    re: '(?:calendar\\s{1,3})?days?|(?:dni|dnia)(?:\\s{1,3}kalendarzowych)?|dzień|(?:календарн\\p{L}*\\s{1,3})?(?:дн\\p{L}*|день)|(?:kalendorini\\p{L}*\\s{1,3})?dien\\p{L}*|d\\.|(?:kalender)?tag(?:e|en|es)?|jours?(?:\\s{1,3}calendaires|\\s{1,3}francs)?|días?(?:\\s{1,3}naturales)?|dias?(?:\\s{1,3}(?:naturales|corridos))?|(?:kalendářní\\p{L}*\\s{1,3})?(?:dn(?:ů|y|í|ech)|den)|giorn[oi](?:\\s{1,3}(?:di\\s{1,3}calendario|solari))?|(?:kalender)?dag(?:en)?|(?:kalendárn\\p{L}*\\s{1,3})?(?:deň|dňa|dní|dňoch)|nap(?:ig|on|os|ot|ja|pal)?|(?:de\\s{1,3})?zile(?:\\s{1,3}calendaristice)?|ден|дена|dagar|dagars|dage|dages|dager|dagers|päiv\\p{L}*|vrk|päev\\p{L}*|(?:ημερολογιακ\\p{L}*\\s{1,3})?(?:ημέρ|ημερ|μέρ)\\p{L}*|(?:kalendarsk\\p{L}*\\s{1,3}|koledarsk\\p{L}*\\s{1,3})?(?:dan|dana|dneh)|gün(?:lük|de|ü)?|lá|lae|laethanta|(?:il\\s{1,3})?jum|jiem|[ġg]ranet',
    days: 1,
  },
  { re: 'fortnights?|coicís|[ġg]img[ħh]atejn', days: 14 },
  { re: 'weeks?|tygodni\\p{L}*|tydzień|недел\\p{L}*|savait\\p{L}*|woche\\p{L}*|semaines?|semanas?|týdn\\p{L}*|týden|settiman[ae]|weken|týždeň|týždne|týždňov|týždňa|hét|hetes|hetet|héten|hetek\\p{L}*|(?:de\\s{1,3})?săptămân\\p{L}*|седмиц\\p{L}*|veck(?:a|or|an)|uge(?:r|n|rs)?|uke(?:r|n|rs)?|viiko\\p{L}*|viikk\\p{L}*|nädal\\p{L}*|nedēļ\\p{L}*|εβδομάδ\\p{L}*|tjed(?:an|na|ana)|ted(?:en|na|nov)|тиждень|тижн\\p{L}*|hafta(?:l[ıi]k)?|sh?eachtain\\p{L}*|(?:il\\s{1,3})?[ġg]img[ħh](?:a|at)', days: 7 },
  { re: 'months?|miesi[ąę]c\\p{L}*|месяц\\p{L}*|mėnes\\p{L}*|mėnuo|monat\\p{L}*|mois|mes(?:es)?|měsíc\\p{L}*|mes[ei]|maand(?:en)?|mês|mesiac\\p{L}*|hónap\\p{L}*|lun[ăai]|luni|месец\\p{L}*|månad(?:er|en)?|måned(?:er|en|s)?|kuukau\\p{L}*|kuu(?:d|ks|st)?|mēneš\\p{L}*|mēnes\\p{L}*|μήν(?:α|ες)|μηνών|mjesec\\p{L}*|mesec\\p{L}*|місяц\\p{L}*|місяць|ay(?:l[ıi]k)?|mh?í|míonna|(?:il\\s{1,3})?xahar|xhur', days: 30 },
  { re: 'years?|rok|roku|lata|год\\p{L}*|лет|met\\p{L}*|jahr\\p{L}*|ans?|année|años?|ann[oi]|jaar|anos?|roky|rokov|év|éves|évig|évre|(?:de\\s{1,3})?ani|år(?:et|s)?|vuo(?:si|den|deksi|tta)|aasta\\p{L}*|gad(?:s|a|u|i|iem)|έτος|έτη|χρόνο|χρόνια|godin\\p{L}*|leto|let|рік|рок(?:и|ів)|y[ıi]l(?:l[ıi]k)?|bh?liain|bliana|(?:il\\s{1,3})?sena|snin', days: 365 },
];
const UNIT_TESTS = UNITS.map((u) => ({ re: letterRegExp(`^(?:${u.re})$`, 'iu'), days: u.days, business: u.business === true }));

// French "du" (of the) would read as Lithuanian "du" (two): Lithuanian two is only "dvi"/"dviejų" here
const numberWords = Object.keys(NUMBER_WORDS);
/** "30 days", "30-day", "14 (fourteen) days", "thirty (30) days", "2 weeks", "a year", "100 TAGE". */
const DURATION = letterRegExp(
  `(?<![\\p{L}\\d.,])(?:(?:(?<n>\\d{1,3})|(?<word>${numberWords.join('|')})|(?<article>${ARTICLES.join('|')}))` +
    `(?:\\s{0,3}\\((?:\\d{1,3}|\\p{L}{3,20})\\))?\\s{0,3}[-‑–]?\\s{0,3}(?<unit>${UNITS.map((u) => u.re).join('|')})` +
    `|(?<whole>${Object.keys(DURATION_WORDS).join('|')}))(?!\\p{L})`,
  'giu',
);

/**
 * Every duration in the text, in text order, read as the caller asks for them: a caller that stops at the first
 * one it wants scans no further. "a day" is not a duration anyone states ("a day at the beach"): an article
 * counts as one only before a week, month or year.
 */
export function* durationsIn(text: string): Generator<Duration> {
  // matchAll scans with its own copy of the pattern, so two scans in progress never share a lastIndex
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    const unit = g.whole !== undefined ? { days: DURATION_WORDS[g.whole.toLowerCase()], business: false } : UNIT_TESTS.find((u) => u.re.test((g.unit ?? '').replace(/\s+/g, ' ')));
    if (!unit?.days) continue;
    if (g.article !== undefined && unit.days < 7) continue;
    const count = g.whole !== undefined ? 1 : g.n !== undefined ? Number(g.n) : g.word !== undefined ? NUMBER_WORDS[g.word.toLowerCase()] : 1;
    if (count === undefined) continue;
    // twelve months and a year are both 365 days, not 360
    const days = unit.days === 30 && count % 12 === 0 ? (count / 12) * 365 : count * unit.days;
    yield { days, businessDays: unit.business, start: m.index, end: m.index + m[0].length };
  }
}
