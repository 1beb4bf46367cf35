import { memoise } from '../view/memoise.js';
import { SiteContext } from '../view/site-context.js';
import type { PageView } from '../view/page-view.js';
import { DISCOVERABLE_ROLES, MIN_CHAPTERS, ROLE_LABELS, type PageLanguage, type PageRole, type RoleAssignment, type SectionRole, type Snapshot } from '../snapshot.js';
import { readsWording } from './compile-check.js';
import type { Outcome, Rule } from './types.js';
import type { CheckResult, Evidence } from '../primitives/contract.js';

export interface RuleResult {
  rule: Rule;
  status: Outcome;
  message: string;
  evidence: Evidence[];
}

const MAX_EVIDENCE = 8;

/** The first of the rule's roles whose page was linked but could not be read. */
function unreadAssignment(rule: Rule, site: SiteContext): RoleAssignment | undefined {
  return rule.pages.map((role) => (role === 'any' ? undefined : site.assignment(role))).find((a) => a !== undefined && !a.available);
}

function unreadMessage(assignment: RoleAssignment): string {
  const where = assignment.path ?? assignment.url;
  if (assignment.unread === 'broken') return `the ${ROLE_LABELS[assignment.role]} link is broken: ${where} (${assignment.error ?? 'unavailable'})`;
  return `the ${ROLE_LABELS[assignment.role]} is linked (${where}) but could not be read: ${assignment.error ?? 'unavailable'}`;
}

const relatedLabel = (role: PageRole | 'any'): string => (role === 'any' ? 'the other pages read' : `the ${ROLE_LABELS[role]}`);

function missingPageMessage(rule: Rule, site: SiteContext): string {
  const unread = unreadAssignment(rule, site);
  if (unread) return unreadMessage(unread);
  const roles = rule.pages.filter((p): p is PageRole => p !== 'any');
  if (roles.includes('email')) return 'no order-confirmation email was given (use --email FILE)';
  const looked = `no ${roles.map((r) => ROLE_LABELS[r]).join(' or ') || 'page'} was found`;
  return rule.alsoReads.length ? `${looked}, and ${rule.alsoReads.map(relatedLabel).join(', ')} ${rule.alsoReads.length > 1 || rule.alsoReads.includes('any') ? 'do' : 'does'} not say` : looked;
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
  // what a page found ("the window is 7 days") says more than another page's "nothing found"
  const found = deciding.filter((r) => r.evidence.length > 0);
  const notes = [...new Set((found.length ? found : deciding).map((r) => r.note).filter(Boolean))];
  return { status, evidence: deciding.flatMap((r) => r.evidence), note: notes.join('; ') || undefined };
}


/**
 * A related page as the rule reads it: the terms' returns chapter for a returns rule, not the whole terms
 * (an invoice "by post or electronically" is no way of returning). A page with chapters but none about the
 * rule's subject says nothing about it; a page without headings is read whole.
 */
function relatedView(page: PageView, subject: SectionRole | undefined, site: SiteContext): PageView | undefined {
  const chapters = page.page.chapters;
  if (!subject || !chapters) return page;
  const chapter = chapters.bySubject[subject];
  if (chapter) return site.view(chapter);
  return chapters.headed >= MIN_CHAPTERS ? undefined : page;
}

/** A rule's own page as it reads it: whole, unless the page is the general terms under a policy's title. */
function ownView(page: PageView, subject: SectionRole | undefined, site: SiteContext): PageView {
  // such a page has a chapter (maybe empty) for every subject: it is read as a related page is
  return page.page.chapters?.holdsTerms ? (relatedView(page, subject, site) ?? page) : page;
}

/** The rule's own pages, and the related pages whose text also counts (each page once). */
function targetPages(rule: Rule, site: SiteContext): { primary: PageView[]; related: PageView[] } {
  const { subject } = rule;
  const primary = [...new Set(rule.pages.flatMap((selector) => (selector === 'any' ? site.sitePages() : site.pagesWithRole(selector))).map((p) => ownView(p, subject, site)))];
  const related = [...new Set(rule.alsoReads.flatMap((role) => (role === 'any' ? site.sitePages() : site.pagesWithRole(role))))]
    .filter((p) => !primary.includes(p))
    .map((p) => relatedView(p, subject, site))
    .filter((p): p is PageView => p !== undefined && !primary.includes(p));
  return { primary, related: [...new Set(related)] };
}

const withNote = (title: string, note?: string) => (note ? `${title}: ${note}` : title);

/** Where a failing rule looked, when it reads more than its own page: "the returns policy, the FAQ and the terms". */
function readEvidence(rule: Rule, pages: PageView[]): Evidence[] {
  // every page read (`any`) stands in only where the rule's own page is missing: the rule's page is what it read
  if (!rule.alsoReads.some((role) => role !== 'any')) return [];
  const roles = [...rule.pages, ...rule.alsoReads].filter((role): role is PageRole => role !== 'any' && pages.some((p) => p.page.roles.includes(role)));
  const labels = [...new Set(roles)].map((role) => `the ${ROLE_LABELS[role]}`);
  if (!labels.length) return [];
  const text = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0]!;
  return [{ kind: 'pages read', text }];
}

/** Whether a rule's check reads words, worked out once per rule. */
const restsOnWording = memoise((rule: Rule): boolean => readsWording(rule.spec?.check));

/** The language of the pages a rule read, when careaudit reads none of them (their words decide nothing). */
function unreadLanguage(pages: PageView[]): PageLanguage | undefined {
  const languages = pages.map((p) => p.page.language);
  return languages.length > 0 && languages.every((l) => l !== undefined && !l.read) ? languages[0] : undefined;
}

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
    const { primary, related } = targetPages(rule, site);
    const unread = unreadAssignment(rule, site);
    // a page in a language careaudit has no words for is not judged by its words: not found is not absent
    // pages are found by their link words, and wording rules read words: neither is judged in a language careaudit has no words for
    const discovered = rule.pages.some((role) => (DISCOVERABLE_ROLES as readonly string[]).includes(role));
    const foreign = primary.length
      ? restsOnWording(rule) ? unreadLanguage([...primary, ...related]) : undefined
      : discovered ? unreadLanguage(site.pagesWithRole('home')) : undefined;
    const notJudged = (language: PageLanguage) =>
      result(
        'na',
        primary.length
          ? `the page is in ${language.name}, which careaudit does not read; this rule rests on wording, so it is not judged`
          : `${missingPageMessage(rule, site)}, but the store is in ${language.name}, which careaudit does not read: its pages are found by their link words, so this is not judged`,
      );
    if (primary.length === 0) {
      // the FAQ or the terms may state what the missing page would have
      const fromRelated = related.length ? runOnPages(rule.check, related, site) : undefined;
      if (fromRelated?.status === 'pass') return result('pass', rule.title, fromRelated.evidence);
      if (foreign) return notJudged(foreign);
      const reason = missingPageMessage(rule, site);
      if (unread?.unread === 'broken') return result('fail', withNote(rule.failureTitle, reason));
      if (unread?.unread === 'unreachable') return result('error', reason);
      // a page that is linked but was not read cannot be judged: only a page that is not there at all fails
      const linked = rule.pages.some((role) => role !== 'any' && site.assignment(role) !== undefined);
      return rule.whenPageMissing === 'fail' && !linked ? result('fail', withNote(rule.failureTitle, reason)) : result('na', reason);
    }
    const outcome = runOnPages(rule.check, [...primary, ...related], site);
    if (foreign && outcome.status !== 'pass') return notJudged(foreign);
    if (outcome.status !== 'pass' && rule.notApplicableWhen) {
      const nothingToJudge = primary.map((page) => rule.notApplicableWhen!(page, site));
      if (nothingToJudge.every((r) => r.status === 'pass')) {
        return result('na', rule.notApplicableMessage ?? 'its pages show nothing to judge', nothingToJudge.flatMap((r) => r.evidence));
      }
    }
    // not found on the pages read, but one of the rule's pages could not be read: it may be there
    if (outcome.status !== 'pass' && unread && unread.unread !== 'broken') {
      const said = `${unreadMessage(unread)}, and the pages that were read do not settle it`;
      return unread.unread === 'unreachable' ? result('error', said, outcome.evidence) : result('na', said, outcome.evidence);
    }
    switch (outcome.status) {
      case 'pass':
        return result('pass', rule.title, outcome.evidence);
      case 'fail':
        return result('fail', withNote(rule.failureTitle, outcome.note), [...outcome.evidence.slice(0, MAX_EVIDENCE - 1), ...readEvidence(rule, [...primary, ...related])]);
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
