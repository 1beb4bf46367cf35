import { Duplex, Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';

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

export type FetchErrorCode =
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'cross-origin-redirect'
  | 'unsupported-scheme'
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'network'
  | 'aborted'
  | 'bad-encoding';

/** A page that could not be fetched. `message` is written for a shop owner; `url` is the URL passed to get(). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly url: string;
  constructor(code: FetchErrorCode, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.url = url;
  }
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

class CapExceeded extends Error {}
class ClientClosed extends Error {}

function formatBytes(n: number): string {
  const trim = (x: number): string => String(Math.round(x * 10) / 10);
  if (n >= 1024 * 1024) return `${trim(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${trim(n / 1024)} KB`;
  return `${n} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
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

interface ErrorLike {
  code?: unknown;
  errno?: unknown;
  cause?: unknown;
  errors?: unknown;
  hostname?: unknown;
}

/** Every error code on an error, its causes and AggregateError members (Node wraps happy-eyeballs failures). */
function errorCodes(err: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 5 || typeof err !== 'object' || err === null) return out;
  const e = err as ErrorLike;
  if (typeof e.code === 'string') out.push(e.code);
  if (Array.isArray(e.errors)) for (const inner of e.errors) errorCodes(inner, depth + 1, out);
  if (e.cause !== undefined) errorCodes(e.cause, depth + 1, out);
  return out;
}

function isZlibError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, errno } = err as ErrorLike;
  // zlib: Z_DATA_ERROR, Z_BUF_ERROR …; brotli: ERR__ERROR_FORMAT_… (both carry a numeric errno)
  return typeof code === 'string' && typeof errno === 'number' && /^(?:Z_|ERR__|ERR_BROTLI|ERR_ZLIB)/.test(code);
}

const TLS_MESSAGES: Record<string, string> = {
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate chain ends in a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate cannot be verified (the server may be missing an intermediate certificate)',
  UNABLE_TO_GET_ISSUER_CERT: 'certificate cannot be verified (its issuer is unknown)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate cannot be verified (its issuer is unknown)',
  CERT_REVOKED: 'certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'certificate signature is invalid',
  CERT_UNTRUSTED: 'certificate is not trusted',
  CERT_REJECTED: 'certificate is not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not belong to this host name',
};

/**
 * Turn an undici/Node network error into a FetchError with a plain-English message.
 * Exported for tests; HttpClient handles timeouts and aborts it started itself before calling this.
 */
export function classifyNetworkError(err: unknown, url: string, timeoutMs: number): FetchError {
  if (err instanceof FetchError) return err;
  const codes = errorCodes(err);
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the raw string
  }
  const make = (code: FetchErrorCode, message: string): FetchError => new FetchError(code, url, message, { cause: err });
  const has = (...c: string[]): boolean => codes.some((x) => c.includes(x));

  const tls = codes.find((c) => c in TLS_MESSAGES);
  if (tls !== undefined) return make('tls', `${TLS_MESSAGES[tls] ?? 'secure connection failed'} (${host}); use --insecure to audit it anyway`);
  if (codes.some((c) => c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_')) || (has('EPROTO') && /ssl|tls/i.test(String(err)))) {
    return make('tls', `secure connection to ${host} failed`);
  }
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA')) {
    const hostname = host.replace(/:\d+$/, '');
    return make('dns', `could not resolve host ${hostname}`);
  }
  if (has('ECONNREFUSED')) return make('refused', `${host} refused the connection (nothing is listening there)`);
  if (has('UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT')) return make('timeout', `could not connect to ${host} within ${formatSeconds(timeoutMs)}`);
  if (has('UND_ERR_HEADERS_TIMEOUT')) return make('timeout', `no answer within ${formatSeconds(timeoutMs)}`);
  if (has('UND_ERR_BODY_TIMEOUT')) return make('timeout', `the page did not finish loading within ${formatSeconds(timeoutMs)}`);
  if (has('ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED')) {
    return make('reset', `${host} closed the connection unexpectedly`);
  }
  if (has('UND_ERR_HEADERS_OVERFLOW')) return make('too-large', 'the response headers are too large');
  if (has('UND_ERR_RES_CONTENT_LENGTH_MISMATCH')) return make('network', 'the server sent a different amount of data than it announced');
  if (has('EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN')) return make('network', `${host} cannot be reached from this network`);
  if (has('UND_ERR_ABORTED', 'ABORT_ERR')) return make('aborted', 'the request was cancelled');
  const detail = err instanceof Error ? err.message : String(err);
  return make('network', `network error while fetching ${host}: ${detail}`);
}

/**
 * Inflate for Content-Encoding: deflate. The spec says zlib-wrapped, but some servers send raw deflate
 * (as browsers tolerate), so the first two bytes decide which decoder to use.
 */
class DeflateDecoder extends Duplex {
  private inner: zlib.Inflate | zlib.InflateRaw | undefined;
  private head: Buffer = Buffer.alloc(0);

  private open(first: Buffer): zlib.Inflate | zlib.InflateRaw {
    const b0 = first[0] ?? 0;
    const b1 = first[1] ?? 0;
    const wrapped = (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
    const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const inner = wrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    inner.on('data', (d: Buffer) => {
      if (!this.push(d)) inner.pause();
    });
    inner.on('end', () => this.push(null));
    inner.on('error', (e: Error) => this.destroy(e));
    this.inner = inner;
    return inner;
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (error?: Error | null) => void): void {
    let inner = this.inner;
    if (!inner) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2) return cb();
      chunk = this.head;
      this.head = Buffer.alloc(0);
      inner = this.open(chunk);
    }
    inner.write(chunk, (err) => cb(err ?? null));
  }

  override _final(cb: (error?: Error | null) => void): void {
    let inner = this.inner;
    if (!inner) {
      if (this.head.length === 0) {
        this.push(null);
        return cb();
      }
      inner = this.open(this.head);
      inner.write(this.head);
    }
    inner.end();
    cb();
  }

  override _read(): void {
    this.inner?.resume();
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}

function decoderFor(coding: string): Duplex {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      // Z_SYNC_FLUSH: a truncated stream yields what it has instead of failing, as browsers do.
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return new DeflateDecoder();
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new Error(`unsupported coding ${coding}`);
  }
}

const KNOWN_CODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br', 'identity']);

/**
 * Read a body through its decoders, counting bytes on the wire and after decompression; the pipeline
 * is torn down the moment either count passes `max`, so a compression bomb never gets far.
 */
async function readBody(body: Readable, codings: string[], max: number, signal: AbortSignal): Promise<Buffer> {
  let raw = 0;
  const rawCounter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      raw += chunk.length;
      if (raw > max) cb(new CapExceeded());
      else cb(null, chunk);
    },
  });
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > max) return cb(new CapExceeded());
      chunks.push(chunk);
      cb();
    },
  });
  // Content-Encoding lists codings in the order applied, so they are undone last to first.
  const decoders = [...codings].reverse().map(decoderFor);
  try {
    await pipeline([body, rawCounter, ...decoders, sink], { signal });
  } catch (err) {
    // An empty body labelled as compressed (common on 204-like answers) is just empty.
    if (raw === 0 && isZlibError(err)) return Buffer.alloc(0);
    throw err;
  }
  return Buffer.concat(chunks, size);
}

function flattenHeaders(h: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(h)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Waiters for a slot per origin; a released slot is handed straight to the next waiter. */
class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> }>();
  constructor(private readonly limit: number) {}

  async acquire(origin: string): Promise<() => void> {
    let host = this.hosts.get(origin);
    if (!host) {
      host = { active: 0, waiting: [] };
      this.hosts.set(origin, host);
    }
    const h = host;
    if (h.active < this.limit) {
      h.active++;
    } else {
      await new Promise<void>((resolve, reject) => h.waiting.push({ resolve, reject }));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = h.waiting.shift();
      if (next) return next.resolve();
      h.active--;
      if (h.active === 0 && this.hosts.get(origin) === h) this.hosts.delete(origin);
    };
  }

  rejectAll(err: Error): void {
    for (const h of this.hosts.values()) {
      for (const w of h.waiting.splice(0)) w.reject(err);
    }
  }
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
