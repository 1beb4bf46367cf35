/**
 * Sections of pages as pages of their own: an FAQ that is a heading of the contact page, a returns policy
 * that is a chapter of the terms, found by the words of their headings.
 */
import type { CheerioAPI } from 'cheerio';
import { escapeHtml } from '../page/escape-html.js';
import { sectionsOf, type PageSection } from '../page/sections.js';
import { MIN_CHAPTERS, SECTION_ROLES, type DiscoverableRole, type Page, type PageRole, type RoleAssignment, type SectionRole } from '../snapshot.js';
import { deliveryFact } from '../detectors/delivery-facts.js';
import { headingRoles, sectionRoles, type SectionCandidate } from './discover.js';
import { cutText } from '../text.js';
import { memoise } from '../view/memoise.js';
import { parsePage } from '../view/page-data.js';

export interface FoundSection {
  role: DiscoverableRole;
  page: Page;
  reason: string;
  section: NonNullable<RoleAssignment['section']>;
}


/** A search box of the page a section is part of: the section can be searched from there. */
const SEARCH_BOX = '[role=search], form:has(input[type=search]), form[action*=search i]';
const MAX_SEARCH_BOX_HTML = 4000;

/**
 * A section as a page of its own: its heading and its text, in the language of the page it is part of,
 * with that page's search box.
 */
function sectionPage(of: Page, $: CheerioAPI, sections: PageSection[]): Page {
  const lang = $('html').attr('lang')?.trim();
  const search = $.html($(SEARCH_BOX).first()).slice(0, MAX_SEARCH_BOX_HTML);
  const heading = sections[0]?.heading ?? '';
  const slug = heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60) || 'section';
  const body = sections.map((s) => `<section><h2>${escapeHtml(s.heading)}</h2>${s.lines.slice(1).map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`).join('');
  const html = `<!doctype html><html${lang ? ` lang="${escapeHtml(lang)}"` : ''}><head><title>${escapeHtml(heading)}</title></head><body><header>${search.endsWith('>') ? search : ''}</header><main>${body}</main></body></html>`;
  return { url: `${of.url.replace(/#.*$/u, '')}#${slug}`, roles: [], status: 'ok', headers: {}, html, ...(of.path ? { path: `${of.path}#${slug}` } : {}), ...(of.charset ? { charset: of.charset } : {}) };
}

/** Up to this much is added to a section's score for its text (a chapter over a one-line badge). */
const SECTION_TEXT_BONUS = 10;
const HOME_SECTION_PENALTY = 15;

/** A page's headed sections by the subject their headings name, and how many headed sections it has. */
interface Subjects {
  $: CheerioAPI;
  sections: PageSection[];
  headed: number;
  bySubject: Map<SectionRole, SectionCandidate>;
  /** The page's title (its first top-level heading), whose section is the whole page. */
  title?: PageSection;
  /** The headings that open the page's content: its title and the one or two after it. */
  opening: string[];
}

/** Question-like headings (FAQ entries) are no chapters of a document. */
const QUESTION_LEVEL = 7;
/** After the page's title, this many headings name what the document is ("General terms and conditions"). */
const OPENING_AFTER_TITLE = 2;

/** The page's title and the headings right after it; without a title, the first few. */
function openingHeadings(content: PageSection[], title: PageSection | undefined): string[] {
  const from = title ? content.indexOf(title) : 0;
  return content.slice(from, from + 1 + OPENING_AFTER_TITLE).map((s) => s.heading);
}

// missing roles and chapters both ask for a page's sections: cut each page once
const subjectsOf = memoise((page: Page): Subjects => {
  const $ = parsePage(page);
  const sections = sectionsOf($);
  const content = sections.filter((s) => !s.inChrome);
  const title = content.find((s) => s.level === 1);
  // "Artikel 8 – …" written as a bold paragraph is a chapter as much as an <h3> is
  const headed = content.filter((s) => s.level !== QUESTION_LEVEL && s.contentChars > 0).length;
  return { $, sections, headed, bySubject: sectionRoles(sections), title, opening: openingHeadings(content, title) };
});

/**
 * What a section must say to stand in for a missing page of its role. A chapter named after delivery that
 * states no delivery fact ("goods are delivered according to the conditions at the product") is no shipping
 * policy. FAQ and returns sections are taken by their headings alone: an FAQ is questions on any subject, and
 * a returns chapter that restates the legal right of withdrawal still tells the shopper what it is.
 */
const STATES_SOMETHING: Partial<Record<SectionRole, (text: string) => boolean>> = {
  shipping: (text) => deliveryFact(text) !== undefined,
};

/** For each missing section role, the best-named sections among the pages read. */
export function findSections(read: Page[], missing: DiscoverableRole[]): FoundSection[] {
  const wanted = SECTION_ROLES.filter((r) => missing.includes(r));
  if (!wanted.length) return [];
  const best = new Map<DiscoverableRole, FoundSection & { score: number }>();
  for (const page of read) {
    if (page.status !== 'ok' || page.roles.includes('cart') || page.roles.includes('checkout') || page.url.includes('#')) continue;
    const { $, bySubject } = subjectsOf(page);
    const where = page.path ?? page.url;
    // a policy's own chapter beats a teaser on the home page ("Retour simple sous 14 jours")
    const onHome = page.roles.includes('home');
    for (const [role, candidate] of bySubject) {
      const text = candidate.sections.reduce((n, section) => n + section.contentChars, 0);
      const score = candidate.score + Math.min(SECTION_TEXT_BONUS, text / 100) - (onHome ? HOME_SECTION_PENALTY : 0);
      if (!wanted.includes(role) || (best.get(role)?.score ?? 0) >= score) continue;
      const says = STATES_SOMETHING[role];
      if (says && !says(candidate.sections.flatMap((section) => section.lines).join('\n'))) continue;
      const heading = candidate.sections[0]!.heading;
      best.set(role, {
        role,
        score,
        page: sectionPage(page, $, candidate.sections),
        reason: `the section "${cutText(heading, 60, '')}" of ${where}`,
        section: { heading: cutText(heading, 120, ''), of: where },
      });
    }
  }
  return [...best.values()].map(({ score: _score, ...found }) => found);
}

/** Pages whose chapters, not their whole text, count for rules about another subject: legal terms and the delivery page. */
const CHAPTERED_ROLES: readonly PageRole[] = ['terms', 'shipping'];

/**
 * A policy page (returns, delivery, FAQ) whose text is the store's general terms: "Refund policy" over "General
 * terms and conditions" in articles. A heading that names the page's own subject too ("Terms of returns") is
 * the policy's own.
 */
function holdsTerms(page: Page, { headed, opening }: Subjects): boolean {
  const own = SECTION_ROLES.filter((role) => page.roles.includes(role));
  if (!own.length || page.roles.includes('terms') || headed < MIN_CHAPTERS) return false;
  return opening.some((heading) => {
    const named = headingRoles(heading);
    return named.some((n) => n.role === 'terms' && n.opens) && !named.some((n) => own.some((role) => role === n.role));
  });
}

/** The chapters of the terms and the shipping page, by subject, for the rules that read them as related pages. */
export function markChapters(read: Page[]): void {
  for (const page of read) {
    const chaptered = (role: PageRole) => CHAPTERED_ROLES.includes(role) || (SECTION_ROLES as readonly PageRole[]).includes(role);
    if (page.status !== 'ok' || page.url.includes('#') || !page.roles.some(chaptered)) continue;
    const subjects = subjectsOf(page);
    const terms = holdsTerms(page, subjects);
    if (!terms && !page.roles.some((r) => CHAPTERED_ROLES.includes(r))) continue;
    // a chapter is read as part of its page: "read the terms" names it
    const chapter = (sections: PageSection[]): Page => ({ ...sectionPage(page, subjects.$, sections), roles: page.roles });
    const bySubjectPage: Partial<Record<SectionRole, Page>> = {};
    // the title of terms under a policy's title names the policy, not a chapter of them
    const bySubject = terms ? sectionRoles(subjects.sections.filter((s) => s !== subjects.title)) : subjects.bySubject;
    for (const [role, candidate] of bySubject) bySubjectPage[role] = chapter(candidate.sections);
    // terms under a policy's title say nothing about a subject they have no chapter on, their own title's included
    if (terms) for (const role of SECTION_ROLES) bySubjectPage[role] ??= chapter([]);
    page.chapters = { headed: subjects.headed, bySubject: bySubjectPage, ...(terms ? { holdsTerms: true } : {}) };
  }
}
