import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

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

function microdataValue($: CheerioAPI, el: Element): string {
  const $el = $(el);
  for (const attr of ['content', 'href', 'src', 'datetime', 'value']) {
    const v = $el.attr(attr);
    if (v !== undefined) return v.trim();
  }
  return $el.text().replace(/\s+/g, ' ').trim();
}

/** schema.org microdata: every [itemscope][itemtype], with the itemprops that belong to it. */
export function microdataItems($: CheerioAPI): StructuredItem[] {
  const items: StructuredItem[] = [];
  $('[itemscope][itemtype]').each((_, scope) => {
    const properties: Record<string, unknown> = {};
    $(scope)
      .find('[itemprop]')
      .each((__, propEl) => {
        // a property belongs to the nearest enclosing scope only
        if ($(propEl).parent().closest('[itemscope]')[0] !== scope) return;
        const value = propEl.attribs.itemscope !== undefined ? { '@type': typesOf(propEl.attribs.itemtype ?? '') } : microdataValue($, propEl);
        for (const name of (propEl.attribs.itemprop ?? '').split(/\s+/).filter(Boolean)) {
          const previous = properties[name];
          properties[name] = previous === undefined ? value : ([] as unknown[]).concat(previous, value);
        }
      });
    items.push({ types: typesOf((scope as Element).attribs.itemtype?.split(/\s+/) ?? []), properties, source: 'microdata' });
  });
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
