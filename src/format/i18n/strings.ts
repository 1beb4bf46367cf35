import type { Outcome } from '../../rules/types.js';
import type { Band } from '../../score.js';
import type { PageRole } from '../../snapshot.js';

/**
 * The words of a client report around the rules. Rule titles, findings and fixes come from the rule pack,
 * in English: a translated report marks them as English rather than pretend.
 */
export interface Strings {
  eyebrow: string;
  preparedFor: (client: string) => string;
  pagesRead: (n: number) => string;
  passed: string;
  failed: string;
  notApplicable: string;
  toVerify: string;
  couldNotRun: string;
  outOf100: string;
  notScored: string;
  band: Record<Band, string>;
  verdict: Record<Outcome, string>;
  gateTitle: string;
  gatePassed: string;
  gateFailed: string;
  whatToFix: string;
  mustFix: string;
  shouldFix: string;
  worthDoing: string;
  coverageTitle: string;
  coverage: (read: number, lookedFor: number, notScored: number) => string;
  country: string;
  language: string;
  sincePrevious: string;
  previousAudit: string;
  worse: string;
  better: string;
  noChange: string;
  wasNow: (was: string, now: string) => string;
  scoresByCategory: string;
  category: string;
  score: string;
  rating: string;
  change: string;
  same: string;
  howYouCompare: string;
  howYouCompareLead: string;
  check: string;
  yourStore: string;
  benchmark: string;
  allChecks: string;
  passedChecks: (n: number) => string;
  whatWeFound: string;
  andMore: (n: number) => string;
  whyItMatters: string;
  howToFix: string;
  howToCheck: string;
  severity: Record<'error' | 'warn' | 'info', string>;
  weight: (n: number) => string;
  englishNote: string;
  pagesTitle: string;
  page: string;
  address: string;
  howFound: string;
  status: string;
  read: string;
  notReadable: string;
  notFound: string;
  notFoundWhy: string;
  pagesNotRead: string;
  scoresExplained: string;
  generated: (version: string, when: string, seconds: string) => string;
  roles: Record<PageRole, string>;
  summaryTitle: string;
}
