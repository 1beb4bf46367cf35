import { de } from './i18n/de.js';
import { en } from './i18n/en.js';
import { es } from './i18n/es.js';
import { fr } from './i18n/fr.js';
import { it } from './i18n/it.js';
import { nl } from './i18n/nl.js';
import { pl } from './i18n/pl.js';
import type { Strings } from './i18n/strings.js';

/** Languages the report's chrome (headings, labels, verdicts) is written in. */
export const REPORT_LANGUAGES = ['en', 'de', 'fr', 'es', 'pl', 'it', 'nl'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** The report language for a store language tag (`de-AT` → de), English when careaudit has no translation. */
export function reportLanguageOf(tag: string | undefined): ReportLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isReportLanguage(primary) ? primary : 'en';
}

/** The words of a client report, by report language (one file each in i18n/). */
export const STRINGS: Record<ReportLanguage, Strings> = { en, de, fr, es, pl, it, nl };
