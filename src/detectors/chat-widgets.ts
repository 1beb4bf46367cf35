/**
 * Live-chat widgets, recognised the way they are installed: a script loaded from the vendor's host, an
 * inline loader snippet, or the widget's own elements (saved pages keep what the loader injected).
 * A link to WhatsApp or Snapchat, the word "chat" or a chat icon is not a widget: only vendors' own
 * hosts, loader calls and element ids/classes count.
 */
import type { CheerioAPI } from 'cheerio';
import { is } from 'css-select';
import { compileSelector, selectAllIn, type CompiledSelector } from '../page/select.js';
import { collapseWhitespace, cutText } from '../text.js';
import { CHAT_VENDORS, type ChatVendor } from './chat-vendors.js';

/** Script URLs longer than this are cut before matching: no vendor needs more. */
const MAX_SRC = 2000;

export interface ChatWidgetMatch {
  vendor: string;
  vendorId: string;
  how: 'script src' | 'inline loader' | 'element';
  /** The script URL, the loader code around the match, or the element's selector. */
  detail: string;
}

/** Inline scripts are capped by the page layer; this bounds the loader context shown in evidence. */
const MAX_DETAIL = 120;

function hostMatches(spec: ChatVendor['hosts'][number], url: URL): boolean {
  const h = typeof spec === 'string' ? spec : spec.host;
  const hostname = url.hostname.toLowerCase();
  const ok = h.endsWith('.') ? hostname.includes(h) || hostname.startsWith(h) : hostname === h || hostname.endsWith(`.${h}`);
  return ok && (typeof spec === 'string' || spec.path.test(url.pathname + url.search));
}

/** The URL a mirrored script stands for, when a folder of its path is named like a host ("cdn.example.com"). */
function mirroredUrl(url: URL): URL | undefined {
  const segments = url.pathname.split('/');
  const at = segments.findIndex((s) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}$/iu.test(s) && !/\.(?:js|css|html?|json)$/iu.test(s));
  if (at < 0) return undefined;
  return parseUrl(`https://${segments.slice(at).join('/')}${url.search}`);
}

function parseUrl(src: string): URL | undefined {
  try {
    return new URL(src.trim(), 'https://page.invalid/');
  } catch {
    return undefined; // a broken src is no widget
  }
}

function around(code: string, index: number, length: number): string {
  return cutText(collapseWhitespace(code.slice(Math.max(0, index - 30), index + length + 60)), MAX_DETAIL);
}

export interface ScriptLike {
  src?: string;
  inline?: string;
}

// Selectors are compiled once per vendor (and per set of vendors), not on every page.
const combinedQueries = new Map<string, CompiledSelector | undefined>();
const perVendorQueries = new Map<string, CompiledSelector[]>();

const hintQueries = new Map<string, RegExp | undefined>();

/** One case-insensitive pattern for every hint word of these vendors. */
function hintsOf(vendors: readonly ChatVendor[]): RegExp | undefined {
  const key = vendors.map((v) => v.id).join(',');
  if (!hintQueries.has(key)) {
    const hints = [...new Set(vendors.flatMap((v) => v.hints))];
    hintQueries.set(key, hints.length ? new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi') : undefined);
  }
  return hintQueries.get(key);
}

/** Words of the vendors' selectors that are not generic markup: a page without any has none of the widgets. */
const GENERIC_SELECTOR_WORDS = new Set(['iframe', 'title', 'messaging', 'chat', 'widget', 'data-product', 'src']);
const elementWordQueries = new Map<string, RegExp | undefined>();

function elementWords(vendors: readonly ChatVendor[]): RegExp | undefined {
  const key = vendors.map((v) => v.id).join(',');
  if (!elementWordQueries.has(key)) {
    const words = new Set(
      vendors
        .flatMap((v) => v.elements.flatMap((sel) => sel.match(/[A-Za-z][\w-]{2,}/g) ?? []))
        .map((w) => w.toLowerCase())
        .filter((w) => !GENERIC_SELECTOR_WORDS.has(w)),
    );
    elementWordQueries.set(key, words.size ? new RegExp([...words].map((w) => w.replace(/[-]/g, '\\-')).join('|'), 'i') : undefined);
  }
  return elementWordQueries.get(key);
}

function elementQuery(vendors: readonly ChatVendor[]): CompiledSelector | undefined {
  const key = vendors.map((v) => v.id).join(',');
  if (!combinedQueries.has(key)) {
    const selectors = vendors.flatMap((v) => v.elements);
    combinedQueries.set(key, selectors.length ? compileSelector(selectors.join(', ')) : undefined);
  }
  return combinedQueries.get(key);
}

function vendorQueries(vendor: ChatVendor): CompiledSelector[] {
  let queries = perVendorQueries.get(vendor.id);
  if (!queries) {
    queries = vendor.elements.map(compileSelector);
    perVendorQueries.set(vendor.id, queries);
  }
  return queries;
}

/**
 * Chat widgets on a page, at most one finding per vendor and way of finding it, script hosts first.
 * `vendors` restricts the search to those vendor ids.
 */
export function detectChatWidgets($: CheerioAPI, scripts: ScriptLike[], vendors?: string[], html?: string): ChatWidgetMatch[] {
  const wanted = vendors ? CHAT_VENDORS.filter((v) => vendors.includes(v.id)) : CHAT_VENDORS;
  const out: ChatWidgetMatch[] = [];
  const seen = new Set<string>();
  const add = (v: ChatVendor, how: ChatWidgetMatch['how'], detail: string) => {
    const key = `${v.id} ${how}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ vendor: v.name, vendorId: v.id, how, detail });
  };

  // script elements and iframes (widgets' frames are loaded from the same hosts)
  const srcs = [
    ...scripts.map((s) => s.src).filter((s): s is string => s !== undefined),
    ...$('iframe[src]')
      .toArray()
      .map((el) => el.attribs.src ?? ''),
  ];
  for (const src of srcs) {
    const path = src.trim().slice(0, MAX_SRC);
    for (const v of wanted) if (v.paths?.some((re) => re.test(path))) add(v, 'script src', path);
    const url = parseUrl(src);
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    for (const v of wanted) if (v.hosts.some((h) => hostMatches(h, url))) add(v, 'script src', src.trim());
    // a saved mirror keeps the vendor's host as a folder: "../code.tidio.co/abc.js"
    const mirrored = mirroredUrl(url);
    if (mirrored) for (const v of wanted) if (v.hosts.some((h) => hostMatches(h, mirrored))) add(v, 'script src', path);
  }

  const hintQuery = hintsOf(wanted);
  for (const script of scripts) {
    const code = script.inline;
    if (!code || !hintQuery) continue;
    // pages carry megabytes of inline code: one pass for every vendor's hint words keeps ~100 patterns off most of it
    const present = new Set<string>();
    hintQuery.lastIndex = 0;
    for (let m = hintQuery.exec(code); m; m = hintQuery.exec(code)) present.add(m[0].toLowerCase());
    if (present.size === 0) continue;
    for (const v of wanted) {
      if (!v.hints.some((h) => present.has(h))) continue;
      for (const re of v.inline) {
        const m = re.exec(code);
        if (m) {
          add(v, 'inline loader', around(code, m.index, m[0].length));
          break;
        }
      }
    }
  }

  // matching every element against every vendor's selectors is the costly part: skip it when the page's
  // source names none of the ids and classes those selectors look for
  const words = elementWords(wanted);
  const query = !html || (words && words.test(html)) ? elementQuery(wanted) : undefined;
  const hits = query ? selectAllIn($, query) : [];
  if (hits.length > 0) {
    for (const v of wanted) {
      const own = vendorQueries(v);
      const selector = own.find((q) => hits.some((el) => is(el, q.query)));
      if (selector) add(v, 'element', selector.source);
    }
  }
  return out;
}
