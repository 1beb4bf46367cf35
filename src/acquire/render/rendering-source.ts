import type { Browser, BrowserContext, Page as Tab, Route } from 'playwright-core';
import type { Page, PageRequest } from '../../snapshot.js';
import type { HttpSource } from '../http-source.js';
import { shellSign } from '../page-quality.js';
import type { PageSource } from '../source.js';
import { launchBrowser } from './browser.js';

/** off: pages as served; on: every page drawn in the browser; auto: only pages served as script shells. */
export type RenderMode = 'off' | 'on' | 'auto';

export interface RenderingSourceOptions {
  mode: RenderMode;
  /** The browser's executable; without one, `auto` reads pages as served. */
  browserPath?: string;
  /** A browser shared across audits (batch, tests): used, never closed; by default each audit launches its own. */
  browser?: Browser;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Request headers (cookies, tokens) for the audited origin only. */
  headers: Record<string, string>;
}

/** Nothing a verdict reads is in an image, a font or a video: not fetching them is most of the speed. */
const BLOCKED_TYPES = new Set(['image', 'font', 'media', 'beacon', 'ping']);
const VIEWPORT = { width: 1280, height: 800 };
/** After the page's own load, how long scripts may keep fetching before the DOM is read. */
const SETTLE_MS = 3000;
const SCREENSHOT_QUALITY = 45;

/**
 * Pages read by HttpSource (robots.txt, redirects, size and time limits, the audited origin only), then drawn
 * in one headless Chromium, one tab per page in flight. The browser is handed the HTML already fetched, so a
 * page is requested once; the scripts it loads run, and the DOM they leave is the page. Headers go to the
 * audited origin only; frames of other sites are recorded, not loaded; images, fonts and media are never fetched.
 */
export class RenderingSource implements PageSource {
  readonly kind = 'url' as const;
  readonly #http: HttpSource;
  readonly #options: RenderingSourceOptions;
  #context?: Promise<BrowserContext>;
  #browser?: Browser;

  constructor(http: HttpSource, options: RenderingSourceOptions) {
    this.#http = http;
    this.#options = options;
  }

  get homeUrl(): string {
    return this.#http.homeUrl;
  }

  get origins(): Set<string> {
    return this.#http.origins;
  }

  localUrl(url: string): string | undefined {
    return this.#http.localUrl(url);
  }

  listUrls(): Promise<string[]> {
    return this.#http.listUrls();
  }

  async read(url: string, options?: { userGiven?: boolean }): Promise<Page> {
    const served = await this.#http.read(url, options);
    if (served.status !== 'ok' || !this.#options.browserPath) return served;
    const reason = this.#options.mode === 'on' ? 'every page is rendered (--render)' : this.#options.mode === 'auto' ? shellSign(served) : undefined;
    if (!reason) return served;
    return this.render(served, this.#options.mode === 'auto' ? `served with ${reason} (--render auto)` : reason);
  }

  /** The browser's one context, started on first use: an audit that renders nothing never starts Chromium. */
  context(): Promise<BrowserContext> {
    if (!this.#options.browserPath) return Promise.reject(new Error('no browser to render with'));
    const path = this.#options.browserPath;
    this.#context ??= (async () => {
      const browser = this.#options.browser ?? (this.#browser = await launchBrowser(path));
      const context = await browser.newContext({ userAgent: this.#options.userAgent, viewport: VIEWPORT, serviceWorkers: 'block', acceptDownloads: false });
      context.setDefaultTimeout(this.#options.timeoutMs);
      context.setDefaultNavigationTimeout(this.#options.timeoutMs);
      return context;
    })();
    return this.#context;
  }

  /** Whether a URL is on the origin being audited: the one HttpSource reads, after the home page's redirects. */
  isAuditedOrigin(url: string): boolean {
    const audited = this.#http.localUrl(this.#http.homeUrl);
    try {
      return audited !== undefined && new URL(url).origin === new URL(audited).origin;
    } catch {
      return false;
    }
  }

  /**
   * Routes a tab's requests: no images, fonts or media; the audited origin gets the user's headers; other sites
   * get none and never a document (their frames are recorded instead). Scripts and frames asked for are recorded.
   */
  async routeTab(tab: Tab, requests: PageRequest[], fulfil?: { url: string; html: string }): Promise<void> {
    await tab.route('**/*', (route: Route) => {
      const request = route.request();
      const type = request.resourceType();
      const url = request.url();
      if (BLOCKED_TYPES.has(type)) return route.abort('blockedbyclient');
      if (!/^https?:/i.test(url)) return route.continue();
      if (fulfil && request.isNavigationRequest() && request.frame() === tab.mainFrame() && url === fulfil.url) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fulfil.html });
      }
      if (type === 'script' || type === 'document') requests.push({ url, type: type === 'script' ? 'script' : 'frame' });
      if (!this.isAuditedOrigin(url)) return type === 'document' ? route.abort('blockedbyclient') : route.continue();
      return route.continue({ headers: { ...request.headers(), ...this.#options.headers } });
    });
  }

  /** The page as the browser draws it; when drawing fails, the page as served, saying why. */
  async render(served: Page, reason: string): Promise<Page> {
    let tab: Tab | undefined;
    try {
      const context = await this.context();
      tab = await context.newPage();
      const requests: PageRequest[] = [];
      await this.routeTab(tab, requests, { url: served.url, html: served.html });
      await tab.goto(served.url, { waitUntil: 'load' });
      await settle(tab);
      const html = await tab.content();
      if (Buffer.byteLength(html) > this.#options.maxBytes) throw new Error(`the drawn page is over the size limit of ${this.#options.maxBytes} bytes`);
      const screenshot = await screenshotOf(tab);
      return { ...served, html, rendered: { reason }, requests: dedupe(requests), screenshot };
    } catch (error) {
      return { ...served, rendered: { reason, error: `not rendered: ${(error as Error).message.split('\n')[0]}` } };
    } finally {
      await tab?.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (this.#context) await (await this.#context.catch(() => undefined))?.close().catch(() => {});
    await this.#browser?.close().catch(() => {});
    await this.#http.close();
  }
}

/** Waits for the page's scripts to stop fetching (widgets inject themselves after load), within a bound. */
export async function settle(tab: Tab): Promise<void> {
  await tab.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => {});
}

/** The visible part of a tab as a small JPEG data URL, for the HTML report. */
export async function screenshotOf(tab: Tab): Promise<string | undefined> {
  try {
    const jpeg = await tab.screenshot({ type: 'jpeg', quality: SCREENSHOT_QUALITY, scale: 'css', timeout: 5000 });
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    return undefined;
  }
}

function dedupe(requests: PageRequest[]): PageRequest[] {
  const seen = new Set<string>();
  return requests.filter((r) => !seen.has(r.url) && seen.add(r.url));
}
