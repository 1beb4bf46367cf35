// Links in a report that may show hostile URLs: only those that cannot run or reach somewhere unexpected.
import { htmlText } from '../helpers.js';

/**
 * Whether a URL may become a link: http(s), file, or relative (not scheme-relative, which reaches the
 * network like an absolute one). Browsers drop tabs and newlines inside URLs and trim controls, so the test
 * runs on the URL as the browser will read it: `java\tscript:` is still javascript:. Hosts under the reserved
 * `.invalid` (folder audits) never resolve, so they are shown as text.
 */
export function isLinkable(url: string): boolean {
  const u = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!u || u.startsWith('//') || u.startsWith('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return !/[\u0000-\u001F]/.test(u);
  const protocol = scheme[1]!.toLowerCase();
  if (protocol === 'file') return true;
  if (protocol !== 'http' && protocol !== 'https') return false;
  try {
    return !new URL(u).hostname.endsWith('.invalid');
  } catch {
    return false;
  }
}

export function link(url: string, text: string = url): string {
  return isLinkable(url) ? `<a href="${htmlText(url)}" rel="noopener noreferrer">${htmlText(text)}</a>` : htmlText(text);
}
