import { SiteContext } from '../page/site-context.js';
import type { PageView } from '../page/page-view.js';
import { ROLE_LABELS, type PageRole, type Snapshot } from '../snapshot.js';
import type { CheckResult, Evidence, Outcome, Rule } from './types.js';

export interface RuleResult {
  rule: Rule;
  status: Outcome;
  message: string;
  evidence: Evidence[];
}

const MAX_EVIDENCE = 8;

function missingPageMessage(rule: Rule, site: SiteContext): string {
  const roles = rule.pages.filter((p): p is PageRole => p !== 'any');
  for (const role of roles) {
    const assignment = site.assignment(role);
    if (assignment && !assignment.available) {
      return `the ${ROLE_LABELS[role]} is linked (${assignment.path ?? assignment.url}) but could not be read: ${assignment.error ?? 'unavailable'}`;
    }
  }
  if (roles.includes('email')) return 'no order-confirmation email was given (use --email FILE)';
  return `no ${roles.map((r) => ROLE_LABELS[r]).join(' or ') || 'page'} was found`;
}

/**
 * Run a check on each page; it passes if it passes on one of them. Otherwise a page that decides (fails)
 * outweighs one that cannot tell: a checkout saying "you must register" settles it, whatever the cart says.
 */
function runOnPages(check: NonNullable<Rule['check']>, pages: PageView[], site: SiteContext): CheckResult {
  const results = pages.map((page) => check(page, site));
  const passed = results.find((r) => r.status === 'pass');
  if (passed) return passed;
  const status = results.some((r) => r.status === 'fail') ? 'fail' : 'unknown';
  const deciding = results.filter((r) => r.status === status);
  const notes = [...new Set(deciding.map((r) => r.note).filter(Boolean))];
  return { status, evidence: deciding.flatMap((r) => r.evidence), note: notes.join('; ') || undefined };
}

function targetPages(rule: Rule, site: SiteContext): PageView[] {
  const pages = rule.pages.flatMap((selector) => (selector === 'any' ? site.sitePages() : site.pagesWithRole(selector)));
  return [...new Set(pages)];
}

const withNote = (title: string, note?: string) => (note ? `${title}: ${note}` : title);

/** Evaluate one rule on a site: a pure function of the rule and the snapshot. */
export function evaluateRule(rule: Rule, site: SiteContext): RuleResult {
  const result = (status: Outcome, message: string, evidence: Evidence[] = []): RuleResult => ({
    rule,
    status,
    message,
    evidence: evidence.slice(0, MAX_EVIDENCE),
  });
  try {
    if (!rule.check) return result('manual', rule.manual ?? 'verify by hand');
    if (rule.appliesWhen) {
      const applies = runOnPages(rule.appliesWhen, site.sitePages(), site);
      if (applies.status !== 'pass') return result('na', rule.notApplicableMessage ?? 'does not apply to this store');
    }
    const pages = targetPages(rule, site);
    if (pages.length === 0) {
      const reason = missingPageMessage(rule, site);
      // a page that is linked but could not be read cannot be judged: only a page that is not there at all fails
      const linked = rule.pages.some((role) => role !== 'any' && site.assignment(role) !== undefined);
      return rule.whenPageMissing === 'fail' && !linked ? result('fail', withNote(rule.failureTitle, reason)) : result('na', reason);
    }
    const outcome = runOnPages(rule.check, pages, site);
    // not found on the pages read, but one of the rule's pages could not be read: it may be there
    const unread = rule.pages.map((role) => (role === 'any' ? undefined : site.assignment(role))).find((a) => a && !a.available);
    if (outcome.status !== 'pass' && unread) {
      return result('na', `${missingPageMessage(rule, site)}, and the pages that were read do not settle it`, outcome.evidence);
    }
    switch (outcome.status) {
      case 'pass':
        return result('pass', rule.title, outcome.evidence);
      case 'fail':
        return result('fail', withNote(rule.failureTitle, outcome.note), outcome.evidence);
      default:
        return result('manual', `could not tell automatically (${outcome.note ?? 'no signal'}); verify by hand: ${rule.title.toLowerCase()}`, outcome.evidence);
    }
  } catch (error) {
    return result('error', `the rule could not run: ${(error as Error).message}`);
  }
}

export function evaluate(rules: Rule[], snapshot: Snapshot): RuleResult[] {
  const site = new SiteContext(snapshot);
  return rules.map((rule) => evaluateRule(rule, site));
}
