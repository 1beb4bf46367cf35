import { createRequire } from 'node:module';

/** What robots.txt lets careaudit fetch on one origin. */
export interface RobotsPolicy {
  /** True when the URL may be fetched. URLs on another origin are not covered by this file and are allowed. */
  isAllowed(url: string): boolean;
  /** Absolute http(s) sitemap URLs listed in the file, deduplicated, in file order. */
  sitemaps: string[];
  /** Crawl-delay for our group (or `*`), in seconds, when one is given. */
  crawlDelaySeconds?: number;
}

interface RobotsParserResult {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
type RobotsParserFn = (url: string, contents: string) => RobotsParserResult;

// robots-parser is CommonJS whose typings declare an ES default export; under NodeNext that default
// would be typed as the whole module. Loading it with require() is correct for both tsc and Node.
const robotsParser = createRequire(import.meta.url)('robots-parser') as RobotsParserFn;

/** Google and RFC 9309 both read at least the first 500 KiB; we parse the first 512 KB and ignore the rest. */
export const MAX_ROBOTS_BYTES = 512 * 1024;

/** The product token robots.txt groups are matched against, e.g. 'careaudit' from 'careaudit/0.1.0 (+https://…)'. */
function productToken(userAgent: string): string {
  const m = /^[A-Za-z0-9_.-]+/.exec(userAgent.trim());
  return (m?.[0] ?? 'careaudit').toLowerCase();
}

function truncate(text: string): string {
  if (text.length <= MAX_ROBOTS_BYTES / 4) return text; // cannot exceed the cap even at 4 bytes a character
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= MAX_ROBOTS_BYTES) return text;
  const head = bytes.subarray(0, MAX_ROBOTS_BYTES).toString('utf8');
  // Drop the cut-off last line: a truncated "Disallow: /private" would become a broader "Disallow: /pr".
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return lastBreak >= 0 ? head.slice(0, lastBreak) : '';
}

function absoluteSitemaps(list: string[], robotsUrl: string): string[] {
  const out: string[] = [];
  for (const raw of list) {
    try {
      const u = new URL(raw.trim(), robotsUrl);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && !out.includes(u.href)) out.push(u.href);
    } catch {
      // a malformed Sitemap: line is ignored
    }
  }
  return out;
}

/**
 * Parse a robots.txt body. Rules are taken from the group naming our product token (derived from
 * `userAgent`, i.e. 'careaudit'), else from `*`; the longest matching rule wins and Allow wins ties.
 * Malformed lines are ignored; only the first 512 KB is read.
 */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsPolicy {
  const token = productToken(userAgent);
  // A UTF-8 BOM would otherwise glue itself to the first directive name and hide it.
  const robots = robotsParser(robotsUrl, truncate(text).replace(/^\uFEFF/, ''));
  const delay = robots.getCrawlDelay(token);
  const policy: RobotsPolicy = {
    // undefined means the URL is on another origin (or unparsable): this file has no say over it.
    isAllowed: (url: string) => robots.isAllowed(url, token) ?? true,
    sitemaps: absoluteSitemaps(robots.getSitemaps(), robotsUrl),
  };
  if (delay !== undefined && Number.isFinite(delay) && delay >= 0) policy.crawlDelaySeconds = delay;
  return policy;
}

/** The policy when there is no usable robots.txt. */
export const ALLOW_ALL: RobotsPolicy = Object.freeze({
  isAllowed: () => true,
  sitemaps: Object.freeze([]) as unknown as string[],
});

/**
 * The policy for a robots.txt fetch outcome. `status` is undefined when the file could not be fetched at all.
 *
 * - 2xx: the body is parsed.
 * - 4xx (404, 401, 403, 410 …): RFC 9309 §2.3.1.3, the file is "unavailable", so everything is allowed.
 * - 5xx or unreachable: RFC 9309 suggests treating the site as fully disallowed. We deliberately allow
 *   all instead: careaudit reads a handful of public pages at a polite pace, as a shopper would, and a
 *   broken robots.txt should not turn a store audit into an empty report. Callers that want the strict
 *   reading can check the status themselves.
 * - anything else (1xx/3xx left over after redirects): allow all.
 */
export function robotsFromResponse(
  status: number | undefined,
  body: string | undefined,
  robotsUrl: string,
  userAgent: string,
): RobotsPolicy {
  if (status !== undefined && status >= 200 && status < 300 && body !== undefined) {
    return parseRobots(robotsUrl, body, userAgent);
  }
  return ALLOW_ALL;
}
