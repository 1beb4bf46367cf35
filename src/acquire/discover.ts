/**
 * Finding a store's role pages (contact, FAQ, returns, …) from the links of one page, from sitemap
 * entries or from the files of a folder, using the words in role-lexicon.ts.
 */
import type { CheerioAPI } from 'cheerio';
import type { PageLink } from '../page/links.js';
import type { PageSection } from '../page/sections.js';
import { SECTION_ROLES, type DiscoverableRole, type SectionRole } from '../snapshot.js';
import { cutText } from '../text.js';
import {
  ASSET_EXTENSION,
  HUB_PATH,
  HUB_TEXT,
  NOT_A_ROLE_PATH,
  NOT_A_ROLE_TEXT,
  PATH_LEXICON,
  PRODUCT_QUERY_KEY,
  PRODUCT_SEGMENT,
  ROUTING_QUERY_KEY,
  TEXT_LEXICON,
  fold,
  normalizeText,
} from './role-lexicon.js';

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
const PATH_WHOLE_SEGMENT = 55;
const PATH_IN_LAST_SEGMENT = 45;
const PATH_IN_EARLIER_SEGMENT = 30;
/** Deeper URLs score a little lower, so /contact beats /blog/2019/how-to-contact-us in a sitemap. */
const MAX_DEPTH_PENALTY = 5;
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
  }
  const hits = [...best.values()];
  // "Seguimiento de envío" is order tracking, not shipping: a phrase inside another role's phrase is part of it.
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

const isLegalText = (text: string): boolean => {
  const norm = normalizeText(text);
  return norm !== '' && NOT_A_ROLE_TEXT.some((re) => re.test(norm));
};

/* ------------------------------------------------------------------ URLs */

const PAGE_EXTENSION = /\.(?:html?|shtml|php\d?|aspx?|jsp|cfm|action|do)$/iu;
const INDEX_SEGMENT = /^(?:index|default|home)\.(?:html?|php\d?|aspx?|jsp|cfm)$/iu;
/** The site root or a language root (/, /pl/, /en-gb/index.html): the home page, not a role page. */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/iu;

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Folded path segments, without a trailing index file, each with non-alphanumerics turned into '-'. */
function pathSegments(pathname: string): string[] {
  const raw = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (raw.length > 0 && INDEX_SEGMENT.test(raw[raw.length - 1] ?? '')) raw.pop();
  return raw.map((s) =>
    fold(s.replace(PAGE_EXTENSION, ''))
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, ''),
  ).filter(Boolean);
}

function isRootPath(pathname: string): boolean {
  const segs = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (segs.length > 0 && INDEX_SEGMENT.test(segs[segs.length - 1] ?? '')) segs.pop();
  return segs.length === 0 || (segs.length === 1 && LOCALE_SEGMENT.test(segs[0] ?? ''));
}

/** Blog posts and news: a post titled "Checkout improvements" is not the checkout. */
const ARTICLE_SEGMENT = /^(?:blogs?|news|nieuws|aktualnosci|actualites|actualite|novinky|noticias|notizie|neuigkeiten|articles?|posts?|stories|magazine|journal|novosti|naujienos)$/u;

/** Product and category pages, cart actions ("?add-to-cart=", "/cart/add"), blog posts: never role pages. */
function isProductUrl(u: URL, segs: string[]): boolean {
  if (segs.some((s) => PRODUCT_SEGMENT.test(s) || s.startsWith('product-info'))) return true;
  if (segs.slice(0, -1).some((s) => ARTICLE_SEGMENT.test(s))) return true;
  for (const key of u.searchParams.keys()) if (PRODUCT_QUERY_KEY.test(key)) return true;
  const i = segs.findIndex((s) => s === 'cart');
  return i >= 0 && /^(?:add|change|update|clear)(?:-js)?$/u.test(segs[i + 1] ?? '');
}

type PathLevel = 'whole' | 'last' | 'earlier';

interface PathInfo {
  /** Per role, the best place its word was found: the whole last segment, inside it, or an earlier one. */
  roles: Map<DiscoverableRole, { level: PathLevel; weight: number }>;
  /** The last segment names a legal page (impressum, agb, privacy…). */
  legal: boolean;
  depth: number;
}

const LEVEL_RANK: Record<PathLevel, number> = { whole: 3, last: 2, earlier: 1 };

/**
 * What the URL's path says. Values of routing query keys (?controller=contact, ?route=checkout/cart)
 * count as last segments; so does the fragment of a link to a section of the page.
 */
function analysePath(u: URL, fragment: string | null): PathInfo {
  const segs = pathSegments(u.pathname);
  const lastGroup: string[] = [];
  const earlier = segs.slice(0, -1);
  const lastSeg = segs[segs.length - 1];
  if (lastSeg !== undefined) lastGroup.push(lastSeg);
  for (const [key, value] of u.searchParams) {
    if (ROUTING_QUERY_KEY.test(key) && value.length <= 60) lastGroup.push(...pathSegments(`/${value}`));
  }
  if (fragment) lastGroup.push(...pathSegments(`/${fragment}`));

  const roles = new Map<DiscoverableRole, { level: PathLevel; weight: number }>();
  const note = (role: DiscoverableRole, level: PathLevel, weight: number): void => {
    const prev = roles.get(role);
    if (!prev || LEVEL_RANK[level] * weight > LEVEL_RANK[prev.level] * prev.weight) roles.set(role, { level, weight });
  };
  for (const entry of PATH_LEXICON) {
    for (const seg of lastGroup) {
      const m = entry.re.exec(seg);
      const whole = m !== null && m[0].length === seg.length;
      if (m && (whole || !entry.wholeSegmentOnly)) note(entry.role, whole ? 'whole' : 'last', entry.weight);
    }
    if (entry.wholeSegmentOnly) continue;
    for (const seg of earlier) if (entry.re.test(seg)) note(entry.role, 'earlier', entry.weight);
  }
  return { roles, legal: lastGroup.some((s) => NOT_A_ROLE_PATH.test(s)), depth: segs.length };
}

function pathOnlyScore(level: PathLevel, weight: number, depth: number): number {
  const base = level === 'whole' ? PATH_WHOLE_SEGMENT : level === 'last' ? PATH_IN_LAST_SEGMENT : PATH_IN_EARLIER_SEGMENT;
  return base * weight - Math.min(MAX_DEPTH_PENALTY, Math.max(0, depth - 1));
}

/** Hosts compared without "www." and without scheme: saved pages mix http/https and www/bare links. */
function hostKey(u: URL): string {
  return u.host.toLowerCase().replace(/^www\d*\./u, '');
}

type Relation = 'same' | 'subdomain';

function siteRelation(siteOrigins: ReadonlySet<string>): (u: URL) => Relation | null {
  const hosts = new Set<string>();
  let files = false;
  for (const origin of siteOrigins) {
    // file: URLs have the opaque origin "null"
    if (origin === 'null' || origin.startsWith('file:')) {
      files = true;
      continue;
    }
    try {
      const u = new URL(origin);
      if (u.protocol === 'http:' || u.protocol === 'https:') hosts.add(hostKey(u));
    } catch {
      // not an origin: ignore
    }
  }
  return (u) => {
    if (u.protocol === 'file:') return files ? 'same' : null;
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const key = hostKey(u);
    if (hosts.has(key)) return 'same';
    for (const h of hosts) if (key.endsWith(`.${h}`)) return 'subdomain';
    return null;
  };
}

/** Whether a URL is on one of the site's own hosts (scheme and "www." aside), as links are compared. */
export function isSiteUrl(u: URL, siteOrigins: ReadonlySet<string>): boolean {
  return siteRelation(siteOrigins)(u) === 'same';
}

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

/* ------------------------------------------------------------- ownOrigins */

/** The origins a saved page claims as its own: from <base href>, link[rel=canonical], meta[property="og:url"]. Only http(s). */
export function ownOrigins($: CheerioAPI, pageUrl: string): Set<string> {
  const out = new Set<string>();
  const add = (value: string | undefined): void => {
    if (!value?.trim()) return;
    try {
      const u = new URL(value.trim(), pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(u.origin);
    } catch {
      // an unparsable claim is no claim
    }
  };
  add($('base[href]').first().attr('href'));
  $('link[rel][href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/u);
    if (rel.includes('canonical')) add($(el).attr('href'));
  });
  $('meta[content]').each((_, el) => {
    const key = ($(el).attr('property') ?? $(el).attr('name') ?? '').trim().toLowerCase();
    if (key === 'og:url') add($(el).attr('content'));
  });
  return out;
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

/* ------------------------------------------------------------ parseSitemap */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return XML_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

/**
 * <urlset><url><loc> and <sitemapindex><sitemap><loc>. A tolerant scan rather than an XML parser:
 * real sitemaps come with prefixes (<sm:url>), CDATA, stray whitespace, BOMs and truncation. Only a
 * <loc> in the parent's own namespace prefix counts, so <image:loc> inside <url> is not a page.
 * Relative or non-http(s) locations are dropped. Each list is capped at maxUrls.
 */
export function parseSitemap(xml: string, maxUrls = 50_000): { urls: string[]; sitemaps: string[] } {
  const urls: string[] = [];
  const sitemaps: string[] = [];
  const seen = new Set<string>();
  if (typeof xml !== 'string') return { urls, sitemaps };
  const tag = /<(\/?)(?:([\w.-]+):)?(url|sitemap|loc)\b[^>]*?(\/?)>/giu;
  let parent: { kind: 'url' | 'sitemap'; prefix: string; taken: boolean } | null = null;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    const closing = m[1] === '/';
    const prefix = (m[2] ?? '').toLowerCase();
    const name = (m[3] ?? '').toLowerCase();
    const selfClosing = m[4] === '/';
    if (name === 'url' || name === 'sitemap') {
      if (closing) {
        if (parent?.kind === name) parent = null;
      } else if (!selfClosing) parent = { kind: name, prefix, taken: false };
      continue;
    }
    if (closing || selfClosing || !parent || parent.taken || prefix !== parent.prefix) continue;
    const close = new RegExp(`</${prefix ? `${prefix.replace(/\./gu, '\\.')}:` : ''}loc\\s*>`, 'iu');
    const rest = xml.slice(tag.lastIndex);
    const end = rest.search(close);
    if (end < 0) break;
    tag.lastIndex += end;
    parent.taken = true;
    const loc = decodeXmlText(rest.slice(0, end));
    let href: string;
    try {
      const u = new URL(loc);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      href = u.href;
    } catch {
      continue;
    }
    const list = parent.kind === 'url' ? urls : sitemaps;
    const key = `${parent.kind} ${href}`;
    if (list.length >= maxUrls || seen.has(key)) continue;
    seen.add(key);
    list.push(href);
    if (urls.length >= maxUrls && sitemaps.length >= maxUrls) break;
  }
  return { urls, sitemaps };
}
