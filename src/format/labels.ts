import type { Report, ReportCoverage, ReportLocale } from '../report/report.js';
import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';

/**
 * The one vocabulary of every human-readable output: a band or a verdict reads the same in the text, Markdown,
 * HTML and batch reports ("needs improvement", never the JSON value "needs-improvement").
 */
export const BAND_LABEL: Record<'en', Record<Band, string>> = {
  en: { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' },
};

export const VERDICT_LABEL: Record<'en', Record<Outcome, string>> = {
  en: { pass: 'pass', fail: 'fail', na: 'not applicable', manual: 'verify by hand', error: 'could not run' },
};

/** "needs improvement" → "Needs improvement": a label that starts a heading or a badge. */
export const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** The store's name when the report has one, else the target as given. */
export function storeName(report: Pick<Report, 'site' | 'target'>): string {
  return report.site?.name ?? report.target;
}

/** "7 of 8 page roles read; 4 checks not scored". */
export function coverageSentence(coverage: ReportCoverage): string {
  const unscored = coverage.notScored.length;
  return `${coverage.rolesRead} of ${coverage.rolesLookedFor} page roles read; ${unscored} check${unscored === 1 ? '' : 's'} not scored`;
}

/** "Country: PL (from --country) · language: pl (the pages' lang attribute)". */
export function localeSentence(locale: ReportLocale): string {
  return `Country: ${locale.country ?? 'unknown'} (${locale.countryReason}) · language: ${locale.language ?? 'unknown'} (${locale.languageReason})`;
}
