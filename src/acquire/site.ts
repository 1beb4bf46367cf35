import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Agent } from 'undici';
import { SiteUnreachableError, TargetError } from '../errors.js';
import { type PageLink } from '../page/links.js';
import { redactSecrets } from '../redact.js';
import { DISCOVERABLE_ROLES, ROLE_LABELS, type DiscoverableRole, type Page, type PageRole, type RoleAssignment, type RoleSource, type Snapshot, type UnreadKind } from '../snapshot.js';
import { hubLinks, rankRoles, rolesFromUrls, type RoleCandidate } from './discover.js';
import { inferLocale, markLanguages, unreadLanguageWarning } from './locale.js';
import { scriptShell, whyUnusable, type Unread } from './page-quality.js';
import { findSections, markChapters } from './section-pages.js';
import { readEmailFile } from './email.js';
import { FolderSource, readLocalPage } from './folder-source.js';
import { mapLimit } from './limit.js';
import type { PageSource } from './source.js';
import { linksOf, parsePage } from '../view/page-data.js';
import { ownOrigins } from './site-hosts.js';
import type { RenderSettings } from './render/settings.js';
import type { WalkMode } from './checkout-walk/walk.js';
import type { CheckoutWalk } from '../snapshot.js';

export interface PageOverride {
  role: PageRole;
  /** An http(s) URL or a local path. */
  location: string;
}

export interface AcquireOptions {
  target: string;
  /** The role of a single-file target (default home). */
  role?: PageRole;
  pages: PageOverride[];
  email?: string;
  country?: string;
  maxPages: number;
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  ignoreRobots: boolean;
  userAgent: string;
  /** Accept invalid TLS certificates (staging sites). */
  insecure?: boolean;
  /** Request headers (cookies, tokens) for the audited origin only. */
  headers?: Record<string, string>;
  /** A connection pool shared across audits (batch); by default each audit has its own. */
  agent?: Agent;
  /** The checkout's steps as declared in the config; passed on to the snapshot, not fetched. */
  checkoutFlow?: string[];
  onProgress?: (message: string) => void;
  /** Paths in reports are shown relative to this folder. */
  cwd?: string;
  /** Read pages of a web target in the system's Chromium (--render); see render/settings.ts. */
  render?: RenderSettings;
  /** Walk the checkout in the browser from the home page (--walk-checkout); needs `render`'s browser. */
  walkCheckout?: WalkMode;
}

/** An http(s) URL, as opposed to a local path: the one test every part of careaudit uses. */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

async function openSource(options: AcquireOptions, cwd: string, display: (file: string) => string): Promise<PageSource> {
  const { target } = options;
  if (isUrl(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new TargetError(`not a valid URL: ${redactSecrets(target)}`);
    }
    // user:password@ in the URL becomes Basic authentication for this origin only, and is never shown
    const headers = { ...options.headers };
    if (url.username || url.password) {
      const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.Authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    // loaded only for web targets: a folder audit never needs the HTTP stack
    const { HttpSource } = await import('./http-source.js');
    const http = new HttpSource(url.href, {
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      maxRedirects: 5,
      concurrencyPerHost: options.concurrency,
      retries: 2,
      ignoreRobots: options.ignoreRobots,
      insecure: options.insecure,
      headers,
      ...(options.agent ? { agent: options.agent } : {}),
    });
    if (!options.render) return http;
    const { RenderingSource } = await import('./render/rendering-source.js');
    return new RenderingSource(http, { ...options.render, userAgent: options.userAgent, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, headers });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) throw new TargetError(`unsupported target ${target}: give an http(s) URL, a folder or an .html file`);
  const path = resolve(cwd, target);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new TargetError(`target not found: ${target} (give an http(s) URL, a folder or an .html file)`);
  if (info.isDirectory()) {
    const hasHome = await Promise.any(['index.html', 'index.htm'].map((name) => stat(join(path, name)).then((i) => i.isFile() || Promise.reject()))).catch(() => false);
    if (!hasHome && !options.pages.some((p) => p.role === 'home')) {
      throw new TargetError(`${target} has no index.html: give the home page with --page home=FILE, or audit one .html file`);
    }
    return new FolderSource(path, { display });
  }
  if (!/\.x?html?$/i.test(target)) throw new TargetError(`${target} is not an .html file (give an http(s) URL, a folder or an .html file)`);
  return FolderSource.forFile(path, display);
}

/**
 * Acquire a site: read the home page, find the pages of each role by their links (in several languages),
 * then on the pages found, then in the sitemap or the folder's files; read the email. Evaluation reads only
 * the snapshot this returns.
 */
export async function acquireSite(options: AcquireOptions): Promise<Snapshot> {
  const cwd = options.cwd ?? process.cwd();
  const display = (file: string) => relative(cwd, file) || file;
  const progress = options.onProgress ?? (() => {});
  const source = await openSource(options, cwd, display);
  const pages = new Map<string, Page>();
  const roles: RoleAssignment[] = [];
  const limit = Math.max(1, options.concurrency);

  const rolePages = new Map<PageRole, Page>();
  const assign = (role: PageRole, page: Page, source: RoleSource, reason: string, unread?: { kind: UnreadKind; error: string }, section?: RoleAssignment['section']) => {
    if (roles.some((r) => r.role === role)) return;
    if (!pages.has(page.url)) pages.set(page.url, page); // --page files and sections read outside the site
    rolePages.set(role, page);
    const available = page.status === 'ok' && !unread;
    // a page that failed keeps its role in the page list; one read but unusable (empty) must not be judged as it
    if ((available || page.status !== 'ok') && !page.roles.includes(role)) page.roles.push(role);
    roles.push({
      role,
      url: page.url,
      ...(page.path ? { path: page.path } : {}),
      source,
      reason,
      available,
      ...(available ? {} : { error: unread?.error ?? page.error, unread: unread?.kind ?? 'not-read' }),
      ...(section ? { section } : {}),
    });
  };

  const readOnce = async (requested: string, userGiven = false): Promise<Page> => {
    // the live host's /kontakt/ and the audited copy's /kontakt/ are one page
    const url = (!userGiven && source.localUrl(requested)) || requested;
    const known = pages.get(url);
    if (known) return known;
    if (pages.size >= options.maxPages) {
      return { url, roles: [], status: 'skipped', error: `not read: the page limit (--max-pages ${options.maxPages}) was reached`, headers: {}, html: '' };
    }
    const placeholder: Page = { url, roles: [], status: 'skipped', headers: {}, html: '' };
    pages.set(url, placeholder); // reserve the slot so parallel reads of one URL share it
    const page = await source.read(url, { userGiven });
    Object.assign(placeholder, page);
    return placeholder;
  };

  try {
    // --page overrides come first: discovery never replaces what the user said
    for (const override of options.pages) {
      progress(`reading the ${ROLE_LABELS[override.role]} given with --page`);
      const page = await readOverride(override, resolve(cwd, override.location), source, display, readOnce);
      assign(override.role, page, 'flag', `given with --page ${override.role}=${override.location}`);
    }

    const homeRole = options.role ?? 'home';
    progress('reading the home page');
    // a home page given with --page stands in for the target's own
    const home = (homeRole === 'home' && rolePages.get('home')) || (await readOnce(source.homeUrl));
    assign(homeRole, home, 'target', source.kind === 'url' ? 'the audited URL' : source.kind === 'folder' ? 'index.html of the audited folder' : 'the audited file');

    const missing = () => DISCOVERABLE_ROLES.filter((role) => !roles.some((r) => r.role === role));
    const unreadOf = (page: Page): Unread | undefined => whyUnusable(page, source.kind);

    /** Each missing role takes its best candidate that reads as a page of that kind; the next ones stand by. */
    const follow = async (ranked: Map<DiscoverableRole, RoleCandidate[]>, via: RoleSource) => {
      const pending = missing()
        .map((role) => ({ role, list: (ranked.get(role) ?? []).slice(0, MAX_CANDIDATES), failed: [] as { candidate: RoleCandidate; page: Page; unread: Unread }[] }))
        .filter((p) => p.list.length > 0);
      for (let round = 0; round < MAX_CANDIDATES && pending.length > 0; round++) {
        const batch = pending.filter((p) => p.list[round] !== undefined && missing().includes(p.role));
        if (!batch.length) break;
        const urls = [...new Set(batch.map((p) => p.list[round]!.url))];
        progress(`reading ${batch.map((p) => ROLE_LABELS[p.role]).join(', ')}`);
        const read = await mapLimit(urls, limit, (u) => readOnce(u));
        for (const p of batch) {
          const candidate = p.list[round]!;
          const page = read[urls.indexOf(candidate.url)]!;
          const unread = unreadOf(page);
          if (!unread) assign(p.role, page, via, candidate.reason);
          else p.failed.push({ candidate, page, unread });
        }
      }
      // nothing usable: the best link stands, with why the shopper cannot use it (a page of another kind is no link to it)
      for (const p of pending) {
        for (const { candidate, page, unread } of p.failed) {
          if (unread.kind === 'wrong-kind' || !missing().includes(p.role)) continue;
          assign(p.role, page, via, candidate.reason, { kind: unread.kind, error: unread.error });
        }
      }
    };

    const discoverFrom = (page: Page) => {
      if (page.status !== 'ok') return { $: undefined, links: [] };
      const $ = parsePage(page);
      const links = linksOf(page);
      const claimed = ownOrigins($, page.url);
      for (const origin of claimed) source.origins.add(origin);
      // a saved page that names no site of its own still shows it: most of its absolute links go there
      if (claimed.size === 0) {
        const inferred = dominantOrigin(links);
        if (inferred) source.origins.add(inferred);
      }
      return { $, links };
    };
    const rankFrom = (page: Page, label: string) => rankRoles(discoverFrom(page).links, source.origins, label);

    if (homeRole === 'home' && home.status === 'ok') {
      const homeLinks = discoverFrom(home).links;
      await follow(rankRoles(homeLinks, source.origins, 'the home page'), 'link');
      // second hop: a checkout is linked from the cart, an FAQ from the contact page, the returns policy from
      // the terms; a page serving two roles ("Shipping & returns") is read for links once
      const searched = new Set<Page>([home]);
      const hopFrom = async (page: Page, label: string) => {
        if (!missing().length || searched.has(page) || page.status !== 'ok') return;
        searched.add(page);
        await follow(rankFrom(page, label), 'link');
      };
      for (const role of DISCOVERABLE_ROLES) {
        const page = rolePages.get(role);
        if (page) await hopFrom(page, `the ${ROLE_LABELS[role]}`);
      }
      // hubs: "Customer service", "Policies", a legal notice lead to the policies two clicks from home
      if (missing().length) {
        const hubs = hubLinks(homeLinks, source.origins, MAX_HUBS);
        if (hubs.length) progress('reading the customer-service and legal pages');
        for (const hub of await mapLimit(hubs, limit, (u) => readOnce(u))) {
          await hopFrom(hub, `${hub.path ?? new URL(hub.url).pathname} (linked from the home page)`);
        }
      }
      // sections: an FAQ on the contact page, the returns policy as a chapter of the terms
      for (const found of findSections([...pages.values()], missing())) {
        assign(found.role, found.page, 'section', found.reason, undefined, found.section);
      }
      if (missing().length) {
        progress(source.kind === 'url' ? 'reading the sitemap' : 'listing the folder');
        const urls = await source.listUrls();
        const fromUrls = rolesFromUrls(urls, source.kind === 'url' ? 'sitemap.xml entry' : 'file in the folder');
        await follow(new Map([...fromUrls].map(([role, c]) => [role, [c]])), source.kind === 'url' ? 'sitemap' : 'files');
      }
    }

    const homeView = home.status === 'ok' ? parsePage(home) : undefined;
    // the walk types an address of the store's country: a Polish form wants "00-950", a Dutch one "1012 AB"
    const checkoutWalk = options.walkCheckout && homeView ? await walkFrom(source, home, options.walkCheckout, progress, inferLocale(home, homeView, options.country).country) : undefined;
    if (checkoutWalk) {
      // the cart with a product in it and the checkout the walk reached stand for what links led to, unless the user named them
      for (const [role, page] of [['cart', checkoutWalk.cart], ['checkout', checkoutWalk.checkout]] as const) {
        if (!page || roles.some((r) => r.role === role && r.source === 'flag')) continue;
        const at = roles.findIndex((r) => r.role === role);
        if (at >= 0) {
          const discovered = rolePages.get(role);
          if (discovered) discovered.roles = discovered.roles.filter((r) => r !== role);
          roles.splice(at, 1);
        }
        pages.set(`${page.url}#walk-${role}`, page);
        assign(role, page, 'walk', `reached by --walk-checkout (${role === 'cart' ? 'after adding a product' : 'the first checkout screen'})`);
      }
    }

    markChapters([...pages.values()]);
    markLanguages([...pages.values()]);
    const pageList = [...pages.values()];
    if (options.email) {
      progress('reading the order-confirmation email');
      const email = await readEmailFile(resolve(cwd, options.email));
      email.path = display(resolve(cwd, options.email));
      email.roles = ['email'];
      pageList.push(email);
      roles.push({ role: 'email', url: email.url, path: email.path, source: 'flag', reason: 'given with --email', available: true });
    }

    if (!pageList.some((p) => p.status === 'ok')) {
      const homeError = home.error ?? 'unreadable';
      throw new SiteUnreachableError(`could not audit ${redactSecrets(options.target)}: the home page could not be read (${homeError})`);
    }
    // after markLanguages: a page's language read from its text overrules a theme's lang="en"
    const locale = inferLocale(home.status === 'ok' ? home : undefined, homeView, options.country);
    const warnings = [homeView && homeRole === 'home' ? scriptShell(home) : undefined, unreadLanguageWarning(home.status === 'ok' ? home : undefined, pageList)].filter((w): w is string => w !== undefined);
    return {
      target: redactSecrets(options.target),
      kind: source.kind,
      pages: pageList,
      roles,
      missingRoles: DISCOVERABLE_ROLES.filter((role) => !roles.some((r) => r.role === role)),
      ...(locale.country ? { country: locale.country } : {}),
      locale,
      ...(warnings.length ? { warnings } : {}),
      ...(options.checkoutFlow ? { checkoutFlow: options.checkoutFlow } : {}),
      ...(checkoutWalk ? { checkoutWalk: checkoutWalk.walk } : {}),
    };
  } finally {
    await source.close();
  }
}

/** The checkout walked from the home page, in the browser of a rendering source. */
async function walkFrom(source: PageSource, home: Page, mode: WalkMode, progress: (message: string) => void, country: string | undefined): Promise<{ walk: CheckoutWalk; cart?: Page; checkout?: Page }> {
  const { RenderingSource } = await import('./render/rendering-source.js');
  if (!(source instanceof RenderingSource)) throw new TargetError('--walk-checkout walks a live store: give its http(s) URL');
  const { walkCheckout } = await import('./checkout-walk/walk.js');
  return walkCheckout(source, home, mode, progress, country);
}

/** Candidate links tried per role before the role counts as broken; hub pages read for links. */
const MAX_CANDIDATES = 3;
const MAX_HUBS = 3;

const MIN_LINKS_FOR_SITE = 5;
const MIN_SHARE_FOR_SITE = 0.3;

/**
 * The http(s) origin most of a saved page's absolute links point to, when it clearly dominates (a
 * saved page of shop.example links mostly to shop.example; social and payment links are a minority).
 */
export function dominantOrigin(links: PageLink[]): string | undefined {
  const counts = new Map<string, number>();
  let absolute = 0;
  for (const link of links) {
    if (!isUrl(link.href)) continue;
    absolute++;
    const origin = new URL(link.url).origin;
    counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  const [origin, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return origin !== undefined && count !== undefined && count >= MIN_LINKS_FOR_SITE && count / absolute >= MIN_SHARE_FOR_SITE ? origin : undefined;
}

/** A --page given as a local path: inside a folder target it is that folder's page; else read as it is. */
async function readOverride(
  override: PageOverride,
  file: string,
  source: PageSource,
  display: (file: string) => string,
  readOnce: (url: string, userGiven: boolean) => Promise<Page>,
): Promise<Page> {
  if (isUrl(override.location)) return readOnce(override.location, true);
  // a page the user named that is not there is a mistake in the command, not in the store
  if (!(await stat(file).catch(() => undefined))) throw new TargetError(`the ${override.role} page ${override.location} was not found (given with --page or in the config)`);
  if (source instanceof FolderSource) {
    const url = source.urlOf(file);
    if (url) return readOnce(url, true);
  }
  return readLocalPage(file, pathToFileURL(file).href, display(file));
}
