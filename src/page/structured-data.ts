import type { CheerioAPI } from 'cheerio';
import { hasChildren, type AnyNode, type Element } from 'domhandler';
import { textContent } from 'domutils';
import { collapseWhitespace, cutText } from '../text.js';

/** One schema.org item from JSON-LD or microdata, whatever its nesting on the page. */
export interface StructuredItem {
  types: string[];
  properties: Record<string, unknown>;
  source: 'json-ld' | 'microdata';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** 'https://schema.org/ContactPoint' and 'schema:ContactPoint' both mean 'ContactPoint'. */
export function shortType(type: string): string {
  return type.replace(/^.*[/#:]/, '');
}

function typesOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : [value];
  return raw.filter((t): t is string => typeof t === 'string').map(shortType);
}

/** Every object with an @type anywhere in the JSON-LD blocks (arrays, @graph, nested values). */
export function jsonLdItems($: CheerioAPI): StructuredItem[] {
  const items: StructuredItem[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    let data: Json;
    try {
      data = JSON.parse($(el).text().trim()) as Json;
    } catch {
      return; // broken JSON-LD is common on real stores; the rest of the page still counts
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        stack.push(...value);
      } else if (isObject(value)) {
        if (value['@type'] !== undefined) {
          items.push({ types: typesOf(value['@type']), properties: value, source: 'json-ld' });
        }
        for (const [key, child] of Object.entries(value)) {
          if (key !== '@context') stack.push(child);
        }
      }
    }
  });
  return items;
}

const MAX_MICRODATA_TEXT = 500;

function microdataValue(el: Element): string {
  for (const attr of ['content', 'href', 'src', 'datetime', 'value']) {
    const v = el.attribs[attr];
    if (v !== undefined) return v.trim();
  }
  return cutText(collapseWhitespace(textContent(el).slice(0, MAX_MICRODATA_TEXT * 4)), MAX_MICRODATA_TEXT, '');
}

/**
 * schema.org microdata: every [itemscope][itemtype], with the itemprops that belong to it (a property
 * belongs to its nearest enclosing scope). One walk of the tree with a stack of open scopes: looking up
 * each property's scope separately would take time growing with the square of a page's nesting.
 */
export function microdataItems($: CheerioAPI): StructuredItem[] {
  const items: StructuredItem[] = [];
  const root = $.root()[0];
  if (!root) return items;
  const stack: [AnyNode, StructuredItem | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [node, scope] = stack.pop()!;
    let inner = scope;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const itemprop = el.attribs.itemprop;
      const isScope = el.attribs.itemscope !== undefined;
      if (itemprop !== undefined && scope) {
        const value = isScope ? { '@type': typesOf((el.attribs.itemtype ?? '').split(/\s+/)) } : microdataValue(el);
        for (const name of itemprop.split(/\s+/).filter(Boolean)) {
          const previous = scope.properties[name];
          scope.properties[name] = previous === undefined ? value : ([] as unknown[]).concat(previous, value);
        }
      }
      if (isScope) {
        inner = el.attribs.itemtype !== undefined ? { types: typesOf(el.attribs.itemtype.split(/\s+/)), properties: {}, source: 'microdata' } : undefined;
        if (inner) items.push(inner);
      }
    }
    if (hasChildren(node)) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, inner]);
    }
  }
  return items;
}

/** Values at a dotted property path ('hoursAvailable.opens'), flattening arrays on the way. */
export function valuesAt(item: StructuredItem, path: string): unknown[] {
  let current: unknown[] = [item.properties];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (isObject(v) && v[key] !== undefined) next.push(...(Array.isArray(v[key]) ? (v[key] as unknown[]) : [v[key]]));
      }
    }
    current = next;
  }
  return current;
}
