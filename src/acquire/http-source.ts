import type { Page } from '../snapshot.js';
import { decodeHtml, isProbablyBinary } from './charset.js';
import { parseSitemap } from './discover.js';
import { FetchError, HttpClient, type HttpClientOptions } from './http.js';
import { ALLOW_ALL, robotsFromResponse, type RobotsPolicy } from './robots.js';
import { decodedPage, failedPage, type PageSource } from './source.js';

export interface HttpSourceOptions extends Omit<HttpClientOptions, 'headersOrigin'> {
  ignoreRobots: boolean;
}

const MAX_SITEMAP_URLS = 5000;
const MAX_CHILD_SITEMAPS = 3;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)?$/i;

/** Pages fetched from a web server, politely: robots.txt obeyed, same-origin only, bounded by HttpClient. */
export class HttpSource implements PageSource {
  readonly kind = 'url' as const;
  readonly homeUrl: string;
  readonly origins: Set<string>;
  readonly #client: HttpClient;
  readonly #options: HttpSourceOptions;
  #robots?: Promise<RobotsPolicy>;

  constructor(homeUrl: string, options: HttpSourceOptions) {
    this.homeUrl = homeUrl;
    this.origins = new Set([new URL(homeUrl).origin]);
    this.#options = options;
    this.#client = new HttpClient({ ...options, headersOrigin: new URL(homeUrl).origin });
  }

  #robotsFor(url: string): Promise<RobotsPolicy> {
    if (this.#options.ignoreRobots) return Promise.resolve(ALLOW_ALL);
    // one robots.txt per audit: the site's origin as the home page resolved it
    this.#robots ??= (async () => {
      const robotsUrl = new URL('/robots.txt', url).href;
      try {
        const res = await this.#client.get(robotsUrl, { accept: 'text/plain' });
        return robotsFromResponse(res.status, res.body.toString('utf8'), robotsUrl, this.#options.userAgent);
      } catch {
        return robotsFromResponse(undefined, undefined, robotsUrl, this.#options.userAgent);
      }
    })();
    return this.#robots;
  }

  async read(url: string): Promise<Page> {
    const isHome = url === this.homeUrl;
    if (!(await this.#robotsFor(url)).isAllowed(url)) {
      return failedPage(url, 'disallowed by robots.txt (use --ignore-robots to audit it anyway)', 'skipped');
    }
    try {
      // the home page may redirect to its canonical origin (http → https, www); other pages stay on the site
      const res = await this.#client.get(url, { sameOriginOnly: !isHome, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      if (isHome) this.origins.add(new URL(res.url).origin);
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

  async listUrls(): Promise<string[]> {
    const robots = await this.#robotsFor(this.homeUrl);
    const queue = robots.sitemaps.length ? robots.sitemaps.slice(0, MAX_CHILD_SITEMAPS) : [new URL('/sitemap.xml', this.homeUrl).href];
    const urls: string[] = [];
    const seen = new Set<string>();
    while (queue.length && seen.size < MAX_CHILD_SITEMAPS + 1 && urls.length < MAX_SITEMAP_URLS) {
      const sitemapUrl = queue.shift()!;
      if (seen.has(sitemapUrl)) continue; // a sitemap that lists itself
      seen.add(sitemapUrl);
      try {
        const res = await this.#client.get(sitemapUrl, { accept: 'application/xml,text/xml' });
        if (res.status !== 200) continue;
        const parsed = parseSitemap(res.body.toString('utf8'), MAX_SITEMAP_URLS - urls.length);
        urls.push(...parsed.urls);
        queue.push(...parsed.sitemaps.slice(0, MAX_CHILD_SITEMAPS));
      } catch {
        // a missing or broken sitemap only means no fallback
      }
    }
    return urls.filter((u) => {
      try {
        return this.origins.has(new URL(u).origin);
      } catch {
        return false;
      }
    });
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}
