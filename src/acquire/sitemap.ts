/** Sitemaps: the page and sitemap URLs they list. */

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
