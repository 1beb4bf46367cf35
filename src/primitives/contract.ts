/**
 * The contract between the primitives and the rules that use them: a compiled check reads a page (and its
 * site) and returns a verdict with the evidence behind it.
 */
import type { PageView } from '../view/page-view.js';
import type { SiteContext } from '../view/site-context.js';

/** One piece of evidence behind a verdict. */
export interface Evidence {
  /** The page (or email) it was found on. */
  page?: string;
  /** What was found, in words: 'tel: link', 'link text', 'JSON-LD ContactPoint.telephone'. */
  kind: string;
  /** The matched text, or the sentence it was found in, trimmed to a readable length. */
  text?: string;
  /** Where in `text` the words that decided the verdict are: [start, end). */
  match?: [number, number];
  selector?: string;
  /** An extracted value: a phone number in E.164, a number of days, a count of steps. */
  value?: string | number;
}

/** Three-valued: 'unknown' when a check cannot tell (the rule then asks for a manual look). */
export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface CheckResult {
  status: CheckStatus;
  evidence: Evidence[];
  /** Why it failed or could not tell, in plain words. */
  note?: string;
}

export type CompiledCheck = (page: PageView, site: SiteContext) => CheckResult;
