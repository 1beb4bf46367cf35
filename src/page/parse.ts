import { load, type CheerioAPI } from 'cheerio/slim';
import { hasChildren, type ChildNode, type ParentNode } from 'domhandler';
import type { Page } from '../snapshot.js';

// Acquisition (for discovery) and evaluation (for rules) both need a page's DOM: parse once, share.
const parsed = new WeakMap<Page, CheerioAPI>();

/**
 * htmlparser2 rather than parse5: several times faster on real store pages, and linear-ish on pages nested
 * 100,000 elements deep, where parse5's scope checks go quadratic. Its error recovery is less exact than a
 * browser's, which does not matter for text, links and selectors.
 */
export const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

export function parseHtml(html: string): CheerioAPI {
  const $ = load(html, PARSE_OPTIONS);
  const root = $.root()[0];
  if (root) capDepth(root);
  return $;
}

/** Browsers stop nesting at 512 levels (Blink's parser limit); deeper elements become siblings there. */
export const MAX_DOM_DEPTH = 512;

/**
 * Selector engines walk ancestors, so a page nested 100,000 deep makes every query quadratic. Like a
 * browser, flatten everything below MAX_DOM_DEPTH into one level, keeping document order and all text.
 */
function capDepth(root: ParentNode): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth === MAX_DOM_DEPTH) {
      flattenInto(node);
      continue;
    }
    for (const child of node.children) if (hasChildren(child)) stack.push([child, depth + 1]);
  }
}

/** True when the subtree under node is at most `limit` levels deep (stops looking as soon as it is not). */
function isShallow(node: ParentNode, limit: number): boolean {
  const stack: [ParentNode, number][] = [[node, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    if (depth > limit) return false;
    for (const child of n.children) if (hasChildren(child)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Small subtrees (a link with its text, a list item) stay whole; the deep chains around them are flattened. */
const KEPT_SUBTREE_DEPTH = 8;

function flattenInto(parent: ParentNode): void {
  const flat: ChildNode[] = [];
  const pending: ChildNode[] = [...parent.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    flat.push(node);
    if (hasChildren(node) && !isShallow(node, KEPT_SUBTREE_DEPTH)) {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
      node.children = [];
    }
  }
  flat.forEach((node, i) => {
    node.parent = parent;
    node.prev = flat[i - 1] ?? null;
    node.next = flat[i + 1] ?? null;
  });
  parent.children = flat;
}

export function parsePage(page: Page): CheerioAPI {
  let $ = parsed.get(page);
  if (!$) {
    $ = parseHtml(page.html);
    parsed.set(page, $);
  }
  return $;
}
