import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Upper bound on the text handed to rule patterns, so no page can make matching slow. */
export const MAX_VISIBLE_TEXT = 500_000;

export const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'button', 'label',
]);

/** Cookie and consent banners: on every page, never the page's content. */
const CONSENT = /(?:^|[\s_-])(?:cookies?|consent|cookie-?(?:banner|notice|bar|law|consent)|onetrust|cookiebot|cybotcookiebot\w*|cc-(?:window|banner)|gdpr-?(?:banner|notice))(?:$|[\s_-])/iu;
/** "Skip to content" links for keyboard users. */
const SKIP_LINK = /(?:^|\s)(?:skip-link|skip-to-content|skiplink|visually-hidden-focusable)(?:$|\s)/iu;

/** Page furniture a shopper does not read as content: consent banners and skip links. */
function isFurniture(el: Element): boolean {
  if (el.name === 'body' || el.name === 'html' || el.name === 'main') return false;
  const marks = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`;
  if (CONSENT.test(marks) && !/(?:^|\s)(?:has-|with-)/u.test(marks)) return true;
  return el.name === 'a' && SKIP_LINK.test(el.attribs.class ?? '');
}

export function isHidden(el: Element): boolean {
  const attrs = el.attribs;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The text a shopper sees: scripts, styles, templates and hidden elements left out, block elements on
 * their own lines so that neighbouring cells never run together ("Mon–Fri" / "9–18"), spaces collapsed.
 * Walks with an explicit stack: a page nested 100,000 elements deep must not overflow the call stack.
 */
export function visibleText($: CheerioAPI): string {
  return shownOrHidden($, false);
}

/**
 * The page's own content: the visible text without the site's header, menus, announcement bars and footer, which
 * every page repeats ("Shipping" in the footer of an empty cart says nothing about the cart).
 */
export function contentText($: CheerioAPI): string {
  return shownOrHidden($, true);
}

function shownOrHidden($: CheerioAPI, skipChrome: boolean): string {
  const shown = collectText($, { skipHidden: true, skipChrome });
  // Some stores ship their whole page inside a container hidden until a script reveals it (jQuery Mobile
  // and some SPAs): when hiding leaves almost nothing, the hidden text is what the shopper will see.
  if (shown.length < MIN_SHOWN_TEXT) {
    const all = collectText($, { skipHidden: false, skipChrome });
    if (all.length > shown.length * 4) return all;
  }
  return shown;
}

const MIN_SHOWN_TEXT = 200;

// not <aside>: a cart's order summary is often one
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);

/** Announcement and promotion bars that every page repeats ("Free delivery over €50"). */
const ANNOUNCEMENT = /announcement|promo-?bar|notification-?bar/iu;

/** Site chrome: menus, the footer, announcement bars, and a header that is not an article's own. */
function isChrome(el: Element, inContent: boolean): boolean {
  if (el.name === 'nav' || el.name === 'footer') return true;
  if (el.name === 'header') return !inContent;
  const role = el.attribs.role;
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  return ANNOUNCEMENT.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`);
}

type Frame = AnyNode | '\n' | { content: AnyNode };

function collectText($: CheerioAPI, { skipHidden, skipChrome }: { skipHidden: boolean; skipChrome: boolean }): string {
  const root = $.root()[0];
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  // a node wrapped as { content } lies inside <main> or an <article>: its <header> is the article's title
  const stack: Frame[] = [root];
  while (stack.length > 0 && length < MAX_VISIBLE_TEXT) {
    const frame = stack.pop()!;
    if (frame === '\n') {
      parts.push('\n');
      continue;
    }
    const inContent = 'content' in frame;
    const node = inContent ? frame.content : frame;
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.type === 'tag') {
      const el = node as Element;
      if (SKIPPED_ELEMENTS.has(el.name) || (skipHidden && isHidden(el)) || el.name === 'input' || isFurniture(el)) continue;
      if (skipChrome && isChrome(el, inContent)) continue;
      const block = BLOCK.has(el.name);
      if (block) {
        parts.push('\n');
        stack.push('\n');
      }
      pushChildren(stack, el.children, skipChrome && (inContent || el.name === 'main' || el.name === 'article'));
      continue;
    }
    if (node.type === 'root') pushChildren(stack, (node as { children: AnyNode[] }).children, false);
  }
  return parts
    .join('')
    .slice(0, MAX_VISIBLE_TEXT)
    .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

function pushChildren(stack: Frame[], children: AnyNode[], inContent: boolean): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(inContent ? { content: children[i]! } : children[i]!);
}
