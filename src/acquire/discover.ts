/**
 * Finding a store's role pages (contact, FAQ, returns, …) from the links of one page, from sitemap
 * entries or from the files of a folder, using the words in role-lexicon.ts.
 */
import type { PageLink } from '../page/links.js';
import type { PageSection } from '../page/sections.js';
import { SECTION_ROLES, type DiscoverableRole, type SectionRole } from '../snapshot.js';
import { cutText } from '../text.js';
import { ASSET_EXTENSION, HUB_PATH, HUB_TEXT, NOT_A_ROLE_TEXT, TEXT_LEXICON, normalizeText } from './role-lexicon.js';
import { siteRelation, type Relation } from './site-hosts.js';
import { analysePath, decodeSegment, isProductUrl, isRootPath, pathOnlyScore, pathSegments } from './url-path.js';

export interface RoleCandidate {
  role: DiscoverableRole;
  url: string;
  score: number;
  /** Why, e.g. 'link text "Kontakt" (de/pl) to /kontakt on the home page' or 'link to /policies/refund-policy on …'. */
  reason: string;
}

/*
 * Scores. A text match is worth more than a path match (shops name links for people; URLs are often
 * opaque ids); a path that agrees with the text adds to it, one that names another role takes away.
 */
const TEXT_EXACT = 100;
const TEXT_START = 85;
const TEXT_INSIDE = 60;
/** Long link texts ("Free delivery on orders over €50, see …") are banners more often than nav items. */
const LONG_TEXT_PENALTY = 15;
const LONG_TEXT_WORDS = 5;
const PATH_AGREES_LAST = 20;
const PATH_AGREES_EARLIER = 10;
const PATH_CONFLICT = 30;
/** A section of the home page (/#contact) only stands in for a page when nothing better exists. */
const SECTION_FACTOR = 0.4;
/** help.shop.example serves the same store, but a link on the site's own host is surer. */
const SUBDOMAIN_PENALTY = 10;

type Quality = 'exact' | 'start' | 'inside';

interface TextHit {
  role: DiscoverableRole;
  lang: string;
  score: number;
  start: number;
  end: number;
}

/** Per role, the best lexicon match in a link text; matches lying inside another role's phrase are dropped. */
function textHits(text: string): TextHit[] {
  const norm = normalizeText(text);
  if (!norm) return [];
  const words = norm.split(' ').length;
  const best = new Map<DiscoverableRole, TextHit>();
  for (const entry of TEXT_LEXICON) {
    const m = entry.re.exec(norm);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    const quality: Quality = start === 0 ? (end === norm.length ? 'exact' : 'start') : 'inside';
    if (entry.exactOnly && quality !== 'exact') continue;
    if (entry.anchored && quality === 'inside') continue;
    let score = (quality === 'exact' ? TEXT_EXACT : quality === 'start' ? TEXT_START : TEXT_INSIDE) * entry.weight;
    if (quality !== 'exact' && words > LONG_TEXT_WORDS) score -= LONG_TEXT_PENALTY;
    const prev = best.get(entry.role);
    if (!prev || score > prev.score) best.set(entry.role, { role: entry.role, lang: entry.lang, score, start, end });
    // the same words in other languages ("Kontakt": Czech, German, Polish): the reason names them all
    else if (score === prev.score && start === prev.start && end === prev.end) prev.lang = [...new Set([...prev.lang.split('/'), ...entry.lang.split('/')])].join('/');
  }
  const hits = [...best.values()];
  // "Seguimiento de envío" is order tracking, not shipping: a phrase inside another role's phrase is part of it.
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

/** The roles a heading's words name, and whether it opens with them ("Algemene Voorwaarden", "Terms of Service – Acme"). */
export function headingRoles(heading: string): { role: DiscoverableRole; opens: boolean }[] {
  return textHits(heading).map((hit) => ({ role: hit.role, opens: hit.start === 0 }));
}

const isLegalText = (text: string): boolean => {
  const norm = normalizeText(text);
  return norm !== '' && NOT_A_ROLE_TEXT.some((re) => re.test(norm));
};

function displayUrl(u: URL, hash: string, relation: Relation): string {
  const path = `${u.pathname}${u.search}${hash}`;
  return cutText(relation === 'subdomain' ? `${u.host}${path}` : path, 90);
}

/** The fragment of an href, when it is a real anchor (not "#", "#!" or "#top"). */
function fragmentOf(href: string): string | null {
  const i = href.indexOf('#');
  if (i < 0) return null;
  const frag = decodeSegment(href.slice(i + 1)).replace(/^[!/]+/u, '');
  return frag && !/^(?:top|main|content|skip.*)$/iu.test(frag) ? frag : null;
}

/* ----------------------------------------------------------- discoverRoles */

/**
 * Best candidate per role among the links of one page. siteOrigins: origins that count as this site
 * (the target's origin plus ownOrigins() of the page; "null" or a file: URL admits file: links).
 * Hosts are compared without scheme and "www."; subdomains of a site host count, with a small
 * penalty (help centres live on help.shop.example). Links to other sites, mailto:, tel:,
 * javascript:, assets, product/category pages and the home page itself are ignored. A link to a
 * section of the page or of the home page (#contact, /#contact) is a low-score candidate.
 * Ties go to the first link in document order (header and nav come first).
 */
export function discoverRoles(
  links: PageLink[],
  siteOrigins: ReadonlySet<string>,
  pageLabel: string,
): Map<DiscoverableRole, RoleCandidate> {
  return new Map([...rankRoles(links, siteOrigins, pageLabel)].map(([role, list]) => [role, list[0]!]));
}

/** Every candidate per role, best first (one per URL): discovery falls back to the next when a page fails. */
export function rankRoles(
  links: PageLink[],
  siteOrigins: ReadonlySet<string>,
  pageLabel: string,
): Map<DiscoverableRole, RoleCandidate[]> {
  const relationOf = siteRelation(siteOrigins);
  const found = new Map<DiscoverableRole, Map<string, RoleCandidate>>();
  const offer = (c: RoleCandidate): void => {
    let byUrl = found.get(c.role);
    if (!byUrl) found.set(c.role, (byUrl = new Map()));
    const key = c.url.replace(/#.*$/u, '');
    const prev = byUrl.get(key);
    if (!prev || c.score > prev.score) byUrl.set(key, c);
  };

  for (const link of links) {
    let u: URL;
    try {
      u = new URL(link.url);
    } catch {
      continue;
    }
    const relation = relationOf(u);
    if (!relation) continue;
    if (ASSET_EXTENSION.test(u.pathname)) continue;
    const segs = pathSegments(u.pathname);
    if (isProductUrl(u, segs)) continue;

    const href = link.href.trim();
    const fragment = fragmentOf(href);
    const hashIndex = href.indexOf('#');
    const hash = hashIndex >= 0 ? href.slice(hashIndex) : '';
    // the site's home page; a subdomain's root (help.shop.example/) is a page of its own
    const root = relation === 'same' && isRootPath(u.pathname) && u.search === '';
    // "#contact" on this page, or "/#contact" on the home page: the section stands in for a page.
    const section = fragment !== null && (href.startsWith('#') || root);
    if (!section && (root || href.startsWith('#'))) continue;

    const path = analysePath(u, section ? fragment : null);
    const hits = textHits(link.text);
    if (hits.length === 0 && (path.legal || isLegalText(link.text))) continue;

    const where = displayUrl(u, hash, relation);
    const target = section ? `the section ${where}` : where;
    const adjust = (score: number): number =>
      Math.round((section ? score * SECTION_FACTOR : score) - (relation === 'subdomain' ? SUBDOMAIN_PENALTY : 0));
    const quoted = `"${cutText(link.text.replace(/[\u200b-\u200d\u2060\ufeff]/gu, ''), 60)}"`;

    if (hits.length > 0) {
      // A link named for a role goes to that role; its path only confirms or casts doubt.
      const hitRoles = new Set(hits.map((h) => h.role));
      const pathOthers = [...path.roles]
        .filter(([role, p]) => !hitRoles.has(role) && p.level !== 'earlier')
        .map(([role]) => role);
      for (const hit of hits) {
        const p = path.roles.get(hit.role);
        let score = hit.score;
        let note = '';
        if (p) score += p.level === 'earlier' ? PATH_AGREES_EARLIER : PATH_AGREES_LAST;
        else if (pathOthers.length > 0) {
          score -= PATH_CONFLICT;
          note = ` (though its path suggests ${pathOthers.join('/')})`;
        }
        offer({
          role: hit.role,
          url: u.href,
          score: adjust(score),
          reason: `link text ${quoted} (${hit.lang}) to ${target}${note} on ${pageLabel}`,
        });
      }
      continue;
    }

    for (const [role, p] of path.roles) {
      // a word only in a parent folder (/help/article-12, /checkout/login) does not name the linked page
      if (p.level === 'earlier') continue;
      offer({
        role,
        url: u.href,
        score: adjust(pathOnlyScore(p.level, p.weight, path.depth)),
        reason: `link to ${target} on ${pageLabel}`,
      });
    }
  }
  // a stable sort keeps document order among equal scores (header and nav first)
  return new Map([...found].map(([role, byUrl]) => [role, [...byUrl.values()].sort((a, b) => b.score - a.score)]));
}

/**
 * Links of one page to pages that lead to the policies (a legal notice, "Customer service", "How to
 * buy"), on the site itself, in document order, at most `max`.
 */
export function hubLinks(links: PageLink[], siteOrigins: ReadonlySet<string>, max: number): string[] {
  const relationOf = siteRelation(siteOrigins);
  const out: string[] = [];
  for (const link of links) {
    if (out.length >= max) break;
    let u: URL;
    try {
      u = new URL(link.url);
    } catch {
      continue;
    }
    if (relationOf(u) !== 'same' || ASSET_EXTENSION.test(u.pathname) || isRootPath(u.pathname)) continue;
    const text = normalizeText(link.text);
    const segs = pathSegments(u.pathname);
    const named = HUB_TEXT.some((re) => re.test(text)) || HUB_PATH.test(segs[segs.length - 1] ?? '');
    u.hash = '';
    if (named && !out.includes(u.href)) out.push(u.href);
  }
  return out;
}

/* ---------------------------------------------------------- sectionRoles */


/** Below this much text of its own, a heading is a menu title or a teaser, not a policy. */
const MIN_SECTION_CHARS = 80;

export interface SectionCandidate {
  role: SectionRole;
  score: number;
  /** The sections of the page that are about the role, outermost only, in page order. */
  sections: PageSection[];
}

/**
 * Per role, the sections of one page whose headings name it ("Reklamacje", "7. Droit de rétractation",
 * "Domande frequenti"), with the score of the best heading. Menus (nav, footer) and headings with
 * almost no text of their own are left out.
 */
export function sectionRoles(sections: PageSection[]): Map<SectionRole, SectionCandidate> {
  const found = new Map<SectionRole, SectionCandidate>();
  for (const section of sections) {
    if (section.inChrome || section.contentChars < MIN_SECTION_CHARS) continue;
    for (const hit of textHits(section.heading)) {
      const role = SECTION_ROLES.find((r) => r === hit.role);
      if (!role) continue;
      const candidate = found.get(role) ?? { role, score: 0, sections: [] };
      found.set(role, candidate);
      candidate.score = Math.max(candidate.score, hit.score);
      const last = candidate.sections[candidate.sections.length - 1];
      if (!last || section.start >= last.end) candidate.sections.push(section);
    }
  }
  return found;
}

/* ----------------------------------------------------------- rolesFromUrls */

/** The directory part shared by all file: URLs, so a folder's own location never reads as a role. */
function commonDirectory(urls: URL[]): string {
  const dirs = urls.map((u) => u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1));
  if (dirs.length === 0) return '/';
  let prefix = dirs[0] ?? '/';
  for (const d of dirs) {
    while (!d.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  }
  return prefix || '/';
}

/** Roles from a list of URLs with no link text (sitemap entries, files of a folder): by path only. */
export function rolesFromUrls(urls: string[], reasonPrefix: string): Map<DiscoverableRole, RoleCandidate> {
  const parsed: URL[] = [];
  for (const s of urls) {
    try {
      const u = new URL(s);
      if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') parsed.push(u);
    } catch {
      // not a URL: skip
    }
  }
  const fileRoot = commonDirectory(parsed.filter((u) => u.protocol === 'file:'));
  const found = new Map<DiscoverableRole, RoleCandidate>();
  for (const u of parsed) {
    const pathname = u.protocol === 'file:' ? `/${u.pathname.slice(fileRoot.length)}` : u.pathname;
    if (ASSET_EXTENSION.test(pathname)) continue;
    if (isRootPath(pathname) && u.search === '') continue;
    const probe = new URL(u.href);
    probe.pathname = pathname;
    const segs = pathSegments(pathname);
    if (isProductUrl(probe, segs)) continue;
    const path = analysePath(probe, null);
    if (path.legal) continue;
    const shown = cutText(`${pathname}${u.search}`, 90);
    for (const [role, p] of path.roles) {
      const score = Math.round(pathOnlyScore(p.level, p.weight, path.depth));
      const prev = found.get(role);
      if (!prev || score > prev.score) found.set(role, { role, url: u.href, score, reason: `${reasonPrefix} ${shown}` });
    }
  }
  return found;
}
