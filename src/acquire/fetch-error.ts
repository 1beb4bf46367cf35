/** Why a page could not be fetched, in words for a shop owner: the error type and the network-error classifier. */
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

/** A duration for messages: '2.5 s'. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
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
