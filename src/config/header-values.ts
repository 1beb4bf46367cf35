/** A header or cookie name (RFC 9110 token). */
export const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * What in a header value the HTTP client would refuse (tab, printable ASCII and Latin-1 only), said without
 * the value, which may be a secret; undefined when it can be sent. A line break would split the request.
 */
export function headerValueProblem(value: string): string | undefined {
  if (/[\r\n\0]/.test(value)) return 'a line break or NUL';
  if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) return 'a control character or a character beyond Latin-1';
  return undefined;
}
