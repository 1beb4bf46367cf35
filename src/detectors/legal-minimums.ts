/**
 * Statutory minimum withdrawal (return) windows for distance sales, by country: what a store's return
 * window is compared with. Countries not listed are unknown (undefined), not "no minimum".
 */

export interface LegalMinimum {
  /** Minimum days to withdraw from a distance sale; 0 where the law sets none. */
  days: number;
  /** Where the figure comes from, briefly. */
  source: string;
}

const EU_DIRECTIVE = 'Consumer Rights Directive 2011/83/EU, art. 9 (14 days)';
const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
/** The Directive is EEA-relevant: Norway, Iceland and Liechtenstein apply it too. */
const EEA_ONLY = ['NO', 'IS', 'LI'];

const SPECIFIC: Record<string, LegalMinimum> = {
  GB: { days: 14, source: 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, reg. 30 (14 days)' },
  PL: { days: 14, source: 'Ustawa o prawach konsumenta, art. 27 (14 dni), implementing Directive 2011/83/EU' },
  LT: { days: 14, source: 'Civilinis kodeksas, art. 6.228^10 (14 dienų), implementing Directive 2011/83/EU' },
  DE: { days: 14, source: 'BGB § 355 (14 Tage), implementing Directive 2011/83/EU' },
  FR: { days: 14, source: 'Code de la consommation, art. L221-18 (14 jours), implementing Directive 2011/83/EU' },
  ES: { days: 14, source: 'Real Decreto Legislativo 1/2007, art. 102 (14 días naturales), implementing Directive 2011/83/EU' },
  RU: { days: 7, source: 'Закон «О защите прав потребителей», ст. 26.1 (7 дней)' },
  US: { days: 0, source: 'no general federal right to return online purchases (FTC Cooling-Off Rule excludes them)' },
};

const TABLE: Record<string, LegalMinimum> = {
  ...Object.fromEntries(EU_MEMBERS.map((cc) => [cc, { days: 14, source: EU_DIRECTIVE }])),
  ...Object.fromEntries(EEA_ONLY.map((cc) => [cc, { days: 14, source: `${EU_DIRECTIVE}, via the EEA Agreement` }])),
  ...SPECIFIC,
};

/** Whether the EU's (and EEA's) consumer law applies to a store's own customers. */
export function inEuropeanEconomicArea(country: string | undefined): boolean {
  const cc = country?.trim().toUpperCase();
  return cc !== undefined && (EU_MEMBERS.includes(cc) || EEA_ONLY.includes(cc));
}

/** The statutory minimum return window for a country (ISO 3166-1 alpha-2, 'UK' read as 'GB'), if known. */
export function legalMinimumReturnDays(country: string | undefined): LegalMinimum | undefined {
  if (!country) return undefined;
  const cc = country.trim().toUpperCase();
  return TABLE[cc === 'UK' ? 'GB' : cc];
}
