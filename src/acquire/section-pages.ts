/**
 * Sections of pages as pages of their own: an FAQ that is a heading of the contact page, a returns policy
 * that is a chapter of the terms, found by the words of their headings.
 */
import type { CheerioAPI } from 'cheerio';
import { escapeHtml } from '../page/escape-html.js';
import { sectionsOf, type PageSection } from '../page/sections.js';
import { SECTION_ROLES, type DiscoverableRole, type Page, type PageRole, type RoleAssignment, type SectionRole } from '../snapshot.js';
import { sectionRoles, type SectionCandidate } from './discover.js';
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
  const heading = sections[0]!.heading;
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
  headed: number;
  bySubject: Map<SectionRole, SectionCandidate>;
}

// missing roles and chapters both ask for a page's sections: cut each page once
const subjectsOf = memoise((page: Page): Subjects => {
  const $ = parsePage(page);
  const sections = sectionsOf($);
  const headed = sections.filter((s) => !s.inChrome && s.level <= 6 && s.contentChars > 0).length;
  return { $, headed, bySubject: sectionRoles(sections) };
});

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

/** The chapters of the terms and the shipping page, by subject, for the rules that read them as related pages. */
export function markChapters(read: Page[]): void {
  for (const page of read) {
    if (page.status !== 'ok' || page.url.includes('#') || !page.roles.some((r) => CHAPTERED_ROLES.includes(r))) continue;
    const { $, headed, bySubject } = subjectsOf(page);
    const bySubjectPage: Partial<Record<SectionRole, Page>> = {};
    for (const [role, candidate] of bySubject) bySubjectPage[role] = sectionPage(page, $, candidate.sections);
    page.chapters = { headed, bySubject: bySubjectPage };
  }
}

