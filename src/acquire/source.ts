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
  /** Read a page; never throws: failures come back as a Page with status 'failed' or 'skipped'. */
  read(url: string): Promise<Page>;
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
