/** Whether a page read for a role can serve as it, as a shopper would judge it; whether a home page is a script shell. */
import type { Page, Snapshot, UnreadKind } from '../snapshot.js';
import { jsonLdItemsOf, parsePage, visibleTextOf } from '../view/page-data.js';

export interface Unread {
  /** 'wrong-kind': a product or an article, not a policy page: the next candidate is tried. */
  kind: UnreadKind | 'wrong-kind';
  error: string;
}

const ARTICLE_TYPES = new Set(['BlogPosting', 'NewsArticle']);

/**
 * A product or a blog post: by its Open Graph type "product", or a blog or news post in its structured
 * data (og:type "article" and a plain schema.org Article say nothing: WordPress and static-site
 * generators give them to every page).
 */
function isProductOrArticle(page: Page): boolean {
  const ogType = parsePage(page)('meta[property="og:type"]').attr('content')?.trim().toLowerCase() ?? '';
  if (ogType.startsWith('product')) return true;
  return jsonLdItemsOf(page).some((item) => item.types.some((t) => ARTICLE_TYPES.has(t)));
}

/** Why a page read for a role cannot serve as it, or undefined when it can. */
export function whyUnusable(page: Page, kind: Snapshot['kind']): Unread | undefined {
  if (page.status === 'skipped') return { kind: 'not-read', error: page.error ?? 'not read' };
  if (page.status === 'failed') {
    if (page.httpStatus === 404 || page.httpStatus === 410) return { kind: 'broken', error: `HTTP ${page.httpStatus}` };
    // a saved copy without the page says nothing about the live store
    if (kind !== 'url') return { kind: 'not-read', error: page.error ?? 'not in the audited folder' };
    return { kind: 'unreachable', error: page.error ?? 'could not be read' };
  }
  if (isProductOrArticle(page)) return { kind: 'wrong-kind', error: 'a product or article page' };
  // not a word to read: a script shell or a blank stub is empty to a shopper
  if (!/\p{L}/u.test(visibleTextOf(page))) return { kind: 'broken', error: 'the page is empty' };
  return undefined;
}

/** Below this much text, a home page that mounts an app has not been drawn yet. */
const SHELL_MAX_TEXT = 300;
const APP_ROOT = '#__next, #__nuxt, #app, #root, #___gatsby, [data-reactroot], [ng-app], [ng-version], app-root';

/**
 * Why a page as served is a shell the browser has yet to draw (almost no text, and an app root or a pile of
 * scripts), or undefined when it reads as a page.
 */
export function shellSign(page: Page): string | undefined {
  const text = visibleTextOf(page);
  if (text.length >= SHELL_MAX_TEXT) return undefined;
  const $ = parsePage(page);
  const root = $(APP_ROOT).first();
  const scripts = $('script[src]').length;
  if (!root.length && scripts < 3) return undefined;
  const why = root.length ? `an empty app root (${root.is('[id]') ? `#${root.attr('id')}` : (root.prop('tagName') as string).toLowerCase()})` : `${scripts} scripts`;
  return `almost no text (${text.length} characters) and ${why}`;
}

/** A home page drawn by script in the browser, read as served: the verdicts on it are unreliable. */
export function scriptShell(home: Page): string | undefined {
  const sign = shellSign(home);
  if (!sign) return undefined;
  if (home.rendered && !home.rendered.error) return `the home page, even drawn in the browser, has ${sign}: these verdicts are unreliable`;
  return `the home page has ${sign}: the store is built by script in the browser, and careaudit reads pages as they are served, so these verdicts are unreliable (audit it with --render)`;
}
