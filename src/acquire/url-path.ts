/** What a URL's path says about the page it leads to: the role its words name, and whether it is a product, a post or the home page. */
import type { DiscoverableRole } from '../snapshot.js';
import { fold, NOT_A_ROLE_PATH, PATH_LEXICON, PRODUCT_QUERY_KEY, PRODUCT_SEGMENT, ROUTING_QUERY_KEY } from './role-lexicon.js';

/** Scores of a role named by the path alone (a link with no telling text, a sitemap entry, a file). */
const PATH_WHOLE_SEGMENT = 55;
const PATH_IN_LAST_SEGMENT = 45;
const PATH_IN_EARLIER_SEGMENT = 30;
/** Deeper URLs score a little lower, so /contact beats /blog/2019/how-to-contact-us in a sitemap. */
const MAX_DEPTH_PENALTY = 5;

const PAGE_EXTENSION = /\.(?:html?|shtml|php\d?|aspx?|jsp|cfm|action|do)$/iu;
const INDEX_SEGMENT = /^(?:index|default|home)\.(?:html?|php\d?|aspx?|jsp|cfm)$/iu;
/** The site root or a language root (/, /pl/, /en-gb/index.html): the home page, not a role page. */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/iu;

export function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Folded path segments, without a trailing index file, each with non-alphanumerics turned into '-'. */
export function pathSegments(pathname: string): string[] {
  const raw = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (raw.length > 0 && INDEX_SEGMENT.test(raw[raw.length - 1] ?? '')) raw.pop();
  return raw.map((s) =>
    fold(s.replace(PAGE_EXTENSION, ''))
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, ''),
  ).filter(Boolean);
}

export function isRootPath(pathname: string): boolean {
  const segs = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (segs.length > 0 && INDEX_SEGMENT.test(segs[segs.length - 1] ?? '')) segs.pop();
  return segs.length === 0 || (segs.length === 1 && LOCALE_SEGMENT.test(segs[0] ?? ''));
}

/** Blog posts and news: a post titled "Checkout improvements" is not the checkout. */
const ARTICLE_SEGMENT = /^(?:blogs?|news|nieuws|aktualnosci|actualites|actualite|novinky|noticias|notizie|neuigkeiten|articles?|posts?|stories|magazine|journal|novosti|naujienos)$/u;

/** Product and category pages, cart actions ("?add-to-cart=", "/cart/add"), blog posts: never role pages. */
export function isProductUrl(u: URL, segs: string[]): boolean {
  if (segs.some((s) => PRODUCT_SEGMENT.test(s) || s.startsWith('product-info'))) return true;
  if (segs.slice(0, -1).some((s) => ARTICLE_SEGMENT.test(s))) return true;
  for (const key of u.searchParams.keys()) if (PRODUCT_QUERY_KEY.test(key)) return true;
  const i = segs.findIndex((s) => s === 'cart');
  return i >= 0 && /^(?:add|change|update|clear)(?:-js)?$/u.test(segs[i + 1] ?? '');
}

export type PathLevel = 'whole' | 'last' | 'earlier';

export interface PathInfo {
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
export function analysePath(u: URL, fragment: string | null): PathInfo {
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

export function pathOnlyScore(level: PathLevel, weight: number, depth: number): number {
  const base = level === 'whole' ? PATH_WHOLE_SEGMENT : level === 'last' ? PATH_IN_LAST_SEGMENT : PATH_IN_EARLIER_SEGMENT;
  return base * weight - Math.min(MAX_DEPTH_PENALTY, Math.max(0, depth - 1));
}
