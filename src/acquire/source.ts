import type { Page, TargetKind } from '../snapshot.js';
import type { DecodedHtml } from './charset.js';

/**
 * Where pages come from: a web server or a folder. Discovery is the same for both; a source only knows
 * how to read one URL of its site and how to list the URLs it knows without links (sitemap or files).
 */
export interface PageSource {
  kind: TargetKind;
  /** The home page's URL (for folders, a URL in a virtual site whose paths are the folder's files). */
  homeUrl: string;
  /** Origins that belong to the site; grows when the home page redirects (http → https, www). */
  origins: Set<string>;
  /** The URL this source reads for a URL of the store (its live or canonical host mapped onto the audited site), or undefined for another site's. */
  localUrl(url: string): string | undefined;
  /**
   * Read a page; never throws: failures come back as a Page with status 'failed' or 'skipped'. Only the
   * audited site is read, unless the user named the page themselves (`userGiven`, --page).
   */
  read(url: string, options?: { userGiven?: boolean }): Promise<Page>;
  /** URLs known without following links: sitemap.xml entries, or the folder's HTML files. */
  listUrls(): Promise<string[]>;
  close(): Promise<void>;
}

/** A page read successfully: its decoded HTML and how the charset was chosen. */
export function decodedPage(url: string, decoded: DecodedHtml, extra: Partial<Page> = {}): Page {
  return { url, roles: [], status: 'ok', headers: {}, html: decoded.html, charset: decoded.charset, charsetSource: decoded.source, ...extra };
}

export function failedPage(url: string, error: string, status: 'failed' | 'skipped' = 'failed', extra: Partial<Page> = {}): Page {
  return { url, roles: [], status, error, headers: {}, html: '', ...extra };
}
