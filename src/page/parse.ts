import { load, type CheerioAPI } from 'cheerio/slim';
import { DomHandler, hasChildren, type ChildNode, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * htmlparser2 rather than parse5: several times faster on real store pages. Its error recovery is less
 * exact than a browser's, which does not matter for text, links and selectors.
 */
export const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

export function parseHtml(html: string): CheerioAPI {
  const handler = new BoundedHandler();
  new Parser(handler, PARSE_OPTIONS.xml).end(html);
  capDepth(handler.root);
  return load(handler.root, PARSE_OPTIONS);
}

/**
 * htmlparser2's own record of open elements, innermost first: the names a closing tag is matched against,
 * and whether each level is foreign content (SVG, MathML). Private fields of its Parser (10.x): the
 * hostile-page tests fail if a new version renames them.
 */
interface OpenElements {
  stack: string[];
  foreignContext: boolean[];
}

/**
 * How many open elements htmlparser2 remembers: as deep as a browser nests. Its lists grow at the front
 * (`unshift`), which copies the whole list: 100,000 unclosed elements made parsing quadratic (9.5 MB of
 * nested tables never finished). Past this depth the outermost are forgotten: their closing tags are then
 * ignored, as stray ones are, while the tree keeps its shape (capDepth flattens it afterwards).
 */
const MAX_OPEN_ELEMENTS = 512;

/** DomHandler with two browser behaviours htmlparser2 lacks, both of which keep its open-element list short. */
class BoundedHandler extends DomHandler {
  #open: OpenElements = { stack: [], foreignContext: [] };

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.#open = parser as unknown as OpenElements;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const { stack, foreignContext } = this.#open;
    // An <a> closes the link still open (the adoption agency of the HTML standard): 200,000 unclosed
    // links are 200,000 sibling links, as in a browser, not one link nested 200,000 deep. SVG's own <a>
    // (foreign content) does not.
    if (name === 'a' && !foreignContext[0]) {
      const previous = stack.indexOf('a', 1);
      if (previous > 0) {
        for (let i = 1; i <= previous; i++) super.onclosetag();
        stack.splice(1, previous);
      }
    }
    super.onopentag(name, attribs);
    if (stack.length > MAX_OPEN_ELEMENTS) stack.length = MAX_OPEN_ELEMENTS;
    if (foreignContext.length > MAX_OPEN_ELEMENTS) foreignContext.length = MAX_OPEN_ELEMENTS;
  }
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
