/** Which URLs belong to the site being audited: its own hosts, its subdomains, and what a saved page claims as its own. */
import type { CheerioAPI } from 'cheerio';

/** Hosts compared without "www." and without scheme: saved pages mix http/https and www/bare links. */
function hostKey(u: URL): string {
  return u.host.toLowerCase().replace(/^www\d*\./u, '');
}

export type Relation = 'same' | 'subdomain';

export function siteRelation(siteOrigins: ReadonlySet<string>): (u: URL) => Relation | null {
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
