import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import { CapExceeded, isZlibError, KNOWN_CODINGS, readBody } from './decode-body.js';
import { classifyNetworkError, FetchError, formatSeconds } from './fetch-error.js';
import { HostLimiter } from './host-limiter.js';

export interface HttpClientOptions {
  /** Identifying User-Agent, e.g. 'careaudit/0.1.0 (+https://github.com/careaudit/careaudit)'. Never overridden by `headers`. */
  userAgent: string;
  /** Deadline for one request attempt (connect + headers + whole body). Each redirect hop and each retry is an attempt. */
  timeoutMs: number;
  /** Cap on the body, both as received and after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Requests in flight per origin; the rest wait in a queue. */
  concurrencyPerHost: number;
  /** Retries after 429/503 or a connection reset. */
  retries: number;
  /** Extra request headers for `headersOrigin` only (never sent to another origin, redirects included). */
  headers?: Record<string, string>;
  /** The origin (or any URL on it) `headers` belong to; required when `headers` is non-empty. */
  headersOrigin?: string;
  /** Accept invalid TLS certificates (self-signed or expired staging sites); off by default. */
  insecure?: boolean;
  /** A connection pool shared with other clients (a batch of sites); this client then never closes it. */
  agent?: Agent;
}

/** The keep-alive pool a client makes for itself, or that a batch makes once for all its sites. */
export function createAgent(options: Pick<HttpClientOptions, 'timeoutMs' | 'insecure'>): Agent {
  return new Agent({
    keepAliveTimeout: 4_000,
    connect: { timeout: options.timeoutMs, rejectUnauthorized: !options.insecure },
    // Backstops only: the per-attempt AbortSignal deadline is what bounds the whole exchange.
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
}

export interface FetchedResource {
  /** Final URL after redirects (without fragment). */
  url: string;
  /** The URL passed to get(). */
  requestedUrl: string;
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Decompressed body. */
  body: Buffer;
  /** Every URL that answered with a redirect, in order: `[...redirects, url]` is the whole chain. */
  redirects: string[];
}

export interface GetOptions {
  /** Default true: a redirect to another origin throws 'cross-origin-redirect'. */
  sameOriginOnly?: boolean;
  /** Accept header; defaults to HTML first. */
  accept?: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 503]);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** Headers callers may not set: they are ours to manage (framing, decompression, the identifying UA). */
const PROTECTED_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'accept-encoding',
  'user-agent',
]);
/** First retry wait when the server gives no Retry-After; doubles each time, capped at timeoutMs. */
const BACKOFF_BASE_MS = 500;
/** How much of a redirect/retry body we read to keep the connection reusable before giving up on it. */
const DISCARD_LIMIT = 64 * 1024;

// Abort reasons, compared by identity to tell our own aborts from network errors.
const TIMEOUT_REASON = new Error('careaudit: attempt deadline');
const CLOSED_REASON = new Error('careaudit: client closed');

class ClientClosed extends Error {}

function formatBytes(n: number): string {
  const trim = (x: number): string => String(Math.round(x * 10) / 10);
  if (n >= 1024 * 1024) return `${trim(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${trim(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * Retry-After as a delay in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * undefined when absent or unparsable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function flattenHeaders(h: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(h)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

type FinalOutcome =
  | { kind: 'done'; status: number; headers: Record<string, string>; body: Buffer }
  | { kind: 'redirect'; location: URL };
type AttemptOutcome = FinalOutcome | { kind: 'retry'; retryAfterMs: number | undefined };

function httpUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** A polite HTTP client: identifying UA, per-origin concurrency, deadlines, size caps, retries with backoff. */
export class HttpClient {
  private readonly opts: HttpClientOptions;
  private readonly agent: Agent;
  private readonly ownsAgent: boolean;
  private readonly limiter: HostLimiter;
  private readonly inflight = new Set<AbortController>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; reject: (e: Error) => void }>();
  private readonly extraHeaders: Record<string, string> = {};
  private readonly headersOrigin: string | undefined;
  private closed = false;

  constructor(options: HttpClientOptions) {
    const positive = (n: number): boolean => Number.isFinite(n) && n > 0;
    const count = (n: number): boolean => Number.isInteger(n) && n >= 0;
    if (!positive(options.timeoutMs)) throw new RangeError('timeoutMs must be a positive number');
    if (!positive(options.maxBytes)) throw new RangeError('maxBytes must be a positive number');
    if (!count(options.maxRedirects)) throw new RangeError('maxRedirects must be a non-negative integer');
    if (!count(options.retries)) throw new RangeError('retries must be a non-negative integer');
    if (!Number.isInteger(options.concurrencyPerHost) || options.concurrencyPerHost < 1) {
      throw new RangeError('concurrencyPerHost must be an integer of at least 1');
    }
    this.opts = options;
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      const n = name.toLowerCase();
      if (!PROTECTED_HEADERS.has(n)) this.extraHeaders[n] = value;
    }
    if (options.headersOrigin !== undefined) {
      const u = httpUrl(options.headersOrigin);
      if (!u) throw new TypeError(`headersOrigin is not a URL: ${options.headersOrigin}`);
      this.headersOrigin = u.origin;
    } else if (Object.keys(this.extraHeaders).length > 0) {
      // Without an origin we could not keep them (cookies, tokens) from leaking to third parties.
      throw new TypeError('headers need headersOrigin: the origin they may be sent to');
    }
    this.limiter = new HostLimiter(options.concurrencyPerHost);
    this.ownsAgent = options.agent === undefined;
    this.agent = options.agent ?? createAgent(options);
  }

  /** GET a URL. Non-2xx statuses are returned; network, timeout, size and redirect problems throw FetchError. */
  async get(url: string, opts: GetOptions = {}): Promise<FetchedResource> {
    try {
      return await this.getInner(url, opts);
    } catch (err) {
      if (err instanceof ClientClosed) throw new FetchError('aborted', url, 'the audit was stopped before this page was fetched');
      throw err;
    }
  }

  private async getInner(url: string, opts: GetOptions): Promise<FetchedResource> {
    if (this.closed) throw new ClientClosed();
    const sameOriginOnly = opts.sameOriginOnly ?? true;
    const accept = opts.accept ?? DEFAULT_ACCEPT;
    const start = httpUrl(url);
    if (!start) throw new FetchError('unsupported-scheme', url, `"${url}" is not a valid web address`);
    if (start.protocol !== 'http:' && start.protocol !== 'https:') {
      throw new FetchError('unsupported-scheme', url, `${start.protocol} addresses cannot be fetched, only http and https`);
    }
    start.hash = '';
    const startOrigin = start.origin;
    const show = (u: URL): string => (u.origin === startOrigin ? `${u.pathname}${u.search}` : u.href);
    const redirects: URL[] = [];
    const seen = new Set<string>([start.href]);
    let current = start;

    for (;;) {
      const outcome = await this.fetchWithRetries(current, accept, url);
      if (outcome.kind === 'done') {
        return {
          url: current.href,
          requestedUrl: url,
          status: outcome.status,
          headers: outcome.headers,
          body: outcome.body,
          redirects: redirects.map((u) => u.href),
        };
      }
      const next = outcome.location;
      next.hash = '';
      redirects.push(current);
      const chain = (): string => [...redirects, next].map(show).join(' → ');
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        // Do not echo javascript:/data: payloads into reports.
        const shown = next.protocol === 'file:' ? next.href : next.protocol;
        throw new FetchError('unsupported-scheme', url, `${show(current)} redirects to ${shown}, which is not a web address`);
      }
      if (sameOriginOnly && next.origin !== startOrigin) {
        throw new FetchError('cross-origin-redirect', url, `${show(current)} redirects to another site: ${next.href}`);
      }
      if (seen.has(next.href)) throw new FetchError('redirect-loop', url, `redirect loop: ${chain()}`);
      if (redirects.length > this.opts.maxRedirects) {
        throw new FetchError('too-many-redirects', url, `more than ${this.opts.maxRedirects} redirects: ${chain()}`);
      }
      seen.add(next.href);
      current = next;
    }
  }

  private async fetchWithRetries(target: URL, accept: string, requestedUrl: string): Promise<FinalOutcome> {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.opts.retries;
      const release = await this.limiter.acquire(target.origin);
      let outcome: AttemptOutcome | undefined;
      try {
        outcome = await this.attempt(target, accept, requestedUrl, last);
      } catch (err) {
        // A reset is often a busy server or a stale keep-alive socket: worth another try.
        if (!(err instanceof FetchError && err.code === 'reset') || last) throw err;
      } finally {
        // Released before any backoff wait so a sleeping retry does not hold the origin's slot.
        release();
      }
      if (outcome && outcome.kind !== 'retry') return outcome;
      const backoff = BACKOFF_BASE_MS * 2 ** attempt;
      await this.sleep(Math.min(this.opts.timeoutMs, outcome?.retryAfterMs ?? backoff));
    }
  }

  private async attempt(target: URL, accept: string, requestedUrl: string, last: boolean): Promise<AttemptOutcome> {
    if (this.closed) throw new ClientClosed();
    const controller = new AbortController();
    this.inflight.add(controller);
    const timer = setTimeout(() => controller.abort(TIMEOUT_REASON), this.opts.timeoutMs);
    let gotHeaders = false;
    const fail = (err: unknown): Error => {
      if (err instanceof FetchError || err instanceof ClientClosed) return err;
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason === CLOSED_REASON) return new ClientClosed();
      if (reason === TIMEOUT_REASON) {
        const t = formatSeconds(this.opts.timeoutMs);
        const msg = gotHeaders ? `the page did not finish loading within ${t}` : `no answer within ${t}`;
        return new FetchError('timeout', requestedUrl, msg, { cause: err });
      }
      if (err instanceof CapExceeded) {
        return new FetchError('too-large', requestedUrl, `the page is larger than ${formatBytes(this.opts.maxBytes)}`);
      }
      if (isZlibError(err)) {
        return new FetchError('bad-encoding', requestedUrl, 'the page is compressed but the compressed data is corrupt', { cause: err });
      }
      // The message names the host that failed (maybe a redirect hop); `url` stays the one the caller asked for.
      const classified = classifyNetworkError(err, target.href, this.opts.timeoutMs);
      return new FetchError(classified.code, requestedUrl, classified.message, { cause: err });
    };

    try {
      const headers: Record<string, string> = {
        'user-agent': this.opts.userAgent,
        accept,
        'accept-encoding': ACCEPT_ENCODING,
      };
      if (this.headersOrigin !== undefined && target.origin === this.headersOrigin) Object.assign(headers, this.extraHeaders);

      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(target, { dispatcher: this.agent, method: 'GET', headers, signal: controller.signal });
      } catch (err) {
        throw fail(err);
      }
      gotHeaders = true;
      const status = res.statusCode;
      const resHeaders = flattenHeaders(res.headers);
      const discard = async (): Promise<void> => {
        await res.body.dump({ limit: DISCARD_LIMIT }).catch(() => undefined);
      };
      // A body given up unread: undici then emits "Request aborted" on it, an unhandled 'error' event
      // (a stack trace and exit 1) unless something listens; the page already has its reason.
      const abandon = (): void => {
        res.body.on('error', () => {});
        res.body.destroy();
      };

      const location = resHeaders['location'];
      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        let next: URL | undefined;
        try {
          next = new URL(location, target);
        } catch {
          next = undefined; // an unusable Location: hand the 3xx back to the caller as it is
        }
        if (next) {
          await discard();
          return { kind: 'redirect', location: next };
        }
      }
      if (RETRY_STATUSES.has(status) && !last) {
        await discard();
        return { kind: 'retry', retryAfterMs: parseRetryAfter(resHeaders['retry-after']) };
      }

      const declared = Number(resHeaders['content-length']);
      if (Number.isFinite(declared) && declared > this.opts.maxBytes) {
        abandon();
        throw new FetchError(
          'too-large',
          requestedUrl,
          `the page is larger than ${formatBytes(this.opts.maxBytes)} (the server announced ${formatBytes(declared)})`,
        );
      }
      const codings = (resHeaders['content-encoding'] ?? '')
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter((c) => c !== '' && c !== 'identity');
      const unknown = codings.find((c) => !KNOWN_CODINGS.has(c));
      if (unknown !== undefined) {
        abandon();
        throw new FetchError('bad-encoding', requestedUrl, `the page is compressed with "${unknown}", which careaudit did not ask for and cannot read`);
      }
      let body: Buffer;
      try {
        body = await readBody(res.body, codings, this.opts.maxBytes, controller.signal);
      } catch (err) {
        abandon();
        throw fail(err);
      }
      return { kind: 'done', status, headers: resHeaders, body };
    } finally {
      clearTimeout(timer);
      this.inflight.delete(controller);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.reject(new ClientClosed());
    return new Promise((resolve, reject) => {
      const entry = {
        timer: setTimeout(() => {
          this.sleepers.delete(entry);
          resolve();
        }, ms),
        reject,
      };
      this.sleepers.add(entry);
    });
  }

  /** Cancel everything in flight or queued (those get() calls reject with 'aborted') and close all sockets. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const c of this.inflight) c.abort(CLOSED_REASON);
    for (const s of this.sleepers) {
      clearTimeout(s.timer);
      s.reject(new ClientClosed());
    }
    this.sleepers.clear();
    this.limiter.rejectAll(new ClientClosed());
    if (this.ownsAgent) await this.agent.destroy();
  }
}
