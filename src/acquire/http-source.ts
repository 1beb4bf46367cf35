import type { Page } from '../snapshot.js';
import { decodeHtml, isProbablyBinary } from './charset.js';
import { FetchError } from './fetch-error.js';
import { HttpClient, type HttpClientOptions } from './http.js';
import { ALLOW_ALL, robotsFromResponse, type RobotsPolicy } from './robots.js';
import { decodedPage, failedPage, type PageSource } from './source.js';
import { isSiteUrl } from './site-hosts.js';
import { parseSitemap } from './sitemap.js';

export interface HttpSourceOptions extends Omit<HttpClientOptions, 'headersOrigin'> {
  ignoreRobots: boolean;
}

const MAX_SITEMAP_URLS = 5000;
const MAX_CHILD_SITEMAPS = 3;
const MAX_CRAWL_DELAY_SECONDS = 10;
const crawlGap = (delaySeconds: number): number => Math.min(delaySeconds, MAX_CRAWL_DELAY_SECONDS) * 1000;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)?$/i;

/**
 * Pages fetched from a web server, politely: robots.txt obeyed, bounded by HttpClient. Only the audited
 * origin is ever fetched (after a redirect of the home page, the origin it landed on): a link to another
 * origin the store claims as its own (its live host named by a staging copy's canonical link) is read at
 * the same path on the audited origin, never on that host.
 */
export class HttpSource implements PageSource {
  readonly kind = 'url' as const;
  readonly homeUrl: string;
  readonly origins: Set<string>;
  readonly #client: HttpClient;
  readonly #options: HttpSourceOptions;
  /** The origin every request goes to. */
  #siteOrigin: string;
  readonly #robots = new Map<string, Promise<RobotsPolicy>>();
  /** When the next request may start, under robots.txt's Crawl-delay. */
  #nextSlot = 0;

  constructor(homeUrl: string, options: HttpSourceOptions) {
    this.homeUrl = homeUrl;
    this.#siteOrigin = new URL(homeUrl).origin;
    this.origins = new Set([this.#siteOrigin]);
    this.#options = options;
    this.#client = new HttpClient({ ...options, headersOrigin: this.#siteOrigin });
  }

  /** The URL on the audited origin that stands for a URL of the store, or undefined for another site's. */
  localUrl(url: string): string | undefined {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.origin === this.#siteOrigin) return u.href;
    if (!isSiteUrl(u, this.origins)) return undefined;
    return new URL(`${u.pathname}${u.search}`, this.#siteOrigin).href;
  }

  #robotsFor(origin: string): Promise<RobotsPolicy> {
    if (this.#options.ignoreRobots) return Promise.resolve(ALLOW_ALL);
    let robots = this.#robots.get(origin);
    if (!robots) {
      robots = (async () => {
        const robotsUrl = `${origin}/robots.txt`;
        try {
          const res = await this.#client.get(robotsUrl, { accept: 'text/plain', sameOriginOnly: true });
          return robotsFromResponse(res.status, res.body.toString('utf8'), robotsUrl, this.#options.userAgent);
        } catch {
          return robotsFromResponse(undefined, undefined, robotsUrl, this.#options.userAgent);
        }
      })();
      this.#robots.set(origin, robots);
    }
    return robots;
  }

  async read(requested: string, options: { userGiven?: boolean } = {}): Promise<Page> {
    const isHome = requested === this.homeUrl;
    const url = isHome || options.userGiven ? requested : this.localUrl(requested);
    if (!url) return failedPage(requested, 'not read: it is on another site than the audited one', 'skipped');
    const robots = await this.#robotsFor(new URL(url).origin);
    if (!robots.isAllowed(url)) return failedPage(url, 'disallowed by robots.txt (use --ignore-robots to audit it anyway)', 'skipped');
    await this.#waitForSlot(robots.crawlDelaySeconds);
    try {
      return await this.#fetchPage(url, isHome);
    } finally {
      this.#afterRequest(robots.crawlDelaySeconds);
    }
  }

  async #fetchPage(url: string, isHome: boolean): Promise<Page> {
    try {
      // the home page may redirect to its canonical origin (http → https, www); other pages stay on the site
      const res = await this.#client.get(url, { sameOriginOnly: !isHome, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      if (isHome) {
        const landed = new URL(res.url).origin;
        this.origins.add(landed);
        this.#siteOrigin = landed;
        // the site is what the home page landed on: its robots.txt is the one that applies
        if (!(await this.#robotsFor(landed)).isAllowed(res.url)) {
          return failedPage(res.url, 'disallowed by robots.txt (use --ignore-robots to audit it anyway)', 'skipped');
        }
      }
      const base = { httpStatus: res.status, headers: res.headers };
      if (res.status < 200 || res.status >= 300) return failedPage(res.url, `HTTP ${res.status}`, 'failed', base);
      const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (!HTML_TYPES.test(type) || isProbablyBinary(res.body, res.headers['content-type'])) {
        return failedPage(res.url, `not an HTML page (${type || 'binary content'})`, 'failed', base);
      }
      return decodedPage(res.url, decodeHtml(res.body, res.headers['content-type']), base);
    } catch (error) {
      if (error instanceof FetchError) return failedPage(url, error.message);
      throw error;
    }
  }

  /** Spaces requests by the Crawl-delay the site asks for (capped, so one line cannot stall an audit for hours). */
  async #waitForSlot(delaySeconds: number | undefined): Promise<void> {
    if (!delaySeconds) return;
    const start = Math.max(Date.now(), this.#nextSlot);
    this.#nextSlot = start + crawlGap(delaySeconds);
    const wait = start - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** A slow answer pushes the next slot on: the site sees the delay between one request it answered and the next. */
  #afterRequest(delaySeconds: number | undefined): void {
    if (delaySeconds) this.#nextSlot = Math.max(this.#nextSlot, Date.now() + crawlGap(delaySeconds));
  }

  async listUrls(): Promise<string[]> {
    const robots = await this.#robotsFor(this.#siteOrigin);
    // a Sitemap: line naming another site is not followed
    const named = robots.sitemaps.map((u) => this.localUrl(u)).filter((u): u is string => u !== undefined);
    const queue = named.length ? named.slice(0, MAX_CHILD_SITEMAPS) : [`${this.#siteOrigin}/sitemap.xml`];
    const urls: string[] = [];
    const seen = new Set<string>();
    while (queue.length && seen.size < MAX_CHILD_SITEMAPS + 1 && urls.length < MAX_SITEMAP_URLS) {
      const sitemapUrl = queue.shift()!;
      if (seen.has(sitemapUrl)) continue; // a sitemap that lists itself
      seen.add(sitemapUrl);
      try {
        await this.#waitForSlot(robots.crawlDelaySeconds);
        const res = await this.#client.get(sitemapUrl, { accept: 'application/xml,text/xml', sameOriginOnly: true });
        if (res.status !== 200) continue;
        const parsed = parseSitemap(res.body.toString('utf8'), MAX_SITEMAP_URLS - urls.length);
        urls.push(...parsed.urls);
        queue.push(...parsed.sitemaps.map((u) => this.localUrl(u)).filter((u): u is string => u !== undefined).slice(0, MAX_CHILD_SITEMAPS));
      } catch {
        // a missing or broken sitemap only means no fallback
      }
    }
    return urls.filter((u) => this.localUrl(u) !== undefined);
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}
