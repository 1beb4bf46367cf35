/**
 * Secrets a URL can carry, kept out of everything careaudit prints: the user and password, and the values of
 * query parameters whose names say they are secret (?token=, ?api_key=, ?sig=, X-Amz-Signature …).
 * A URL keeps its shape, so the reader still sees which page it was.
 */

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;
const USERINFO = /^(https?:\/\/)[^/?#@]*@/i;
// a parameter name, lower-cased and without separators: access_token → accesstoken, X-Amz-Signature → xamzsignature
const SECRET_NAME = /token|secret|passw|pwd|signature|credential|session|sessid|jwt|auth|(?:key|sig)$/;
export const REDACTED = 'REDACTED';

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** One URL without its secrets. */
function redactOne(url: string): string {
  const bare = url.replace(USERINFO, '$1');
  const query = bare.indexOf('?');
  if (query === -1) return bare;
  const hash = bare.indexOf('#', query);
  const end = hash === -1 ? bare.length : hash;
  const params = bare
    .slice(query + 1, end)
    .split('&')
    .map((param) => {
      const eq = param.indexOf('=');
      const name = eq === -1 ? param : param.slice(0, eq);
      return eq !== -1 && SECRET_NAME.test(decodedName(name).toLowerCase().replace(/[^a-z0-9]/g, '')) ? `${name}=${REDACTED}` : param;
    });
  return `${bare.slice(0, query + 1)}${params.join('&')}${bare.slice(end)}`;
}

/** Text with every http(s) URL in it redacted. */
export function redactSecrets(text: string): string {
  return text.includes('://') ? text.replace(URL_IN_TEXT, redactOne) : text;
}

/** A copy of a JSON-like value (a report, a batch record) with every string in it redacted. */
export function redactDeep<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
  return value;
}
